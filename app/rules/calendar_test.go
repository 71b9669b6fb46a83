package rules

import (
	"testing"
	"time"
)

func TestJapaneseCalendar(t *testing.T) {
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	cal := s.Calendars["JP"]
	jst := time.FixedZone("JST", 9*3600)
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 12, 0, 0, 0, jst) }
	cases := []struct {
		t        time.Time
		business bool
		why      string
	}{
		{day(2026, 9, 21), false, "敬老の日"},
		{day(2026, 9, 22), false, "国民の休日 between two holidays"},
		{day(2026, 9, 24), true, "a Thursday"},
		{day(2026, 5, 6), false, "振替休日"},
		{day(2026, 12, 31), false, "year-end closing"},
		{day(2027, 1, 4), true, "first business day of 2027"},
		{day(2019, 5, 1), false, "accession day 2019"},
		{day(2021, 7, 23), false, "Olympics: sports day moved"},
		{day(2026, 5, 30), false, "Saturday"},
	}
	for _, c := range cases {
		if got := cal.BusinessDay(c.t); got != c.business {
			t.Errorf("%s (%s): business day %v, want %v", c.t.Format(time.DateOnly), c.why, got, c.business)
		}
	}
	if cal.Covers(day(2031, 1, 1)) || !cal.Covers(day(2016, 1, 1)) {
		t.Error("calendar range is 2016–2030")
	}
}
