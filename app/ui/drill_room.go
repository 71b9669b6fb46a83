package ui

import (
	"sort"
	"strconv"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/browser"
	"breachdesk/app/catalog"
	"breachdesk/app/desk"
	"breachdesk/app/drill"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// drillActionKinds are the events a team records from the drill room, at
// drill time: reports, notices and calls the scenarios test.
var drillActionKinds = []incident.EventKind{
	incident.EvContained, incident.EvForensic, incident.EvReportPrelim, incident.EvReportFinal,
	incident.EvCardAcquirer, incident.EvPolice, incident.EvEntrustorNotice, incident.EvNoticePersons,
	incident.EvPublic, incident.EvMinistryReport,
}

// renderRoom is one drill's control room, or its score once it has ended.
func (p *DrillsPage) renderRoom() app.UI {
	l := p.lang
	b := p.board()
	if b == nil {
		return p.frame(PathDrills)
	}
	inc := b.Incident
	if b.Drill == nil {
		return p.frame(PathDrills,
			elt("h1", catalog.T(l, "drill.roomTitle")),
			elt("p.bd-warning[role=alert]#drill-state-problem", catalog.T(l, "drill.noClock")))
	}
	r := *b.Drill
	if r.Ended() {
		return p.frame(PathDrills, p.renderScore(l, inc, r)...)
	}
	sim, a := b.Now, b.Assessment
	loc := inc.Location()

	news := r.News(inc)
	log := teamLog(l, inc, r, a, sim)
	notices := make([]app.UI, 0, len(news))
	for _, in := range news {
		notices = append(notices, el("li.bd-drill-notice", "data-inject", in.ID).Body(
			elt("p.bd-drill-notice-when", catalog.T(l, "drill.day", in.At.Day())+" · "+when(r.Script.At(in.At), loc, sim)),
			elt("strong", tx(l, in.Title)),
			elt("p", tx(l, in.Text)),
		))
	}
	kinds := []app.UI{}
	for _, k := range drillActionKinds {
		kinds = append(kinds, elt("option", catalog.T(l, "drill.ev."+string(k)), "value", string(k)))
	}
	jurs := []app.UI{elt("option", catalog.T(l, "drill.jurAll"), "value", "")}
	for _, j := range a.Jurisdictions {
		jurs = append(jurs, elt("option", tx(l, j.Name), "value", j.ID))
	}
	steps := []app.UI{}
	for _, s := range a.Steps {
		if s.Applies == assess.No || s.State.Settled() {
			continue
		}
		steps = append(steps, elt("option", tx(l, s.Title), "value", s.ID))
	}
	return p.frame(PathDrills,
		elt("h1", catalog.T(l, "drill.roomTitle")),
		el("section.bd-drill-card#drill-briefing").Body(
			elt("h2", catalog.T(l, "drill.briefing")),
			elt("p", tx(l, r.Scenario.Briefing)),
		),
		el("section.bd-drill-card#drill-notices").Body(
			elt("h2", catalog.T(l, "drill.notices", len(news), len(r.Scenario.Injects))),
			app.If(len(news) == 0, func() app.UI { return elt("p", catalog.T(l, "drill.noNotices")) }),
			el("ul.bd-drill-notices").Body(notices...),
		),
		el("section.bd-drill-card.no-print#drill-actions").Body(
			elt("h2", catalog.T(l, "drill.actions")),
			elt("p.bd-hint", catalog.T(l, "drill.actionsHint", when(sim, loc, sim))),
			elt("p.bd-pk-notice#drill-recorded[role=status]", p.recorded),
			el("form.bd-drill-action#drill-event-form").On("submit", p.recordEvent).Body(
				field("drill-event-kind", catalog.T(l, "drill.eventKind"), "", "", el("select#drill-event-kind").Body(kinds...)),
				field("drill-event-jur", catalog.T(l, "drill.eventJur"), "", "", el("select#drill-event-jur").Body(jurs...)),
				elt("button[type=submit].bd-drill-btn#drill-record-event", catalog.T(l, "drill.recordEvent")),
			),
			app.If(len(steps) > 0, func() app.UI {
				return el("form.bd-drill-action#drill-step-form").On("submit", p.recordStep).Body(
					field("drill-step", catalog.T(l, "drill.step"), "", "", el("select#drill-step").Body(steps...)),
					elt("button[type=submit].bd-drill-btn#drill-record-step", catalog.T(l, "drill.recordStep")),
				)
			}),
		),
		el("section.bd-drill-card#drill-log").Body(
			elt("h2", catalog.T(l, "drill.log")),
			app.If(len(log) == 0, func() app.UI { return elt("p", catalog.T(l, "drill.logEmpty")) }).
				Else(func() app.UI { return el("ul.bd-drill-log").Body(log...) }),
		),
	)
}

// formValue reads the current value of the element with id.
func formValue(id string) string { return browser.Value(id) }

// recordEvent adds what the team just did to the timeline, at drill time.
func (p *DrillsPage) recordEvent(ctx app.Context, e app.Event) {
	e.PreventDefault()
	inc := theDesk.Get(p.id)
	r, err := drill.RunOf(inc)
	if err != nil || r.Ended() {
		return
	}
	kind := incident.EventKind(formValue("drill-event-kind"))
	known := false
	for _, k := range drillActionKinds {
		known = known || k == kind
	}
	if !known {
		return
	}
	now := time.Now()
	sim := r.Sim(now)
	ev := incident.Event{ID: "team-" + strconv.FormatInt(now.UnixMilli(), 36),
		Kind: kind, At: sim.In(inc.Location()), Jurisdiction: formValue("drill-event-jur")}
	p.recorded = catalog.T(p.lang, "drill.recorded", catalog.T(p.lang, "drill.ev."+string(kind)), when(sim, inc.Location(), sim), r.Day(sim))
	p.change(func(inc *incident.Incident) {
		inc.Events = append(inc.Events, ev)
		inc.SortEvents()
	})
}

// recordStep marks a playbook step done, at drill time.
func (p *DrillsPage) recordStep(ctx app.Context, e app.Event) {
	e.PreventDefault()
	inc := theDesk.Get(p.id)
	r, err := drill.RunOf(inc)
	id := formValue("drill-step")
	if err != nil || r.Ended() || id == "" {
		return
	}
	sim := r.Sim(time.Now()).In(inc.Location())
	title := id
	if rs, err := theDesk.Rules(); err == nil {
		if st := rs.Step(id); st != nil {
			title = tx(p.lang, st.Title)
		}
	}
	p.recorded = catalog.T(p.lang, "drill.recorded", title, when(sim, inc.Location(), sim), r.Day(sim))
	p.change(func(inc *incident.Incident) {
		desk.EditStep(inc, id, func(s *incident.StepState) { s.Status, s.DoneAt = incident.StepDone, &sim })
	})
}

// teamLog is what the team has recorded so far, newest first: the events it
// added (not the scenario's, which are under "news") and the steps it marked
// done, each at its drill time.
func teamLog(l catalog.Lang, inc *incident.Incident, r drill.Run, a assess.Assessment, sim time.Time) []app.UI {
	type entry struct {
		at   time.Time
		text string
	}
	scripted := drill.ScriptedEvents(r.Scenario)
	var log []entry
	for _, ev := range inc.Events {
		if scripted[ev.ID] {
			continue
		}
		text := catalog.T(l, "ev."+string(ev.Kind))
		if ev.Jurisdiction != "" {
			text += " (" + ev.Jurisdiction + ")"
		}
		log = append(log, entry{ev.At, text})
	}
	for _, s := range a.Steps {
		if u, ok := inc.Steps[s.ID]; ok && u.Status == incident.StepDone && u.DoneAt != nil {
			log = append(log, entry{*u.DoneAt, catalog.T(l, "drill.logStep", tx(l, s.Title))})
		}
	}
	sort.SliceStable(log, func(i, j int) bool { return log[i].at.After(log[j].at) })
	loc := inc.Location()
	out := make([]app.UI, len(log))
	for i, e := range log {
		out[i] = el("li").Body(
			elt("span.bd-drill-notice-when", catalog.T(l, "drill.day", r.Day(e.at))+" · "+when(e.at, loc, sim)+" "),
			app.Text(e.text))
	}
	return out
}
