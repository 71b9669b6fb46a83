package draft

import (
	"strconv"
	"strings"

	"breachdesk/app/incident"
)

// countJA writes a count as a Japanese document does: an exact count in full
// with separators (6,788,443); an approximate one of a million or more in
// units of 万 and 億 (約679万, 約1億2,000万), of a hundred thousand or more in
// 万 and 千 (約59万, 約13万2千), a smaller one in full (約52,000); unknown: 不明.
// The unit (名, 件) is the caller's.
func countJA(c incident.Count) string {
	if c.Known && c.Max {
		c.Max = false
		return "最大" + countJA(c) // 最大約76万
	}
	if !c.Known || !c.Approx || c.N < 100_000 {
		return incident.FormatCount(c, JA)
	}
	if c.N < 1_000_000 {
		k := (c.N + 500) / 1_000 // rounded to 千
		if k%10 == 0 {
			return "約" + grouped(k/10) + "万"
		}
		return "約" + grouped(k/10) + "万" + grouped(k%10) + "千"
	}
	man := (c.N + 5_000) / 10_000 // rounded to 万
	if man < 10_000 {
		return "約" + grouped(man) + "万"
	}
	oku, rest := man/10_000, man%10_000
	if rest == 0 {
		return "約" + grouped(oku) + "億"
	}
	return "約" + grouped(oku) + "億" + grouped(rest) + "万"
}

// countWordsEN writes a count for an English document: exact in full, an
// approximate one of a million or more in millions to three figures
// ("approx. 6.79 million").
func countWordsEN(c incident.Count) string {
	if c.Known && c.Max {
		c.Max = false
		return "up to " + countWordsEN(c)
	}
	if !c.Known || !c.Approx || c.N < 1_000_000 {
		return incident.FormatCount(c, EN)
	}
	m := float64(c.N) / 1e6
	prec := 2
	switch {
	case m >= 100:
		prec = 0
	case m >= 10:
		prec = 1
	}
	f := strconv.FormatFloat(m, 'f', prec, 64)
	if strings.Contains(f, ".") {
		f = strings.TrimRight(strings.TrimRight(f, "0"), ".")
	}
	return "approx. " + f + " million"
}

// grouped writes n with thousands separators.
func grouped(n int64) string { return incident.FormatCount(incident.Count{Known: true, N: n}, JA) }
