package draft

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// hoursEN puts a desk's opening hours typed in Japanese into English
// ("平日9時～17時" → "weekdays 9:00–17:00") when every part of them is one
// this knows; otherwise "" (the document then asks for the hours in
// English rather than carry Japanese into an English letter). Text already
// in Latin letters is kept as typed.
func hoursEN(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || !nonLatin(s) {
		return s
	}
	parts, ok := hoursParts(s)
	if !ok {
		return ""
	}
	out := ""
	for i, p := range parts {
		switch {
		case i == 0:
		case p.word: // a new day or phrase: "weekdays 9:00–17:30, Saturdays 9:00–12:00"
			out += ", "
		default:
			out += " "
		}
		out += p.text()
	}
	return out
}

// hoursPart is one part of opening hours: words (days, "24 hours a
// day"), a range of times or a bracketed clause.
type hoursPart struct {
	word  bool
	items []string // a word's items: "Saturdays", "Sundays"
	other string   // a range or a clause
}

func (p hoursPart) text() string {
	if p.word {
		return joinEN(p.items, "")
	}
	return p.other
}

// hoursParts reads s into parts; ok false when any of it is not known.
func hoursParts(s string) ([]hoursPart, bool) {
	var out []hoursPart
	rest := s
	for rest != "" {
		r, n := utf8.DecodeRuneInString(rest)
		if unicode.IsSpace(r) || strings.ContainsRune("・、，,／/", r) {
			rest = rest[n:]
			continue
		}
		if part, after, ok := hoursClause(rest); ok {
			out = append(out, hoursPart{other: part})
			rest = after
			continue
		}
		if t, after, ok := hoursRange(rest); ok {
			out = append(out, hoursPart{other: t})
			rest = after
			continue
		}
		word := false
		for _, w := range hoursWords {
			if strings.HasPrefix(rest, w.ja) {
				out = append(out, hoursPart{word: true, items: strings.Split(w.en, "|")})
				rest = rest[len(w.ja):]
				word = true
				break
			}
		}
		if !word {
			return nil, false
		}
	}
	return out, true
}

// hoursWords are the words of opening hours this knows, longest first
// where one begins another.
var hoursWords = []struct{ ja, en string }{ // en: items joined by "|"
	{"24時間365日", "24 hours a day, every day of the year"},
	{"24時間", "24 hours a day"},
	{"年中無休", "every day of the year"},
	{"365日", "every day of the year"},
	{"平日", "weekdays"},
	{"毎日", "every day"},
	{"土日祝日", "Saturdays|Sundays|public holidays"},
	{"土日祝", "Saturdays|Sundays|public holidays"},
	{"土日", "Saturdays|Sundays"},
	{"土曜", "Saturdays"},
	{"日曜", "Sundays"},
	{"祝日", "public holidays"},
	{"年末年始", "the New Year holidays"},
}

// hoursClause reads a bracketed exception: 「（土日祝を除く）」 →
// "(except Saturdays, Sundays and public holidays)".
func hoursClause(s string) (string, string, bool) {
	var open, shut string
	switch {
	case strings.HasPrefix(s, "（"):
		open, shut = "（", "）"
	case strings.HasPrefix(s, "("):
		open, shut = "(", ")"
	default:
		return "", "", false
	}
	end := strings.Index(s, shut)
	if end < 0 {
		return "", "", false
	}
	inner := strings.TrimSpace(s[len(open):end])
	after := s[end+len(shut):]
	if what, ok := strings.CutSuffix(inner, "を除く"); ok {
		// Only days can be excepted: their items make one list.
		parts, ok := hoursParts(what)
		var days []string
		for _, p := range parts {
			ok = ok && p.word
			days = append(days, p.items...)
		}
		if ok && len(days) > 0 {
			return "(except " + joinEN(days, "") + ")", after, true
		}
		return "", "", false
	}
	if en := hoursEN(inner); en != "" && nonLatin(inner) {
		return "(" + en + ")", after, true
	}
	return "", "", false
}

// hoursRange reads 「9時～17時」, 「8時30分～17時15分」 or 「9:00～18:00」.
func hoursRange(s string) (string, string, bool) {
	from, rest, ok := hoursTime(s)
	if !ok {
		return "", "", false
	}
	sep := ""
	for _, d := range []string{"～", "〜", "~", "－", "-", "–", "から"} {
		if strings.HasPrefix(rest, d) {
			sep = d
			break
		}
	}
	if sep == "" {
		return "", "", false
	}
	to, rest, ok := hoursTime(rest[len(sep):])
	if !ok {
		return "", "", false
	}
	rest = strings.TrimPrefix(rest, "まで")
	return from + "–" + to, rest, true
}

// hoursTime reads one time of day: 9時, 8時30分, 9:00 (full-width digits too).
func hoursTime(s string) (string, string, bool) {
	h, rest, ok := digits(s)
	if !ok {
		return "", "", false
	}
	m := 0
	switch {
	case strings.HasPrefix(rest, "時"):
		rest = rest[len("時"):]
		if mm, after, ok := digits(rest); ok && strings.HasPrefix(after, "分") {
			m, rest = mm, after[len("分"):]
		} else if strings.HasPrefix(rest, "半") {
			m, rest = 30, rest[len("半"):]
		}
	case strings.HasPrefix(rest, ":"), strings.HasPrefix(rest, "："):
		_, n := utf8.DecodeRuneInString(rest)
		mm, after, ok := digits(rest[n:])
		if !ok {
			return "", "", false
		}
		m, rest = mm, after
	default:
		return "", "", false
	}
	if h > 24 || m > 59 {
		return "", "", false
	}
	return strconv.Itoa(h) + ":" + twoDigits(m), rest, true
}

// digits reads one or two digits, ASCII or full-width.
func digits(s string) (int, string, bool) {
	n, i := 0, 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= '0' && r <= '9':
			n = n*10 + int(r-'0')
		case r >= '０' && r <= '９':
			n = n*10 + int(r-'０')
		default:
			return n, s[i:], i > 0
		}
		i += size
		if i > 6 { // two full-width digits
			return 0, s, false
		}
	}
	return n, s[i:], i > 0
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}
