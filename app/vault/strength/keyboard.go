package strength

import (
	"math"
)

// keyboard is a layout on which walks (qwerty, 1qaz2wsx, zaq1) are guessed.
// Keys sit in rows; a row's keys are one unit apart, each row shifted right
// by its offset, so that on a staggered keyboard a key touches two keys of
// the row above and two of the row below. On a grid (the number pad) keys
// also touch diagonally.
type keyboard struct {
	keys   map[rune]keyPos
	grid   bool
	starts float64 // keys a walk may start on
	degree float64 // average number of neighbours
}

type keyPos struct {
	x, y  float64
	shift bool
}

// layout rows: offset, unshifted keys, shifted keys (a space: no key).
type row struct {
	off          float64
	plain, shift string
}

func keyboards() []*keyboard {
	us := []row{
		{0, "`1234567890-=", "~!@#$%^&*()_+"},
		{1.5, "qwertyuiop[]\\", "QWERTYUIOP{}|"},
		{1.75, "asdfghjkl;'", "ASDFGHJKL:\""},
		{2.25, "zxcvbnm,./", "ZXCVBNM<>?"},
	}
	// The JIS layout of Japanese keyboards: the same letters, other symbols.
	jis := []row{
		{1, "1234567890-^\\", "!\"#$%&'() =~|"},
		{1.5, "qwertyuiop@[", "QWERTYUIOP`{"},
		{1.75, "asdfghjkl;:]", "ASDFGHJKL+*}"},
		{2.25, "zxcvbnm,./\\", "ZXCVBNM<>?_"},
	}
	// The kana of the same keys, typed with kana input.
	kana := []row{
		{1, "ぬふあうえおやゆよわほへー", ""},
		{1.5, "たていすかんなにらせ゛゜", ""},
		{1.75, "ちとしはきくまのりれけむ", ""},
		{2.25, "つさそひこみもねるめろ", ""},
	}
	pad := []row{
		{1, "/*-", ""},
		{0, "789+", ""},
		{0, "456", ""},
		{0, "123", ""},
		{0, "0 .", ""},
	}
	return []*keyboard{newKeyboard(us, false), newKeyboard(jis, false), newKeyboard(kana, false), newKeyboard(pad, true)}
}

func newKeyboard(rows []row, grid bool) *keyboard {
	kb := &keyboard{keys: map[rune]keyPos{}, grid: grid}
	for y, r := range rows {
		for x, c := range []rune(r.plain) {
			if c != ' ' {
				kb.keys[c] = keyPos{x: r.off + float64(x), y: float64(y)}
			}
		}
		for x, c := range []rune(r.shift) {
			if _, taken := kb.keys[c]; c != ' ' && !taken {
				kb.keys[c] = keyPos{x: r.off + float64(x), y: float64(y), shift: true}
			}
		}
	}
	plain, links := 0, 0
	for a, pa := range kb.keys {
		if pa.shift {
			continue
		}
		plain++
		for b, pb := range kb.keys {
			if !pb.shift && a != b && kb.touch(pa, pb) {
				links++
			}
		}
	}
	kb.starts, kb.degree = float64(plain), float64(links)/float64(plain)
	return kb
}

// touch reports whether two keys are neighbours.
func (kb *keyboard) touch(a, b keyPos) bool {
	dx, dy := math.Abs(a.x-b.x), math.Abs(a.y-b.y)
	if kb.grid {
		return dx <= 1 && dy <= 1 && dx+dy > 0
	}
	return (dy == 0 && dx == 1) || (dy == 1 && dx < 0.99)
}

// direction codes the way from a to b, to count turns.
func direction(a, b keyPos) int {
	return int(math.Floor((b.y-a.y)*10 + (b.x-a.x)*4 + 0.5))
}

// walks adds the keyboard walks of three keys or more.
func (e *estimate) walks(in *input, add func(match)) {
	rs := in.runes
	n := len(rs)
	for _, kb := range tables.boards {
		for i := 0; i < n-2; {
			p, ok := kb.keys[rs[i]]
			if !ok {
				i++
				continue
			}
			j, turns, dir, shifted := i, 0, -1000, 0
			if p.shift {
				shifted++
			}
			for j+1 < n {
				q, ok := kb.keys[rs[j+1]]
				if !ok || !kb.touch(p, q) {
					break
				}
				if d := direction(p, q); d != dir {
					turns++
					dir = d
				}
				if q.shift {
					shifted++
				}
				p = q
				j++
			}
			if l := j - i + 1; l >= 3 {
				lg := kb.walkLog(l, turns) + variations(shifted, l-shifted, false)
				add(match{i: i, j: j + 1, logG: lg, what: lKeyboard})
			}
			i = max(j, i+1)
		}
	}
}

// walkLog is log10 of the walks of up to l keys with up to turns changes of
// direction: for each length, the start key, the ways to place the turns and
// a neighbour at each turn.
func (kb *keyboard) walkLog(l, turns int) float64 {
	sum := 0.0
	for i := 2; i <= l; i++ {
		c, d := 1.0, kb.degree // C(i-1, t-1), degree^t
		for t := 1; t <= min(turns, i-1); t++ {
			if t > 1 {
				c = c * float64(i-t+1) / float64(t-1)
				d *= kb.degree
			}
			sum += c * kb.starts * d
		}
	}
	return math.Log10(sum)
}
