package ui

import (
	"testing"
	"time"

	"breachdesk/app/catalog"
	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

func TestSpanAndWhen(t *testing.T) {
	if got := span(catalog.EN, 52*time.Hour+10*time.Minute); got != "2 d 4 h" {
		t.Errorf("span = %q", got)
	}
	if got := span(catalog.JA, 52*time.Hour); got != "2日4時間" {
		t.Errorf("span JA = %q", got)
	}
	if got := span(catalog.EN, -(5*time.Hour + 12*time.Minute)); got != "5 h 12 min" {
		t.Errorf("negative span = %q", got)
	}
	tokyo, _ := time.LoadLocation("Asia/Tokyo")
	now := time.Date(2026, 11, 22, 10, 0, 0, 0, tokyo)
	due := time.Date(2026, 11, 27, 8, 0, 0, 0, time.UTC)
	if got := when(due, tokyo, now); got != "11/27 17:00 JST" {
		t.Errorf("when = %q", got)
	}
	if got := when(due.AddDate(1, 0, 0), tokyo, now); got != "2027/11/27 17:00 JST" {
		t.Errorf("when next year = %q", got)
	}
}

func TestDatetimeLocalRoundTrip(t *testing.T) {
	tokyo, _ := time.LoadLocation("Asia/Tokyo")
	in := time.Date(2026, 3, 15, 9, 30, 0, 0, tokyo)
	s := datetimeLocal(in, tokyo)
	if s != "2026-03-15T09:30" {
		t.Fatalf("datetimeLocal = %q", s)
	}
	out, err := parseDatetimeLocal(s, tokyo)
	if err != nil || !out.Equal(in) {
		t.Fatalf("parse = %v, %v", out, err)
	}
	if _, err := parseDatetimeLocal("yesterday", tokyo); err == nil {
		t.Error("nonsense parsed")
	}
}

func TestTx(t *testing.T) {
	x := rules.Text{JA: "日本", EN: "Japan"}
	if tx(catalog.JA, x) != "日本" || tx(catalog.EN, x) != "Japan" {
		t.Error("tx picks the wrong language")
	}
	if tx(catalog.EN, rules.Text{JA: "日本のみ"}) != "日本のみ" {
		t.Error("tx must fall back to the text that exists")
	}
}

// A count shows in its input in the page's language, empty when unknown, and
// reads back as the same count.
func TestCountText(t *testing.T) {
	cases := []struct {
		c      incident.Count
		ja, en string
	}{
		{incident.Count{}, "", ""},
		{incident.Count{Known: true}, "0", "0"},
		{incident.Count{Known: true, N: 1200}, "1,200", "1,200"},
		{incident.Count{Known: true, N: 7930000, Approx: true}, "約7,930,000", "approx. 7,930,000"},
	}
	for _, c := range cases {
		for l, want := range map[catalog.Lang]string{catalog.JA: c.ja, catalog.EN: c.en} {
			got := countText(l, c.c)
			if got != want {
				t.Errorf("countText(%s, %+v) = %q, want %q", l, c.c, got, want)
			}
			if !c.c.Known {
				continue
			}
			if back, err := incident.ParseCount(got); err != nil || back != c.c {
				t.Errorf("ParseCount(%q) = %+v, %v; want %+v", got, back, err, c.c)
			}
		}
	}
}
