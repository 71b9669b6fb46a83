package ui

import (
	"testing"
	"time"

	"breachdesk/app/catalog"
	"breachdesk/app/incident"
)

// F1060 (52; F981): the timeline told a day given in another offset on the
// day it falls in the case's zone (52's loss in Frankfurt "about 1
// November", +01:00, was 「2026/11/02頃」 in Tokyo), while the documents give
// the day as entered. Both read it with incident.Event.DayZone.
func TestEventWhenGivesTheDayEntered(t *testing.T) {
	tokyo, _ := time.LoadLocation("Asia/Tokyo")
	now := time.Date(2026, 12, 1, 0, 0, 0, 0, tokyo)
	ev := incident.Event{At: time.Date(2026, 11, 1, 0, 0, 0, 0, time.FixedZone("", 3600)), Precision: incident.Approx}
	if got := eventWhen(catalog.JA, ev, tokyo, now); got != "2026/11/01頃" {
		t.Errorf("about a day entered in Frankfurt: %q", got)
	}
	// About a time of day (F901) is an instant: 20:40 in Frankfurt is 2
	// November in Tokyo.
	ev.At = time.Date(2026, 11, 1, 20, 40, 0, 0, time.FixedZone("", 3600))
	if got := eventWhen(catalog.JA, ev, tokyo, now); got == "2026/11/01頃" {
		t.Errorf("about a time in Frankfurt told on its Frankfurt day: %q", got)
	}
	ev.Precision = incident.Exact // an instant is the case's: 04:40 on 2 November in Tokyo
	if got := eventWhen(catalog.JA, ev, tokyo, now); got == eventWhen(catalog.JA, incident.Event{At: ev.At, Precision: incident.Day}, tokyo, now) {
		t.Errorf("an instant told as the day entered: %q", got)
	}
}
