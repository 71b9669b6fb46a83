package ui

import (
	"strings"

	"breachdesk/app/catalog"
	"breachdesk/app/desk"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// policeAtPath names the field of when the police were first consulted. It
// is not a path of its own in the facts: the date is the timeline's first
// police event (incident.EvPolice), which the notices already date from, so
// that the facts hold it once.
const policeAtPath = "police.at"

func (f *factsForm) policeSection() app.UI {
	return f.section("police",
		f.text("police.station"),
		f.text("police.contact"),
		f.policeAt(),
		f.text("police.reference"),
	)
}

// policeAt is a date-time picker showing the first police event.
func (f *factsForm) policeAt() app.UI {
	v := ""
	if e, ok := f.inc.FirstEvent(incident.EvPolice); ok {
		v = datetimeLocal(e.At, f.inc.Location())
	}
	return f.field(policeAtPath, app.Input().ID(fieldID(policeAtPath)).Type("datetime-local").
		Aria("describedby", f.describedBy(policeAtPath)).Value(v).OnChange(f.p.onPoliceAt))
}

// onPoliceAt moves the first police event to the time picked, or adds one.
// Emptied, it removes that event only when the event holds nothing else (no
// note, no jurisdiction): otherwise it says to delete it on the timeline.
func (p *FactsPage) onPoliceAt(ctx app.Context, e app.Event) {
	inc := p.inc()
	if inc == nil {
		return
	}
	id := fieldID(policeAtPath)
	s := strings.TrimSpace(value(ctx))
	first, has := inc.FirstEvent(incident.EvPolice)
	if s == "" {
		switch {
		case !has:
			p.setInputProblem(id, "")
		case strings.TrimSpace(first.Note) != "" || first.Jurisdiction != "":
			p.setInputProblem(id, catalog.T(p.lang, "facts.police.atKeep"))
		default:
			p.setInputProblem(id, "")
			p.change(func(inc *incident.Incident) { desk.RemoveEvent(inc, first.ID) })
		}
		return
	}
	at, err := parseDatetimeLocal(s, inc.Location())
	if err != nil {
		p.setInputProblem(id, catalog.T(p.lang, "facts.badDateTime"))
		return
	}
	p.setInputProblem(id, "")
	p.change(func(inc *incident.Incident) { desk.SetPoliceAt(inc, first.ID, has, at) })
}
