package incident

import (
	"testing"
	"time"
)

// F1064: a day is the user's where it was typed (the offset stored) and,
// once anchored, the case's: Last is the later end of the two, DayEnd the
// end of the day in the case's zone (the day a document is dated).
func TestLastIsTheLaterEndOfTheDayGiven(t *testing.T) {
	tokyo, singapore := mustZone(t, "Asia/Tokyo"), mustZone(t, "Asia/Singapore")
	london := time.FixedZone("", 3600) // as a file keeps a day typed there in summer
	day := func(at time.Time) Event { return Event{ID: "e", Kind: EvReportPrelim, At: at, Precision: Day} }
	for _, c := range []struct {
		name      string
		ev        Event
		loc       *time.Location
		last, end time.Time
	}{
		{"a London day in a Tokyo case", day(time.Date(2022, 4, 15, 0, 0, 0, 0, london)), tokyo,
			time.Date(2022, 4, 15, 23, 59, 59, 0, london), time.Date(2022, 4, 15, 23, 59, 59, 0, tokyo)},
		{"a Tokyo day in a Singapore case", day(time.Date(2026, 3, 6, 0, 0, 0, 0, tokyo)), singapore,
			time.Date(2026, 3, 6, 23, 59, 59, 0, singapore), time.Date(2026, 3, 6, 23, 59, 59, 0, singapore)},
		{"a day in the case's zone", day(time.Date(2026, 3, 6, 0, 0, 0, 0, tokyo)), tokyo,
			time.Date(2026, 3, 6, 23, 59, 59, 0, tokyo), time.Date(2026, 3, 6, 23, 59, 59, 0, tokyo)},
		{"a London month in a Tokyo case", Event{At: time.Date(2022, 2, 1, 0, 0, 0, 0, london), Precision: Month}, tokyo,
			time.Date(2022, 2, 28, 23, 59, 59, 0, london), time.Date(2022, 2, 28, 23, 59, 59, 0, tokyo)},
		{"an exact time", Event{At: time.Date(2022, 4, 15, 10, 0, 0, 0, london), Precision: Exact}, tokyo,
			time.Date(2022, 4, 15, 10, 0, 0, 0, london), time.Date(2022, 4, 15, 10, 0, 0, 0, london)},
	} {
		inc := &Incident{TimeZone: c.loc.String(), Events: []Event{c.ev}}
		for _, e := range []Event{c.ev, inc.AnchoredDays().Events[0]} {
			if got := e.Last(c.loc); !got.Equal(c.last) {
				t.Errorf("%s: Last = %v, want %v", c.name, got, c.last)
			}
			if got := e.DayEnd(c.loc); !got.Equal(c.end) {
				t.Errorf("%s: DayEnd = %v, want %v", c.name, got, c.end)
			}
		}
	}
}

func mustZone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := LoadZone(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}
