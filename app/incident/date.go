package incident

import (
	"strconv"
	"time"
)

// Date is a calendar date as people know it: "2026-03-15", "2026-03" or
// "2013" (a year, a month or a day), with no time of day and no zone.
type Date string

// Valid reports whether d is "YYYY", "YYYY-MM" or "YYYY-MM-DD" naming a real date.
func (d Date) Valid() bool {
	_, _, _, ok := d.parts()
	return ok
}

// parts reads d; month and day are 0 when d does not give them.
func (d Date) parts() (y, m, day int, ok bool) {
	s := string(d)
	if len(s) != 4 && len(s) != 7 && len(s) != 10 {
		return 0, 0, 0, false
	}
	num := func(t string) (int, bool) {
		for i := 0; i < len(t); i++ {
			if t[i] < '0' || t[i] > '9' {
				return 0, false
			}
		}
		n, err := strconv.Atoi(t)
		return n, err == nil
	}
	if y, ok = num(s[:4]); !ok || y < 1 {
		return 0, 0, 0, false
	}
	if len(s) == 4 {
		return y, 0, 0, true
	}
	if s[4] != '-' {
		return 0, 0, 0, false
	}
	if m, ok = num(s[5:7]); !ok || m < 1 || m > 12 {
		return 0, 0, 0, false
	}
	if len(s) == 7 {
		return y, m, 0, true
	}
	if s[7] != '-' {
		return 0, 0, 0, false
	}
	if day, ok = num(s[8:]); !ok || day < 1 || day > daysIn(y, time.Month(m)) {
		return 0, 0, 0, false
	}
	return y, m, day, true
}

func daysIn(y int, m time.Month) int { return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day() }

// Year is d's year, 0 when d is not valid.
func (d Date) Year() int { y, _, _, _ := d.parts(); return y }

// First is the first day d may mean ("2013" → 2013-01-01), at 00:00 in loc.
func (d Date) First(loc *time.Location) (time.Time, bool) {
	y, m, day, ok := d.parts()
	if !ok {
		return time.Time{}, false
	}
	if m == 0 {
		m = 1
	}
	if day == 0 {
		day = 1
	}
	return time.Date(y, time.Month(m), day, 0, 0, 0, 0, loc), true
}

// Last is the last day d may mean ("2013" → 2013-12-31), at 00:00 in loc.
func (d Date) Last(loc *time.Location) (time.Time, bool) {
	y, m, day, ok := d.parts()
	if !ok {
		return time.Time{}, false
	}
	switch {
	case m == 0:
		return time.Date(y, 12, 31, 0, 0, 0, 0, loc), true
	case day == 0:
		return time.Date(y, time.Month(m), daysIn(y, time.Month(m)), 0, 0, 0, 0, loc), true
	}
	return time.Date(y, time.Month(m), day, 0, 0, 0, 0, loc), true
}

// DateOf is the day of t in its own location.
func DateOf(t time.Time) Date { return Date(t.Format("2006-01-02")) }

// OnOrBefore reports whether d certainly began by day: its first day is not
// after day. An empty d is "from the start" and always is.
func (d Date) OnOrBefore(day Date) bool {
	if d == "" {
		return true
	}
	a, ok1 := d.First(time.UTC)
	b, ok2 := day.First(time.UTC)
	return ok1 && ok2 && !a.After(b)
}
