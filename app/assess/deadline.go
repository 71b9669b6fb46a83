package assess

import (
	"time"

	"breachdesk/app/rules"
)

// endOfDay is the last second of the local date y-m-d in loc.
func endOfDay(y int, m time.Month, d int, loc *time.Location) time.Time {
	return time.Date(y, m, d+1, 0, 0, 0, 0, loc).Add(-time.Second)
}

// addDays returns the end of the n-th day counted from start (in loc):
// with DayOneStart the start's own date is day 1, else the next date is.
func addDays(start time.Time, n int, dayOne string, loc *time.Location) time.Time {
	s := start.In(loc)
	if dayOne == rules.DayOneStart {
		n--
	}
	return endOfDay(s.Year(), s.Month(), s.Day()+n, loc)
}

// addBusinessDays returns the end of the n-th business day after start (in
// loc), or counting the start's date when DayOneStart and it is a business day.
func addBusinessDays(start time.Time, n int, dayOne string, cal *rules.Calendar, loc *time.Location) time.Time {
	s := start.In(loc)
	d := time.Date(s.Year(), s.Month(), s.Day(), 12, 0, 0, 0, loc)
	if dayOne == rules.DayOneStart && cal.BusinessDay(d) {
		n--
	}
	for n > 0 {
		d = time.Date(d.Year(), d.Month(), d.Day()+1, 12, 0, 0, 0, loc)
		if cal.BusinessDay(d) {
			n--
		}
	}
	return endOfDay(d.Year(), d.Month(), d.Day(), loc)
}

// dueAfter computes the instant length units after start, in loc. Hours are
// elapsed time (72 hours stay 72 hours across a DST change); days end at the
// end of a local day. ok is false for units without a fixed length.
func dueAfter(start time.Time, unit string, length int, dayOne string, cal *rules.Calendar, loc *time.Location) (time.Time, bool) {
	switch unit {
	case rules.UnitHours:
		return start.In(loc).Add(time.Duration(length) * time.Hour), true
	case rules.UnitCalendarDays:
		return addDays(start, length, dayOne, loc), true
	case rules.UnitBusinessDays:
		return addBusinessDays(start, length, dayOne, cal, loc), true
	}
	return time.Time{}, false
}
