package incident

import (
	"errors"
	"testing"
)

func TestParseCount(t *testing.T) {
	known := func(n int64) Count { return Count{Known: true, N: n} }
	approx := func(n int64) Count { return Count{Known: true, N: n, Approx: true} }
	for _, tc := range []struct {
		in   string
		want Count
	}{
		{"1200", known(1200)},
		{"1,200", known(1200)},
		{"１，２００", known(1200)},
		{"　１２００人　", known(1200)},
		{"約1,200", approx(1200)},
		{"約 1,200 人", approx(1200)},
		{"approx. 1200", approx(1200)},
		{"Approx 1200 persons", approx(1200)},
		{"~1200", approx(1200)},
		{"〜1200", approx(1200)},
		{"～1200", approx(1200)},
		{"about 1200", approx(1200)},
		{"around 1,200 people", approx(1200)},
		{"1,000人以上", approx(1000)},
		{"1000+", approx(1000)},
		{"1万人超", approx(10000)},
		{"1.2万", known(12000)},
		{"最大757,463", Count{Known: true, N: 757463, Max: true}},
		{"最大757,463名", Count{Known: true, N: 757463, Max: true}},
		{"最大約76万人", Count{Known: true, N: 760000, Approx: true, Max: true}},
		{"up to 757,463 people", Count{Known: true, N: 757463, Max: true}},
		{"at most 500", Count{Known: true, N: 500, Max: true}},
		{"500人以下", Count{Known: true, N: 500, Max: true}},
		{"120万件", known(1200000)},
		{"約679万人", approx(6790000)},
		{"1億2345万6789", known(123456789)},
		{"1万2000", known(12000)},
		{"6.79M", known(6790000)},
		{"7.93 million records", known(7930000)},
		{"12k", known(12000)},
		{"3千", known(3000)},
		{"0", known(0)},
		{"1,234,567", known(1234567)},
		{"1200.0", known(1200)},
		{"9223372036854775807", known(9223372036854775807)},
		{"", Count{}},
		{"  ", Count{}},
		{"unknown", Count{}},
		{"Unknown", Count{}},
		{"不明", Count{}},
		{"調査中", Count{}},
		{"?", Count{}},
	} {
		got, err := ParseCount(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("ParseCount(%q) = %+v, %v; want %+v", tc.in, got, err, tc.want)
		}
	}
}

func TestParseCountErrors(t *testing.T) {
	for _, in := range []string{
		"-5", "1.5", "1,2", "12,00", "1,2000", ",100", "abc", "約", "1万1万", "2000万1億", "1.23456万",
		"9223372036854775808", "100000000000億", "1e3", "1 200 and 3", "一千", "最大", "up to", "最大たくさん",
	} {
		got, err := ParseCount(in)
		var p Problem
		if err == nil || !errors.As(err, &p) || p.Code != CodeCount {
			t.Errorf("ParseCount(%q) = %+v, %v; want a CodeCount problem", in, got, err)
		}
	}
	_, err := ParseCount("abc")
	if got, want := err.Error(), `"abc" is not a count (e.g. 1,200, approx. 1200, 1.2万, unknown)`; got != want {
		t.Errorf("message = %s; want %s", got, want)
	}
}

func TestFormatCount(t *testing.T) {
	for _, tc := range []struct {
		c      Count
		ja, en string
	}{
		{Count{}, "不明", "unknown"},
		{Count{Known: true}, "0", "0"},
		{Count{Known: true, N: 999}, "999", "999"},
		{Count{Known: true, N: 1200}, "1,200", "1,200"},
		{Count{Known: true, N: 1200, Approx: true}, "約1,200", "approx. 1,200"},
		{Count{Known: true, N: 6790000}, "6,790,000", "6,790,000"},
		{Count{Known: true, N: -1234}, "-1,234", "-1,234"},
	} {
		if got := FormatCount(tc.c, "ja"); got != tc.ja {
			t.Errorf("FormatCount(%+v, ja) = %q; want %q", tc.c, got, tc.ja)
		}
		if got := FormatCount(tc.c, "en"); got != tc.en {
			t.Errorf("FormatCount(%+v, en) = %q; want %q", tc.c, got, tc.en)
		}
	}
}

func TestFormatParseRoundTrip(t *testing.T) {
	for _, c := range []Count{{}, {Known: true, N: 0}, {Known: true, N: 1234567, Approx: true}, {Known: true, N: 1001}} {
		for _, lang := range []string{"ja", "en"} {
			got, err := ParseCount(FormatCount(c, lang))
			if err != nil || got != c {
				t.Errorf("ParseCount(FormatCount(%+v, %s)) = %+v, %v", c, lang, got, err)
			}
		}
	}
}

// An upper bound (最大, up to) is written as such and read back the same,
// in both languages (83: an insurer's 「最大757,463名」).
func TestUpperBoundRoundTrips(t *testing.T) {
	for _, c := range []Count{{Known: true, N: 757463, Max: true}, {Known: true, N: 760000, Approx: true, Max: true}} {
		for _, lang := range []string{"ja", "en"} {
			s := FormatCount(c, lang)
			got, err := ParseCount(s)
			if err != nil || got != c {
				t.Errorf("%+v in %s: %q reads back as %+v (%v)", c, lang, s, got, err)
			}
		}
	}
	if s := FormatCount(Count{Known: true, N: 757463, Max: true}, "ja"); s != "最大757,463" {
		t.Errorf("ja: %q", s)
	}
	if s := FormatCount(Count{Known: true, N: 760000, Approx: true, Max: true}, "en"); s != "up to approx. 760,000" {
		t.Errorf("en: %q", s)
	}
}
