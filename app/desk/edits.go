package desk

import (
	"strings"
	"time"

	"breachdesk/app/incident"
)

// Edits of the facts that pages make through Edit: each is a function of
// the incident alone, so that a page only chooses which one to make.

// SetEvent puts the first event of kind at t, a date and time of day,
// adding it when there is none.
func SetEvent(inc *incident.Incident, kind incident.EventKind, t time.Time) {
	SetEventAs(inc, kind, t, incident.Exact)
}

// SetEventAs puts the first event of kind at t known to precision p (for a
// day, t is the day's start), adding it when there is none.
func SetEventAs(inc *incident.Incident, kind incident.EventKind, t time.Time, p incident.Precision) {
	for i := range inc.Events {
		if inc.Events[i].Kind == kind {
			inc.Events[i].At, inc.Events[i].Precision = t, p
			inc.Events[i].Planned = false // dated: done, if it was only planned
			inc.SortEvents()
			return
		}
	}
	inc.Events = append(inc.Events, incident.Event{ID: newID(), Kind: kind, At: t, Precision: p})
	inc.SortEvents()
}

// ClearEvent removes the first event of kind, unless the user wrote a note on it.
func ClearEvent(inc *incident.Incident, kind incident.EventKind) {
	for i, ev := range inc.Events {
		if ev.Kind == kind && ev.Note == "" {
			inc.Events = append(inc.Events[:i], inc.Events[i+1:]...)
			return
		}
	}
}

// SameEvent returns an event of inc that ev would repeat: of its kind and
// party, at the same minute (entered in the wizard and again on the
// timeline, or twice), so that the page can warn before adding a duplicate.
func SameEvent(inc *incident.Incident, ev incident.Event) (incident.Event, bool) {
	for _, e := range inc.Events {
		if e.Kind == ev.Kind && e.Party == ev.Party && !e.At.IsZero() &&
			e.At.Truncate(time.Minute).Equal(ev.At.Truncate(time.Minute)) {
			return e, true
		}
	}
	return incident.Event{}, false
}

// AddEvent adds ev to the timeline under a fresh id, in order.
func AddEvent(inc *incident.Incident, ev incident.Event) {
	ev.ID = newID()
	inc.Events = append(inc.Events, ev)
	inc.SortEvents()
}

// RemoveEvent deletes the event with id; it reports whether there was one.
func RemoveEvent(inc *incident.Incident, id string) bool {
	for i, ev := range inc.Events {
		if ev.ID == id {
			inc.Events = append(inc.Events[:i], inc.Events[i+1:]...)
			return true
		}
	}
	return false
}

// ReplaceEvent puts ev (keeping id) in place of the event with id; the
// dates it once had (Was) stay unless ev gives its own.
func ReplaceEvent(inc *incident.Incident, id string, ev incident.Event) bool {
	for i := range inc.Events {
		if inc.Events[i].ID == id {
			ev.ID = id
			if ev.Was == nil {
				ev.Was = inc.Events[i].Was
			}
			inc.Events[i] = ev
			inc.SortEvents()
			return true
		}
	}
	return false
}

// SortedEvents is a chronological copy of the timeline (undated events last).
func SortedEvents(inc *incident.Incident) []incident.Event {
	c := &incident.Incident{Events: append([]incident.Event(nil), inc.Events...)}
	c.SortEvents()
	return c.Events
}

// HasEvent reports whether the timeline holds an event with id.
func HasEvent(inc *incident.Incident, id string) bool {
	for _, ev := range inc.Events {
		if ev.ID == id {
			return true
		}
	}
	return false
}

// EditStep changes what the user wrote about the playbook step id with fn;
// a state left empty is removed.
func EditStep(inc *incident.Incident, id string, fn func(st *incident.StepState)) {
	if inc.Steps == nil {
		inc.Steps = map[string]incident.StepState{}
	}
	st := inc.Steps[id]
	fn(&st)
	if st == (incident.StepState{}) {
		delete(inc.Steps, id)
	} else {
		inc.Steps[id] = st
	}
}

// PartyName is the name of the first party of a kind, "" when none.
func PartyName(inc *incident.Incident, kind incident.PartyKind) string {
	if ps := inc.PartiesOf(kind); len(ps) > 0 {
		return ps[0].Name
	}
	return ""
}

// SetUnsubmitted keeps text as what is typed into the form field key of the
// incident and not yet submitted ("" forgets it). It is written with the
// incident, as a fact is (within SaveDelay, at page hide, sealed on a
// protected desk), so that a reload restores it. A text longer than a field
// may hold is kept up to that length.
func SetUnsubmitted(inc *incident.Incident, key, text string) {
	if text == "" {
		delete(inc.Unsubmitted, key)
		if len(inc.Unsubmitted) == 0 {
			inc.Unsubmitted = nil
		}
		return
	}
	if len(text) > incident.MaxTextBytes {
		text = strings.ToValidUTF8(text[:incident.MaxTextBytes], "")
	}
	if inc.Unsubmitted == nil {
		inc.Unsubmitted = map[string]string{}
	}
	if _, ok := inc.Unsubmitted[key]; !ok && len(inc.Unsubmitted) >= incident.MaxUnsubmitted {
		return // far more forms than the app has: keep the incident valid
	}
	inc.Unsubmitted[key] = text
}

// DropUnsubmitted forgets every unsubmitted field whose key starts with
// prefix: the form was submitted or cancelled. It reports whether there was
// one.
func DropUnsubmitted(inc *incident.Incident, prefix string) bool {
	found := false
	for k := range inc.Unsubmitted {
		if strings.HasPrefix(k, prefix) {
			delete(inc.Unsubmitted, k)
			found = true
		}
	}
	if len(inc.Unsubmitted) == 0 {
		inc.Unsubmitted = nil
	}
	return found
}

// Unsubmitted returns the unsubmitted fields of the incident whose keys
// start with prefix, by the rest of their key.
func Unsubmitted(inc *incident.Incident, prefix string) map[string]string {
	out := map[string]string{}
	for k, v := range inc.Unsubmitted {
		if rest, ok := strings.CutPrefix(k, prefix); ok {
			out[rest] = v
		}
	}
	return out
}
