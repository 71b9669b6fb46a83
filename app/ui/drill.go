package ui

import (
	"time"

	"breachdesk/app/catalog"
	"breachdesk/app/drill"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Paths of drill mode and the readiness checklist.
const (
	PathDrills    = "/drills"
	PathReadiness = "/readiness"
)

// DrillsPage is drill mode. Without an incident in the URL it offers the
// built-in scenarios and the drills of this browser; with a drill's id it is
// that drill's control room (clock, notices received, actions recorded in
// drill time, end) and, once ended, its score.
type DrillsPage struct {
	app.Compo
	incidentPage

	scenario string // chosen scenario id
	speed    string // chosen speed id
	err      string // why a drill could not start
	recorded string // what the team last recorded in the room (role=status)
}

func (p *DrillsPage) OnMount(ctx app.Context) { p.mountIncident(ctx, true) }

func (p *DrillsPage) OnNav(ctx app.Context) {
	p.navIncident(ctx, "drill.title")
	p.recorded = ""
}

func (p *DrillsPage) Render() app.UI {
	if p.id != "" {
		return p.renderRoom()
	}
	return p.renderChooser()
}

// renderChooser lists the scenarios with what each trains, the speeds, the
// start button, and the drills already run in this browser.
func (p *DrillsPage) renderChooser() app.UI {
	l := p.lang
	all, err := drill.Builtin()
	if err != nil {
		return shell(l, PathDrills, elt("h1", catalog.T(l, "drill.title")),
			elt("p.bd-warning[role=alert]", catalog.T(l, "drill.loadFailed", err.Error())))
	}
	chosen := p.scenario
	if drill.Find(chosen) == nil && len(all) > 0 {
		chosen = all[0].ID
	}
	speed := p.speed
	if speed == "" {
		speed = "step"
	}
	cards := make([]app.UI, 0, len(all))
	for _, s := range all {
		id := "scenario-" + s.ID
		cards = append(cards, el("div.bd-drill-scenario").Body(
			void("input[type=radio][name=scenario]", "id", id, "value", s.ID).Attr("checked", s.ID == chosen).On("change", p.onScenario),
			el("label", "for", id).Body(
				elt("strong.bd-drill-scenario-title", tx(l, s.Title)),
				elt("span.bd-muted", " — "+catalog.T(l, "drill.duration", s.Duration.Day())),
			),
			elt("p", tx(l, s.Summary)),
			el("p").Body(elt("strong", catalog.T(l, "drill.trainsLabel")), app.Text(catalog.T(l, "drill.trains."+s.ID))),
			elt("p.bd-muted", tx(l, s.StyleOf.Text())),
		))
	}
	speeds := make([]app.UI, 0, len(drill.Speeds))
	for _, s := range drill.Speeds {
		id := "speed-" + s.ID
		speeds = append(speeds, el("div.bd-drill-speed").Body(
			void("input[type=radio][name=speed]", "id", id, "value", s.ID).Attr("checked", s.ID == speed).On("change", p.onSpeed),
			elt("label", catalog.T(l, "drill.speed."+s.ID), "for", id),
		))
	}
	var drills []app.UI
	for _, inc := range theDesk.List() {
		if !inc.Drill {
			continue
		}
		state := catalog.T(l, "drill.listRunning")
		if r, err := drill.RunOf(inc); err != nil {
			state = catalog.T(l, "drill.listNoClock")
		} else if r.Ended() {
			state = catalog.T(l, "drill.listEnded")
		}
		drills = append(drills, el("li").Body(
			elt("a", titleOf(l, inc), "href", incidentHref(PathDrills, inc.ID)),
			app.Text(" — "+state),
		))
	}
	return shell(l, PathDrills,
		elt("h1", catalog.T(l, "drill.title")),
		elt("p.bd-lead", catalog.T(l, "drill.lead")),
		elt("p.bd-drill-note", catalog.T(l, "drill.separate")),
		el("form.bd-form.bd-drill-form#drill-start-form").On("submit", p.start).Body(
			el("fieldset").Body(
				elt("legend", catalog.T(l, "drill.chooseScenario")),
				el("div.bd-drill-scenarios").Body(cards...),
			),
			el("fieldset").Body(
				elt("legend", catalog.T(l, "drill.chooseSpeed")),
				elt("p.bd-hint", catalog.T(l, "drill.speedHint")),
				el("div").Body(speeds...),
			),
			app.If(p.err != "", func() app.UI {
				return elt("p.bd-problem[role=alert]#drill-start-problem", p.err)
			}),
			elt("button[type=submit].bd-primary#drill-start", catalog.T(l, "drill.start")),
		),
		app.If(len(drills) > 0, func() app.UI {
			return el("section#drill-list").Body(
				elt("h2", catalog.T(l, "drill.listTitle")),
				el("ul").Body(drills...),
			)
		}),
	)
}

func (p *DrillsPage) onScenario(ctx app.Context, e app.Event) { p.scenario = value(ctx) }
func (p *DrillsPage) onSpeed(ctx app.Context, e app.Event)    { p.speed = value(ctx) }

// start begins the chosen drill now and opens its dashboard.
func (p *DrillsPage) start(ctx app.Context, e app.Event) {
	e.PreventDefault()
	all, err := drill.Builtin()
	if err != nil || len(all) == 0 {
		return
	}
	s := drill.Find(p.scenario)
	if s == nil {
		s = all[0]
	}
	speed := p.speed
	if speed == "" {
		speed = "step"
	}
	inc, err := drill.Start(s, theDesk.NewID(), string(p.lang), speed, time.Now())
	if err != nil {
		p.err = catalog.T(p.lang, "drill.startFailed", err.Error())
		return
	}
	p.err = ""
	theDesk.Add(inc)
	ctx.Navigate(incidentHref(PathDashboard, inc.ID))
}
