package strength

import (
	"math"
	"slices"
)

// estimate is the work of one Estimate call.
type estimate struct {
	c    *Checker
	memo map[string]float64 // log10 guesses of repeated groups
}

// maxPieces bounds the pieces of a guess considered. Every piece but a
// separator costs at least 10 guesses, so a guess of p pieces costs at
// least 10^p × p!: beyond 10 pieces more than 10^17.6, above Strong. The
// bound thus never changes a level.
const maxPieces = 10

// maxDepth bounds the nesting of repeats (a repeat of repeats).
const maxDepth = 3

// Character classes of random runs: each class present adds its size to
// the alphabet an attacker must try for each character.
const (
	clsLower = 1 << iota
	clsUpper
	clsDigit
	clsSymbol
	clsKana
	clsHan
	clsOther
)

func class(r rune) int {
	switch {
	case r >= 'a' && r <= 'z':
		return clsLower
	case r >= 'A' && r <= 'Z':
		return clsUpper
	case r >= '0' && r <= '9':
		return clsDigit
	case r < 0x80:
		return clsSymbol
	case isKana(r):
		return clsKana
	case (r >= 0x4E00 && r <= 0x9FFF) || (r >= 0x3400 && r <= 0x4DBF) || r == '々':
		return clsHan
	}
	return clsOther
}

// cardinality is the alphabet counted for a random character of a word
// with these classes. A random run is rarely random: people fill gaps with
// fragments of words and habits, so each class counts 10 characters
// (zxcvbn's choice for all random runs). Japanese text counts once: 10 for
// kana, 30 with kanji, as a kanji carries more than a letter but a typed one
// is a word converted by the input method, not a draw among thousands.
func cardinality(mask int) float64 {
	c := 0.0
	for b := clsLower; b <= clsOther; b <<= 1 {
		if mask&b != 0 && b != clsKana && b != clsHan {
			c += 10
		}
	}
	switch {
	case mask&clsHan != 0:
		c += 30
	case mask&clsKana != 0:
		c += 10
	}
	return c
}

// guessRunes returns log10 of the guesses of a group (the base of a repeat).
func (e *estimate) guessRunes(rs []rune, depth int) float64 {
	k := string(rs)
	if g, ok := e.memo[k]; ok {
		return g
	}
	var g float64
	if depth > maxDepth {
		g = float64(len(rs)) * math.Log10(10)
	} else {
		_, g = e.guess(newInput(rs), depth)
	}
	if e.memo == nil {
		e.memo = map[string]float64{}
	}
	e.memo[k] = g
	return g
}

// guess finds the cheapest cover of the input with matches and random runs,
// returning its pieces and log10 of its guesses: the product of the pieces'
// guesses times the number of orders in which an attacker tries that many
// pieces (p!).
func (e *estimate) guess(in *input, depth int) ([]Part, float64) {
	n := len(in.runes)
	ms := make([]match, 0, 4*n)
	add := func(m match) { ms = append(ms, m) }
	e.dictionary(in, tables.words, false, add)
	if e.c.hints != nil {
		e.dictionary(in, e.c.hints, false, add)
	}
	rev := in.reversed()
	e.dictionary(rev, tables.words, true, add)
	if e.c.hints != nil {
		e.dictionary(rev, e.c.hints, true, add)
	}
	e.walks(in, add)
	e.sequences(in, add)
	e.repeats(in, depth, add)
	e.dates(in, add)
	e.separators(in, add)
	ms = byEnd(ms, n)
	cost := randomCosts(in.runes)

	// m[k*W+p]: the cheapest cover of runes [0, k) in p pieces whose last
	// piece is a match; r[k*W+p]: the same ending in a random run. A random
	// run grows one character at a time, or starts after a match.
	const W = maxPieces + 1
	type mcell struct {
		lg    float64
		from  int16 // where the match starts
		prevP int8
		prevR bool  // the cover before the match ends in a random run
		match int16 // index in ms
	}
	type rcell struct {
		lg  float64
		ext bool // the run goes on from the character before; else it starts there
	}
	inf := math.Inf(1)
	m := make([]mcell, (n+1)*W)
	r := make([]rcell, (n+1)*W)
	for i := range m {
		m[i].lg, r[i].lg = inf, inf
	}
	m[0].lg = 0
	next := 0
	for k := 1; k <= n; k++ {
		c := cost[k-1]
		for p := 1; p < W; p++ {
			ext, start := r[(k-1)*W+p].lg, m[(k-1)*W+p-1].lg
			if ext <= start {
				r[k*W+p] = rcell{ext + c, true}
			} else {
				r[k*W+p] = rcell{start + c, false}
			}
		}
		for ; next < len(ms) && ms[next].j == k; next++ {
			x := ms[next]
			lg := x.logG
			if !x.sep && (x.i > 0 || x.j < n) {
				lg = max(lg, 1) // a piece of a longer passphrase costs at least 10
			}
			pieces := 1
			if x.sep {
				pieces = 0
			}
			for p := 0; p+pieces < W; p++ {
				src, fromR := m[x.i*W+p].lg, false
				if v := r[x.i*W+p].lg; v < src {
					src, fromR = v, true
				}
				if c := &m[k*W+p+pieces]; src+lg < c.lg {
					*c = mcell{lg: src + lg, from: int16(x.i), prevP: int8(p), prevR: fromR, match: int16(next)}
				}
			}
		}
	}
	best, bestP, bestR := inf, 0, false
	for p := 0; p < W; p++ {
		f := logFactorial(max(p, 1))
		if v := m[n*W+p].lg + f; v < best {
			best, bestP, bestR = v, p, false
		}
		if v := r[n*W+p].lg + f; v < best {
			best, bestP, bestR = v, p, true
		}
	}
	if depth > 0 {
		return nil, best
	}
	var parts []Part
	for k, p, isR := n, bestP, bestR; k > 0; {
		if isR {
			from := k
			for from > 0 && r[from*W+p].ext {
				from--
			}
			from-- // the run's first character
			parts = append(parts, Part{Text: string(in.runes[from:k]), Kind: KindRandom,
				Log10Guesses: r[k*W+p].lg - m[from*W+p-1].lg})
			k, p, isR = from, p-1, false
			continue
		}
		c := m[k*W+p]
		x := ms[c.match]
		prev := m[int(c.from)*W+int(c.prevP)].lg
		if c.prevR {
			prev = r[int(c.from)*W+int(c.prevP)].lg
		}
		parts = append(parts, Part{Text: string(in.runes[x.i:x.j]), Kind: labels[x.what].kind,
			Log10Guesses: c.lg - prev, reasons: alsoReasons(ms, x)})
		k, p, isR = int(c.from), int(c.prevP), c.prevR
	}
	slices.Reverse(parts)
	return parts, best
}

