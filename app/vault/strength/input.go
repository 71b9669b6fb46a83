package strength

import (
	"strings"
	"unicode"
)

// input is a passphrase prepared for matching.
//
// Dictionary words are matched in key: the passphrase in lower case with
// kana written in romaji (さくら and サクラ → "sakura", きょう → "kyou"), so
// that one list of Japanese words serves kana and romaji alike. A match in
// key counts only when it starts and ends between two characters of the
// passphrase: kp[b] is the key offset of the boundary before rune b, and
// atKey[k] the last rune boundary at key offset k (-1: none).
type input struct {
	runes []rune // width-folded, case kept
	lower []rune
	key   []byte
	kp    []int32
	atKey []int16
	kana  []int16 // kana[b]: how many kana are before rune boundary b
}

// hasKana reports whether runes [i, j) hold a kana.
func (in *input) hasKana(i, j int) bool { return in.kana[j] > in.kana[i] }

// fold maps full-width ASCII (ｐａｓｓ１２３, typed with a Japanese input
// method left on) to ASCII and the ideographic space to a space.
func fold(r rune) rune {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E:
		return r - 0xFF01 + '!'
	case r == 0x3000:
		return ' '
	}
	return r
}

// runesOf returns the folded runes of s, at most max of them, and how many
// runes s has in all.
func runesOf(s string, max int) ([]rune, int) {
	out := make([]rune, 0, min(len(s), max))
	n := 0
	for _, r := range s {
		if n < max {
			out = append(out, fold(r))
		}
		n++
	}
	return out, n
}

func newInput(runes []rune) *input {
	in := &input{runes: runes, lower: make([]rune, len(runes))}
	in.kana = make([]int16, len(runes)+1)
	for i, r := range runes {
		in.lower[i] = unicode.ToLower(r)
		in.kana[i+1] = in.kana[i]
		if isKana(r) {
			in.kana[i+1]++
		}
	}
	in.key, in.kp = keyOf(in.lower)
	in.atKey = make([]int16, len(in.key)+1)
	for i := range in.atKey {
		in.atKey[i] = -1
	}
	for b, k := range in.kp {
		in.atKey[k] = int16(b)
	}
	return in
}

// reversed returns the input of the runes in reverse order.
func (in *input) reversed() *input {
	n := len(in.runes)
	r := make([]rune, n)
	for i, c := range in.runes {
		r[n-1-i] = c
	}
	return newInput(r)
}

// keyOf writes lower-case runes as a dictionary key, with the key offset of
// each rune boundary.
func keyOf(lower []rune) ([]byte, []int32) {
	var b strings.Builder
	b.Grow(len(lower) * 2)
	kp := make([]int32, len(lower)+1)
	for i := 0; i < len(lower); i++ {
		kp[i] = int32(b.Len())
		r := lower[i]
		rom := romaji(r)
		switch {
		case rom == "" && !isKana(r):
			b.WriteRune(r)
		case r == 'っ' || r == 'ッ':
			// The small tsu doubles the next consonant: きって → kitte.
			if i+1 < len(lower) {
				if next := romaji(lower[i+1]); next != "" && !isVowel(next[0]) {
					b.WriteByte(next[0])
				}
			}
		case i+1 < len(lower) && isSmallKana(lower[i+1]):
			// Digraphs: きゃ → kya, しょ → sho, ファ → fa, ティ → ti.
			b.WriteString(digraph(rom, lower[i+1]))
			i++
			kp[i] = int32(b.Len())
		default:
			b.WriteString(rom)
		}
	}
	kp[len(lower)] = int32(b.Len())
	return []byte(b.String()), kp
}

func isVowel(c byte) bool { return c == 'a' || c == 'i' || c == 'u' || c == 'e' || c == 'o' }

// Kana ranges: hiragana U+3041–U+3096 and katakana U+30A1–U+30F6 (the same
// order, 0x60 apart), and the prolonged sound mark ー.
func isKana(r rune) bool {
	return (r >= 0x3041 && r <= 0x3096) || (r >= 0x30A1 && r <= 0x30F6) || r == 'ー'
}

// hiragana maps katakana to hiragana; other runes are returned as they are.
func hiragana(r rune) rune {
	if r >= 0x30A1 && r <= 0x30F6 {
		return r - 0x60
	}
	return r
}

// isSmallKana reports the small kana that combine with the kana before them.
func isSmallKana(r rune) bool {
	switch hiragana(r) {
	case 'ゃ', 'ゅ', 'ょ', 'ぁ', 'ぃ', 'ぅ', 'ぇ', 'ぉ':
		return true
	}
	return false
}

// digraph writes a kana followed by a small kana: き+ゃ → kya, し+ゃ → sha,
// フ+ァ → fa, ウ+ィ → wi. A pair that does not combine is written kana by kana.
func digraph(rom string, small rune) string {
	v := romaji(small)
	last := len(rom) - 1
	switch hiragana(small) {
	case 'ゃ', 'ゅ', 'ょ':
		if last < 1 || rom[last] != 'i' {
			return rom + v
		}
		stem := rom[:last]
		if stem == "sh" || stem == "ch" || stem == "j" {
			return stem + v[1:]
		}
		return stem + v
	}
	switch {
	case rom == "u":
		return "w" + v
	case last >= 1 && isVowel(rom[last]):
		return rom[:last] + v
	}
	return rom + v
}

// romaji returns the Hepburn romanisation of one kana ("" for other runes and
// for ー and っ, which depend on their neighbours). Small ya, yu, yo are "ya",
// "yu", "yo"; small vowels are the vowel.
func romaji(r rune) string {
	h := hiragana(r)
	if h < 0x3041 || h > 0x3096 {
		return ""
	}
	return tables.kana[h-0x3041]
}

// kanaRomaji lists the romaji of U+3041 to U+3096 in order ("-" for っ).
const kanaRomaji = "a a i i u u e e o o ka ga ki gi ku gu ke ge ko go sa za shi ji su zu se ze so zo " +
	"ta da chi ji - tsu zu te de to do na ni nu ne no ha ba pa hi bi pi fu bu pu he be pe ho bo po " +
	"ma mi mu me mo ya ya yu yu yo yo ra ri ru re ro wa wa wi we wo n vu ka ke"
