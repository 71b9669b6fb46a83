package assess

import (
	"slices"
	"sort"
	"time"

	"breachdesk/app/incident"
)

// timeline indexes the incident's events by kind, each list in time order
// (ties by id, then by input order), so that look-ups stay cheap on long timelines.
type timeline struct {
	byKind map[incident.EventKind][]*incident.Event
	// undated are the events recorded without a date, by kind, in input
	// order: they start no clock, but they are done (at a time not recorded).
	undated map[incident.EventKind][]*incident.Event
}

// Events after now are not counted: the assessment describes the state at now.
func newTimeline(evs []incident.Event, now time.Time) *timeline {
	t := &timeline{byKind: map[incident.EventKind][]*incident.Event{}, undated: map[incident.EventKind][]*incident.Event{}}
	for i := range evs {
		ev := &evs[i]
		if ev.Planned {
			continue // not done: it fulfils nothing, starts nothing
		}
		if ev.At.IsZero() {
			t.undated[ev.Kind] = append(t.undated[ev.Kind], ev) // starts nothing; done at a time not recorded
			continue
		}
		if ev.At.After(now) {
			continue
		}
		t.byKind[ev.Kind] = append(t.byKind[ev.Kind], ev)
	}
	for _, l := range t.byKind {
		sort.SliceStable(l, func(a, b int) bool {
			if !l[a].At.Equal(l[b].At) {
				return l[a].At.Before(l[b].At)
			}
			return l[a].ID < l[b].ID
		})
	}
	return t
}

// first is the earliest event of a kind, or nil.
func (t *timeline) first(k incident.EventKind) *incident.Event {
	if l := t.byKind[k]; len(l) > 0 {
		return l[0]
	}
	return nil
}

// detection is the event at which the company noticed the case: the first
// detection recorded, else its knowing, for a company that knew had noticed
// by then (80: its processor found the cloud storage public and told it, no
// "detected" was entered, and the steps due 24 hours from detection waited
// for one while the dwell read "not detected yet" after ten years). The
// processor's own knowing is not the company's: it has its own finding.
func (t *timeline) detection() *incident.Event {
	if ev := t.first(incident.EvDetected); ev != nil {
		return ev
	}
	return t.knowing()
}

// startOf is the event a practice target counts from: the first of kind k,
// or, for detection, the detection (detection).
func (t *timeline) startOf(k incident.EventKind) *incident.Event {
	if k == incident.EvDetected {
		return t.detection()
	}
	return t.first(k)
}

// knowing is the event at which the company knew (Assessment.Knew): the
// earliest knowing event, whatever jurisdiction it names. The company knows
// once; a clock that starts when it knew starts then under every law.
func (t *timeline) knowing() *incident.Event { return t.first(incident.EvAware) }

// clockStart is the event that starts a clock of kind k under jurisdiction
// jur: the knowing event for a clock that starts when the company knew, else
// the earliest event of the kind for jur or for none (firstFor).
func (t *timeline) clockStart(k incident.EventKind, jur string) *incident.Event {
	if k == incident.EvAware {
		return t.knowing()
	}
	return t.firstFor(k, jur, true)
}

// firstFor is the earliest event of a kind that concerns jurisdiction jur:
// events naming jur, and events naming none when unspecified is true.
func (t *timeline) firstFor(k incident.EventKind, jur string, unspecified bool) *incident.Event {
	for _, ev := range t.byKind[k] {
		if ev.Jurisdiction == jur || ev.Jurisdiction == "" && unspecified {
			return ev
		}
	}
	return nil
}

// firstForFrom is firstFor among the events that may have happened at or
// after from (their latest instant is not before from's start): a delay
// from knowing to the public announcement is measured to the first
// announcement after knowing, not to one made before the company knew
// personal data was affected (scenario 18: the attack announced on 11/4,
// the leak known on 11/12, announced 11/16). Only when every one is
// earlier is the earliest returned, which the finding reports as such.
func (t *timeline) firstForFrom(k incident.EventKind, jur string, unspecified bool, from *incident.Event, loc *time.Location) *incident.Event {
	var first *incident.Event
	for _, ev := range t.byKind[k] {
		if ev.Jurisdiction == jur || ev.Jurisdiction == "" && unspecified {
			if first == nil {
				first = ev
			}
			if !ev.Last(loc).Before(from.At) {
				return ev
			}
		}
	}
	return first
}

// firstFrom is first (any jurisdiction) among the events that may have
// happened at or after from, else the earliest (see firstForFrom).
func (t *timeline) firstFrom(k incident.EventKind, from *incident.Event, loc *time.Location) *incident.Event {
	l := t.byKind[k]
	for _, ev := range l {
		if !ev.Last(loc).Before(from.At) {
			return ev
		}
	}
	if len(l) > 0 {
		return l[0]
	}
	return nil
}

// firstOf is the earliest of several kinds (see firstFor).
func (t *timeline) firstOf(ks []incident.EventKind, jur string, unspecified bool, loc *time.Location) *incident.Event {
	var best *incident.Event
	for _, k := range ks {
		ev := t.firstFor(k, jur, unspecified)
		if ev != nil && (best == nil || endsBefore(ev, best, loc)) {
			best = ev
		}
	}
	return best
}

// endsBefore: of two events that each end a measure or do a step, does ev
// come before best? An event known by its day only, on the day best is
// timed (a deletion asked "on the 4th", the line cut at 12:00 that day),
// may have come after it: the timed event is the bound a measure can stand
// on, and it is preferred.
func endsBefore(ev, best *incident.Event, loc *time.Location) bool {
	switch {
	case ev.Precision == incident.Exact && best.Precision != incident.Exact:
		return !ev.At.After(best.Last(loc))
	case ev.Precision != incident.Exact && best.Precision == incident.Exact:
		return ev.Last(loc).Before(best.At)
	}
	return ev.At.Before(best.At)
}

// firstUndated is the first event recorded without a date of one of the
// kinds that concerns jurisdiction jur (see firstFor), but those in skip, or nil.
func (t *timeline) firstUndated(ks []incident.EventKind, jur string, unspecified bool, skip func(*incident.Event) bool) *incident.Event {
	for _, k := range ks {
		for _, ev := range t.undated[k] {
			if (ev.Jurisdiction == jur || ev.Jurisdiction == "" && unspecified) && (skip == nil || !skip(ev)) {
				return ev
			}
		}
	}
	return nil
}

// toldBy is the earliest dated detection told by one of srcs (Event.Source),
// else one recorded without a date, or nil: the police who called the
// company about the case began the contact a consultation would make.
func (t *timeline) toldBy(srcs []string) *incident.Event {
	if len(srcs) == 0 {
		return nil
	}
	for _, l := range [][]*incident.Event{t.byKind[incident.EvDetected], t.undated[incident.EvDetected]} {
		for _, ev := range l {
			if slices.Contains(srcs, ev.Source) {
				return ev
			}
		}
	}
	return nil
}