// alsoReasons are a match's reasons and those of the other kinds of match
// on the same characters: qwertyuiop is a common password and a keyboard
// walk.
func alsoReasons(ms []match, x match) []Reason {
	out := make([]Reason, 0, 3)
	add := func(r Reason) {
		if r != "" && !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	main := labels[x.what].reason
	for _, o := range ms {
		// A word that is also the company's name is named as such.
		if o.i == x.i && o.j == x.j && o.what >= lCompany && o.what <= lPerson && o.logG <= x.logG+1 && x.what != lCommon {
			main = labels[o.what].reason
			break
		}
	}
	add(main)
	if x.leet {
		add(ReasonLeet)
	}
	if x.rev {
		add(ReasonReversed)
	}
	for _, o := range ms {
		if o.i == x.i && o.j == x.j && o.logG <= x.logG+1 && labels[o.what].kind != labels[x.what].kind &&
			o.what != lWord && labels[o.what].kind != KindHint {
			add(labels[o.what].reason)
		}
		// A common password made of a pattern (1qaz2wsx, 11111111) says so.
		if x.what == lCommon && o.i >= x.i && o.j <= x.j && 3*(o.j-o.i) >= x.j-x.i && o.what >= lKeyboard && o.what <= lRepeat {
			add(labels[o.what].reason)
		}
	}
	return out
}

// randomCosts returns, for each rune, log10 of the alphabet an attacker
// tries for it within a random run: the classes of its word (the run
// between separators), so that a character of "Gq7#vR2!" counts among
// letters, digits and symbols.
func randomCosts(rs []rune) []float64 {
	cost := make([]float64, len(rs))
	for i := 0; i < len(rs); {
		j, mask := i, 0
		for j < len(rs) && (j == i || !isSeparator(rs[j])) {
			mask |= class(rs[j])
			j++
			if isSeparator(rs[j-1]) {
				break
			}
		}
		for t := i; t < j; t++ {
			cost[t] = tables.logCard[mask]
		}
		i = j
	}
	return cost
}

// byEnd orders matches by their end (a counting sort: matches end at 1..n).
func byEnd(ms []match, n int) []match {
	at := make([]int, n+2)
	for _, m := range ms {
		at[m.j+1]++
	}
	for j := 1; j < len(at); j++ {
		at[j] += at[j-1]
	}
	out := make([]match, len(ms))
	for _, m := range ms {
		out[at[m.j]] = m
		at[m.j]++
	}
	return out
}

// logFactorial is log10(n!).
func logFactorial(n int) float64 {
	lg := 0.0
	for i := 2; i <= n; i++ {
		lg += math.Log10(float64(i))
	}
	return lg
}

// reasons lists what makes the passphrase guessable, from its parts.
func reasonsOf(parts []Part) []Reason {
	var out []Reason
	for _, p := range parts {
		for _, r := range p.reasons {
			if r != "" && !slices.Contains(out, r) {
				out = append(out, r)
			}
		}
	}
	if len(out) > 3 {
		out = out[:3]
	}
	return out
}
