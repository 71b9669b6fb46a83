package draft

import (
	"strings"
	"unicode"
)

// MailWidth is the line length of Japanese mail: 35 full-width characters
// (70 columns, a half-width character counting one).
const MailWidth = 70

// noStart are the characters a line must not begin with (行頭禁則).
const noStart = "。、，．,.!?！？）)」』】〕〉》］]｝}’”ー…‥・：；:;ゝゞヽヾぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々〜"

// noEnd are the characters a line must not end with (行末禁則).
const noEnd = "（(「『【〔〈《［[｛{‘“"

// hang are the punctuation marks that may hang past the margin (ぶら下げ).
const hang = "。、，．"

// Wrap breaks each line of s so that none is wider than width columns
// (full-width characters count two), keeping Japanese line-breaking rules:
// no line starts with closing punctuation or small kana, none ends with an
// opening bracket, 。 and 、 may hang one past the margin, and runs of
// half-width letters and digits (addresses, numbers) are not split unless
// longer than a line.
func Wrap(s string, width int) string {
	lines := strings.Split(s, "\n")
	var out []string
	for _, l := range lines {
		out = append(out, wrapLine([]rune(l), width)...)
	}
	return strings.Join(out, "\n")
}

func wrapLine(rs []rune, width int) []string {
	var out []string
	for colWidth(rs) > width {
		i, w := 0, 0
		for i < len(rs) && w+runeWidth(rs[i]) <= width {
			w += runeWidth(rs[i])
			i++
		}
		// i is the first rune that does not fit.
		if strings.ContainsRune(hang, rs[i]) {
			i++
		} else {
			j := i
			for j > 1 && (strings.ContainsRune(noStart, rs[j]) || strings.ContainsRune(noEnd, rs[j-1]) || inWord(rs[j-1]) && inWord(rs[j])) {
				j--
			}
			if j > 1 {
				i = j
			}
		}
		if i >= len(rs) {
			break
		}
		out = append(out, strings.TrimRightFunc(string(rs[:i]), unicode.IsSpace))
		rs = rs[i:]
		for len(rs) > 0 && rs[0] == ' ' {
			rs = rs[1:]
		}
	}
	return append(out, string(rs))
}

// inWord: a half-width letter, digit or the punctuation of addresses and numbers.
func inWord(r rune) bool {
	return r < 0x80 && r != ' '
}

func colWidth(rs []rune) int {
	w := 0
	for _, r := range rs {
		w += runeWidth(r)
	}
	return w
}

// runeWidth is 2 for East Asian wide and full-width characters, else 1.
func runeWidth(r rune) int {
	switch {
	case r < 0x1100:
		return 1
	case r >= 0xFF61 && r <= 0xFFDC: // half-width katakana and forms
		return 1
	}
	return 2
}

// phraseEnds are the endings after which a Japanese title may be broken
// between phrases: 「…の紛失による／個人情報漏えいに関する／お詫びとお知らせ」.
var phraseEnds = []string{"に関する", "に起因する", "における", "による", "に伴う", "について", "及び", "並びに", "、", "。", "】", " "}

// WrapTitle breaks a title wider than width between phrases (after
// 「による」, 「に関する」, a comma, a full stop, a closing 】 or a space), as late as the width allows,
// so that no word of a heading is cut (「お詫びとお知\nらせ」); a part with no
// such place is wrapped as Wrap does. A note opening the title in 【】 ends
// its line.
func WrapTitle(s string, width int) string {
	// A leading 【…】 (a note on the document) is a line of its own.
	if i := strings.Index(s, "】"); strings.HasPrefix(s, "【") && i > 0 && i+len("】") < len(s) && colWidth([]rune(s)) > width {
		end := i + len("】")
		return wrapPhrases(s[:end], width) + "\n" + wrapPhrases(s[end:], width)
	}
	return wrapPhrases(s, width)
}

// wrapPhrases is WrapTitle without the note's line.
func wrapPhrases(s string, width int) string {
	rs := []rune(s)
	var out []string
	for colWidth(rs) > width {
		cut := 0
		for _, end := range phraseEnds {
			e := []rune(end)
			for i := len(e); i < len(rs); i++ {
				if string(rs[i-len(e):i]) == end && colWidth(rs[:i]) <= width && i > cut {
					cut = i
				}
			}
		}
		if cut == 0 {
			break
		}
		out = append(out, strings.TrimRight(string(rs[:cut]), " "))
		rs = []rune(strings.TrimLeft(string(rs[cut:]), " "))
	}
	out = append(out, wrapLine(rs, width)...)
	return strings.Join(out, "\n")
}
