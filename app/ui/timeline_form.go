package ui

import (
	"strings"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// eventDraft is the event form as typed: nothing reaches the incident until
// every field reads.
type eventDraft struct {
	Kind, At, Jurisdiction, Note, Due string
}

// draftOf fills the form with an event, in the incident's time zone.
func draftOf(ev incident.Event, loc *time.Location) eventDraft {
	d := eventDraft{Kind: string(ev.Kind), At: datetimeLocal(ev.At, loc), Jurisdiction: ev.Jurisdiction, Note: ev.Note}
	if ev.Due != nil {
		d.Due = datetimeLocal(*ev.Due, loc)
	}
	return d
}

// set changes one field of the form by its name (the data-field of its input).
func (d *eventDraft) set(name, v string) {
	switch name {
	case "kind":
		d.Kind = v
	case "at":
		d.At = v
	case "jur":
		d.Jurisdiction = v
	case "note":
		d.Note = v
	case "due":
		d.Due = v
	}
}

// event reads the form into an event (without its id). When a field cannot be
// read it returns, by field name, the catalog id of the problem.
func (d eventDraft) event(loc *time.Location) (incident.Event, map[string]string) {
	probs := map[string]string{}
	var ev incident.Event
	kind := incident.EventKind(d.Kind)
	known := false
	for _, k := range incident.EventKinds {
		known = known || k == kind
	}
	if !known {
		probs["kind"] = "tl.err.kind"
	}
	ev.Kind = kind
	switch at := strings.TrimSpace(d.At); {
	case at == "":
		probs["at"] = "tl.err.atMissing"
	default:
		t, err := parseDatetimeLocal(at, loc)
		if err != nil {
			probs["at"] = "tl.err.at"
		}
		ev.At = t
	}
	j := strings.ToUpper(strings.TrimSpace(d.Jurisdiction))
	if !incident.JurisdictionShape(j) {
		probs["jur"] = "tl.err.jur"
	}
	ev.Jurisdiction = j
	ev.Note = strings.TrimSpace(d.Note)
	if kind == incident.EvMinistryOrder && strings.TrimSpace(d.Due) != "" {
		t, err := parseDatetimeLocal(strings.TrimSpace(d.Due), loc)
		switch {
		case err != nil:
			probs["due"] = "tl.err.due"
		case !ev.At.IsZero() && t.Before(ev.At):
			probs["due"] = "tl.err.dueBefore"
		default:
			ev.Due = &t
		}
	}
	if len(probs) > 0 {
		return incident.Event{}, probs
	}
	return ev, nil
}

// placeFindings puts each finding of the engine just before the event that
// ends the delay it measures (an event of its To kind at its ToAt), so that it
// shows between the events it spans. Findings still running (no end yet, or
// whose end is not among events) are returned apart, to show at "now".
func placeFindings(events []incident.Event, fs []assess.Finding) (before map[int][]assess.Finding, open []assess.Finding) {
	before = map[int][]assess.Finding{}
	for _, f := range fs {
		at := -1
		if f.ToAt != nil {
			for i, ev := range events {
				if ev.Kind == f.To && ev.At.Equal(*f.ToAt) {
					at = i
					break
				}
			}
		}
		if at < 0 {
			open = append(open, f)
			continue
		}
		before[at] = append(before[at], f)
	}
	return before, open
}

// key is the draft as entered, to tell the same entry again.
func (d eventDraft) key() string {
	return d.Kind + "|" + d.At + "|" + d.Jurisdiction + "|" + d.Note + "|" + d.Due
}
