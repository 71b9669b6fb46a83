package desk

import (
	"time"

	"breachdesk/app/incident"
)

// Edits of the facts that pages make through Edit: each is a function of
// the incident alone, so that a page only chooses which one to make.

// SetEvent puts the first event of kind at t, adding it when there is none.
func SetEvent(inc *incident.Incident, kind incident.EventKind, t time.Time) {
	for i := range inc.Events {
		if inc.Events[i].Kind == kind {
			inc.Events[i].At = t
			inc.SortEvents()
			return
		}
	}
	inc.Events = append(inc.Events, incident.Event{ID: newID(), Kind: kind, At: t})
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

// ReplaceEvent puts ev (keeping id) in place of the event with id.
func ReplaceEvent(inc *incident.Incident, id string, ev incident.Event) bool {
	for i := range inc.Events {
		if inc.Events[i].ID == id {
			ev.ID = id
			inc.Events[i] = ev
			inc.SortEvents()
			return true
		}
	}
	return false
}

// SetPoliceAt dates the police event with id at, keeping its note and
// jurisdiction, or adds a police event when there is none (has is false).
func SetPoliceAt(inc *incident.Incident, id string, has bool, at time.Time) {
	if !has {
		inc.Events = append(inc.Events, incident.Event{ID: newID(), Kind: incident.EvPolice, At: at})
	}
	for i := range inc.Events {
		if has && inc.Events[i].ID == id {
			inc.Events[i].At = at
		}
	}
	inc.SortEvents()
}

// SortedEvents is a chronological copy of the timeline (undated events last).
func SortedEvents(inc *incident.Incident) []incident.Event {
	c := &incident.Incident{Events: append([]incident.Event(nil), inc.Events...)}
	c.SortEvents()
	return c.Events
}
