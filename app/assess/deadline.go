package assess

import (
	"time"

	"breachdesk/app/incident"
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

// deadline fills DueFrom and Due from the start event, and the other
// reading of the count where the law's counting is not settled.
func (r *run) deadline(ob *Obligation, d rules.Deadline, at time.Time, start *incident.Event, j *rules.Jurisdiction) {
	if d.Unit == rules.UnitEventDue {
		if start.Due != nil {
			due := start.Due.In(r.loc)
			ob.Due = &due
		}
		return
	}
	ob.Due, ob.DueFrom = r.count(d, at, j)
	r.roll(d.Roll, ob.Due, j)
	if d.Alt != nil && ob.Due != nil {
		alt := d
		alt.DayOne = d.Alt.DayOne
		if due, _ := r.count(alt, at, j); due != nil {
			r.rollIn(d.Alt.Roll, due, j, d.Alt.Calendar)
			if !due.Equal(*ob.Due) {
				ob.DueAlt = due
				ob.Counting = &AltCounting{Text: d.Alt.Text, Source: d.Alt.Source}
			}
		}
	}
}

// count computes a deadline's due instant and the start of its target range.
func (r *run) count(d rules.Deadline, at time.Time, j *rules.Jurisdiction) (due, from *time.Time) {
	cal := r.set.Calendars[j.Calendar]
	if d.Unit == rules.UnitBusinessDays && cal != nil && !cal.Covers(at) {
		r.problem(msg("cal.range", vars{"cal": same(cal.ID), "year": same(at.Format("2006"))}))
		cal = nil
	}
	zone := r.lawZone(j, d.Unit)
	if t, ok := dueAfter(at, d.Unit, d.Length, d.DayOne, cal, r.loc); ok {
		due = earlier(&t, zone, func(z *time.Location) (time.Time, bool) { return dueAfter(at, d.Unit, d.Length, d.DayOne, cal, z) }, r.loc)
	}
	if d.From > 0 {
		if t, ok := dueAfter(at, d.Unit, d.From, d.DayOne, cal, r.loc); ok {
			from = earlier(&t, zone, func(z *time.Location) (time.Time, bool) { return dueAfter(at, d.Unit, d.From, d.DayOne, cal, z) }, r.loc)
		}
	}
	return due, from
}

// lawZone is the zone of the law's place when its days count there (Zone)
// and differ from the incident's: a period of days then ends at the earlier
// of the two ends of day (a California deadline counted in Tokyo would end
// 16 or 17 hours after California's day ends). Hours are elapsed time
// everywhere: nil for them.
func (r *run) lawZone(j *rules.Jurisdiction, unit string) *time.Location {
	if j == nil || j.Zone == "" || unit != rules.UnitCalendarDays && unit != rules.UnitBusinessDays {
		return nil
	}
	z, err := incident.LoadZone(j.Zone)
	if err != nil || z.String() == r.loc.String() {
		return nil
	}
	return z
}

// earlier returns t, or the same count ended in zone when that is earlier,
// shown in loc.
func earlier(t *time.Time, zone *time.Location, in func(*time.Location) (time.Time, bool), loc *time.Location) *time.Time {
	if zone == nil {
		return t
	}
	if u, ok := in(zone); ok && u.Before(*t) {
		u = u.In(loc)
		return &u
	}
	return t
}

// roll moves a due instant that ends on a day off to the end of the next
// business day of the jurisdiction's calendar, when roll says so and the
// calendar covers the year. Where the law's days count in its own zone
// (lawZone), the next business day ends at the earlier of its two ends, as
// the count did: a Japanese deadline rolled past Golden Week for an
// incident kept in Singapore time ends at midnight in Tokyo, not an hour
// later at midnight in Singapore (or 17 hours later in Los Angeles).
func (r *run) roll(roll string, due *time.Time, j *rules.Jurisdiction) {
	r.rollIn(roll, due, j, "")
}

// rollIn is roll with the days off of calendar id ("" = the jurisdiction's).
func (r *run) rollIn(roll string, due *time.Time, j *rules.Jurisdiction, id string) {
	if roll != rules.RollNext || due == nil {
		return
	}
	if id == "" {
		id = j.Calendar
	}
	if cal := r.set.Calendars[id]; cal != nil && cal.Covers(*due) {
		t := rollForward(*due, cal, r.loc)
		if z := r.lawZone(j, rules.UnitCalendarDays); z != nil {
			if u := rollForward(*due, cal, z).In(r.loc); u.Before(t) {
				t = u
			}
		}
		*due = t
	}
}

// rollForward moves the end of a day off to the end of the next business day.
func rollForward(t time.Time, cal *rules.Calendar, loc *time.Location) time.Time {
	d := t.In(loc)
	for day := time.Date(d.Year(), d.Month(), d.Day(), 12, 0, 0, 0, loc); !cal.BusinessDay(day); {
		day = time.Date(day.Year(), day.Month(), day.Day()+1, 12, 0, 0, 0, loc)
		d = endOfDay(day.Year(), day.Month(), day.Day(), loc)
	}
	return d
}

// early counts a deadline that runs from knowing from the first detection
// instead, when something was detected before the company took itself to
// know: the earliest start a regulator or the press may hold it to.
func (r *run) early(ob *Obligation, d rules.Deadline, knew time.Time, j *rules.Jurisdiction) {
	det := r.tl.firstFor(incident.EvDetected, j.ID, true)
	if det == nil || !det.At.Before(knew) || d.Unit == rules.UnitNone || d.Unit == rules.UnitImmediately || d.Unit == rules.UnitEventDue {
		return
	}
	at := det.At.In(r.loc)
	due, from := r.count(d, at, j)
	if due == nil {
		return
	}
	r.roll(d.Roll, due, j)
	ob.Early = &Counted{From: incident.EvDetected, Event: det.ID, StartAt: at, DueFrom: from, Due: *due}
}
