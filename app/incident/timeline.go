package incident

import (
	"slices"
	"time"
)

// FirstEvent returns the earliest dated event of kind (the one that starts a
// clock, such as EvAware); undated events are ignored. Of events at the same
// instant, the first in the timeline wins.
func (inc *Incident) FirstEvent(kind EventKind) (Event, bool) {
	var first Event
	found := false
	for _, e := range inc.Events {
		if e.Kind != kind || e.At.IsZero() {
			continue
		}
		if !found || e.At.Before(first.At) {
			first, found = e, true
		}
	}
	return first, found
}

// ContainmentKinds are the kinds of event that end the exposure, in the
// order FirstContainment looks at them.
var ContainmentKinds = []EventKind{EvContained, EvRetrieved, EvDeleted}

// FirstContainment returns the earliest dated event that ended the
// exposure: a containment, or, for data sent or lost, its deletion by those
// who received it or its return (as the timeline's "detection to
// containment" reads them: checklists/playbook.json, tl.contain).
func (inc *Incident) FirstContainment() (Event, bool) {
	var first Event
	found := false
	for _, k := range ContainmentKinds {
		if e, ok := inc.FirstEvent(k); ok && (!found || e.At.Before(first.At)) {
			first, found = e, true
		}
	}
	return first, found
}

// ExposureLasted: the exposure went on over a period of more than one day
// (a forwarding to a mistyped domain for months, a sending without BCC for
// days), as ExposureWindow reads it.
func (inc *Incident) ExposureLasted() bool {
	w := inc.ExposureWindow()
	return w.From != "" && w.To != "" && w.From != w.To
}

// ExposureWindow is the period the data lay open as the documents tell it:
// the window entered (Exposure), with, when its end was not entered, the
// day of the first containment after it began as its end: an API fixed on
// the 13th no longer lay open "until now" in a notice of the 26th. The
// logins of credential stuffing go on until the passwords are reset, which
// a containment (blocking the attack's addresses) does not do: its window
// stays open.
func (inc *Incident) ExposureWindow() Window {
	w := inc.Exposure
	if w.From == "" || w.To != "" || inc.Cause.Kind == CauseCredentialStuffing {
		return w
	}
	if e, ok := inc.FirstEvent(EvContained); ok {
		if end := DateOf(e.At.In(inc.Location())); w.From.OnOrBefore(end) {
			w.To = end
		}
	}
	return w
}

// Done is the incident without its planned events: the facts documents and
// duties are judged on, its date-only events anchored in its time zone
// (AnchoredDays). It is inc itself when nothing is planned or re-anchored,
// else a copy with its own Events.
func (inc *Incident) Done() *Incident {
	inc = inc.AnchoredDays()
	if !slices.ContainsFunc(inc.Events, func(e Event) bool { return e.Planned }) {
		return inc
	}
	c := *inc
	c.Events = slices.DeleteFunc(slices.Clone(inc.Events), func(e Event) bool { return e.Planned })
	return &c
}

// EventsOf returns copies of the events of kind, in chronological order (see SortEvents).
func (inc *Incident) EventsOf(kind EventKind) []Event {
	var out []Event
	for _, e := range inc.Events {
		if e.Kind == kind {
			out = append(out, e)
		}
	}
	sortEvents(out)
	return out
}

// SortEvents puts the timeline in chronological order, keeping the order of
// events at the same instant, and undated events last. An event known only
// by its day (Day, Approx) is stored at the start of that day (an Approx
// event with a time of day is about that time: AboutTime); it is placed
// after the timed events of the same day that come before it in a case's
// usual course (kindRank): a containment "on the 8th" follows the
// detection "on the 8th at 3:30" and the knowing "on the 8th at 19:00",
// while an intrusion "on the 8th" still precedes them.
func (inc *Incident) SortEvents() { sortEvents(inc.Events) }

func sortEvents(es []Event) {
	type keyed struct {
		e   Event
		key time.Time
		day bool
	}
	ks := make([]keyed, len(es))
	for i, e := range es {
		ks[i] = keyed{e: e, key: e.At, day: e.DayOnly()}
	}
	for i := range ks {
		if !ks[i].day {
			continue
		}
		d := ks[i].e.At
		for _, t := range es {
			if t.At.IsZero() || t.Precision != Exact && !t.AboutTime() || kindRank(t.Kind) > kindRank(ks[i].e.Kind) {
				continue
			}
			tl := t.At.In(d.Location())
			if y, m, dd := tl.Date(); y == d.Year() && m == d.Month() && dd == d.Day() && tl.After(ks[i].key) {
				ks[i].key = tl
			}
		}
	}
	slices.SortStableFunc(ks, func(a, b keyed) int {
		switch az, bz := a.key.IsZero(), b.key.IsZero(); {
		case az && bz:
			return 0
		case az:
			return 1
		case bz:
			return -1
		}
		if c := a.key.Compare(b.key); c != 0 || a.day == b.day {
			return c
		}
		if a.day {
			return 1 // placed at a timed event's instant: after it
		}
		return -1
	})
	for i := range ks {
		es[i] = ks[i].e
	}
}

// kindRank is the place of a kind in a case's usual course (EventKinds),
// with one change: the knowing comes before the company's acts on the case
// (containment, return, deletion), where EventKinds lists them before it.
// A list dated by day cannot tell which came first that day, and a
// response listed before the knowing would say the company acted on the
// case before it knew of it, calling into question the day its clocks
// start; listed after, it says nothing of the knowing.
func kindRank(k EventKind) int {
	if k == EvAware {
		return slices.Index(EventKinds, EvContained)*2 - 1
	}
	if i := slices.Index(EventKinds, k); i >= 0 {
		return i * 2
	}
	return len(EventKinds) * 2
}

// Event returns the event with id.
func (inc *Incident) Event(id string) (Event, bool) {
	for _, e := range inc.Events {
		if e.ID == id {
			return e, true
		}
	}
	return Event{}, false
}
