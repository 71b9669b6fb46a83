package incident

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// ParseCount reads a count as users type it: "1200", "1,200", "１，２００",
// "約1,200", "approx. 1200", "~1200", "about 1200", "1,000人以上", "1.2万",
// "120万件", "1億2345万6789", "6.79M", "12k"; "", "unknown", "不明", "調査中"
// and "?" are an unknown count. Words of approximation (約, approx., ~, 以上, 超,
// 程度, …) set Approx. A negative or fractional count is an error (a Problem with
// CodeCount, which names the input).
func ParseCount(s string) (Count, error) {
	t := strings.ToLower(strings.TrimSpace(foldWidth(s)))
	if unknownWords[t] {
		return Count{}, nil
	}
	approx, upTo := false, false
	for changed := true; changed; {
		changed = false
		for _, w := range maxPrefixes {
			if r, ok := strings.CutPrefix(t, w); ok {
				t, upTo, changed = strings.TrimSpace(r), true, true
			}
		}
		for _, w := range maxSuffixes {
			if r, ok := strings.CutSuffix(t, w); ok {
				t, upTo, changed = strings.TrimSpace(r), true, true
			}
		}
		for _, w := range approxPrefixes {
			if r, ok := strings.CutPrefix(t, w); ok {
				t, approx, changed = strings.TrimSpace(r), true, true
			}
		}
		for _, w := range unitSuffixes {
			if r, ok := strings.CutSuffix(t, w); ok {
				t, changed = strings.TrimSpace(r), true
			}
		}
		for _, w := range approxSuffixes {
			if r, ok := strings.CutSuffix(t, w); ok {
				t, approx, changed = strings.TrimSpace(r), true, true
			}
		}
	}
	n, ok := parseAmount(strings.ReplaceAll(t, " ", ""))
	if !ok {
		return Count{}, countError(s)
	}
	return Count{Known: true, N: n, Approx: approx, Max: upTo}, nil
}

func countError(s string) Problem {
	if utf8.RuneCountInString(s) > 60 {
		s = string([]rune(s)[:60]) + "…"
	}
	return Problem{Code: CodeCount, Severity: SeverityError, Args: []string{s}, Offset: -1}
}

var unknownWords = map[string]bool{
	"": true, "unknown": true, "n/a": true, "?": true, "不明": true, "未確認": true,
	"調査中": true, "確認中": true, "わからない": true, "分からない": true,
}

var (
	approxPrefixes = []string{"approximately", "approx.", "approx", "about", "around", "roughly",
		"some", "ca.", "c.", "~", "〜", "≈", "約", "およそ", "概ね", "おおむね", "推定"}
	approxSuffixes = []string{"以上", "超", "強", "余り", "余", "程度", "前後", "ほど", "くらい",
		"ぐらい", "+", "or more", "(approx.)", "approx."}
	// maxPrefixes and maxSuffixes make a count an upper bound (Count.Max).
	maxPrefixes  = []string{"最大", "多くとも", "up to", "at most", "max.", "max"}
	maxSuffixes  = []string{"以下", "以内", "at most", "(max.)", "max."}
	unitSuffixes = []string{"件", "人", "名", "records", "record", "persons", "person", "people",
		"individuals", "rows", "entries"}
)

// units are the multipliers a count may use, largest first.
var units = []struct {
	word string
	n    int64
}{{"億", 1e8}, {"million", 1e6}, {"m", 1e6}, {"万", 1e4}, {"thousand", 1e3}, {"千", 1e3}, {"k", 1e3}}

// parseAmount reads "1,200", "1.2万", "1億2345万6789", "6.79m": groups of a number and
// a unit, units decreasing, the last group possibly without one.
func parseAmount(t string) (int64, bool) {
	if t == "" {
		return 0, false
	}
	var total int64
	last := int64(math.MaxInt64)
	for t != "" {
		whole, frac, rest, ok := leadingNumber(t)
		if !ok {
			return 0, false
		}
		mult := int64(1)
		for _, u := range units {
			if r, ok := strings.CutPrefix(rest, u.word); ok {
				mult, rest = u.n, r
				break
			}
		}
		if mult >= last || (mult == 1 && rest != "") {
			return 0, false
		}
		last = mult
		v, ok := scaled(whole, frac, mult)
		if !ok || total > math.MaxInt64-v {
			return 0, false
		}
		total += v
		t = rest
	}
	return total, true
}

// leadingNumber splits "1,234.5万" into "1234", "5" and "万", checking that commas
// separate groups of three digits.
func leadingNumber(t string) (whole, frac, rest string, ok bool) {
	i := 0
	var b strings.Builder
	group := -1 // digits since the last comma; -1 before any comma
	for i < len(t) {
		c := t[i]
		switch {
		case '0' <= c && c <= '9':
			b.WriteByte(c)
			if group >= 0 {
				group++
			}
		case c == ',' && b.Len() > 0 && (group == -1 && b.Len() <= 3 || group == 3):
			group = 0
		default:
			goto done
		}
		i++
	}
done:
	if b.Len() == 0 || (group != -1 && group != 3) {
		return "", "", "", false
	}
	whole = b.String()
	if i < len(t) && t[i] == '.' {
		j := i + 1
		for j < len(t) && '0' <= t[j] && t[j] <= '9' {
			j++
		}
		if j == i+1 {
			return "", "", "", false
		}
		frac, i = t[i+1:j], j
	}
	return whole, frac, t[i:], true
}

// scaled is whole.frac × mult (a power of ten), if that is a whole number that fits.
func scaled(whole, frac string, mult int64) (int64, bool) {
	frac = strings.TrimRight(frac, "0")
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil || w > math.MaxInt64/mult {
		return 0, false
	}
	v := w * mult
	if frac == "" {
		return v, true
	}
	scale := int64(math.Pow10(len(frac)))
	if len(frac) > 18 || mult%scale != 0 { // 1.5 persons, or 1.23456万
		return 0, false
	}
	f, _ := strconv.ParseInt(frac, 10, 64)
	add := f * (mult / scale)
	if v > math.MaxInt64-add {
		return 0, false
	}
	return v + add, true
}

// foldWidth turns full-width ASCII (１，２００) and the ideographic space into their ASCII forms.
func foldWidth(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case 0xFF01 <= r && r <= 0xFF5E:
			return r - 0xFF01 + '!'
		case r == 0x3000:
			return ' '
		}
		return r
	}, s)
}

// FormatCount writes a count for lang ("ja" or anything else for English): "1,200",
// "約1,200" / "approx. 1,200", "不明" / "unknown". Units (人, 件) are the caller's.
func FormatCount(c Count, lang string) string {
	if !c.Known {
		if lang == "ja" {
			return "不明"
		}
		return "unknown"
	}
	n := group(c.N)
	if c.Approx {
		if lang == "ja" {
			n = "約" + n
		} else {
			n = "approx. " + n
		}
	}
	if c.Max {
		if lang == "ja" {
			return "最大" + n
		}
		return "up to " + n
	}
	return n
}

// group writes n with thousands separators: 6790000 → "6,790,000".
func group(n int64) string {
	s := strconv.FormatInt(n, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}
