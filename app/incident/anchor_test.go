package incident

import (
	"testing"
	"time"
)

// A date entered while the incident's time zone was Tokyo (the default),
// read after the zone became Berlin, keeps its date: the start of 9 September
// in Tokyo is 8 September in Berlin, and the drafts told the PPC report as
// filed on the 8th.
func TestDateEnteredBeforeTheZoneChangedKeepsItsDate(t *testing.T) {
	tokyo := time.FixedZone("JST", 9*3600)
	inc := &Incident{TimeZone: "Europe/Berlin", Events: []Event{
		{ID: "e1", Kind: EvReportPrelim, At: time.Date(2025, 9, 9, 0, 0, 0, 0, tokyo), Precision: Day},
		{ID: "e2", Kind: EvIntrusion, At: time.Date(2025, 6, 1, 0, 0, 0, 0, tokyo), Precision: Month},
		{ID: "e3", Kind: EvDetected, At: time.Date(2025, 8, 19, 9, 30, 0, 0, tokyo)},                  // exact: an instant, kept
		{ID: "e4", Kind: EvOther, At: time.Date(2025, 8, 14, 20, 40, 0, 0, tokyo), Precision: Approx}, // a time of day: kept
	}}
	if !inc.DaysOffZone() {
		t.Fatal("a Tokyo midnight read in Berlin is not seen as off its zone")
	}
	got := inc.AnchoredDays()
	if got == inc {
		t.Fatal("AnchoredDays returned the incident itself")
	}
	berlin := inc.Location()
	for id, want := range map[string]string{"e1": "2025-09-09", "e2": "2025-06-01"} {
		e, _ := got.Event(id)
		if d := e.At.In(berlin).Format("2006-01-02"); d != want || e.At.In(berlin).Hour() != 0 {
			t.Errorf("%s anchored at %s, want the start of %s in Berlin", id, e.At.In(berlin), want)
		}
		if last := e.Last(berlin).Format("2006-01-02"); id == "e1" && last != want {
			t.Errorf("%s judged by the end of %s, want %s", id, last, want)
		}
	}
	for _, id := range []string{"e3", "e4"} {
		e, _ := got.Event(id)
		o, _ := inc.Event(id)
		if !e.At.Equal(o.At) {
			t.Errorf("%s moved from %s to %s", id, o.At, e.At)
		}
	}
	if e, _ := inc.Event("e1"); !e.At.Equal(time.Date(2025, 9, 9, 0, 0, 0, 0, tokyo)) {
		t.Error("AnchoredDays changed the incident it was given")
	}
	if got.DaysOffZone() || got.AnchoredDays() != got {
		t.Error("an anchored incident is still off its zone")
	}
}
