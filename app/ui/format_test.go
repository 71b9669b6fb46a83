package ui

import (
	"testing"
	"time"

	"breachdesk/app/catalog"
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
