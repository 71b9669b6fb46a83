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
			app.H1().Text(catalog.T(l, "drill.roomTitle")),
			app.P().Class("bd-warning").Role("alert").ID("drill-state-problem").Text(catalog.T(l, "drill.noClock")))
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
		notices = append(notices, app.Li().Class("bd-drill-notice").DataSet("inject", in.ID).Body(
			app.P().Class("bd-drill-notice-when").Text(catalog.T(l, "drill.day", in.At.Day())+" · "+when(r.Script.At(in.At), loc, sim)),
			app.Strong().Text(tx(l, in.Title)),
			app.P().Text(tx(l, in.Text)),
		))
	}
	kinds := []app.UI{}
	for _, k := range drillActionKinds {
		kinds = append(kinds, app.Option().Value(string(k)).Text(catalog.T(l, "drill.ev."+string(k))))
	}
	jurs := []app.UI{app.Option().Value("").Text(catalog.T(l, "drill.jurAll"))}
	for _, j := range a.Jurisdictions {
		jurs = append(jurs, app.Option().Value(j.ID).Text(tx(l, j.Name)))
	}
	steps := []app.UI{}
	for _, s := range a.Steps {
		if s.Applies == assess.No || s.State.Settled() {
			continue
		}
		steps = append(steps, app.Option().Value(s.ID).Text(tx(l, s.Title)))
	}
	return p.frame(PathDrills,
		app.H1().Text(catalog.T(l, "drill.roomTitle")),
		app.Section().Class("bd-drill-card").ID("drill-briefing").Body(
			app.H2().Text(catalog.T(l, "drill.briefing")),
			app.P().Text(tx(l, r.Scenario.Briefing)),
		),
		app.Section().Class("bd-drill-card").ID("drill-notices").Body(
			app.H2().Text(catalog.T(l, "drill.notices", len(news), len(r.Scenario.Injects))),
			app.If(len(news) == 0, func() app.UI { return app.P().Text(catalog.T(l, "drill.noNotices")) }),
			app.Ul().Class("bd-drill-notices").Body(notices...),
		),
		app.Section().Class("bd-drill-card no-print").ID("drill-actions").Body(
			app.H2().Text(catalog.T(l, "drill.actions")),
			app.P().Class("bd-hint").Text(catalog.T(l, "drill.actionsHint", when(sim, loc, sim))),
			app.P().Class("bd-pk-notice").ID("drill-recorded").Role("status").Text(p.recorded),
			app.Form().Class("bd-drill-action").ID("drill-event-form").OnSubmit(p.recordEvent).Body(
				field("drill-event-kind", catalog.T(l, "drill.eventKind"), "", "", app.Select().ID("drill-event-kind").Body(kinds...)),
				field("drill-event-jur", catalog.T(l, "drill.eventJur"), "", "", app.Select().ID("drill-event-jur").Body(jurs...)),
				app.Button().Type("submit").Class("bd-drill-btn").ID("drill-record-event").Text(catalog.T(l, "drill.recordEvent")),
			),
			app.If(len(steps) > 0, func() app.UI {
				return app.Form().Class("bd-drill-action").ID("drill-step-form").OnSubmit(p.recordStep).Body(
					field("drill-step", catalog.T(l, "drill.step"), "", "", app.Select().ID("drill-step").Body(steps...)),
					app.Button().Type("submit").Class("bd-drill-btn").ID("drill-record-step").Text(catalog.T(l, "drill.recordStep")),
				)
			}),
		),
		app.Section().Class("bd-drill-card").ID("drill-log").Body(
			app.H2().Text(catalog.T(l, "drill.log")),
			app.If(len(log) == 0, func() app.UI { return app.P().Text(catalog.T(l, "drill.logEmpty")) }).
				Else(func() app.UI { return app.Ul().Class("bd-drill-log").Body(log...) }),
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
		out[i] = app.Li().Body(
			app.Span().Class("bd-drill-notice-when").Text(catalog.T(l, "drill.day", r.Day(e.at))+" · "+when(e.at, loc, sim)+" "),
			app.Text(e.text))
	}
	return out
}
