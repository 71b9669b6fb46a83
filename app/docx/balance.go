package docx

import (
	"strings"
	"unicode"
)

// balanceRuns joins the runs' text (in the first run's format) and breaks
// it into lines of about equal width that each fit in capacity ems (see
// Lines). A text that already has line breaks is left as it is.
func balanceRuns(runs []Run, capacity float64) []Run {
	if len(runs) == 0 {
		return runs
	}
	var text strings.Builder
	for _, r := range runs {
		text.WriteString(r.Text)
	}
	s := text.String()
	if strings.ContainsAny(s, "\n\r") {
		return runs
	}
	out := runs[0]
	out.Text = strings.Join(Lines(s, capacity), "\n")
	return []Run{out}
}

// Width is how wide s is set, in ems: a full-width character (kana, kanji,
// full-width forms) is one, any other half of one. (Latin letters vary; half
// an em is their average in a serif face, near enough to choose line breaks.)
func Width(s string) float64 {
	w := 0.0
	for _, r := range s {
		w += runeWidth(r)
	}
	return w
}

func runeWidth(r rune) float64 {
	switch {
	case r >= 0x1100 && r <= 0x115f, r >= 0x2e80 && r <= 0xa4cf, r >= 0xac00 && r <= 0xd7a3,
		r >= 0xf900 && r <= 0xfaff, r >= 0xfe30 && r <= 0xfe4f, r >= 0xff00 && r <= 0xff60,
		r >= 0xffe0 && r <= 0xffe6, r >= 0x20000 && r <= 0x3fffd:
		return 1
	}
	return 0.5
}

// Lines breaks a one-line text into as few lines as fit in capacity ems,
// of about equal width, so that no line is left with a lone character or
// word: 「標的型メール攻撃による個人情報漏えいのおそれに関するお詫びとお知らせ」 in
// 32 ems becomes 「標的型メール攻撃による」 and the rest, not 32 characters and
// one. It breaks at a space or after 、 first, then after a particle or
// before an honorific お/ご, never before closing punctuation or small kana
// nor after an opening bracket, and inside a word only when nothing else
// fits.
func Lines(s string, capacity float64) []string {
	total := Width(s)
	if total <= capacity || capacity <= 0 {
		return []string{s}
	}
	rs := []rune(s)
	// Breaks come from a shortest path over the allowed break positions:
	// fewest lines first, then the least cost (see lineCost). The first pass
	// finds how many lines are needed, the second aims every line at the
	// width they share.
	breaks := bestBreaks(rs, capacity, capacity)
	if breaks == nil {
		return []string{s}
	}
	breaks = bestBreaks(rs, capacity, total/float64(len(breaks)))
	var out []string
	from := 0
	for _, to := range breaks {
		out = append(out, strings.Trim(string(rs[from:to]), " "))
		from = to
	}
	return out
}

// bestBreaks returns the ends of the lines (the last is len(rs)), or nil
// when some stretch cannot be broken to fit.
func bestBreaks(rs []rune, capacity, target float64) []int {
	type best struct {
		lines int
		cost  float64
		prev  int
	}
	n := len(rs)
	at := make([]best, n+1)
	for i := range at {
		at[i].lines = -1
	}
	at[0] = best{lines: 0}
	for i := 0; i < n; i++ {
		if at[i].lines < 0 {
			continue
		}
		for j := i + 1; j <= n; j++ {
			lw := Width(strings.Trim(string(rs[i:j]), " "))
			if lw > capacity {
				break
			}
			if j < n && breakQuality(rs, j) < 0 {
				continue
			}
			c := at[i].cost + lineCost(rs, j, lw, target)
			l := at[i].lines + 1
			if at[j].lines < 0 || l < at[j].lines || l == at[j].lines && c < at[j].cost {
				at[j] = best{lines: l, cost: c, prev: i}
			}
		}
	}
	if at[n].lines < 0 {
		return nil
	}
	var ends []int
	for j := n; j > 0; j = at[j].prev {
		ends = append([]int{j}, ends...)
	}
	return ends
}

// lineCost is how far a line ending before rs[j] is from the target width,
// plus a quarter of the target for a break at a phrase boundary and twice
// the target for one inside a word (the text's end costs nothing).
func lineCost(rs []rune, j int, width, target float64) float64 {
	d := width - target
	if d < 0 {
		d = -d
	}
	if j == len(rs) {
		return d
	}
	switch breakQuality(rs, j) {
	case 1:
		d += target / 4
	case 0:
		d += 2 * target
	}
	return d
}

// Closing punctuation and small kana never begin a line (kinsoku); opening
// brackets never end one.
const (
	noStart = "、。，．・：；？！ー」』）】〕〉》”’ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々,.:;?!)]}%"
	noEnd   = "「『（【〔〈《“‘([{"
)

// particles end a phrase: a line may break after them.
var particles = []string{"に関する", "についての", "における", "に係る", "に伴う", "による", "に対する", "への", "からの", "及び", "および", "並びに", "の", "と", "を", "が", "は", "で", "や", "へ"}

// breakQuality rates a break before rs[i]: 2 at a space or after 、,
// 1 at a phrase boundary, 0 inside a word, -1 where a break is not allowed.
func breakQuality(rs []rune, i int) int {
	prev, next := rs[i-1], rs[i]
	if strings.ContainsRune(noStart, next) || strings.ContainsRune(noEnd, prev) {
		return -1
	}
	if prev == ' ' || prev == '、' || prev == '，' || prev == '　' {
		return 2
	}
	if next == ' ' {
		return 2
	}
	if runeWidth(prev) < 1 && runeWidth(next) < 1 {
		return -1 // inside a Latin word or number
	}
	// Before お/ご followed by a kanji (お詫び, ご報告): the prefix starts the word.
	if (next == 'お' || next == 'ご') && i+1 < len(rs) && unicode.Is(unicode.Han, rs[i+1]) {
		return 1
	}
	head := string(rs[:i])
	for _, p := range particles {
		if strings.HasSuffix(head, p) && !unicode.Is(unicode.Hiragana, next) {
			return 1
		}
	}
	return 0
}
