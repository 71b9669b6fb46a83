package incident

import "slices"

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
// events at the same instant, and undated events last.
func (inc *Incident) SortEvents() { sortEvents(inc.Events) }

func sortEvents(es []Event) {
	slices.SortStableFunc(es, func(a, b Event) int {
		switch az, bz := a.At.IsZero(), b.At.IsZero(); {
		case az && bz:
			return 0
		case az:
			return 1
		case bz:
			return -1
		}
		return a.At.Compare(b.At)
	})
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
