package desk

import (
	"time"

	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// A filing recorded in the ledger is also a fact of the timeline: the
// engine counts a duty as done, the deadlines stop and the drafts date the
// report by the event that fulfils it (the rule's done_by), not by the
// ledger. FilingEvent gives the event a filing stands for, so that the page
// offers it with the filing (preselected) and the two never disagree.

// FilingEvent is the timeline event of a filing at at for row: of the first
// kind that fulfils the obligation (its rule's done_by), in its
// jurisdiction, for the party it is owed to (for an answer to an order, the
// order's party). ok is false when no event fulfils the obligation, or the
// timeline holds the event already (FilingOnTimeline): recording the
// filing again adds nothing. When the timeline holds the event without a
// date, ev is that event (its ID set) dated at at: AddFilingEvent dates it
// rather than adding a second.
func FilingEvent(rs *rules.Set, inc *incident.Incident, row LedgerRow, at time.Time) (ev incident.Event, ok bool) {
	kind := FilingKind(rs, row)
	if kind == "" || at.IsZero() {
		return incident.Event{}, false
	}
	ev = incident.Event{Kind: kind, At: at, Jurisdiction: row.Jur.ID, Party: row.Ob.Party}
	if row.Ob.Order != "" {
		for _, o := range inc.Events {
			if o.ID == row.Ob.Order {
				ev.Party = o.Party
			}
		}
	}
	if FilingOnTimeline(inc, ev) {
		return incident.Event{}, false
	}
	for _, e := range inc.Events {
		if e.At.IsZero() && sameDuty(e, ev) {
			e.At, e.Precision, e.Planned = at, incident.Exact, false // done now, if it was only planned
			return e, true
		}
	}
	return ev, true
}

// FilingKind is the event kind that fulfils row's obligation, "" for none.
func FilingKind(rs *rules.Set, row LedgerRow) incident.EventKind {
	if rs == nil {
		return ""
	}
	j := rs.Jurisdiction(row.Jur.ID)
	if j == nil {
		return ""
	}
	var kind incident.EventKind
	for _, o := range j.Obligations {
		if o.ID == row.Ob.ID && len(o.DoneBy) > 0 {
			kind = o.DoneBy[0] // the version in force last: the kinds stay the same
		}
	}
	return kind
}

// sameDuty reports whether e is an event of ev's kind for its jurisdiction
// and party, either being unspecified.
func sameDuty(e, ev incident.Event) bool {
	return e.Kind == ev.Kind &&
		(e.Jurisdiction == ev.Jurisdiction || e.Jurisdiction == "" || ev.Jurisdiction == "") &&
		(e.Party == ev.Party || e.Party == "" || ev.Party == "")
}

// FilingOnTimeline reports whether the timeline holds ev already: an event
// of its kind, jurisdiction and party at the same minute, or dated by day
// (or less precisely) on ev's day in the incident's zone.
func FilingOnTimeline(inc *incident.Incident, ev incident.Event) bool {
	loc := inc.Location()
	for _, e := range inc.Events {
		if e.At.IsZero() || !sameDuty(e, ev) {
			continue
		}
		if e.At.Truncate(time.Minute).Equal(ev.At.Truncate(time.Minute)) {
			return true
		}
		if e.Precision != incident.Exact && !ev.At.Before(e.At) && !ev.At.After(e.Last(loc)) {
			return true
		}
	}
	return false
}

// AddFilingEvent puts ev (from FilingEvent) on the timeline: it dates the
// undated event of its ID, or adds it under a fresh id.
func AddFilingEvent(inc *incident.Incident, ev incident.Event) {
	if ev.ID != "" {
		for i := range inc.Events {
			if inc.Events[i].ID == ev.ID {
				inc.Events[i].At, inc.Events[i].Precision, inc.Events[i].Planned = ev.At, ev.Precision, false
				inc.SortEvents()
				return
			}
		}
	}
	AddEvent(inc, ev)
}
