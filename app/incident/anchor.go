package incident

import "time"

// An event known only by its date (or its month, or its year) is stored as
// the start of that date in the time zone the incident had when it was
// entered. The incident's time zone is the default Asia/Tokyo until the
// user changes it, and an event may come from a file written elsewhere: a
// date stored as the start of 9 September in Tokyo is 8 September, 17:00 in
// Berlin, and read in Berlin it would be told, and judged, as 8 September.
// The date the user gave is the one in the offset it was stored with; these
// functions re-anchor it to the incident's time zone, keeping that date.

// anchorDay is at, a date (or month, or year) stored as the start of that
// date in some offset, as the start of the same date in loc. A date-only
// event stored with a time of day (a file written by hand: the evening a
// laptop was left on a train in Frankfurt) is left as it is, and so is one
// whose date in loc is its own.
func anchorDay(at time.Time, p Precision, loc *time.Location) time.Time {
	if p == Exact || at.IsZero() {
		return at
	}
	y, m, d := at.Date() // in the offset it was stored with
	if h, mi, s := at.Clock(); h != 0 || mi != 0 || s != 0 {
		return at
	}
	if ly, lm, ld := at.In(loc).Date(); ly == y && lm == m && ld == d {
		return at
	}
	return time.Date(y, m, d, 0, 0, 0, 0, loc)
}

// OffZone reports whether an event dated by day, month or year is stored
// at a start of day other than that of its date in loc.
func (e Event) OffZone(loc *time.Location) bool {
	if !anchorDay(e.At, e.Precision, loc).Equal(e.At) {
		return true
	}
	for _, w := range e.Was {
		if !anchorDay(w.At, w.Precision, loc).Equal(w.At) {
			return true
		}
	}
	return false
}

// DaysOffZone reports whether any event (or any earlier date of one) is
// dated by day, month or year at a start of day that is not its date's in
// the incident's time zone: the readers then work on AnchoredDays.
func (inc *Incident) DaysOffZone() bool {
	loc := inc.Location()
	for _, e := range inc.Events {
		if e.OffZone(loc) {
			return true
		}
	}
	return false
}

// AnchorDays re-anchors every event dated by day, month or year (and every
// earlier date of one) to the start of its date in the incident's time zone,
// keeping the date the user gave; it reports whether anything changed. The
// facts page calls it when the time zone changes.
func (inc *Incident) AnchorDays() bool {
	loc := inc.Location()
	changed := false
	for i := range inc.Events {
		e := &inc.Events[i]
		if at := anchorDay(e.At, e.Precision, loc); !at.Equal(e.At) {
			e.At, e.entered, changed = at, e.At.Location(), true
		}
		for j := range e.Was {
			w := &e.Was[j]
			if at := anchorDay(w.At, w.Precision, loc); !at.Equal(w.At) {
				w.At, w.entered, changed = at, w.At.Location(), true
			}
		}
	}
	return changed
}

// AnchoredDays is the incident as its readers (the engine, the drafts)
// take it: itself when every date-only event is anchored in its time zone,
// else a copy whose events are (AnchorDays).
func (inc *Incident) AnchoredDays() *Incident {
	if !inc.DaysOffZone() {
		return inc
	}
	c := inc.Clone()
	c.AnchorDays()
	return c
}
