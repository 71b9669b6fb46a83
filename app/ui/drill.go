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
		return shell(l, PathDrills, app.H1().Text(catalog.T(l, "drill.title")),
			app.P().Class("bd-warning").Role("alert").Text(catalog.T(l, "drill.loadFailed", err.Error())))
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
		cards = append(cards, app.Div().Class("bd-drill-scenario").Body(
			app.Input().Type("radio").Name("scenario").ID(id).Value(s.ID).Checked(s.ID == chosen).OnChange(p.onScenario),
			app.Label().For(id).Body(
				app.Strong().Class("bd-drill-scenario-title").Text(tx(l, s.Title)),
				app.Span().Class("bd-muted").Text(" — "+catalog.T(l, "drill.duration", s.Duration.Day())),
			),
			app.P().Text(tx(l, s.Summary)),
			app.P().Body(app.Strong().Text(catalog.T(l, "drill.trainsLabel")), app.Text(catalog.T(l, "drill.trains."+s.ID))),
			app.P().Class("bd-muted").Text(tx(l, s.StyleOf.Text())),
		))
	}
	speeds := make([]app.UI, 0, len(drill.Speeds))
	for _, s := range drill.Speeds {
		id := "speed-" + s.ID
		speeds = append(speeds, app.Div().Class("bd-drill-speed").Body(
			app.Input().Type("radio").Name("speed").ID(id).Value(s.ID).Checked(s.ID == speed).OnChange(p.onSpeed),
			app.Label().For(id).Text(catalog.T(l, "drill.speed."+s.ID)),
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
		drills = append(drills, app.Li().Body(
			app.A().Href(incidentHref(PathDrills, inc.ID)).Text(titleOf(l, inc)),
			app.Text(" — "+state),
		))
	}
	return shell(l, PathDrills,
		app.H1().Text(catalog.T(l, "drill.title")),
		app.P().Class("bd-lead").Text(catalog.T(l, "drill.lead")),
		app.P().Class("bd-drill-note").Text(catalog.T(l, "drill.separate")),
		app.Form().Class("bd-form bd-drill-form").ID("drill-start-form").OnSubmit(p.start).Body(
			app.FieldSet().Body(
				app.Legend().Text(catalog.T(l, "drill.chooseScenario")),
				app.Div().Class("bd-drill-scenarios").Body(cards...),
			),
			app.FieldSet().Body(
				app.Legend().Text(catalog.T(l, "drill.chooseSpeed")),
				app.P().Class("bd-hint").Text(catalog.T(l, "drill.speedHint")),
				app.Div().Body(speeds...),
			),
			app.If(p.err != "", func() app.UI {
				return app.P().Class("bd-problem").Role("alert").ID("drill-start-problem").Text(p.err)
			}),
			app.Button().Type("submit").Class("bd-primary").ID("drill-start").Text(catalog.T(l, "drill.start")),
		),
		app.If(len(drills) > 0, func() app.UI {
			return app.Section().ID("drill-list").Body(
				app.H2().Text(catalog.T(l, "drill.listTitle")),
				app.Ul().Body(drills...),
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
