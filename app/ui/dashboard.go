package ui

import (
	"strings"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/catalog"
	"breachdesk/app/desk"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// DashboardPage is "where we stand": what is overdue, what is due next with a
// live countdown, whether each jurisdiction is reportable and why, and the
// next three steps.
type DashboardPage struct {
	app.Compo
	incidentPage
}

func (p *DashboardPage) OnMount(ctx app.Context) { p.mountIncident(ctx, true) }
func (p *DashboardPage) OnNav(ctx app.Context)   { p.navIncident(ctx, "tab.dashboard") }

func (p *DashboardPage) Render() app.UI {
	l := p.lang
	b := p.board()
	if b == nil {
		return p.frame(PathDashboard)
	}
	inc, now, a := b.Incident, b.Now, b.Assessment
	loc := inc.Location()
	open := b.Open

	var overdue, due []app.UI
	for _, o := range open {
		switch o.Ob.State {
		case assess.StateOverdue:
			overdue = append(overdue, obligationItem(l, inc, o, loc, now))
		case assess.StateDue, assess.StateOpen, assess.StateWaiting, assess.StateUndetermined:
			due = append(due, obligationItem(l, inc, o, loc, now))
		}
	}
	return p.frame(PathDashboard,
		app.H1().Text(catalog.T(l, "dash.title")),
		contestedCard(l, b),
		app.If(len(overdue) > 0, func() app.UI {
			return app.Section().ID("overdue").Class("bd-card bd-card-bad").Body(
				app.H2().Text(catalog.T(l, "dash.overdue")),
				app.Ul().Class("bd-obligations").Body(overdue...),
			)
		}),
		app.Section().ID("due").Class("bd-card").Body(
			app.H2().Text(catalog.T(l, "dash.due")),
			app.If(len(due) == 0, func() app.UI { return app.P().Text(catalog.T(l, "dash.nothingDue")) }),
			app.Ul().Class("bd-obligations").Body(due...),
		),
		dutiesCard(l, b),
		app.Section().ID("jurisdictions").Class("bd-card").Body(
			app.H2().Text(catalog.T(l, "dash.reportable")),
			app.Range(a.Jurisdictions).Slice(func(i int) app.UI { return jurisdictionItem(l, inc, a.Jurisdictions[i]) }),
			notApplicable(l, a),
			pendingLine(l, b),
		),
		app.Section().ID("next-steps").Class("bd-card").Body(
			app.H2().Text(catalog.T(l, "dash.nextSteps")),
			nextSteps(l, inc, b.NextSteps(3), loc, now),
		),
		app.If(len(a.Needs) > 0, func() app.UI {
			items := make([]app.UI, 0, len(a.Needs))
			for _, n := range a.Needs {
				items = append(items, app.Li().Text(tx(l, n.Text)))
			}
			return app.Section().ID("needs").Class("bd-card").Body(
				app.H2().Text(catalog.T(l, "dash.needs")),
				app.P().Text(catalog.T(l, "dash.needsHint")),
				app.Ul().Body(items...),
				app.P().Body(app.A().Href(incidentHref(PathFacts, inc.ID)).Text(catalog.T(l, "dash.toFacts"))),
			)
		}),
		draftsCard(l, b),
	)
}

// obligationItem is one duty with its countdown, its regulator and its source.
func obligationItem(l catalog.Lang, inc *incident.Incident, o desk.OpenObligation, loc *time.Location, now time.Time) app.UI {
	ob := o.Ob
	state := app.Span().Class("bd-state bd-state-" + string(ob.State)).Text(catalog.T(l, "state."+string(ob.State)))
	var line app.UI = app.Strong().Text(tx(l, ob.Title))
	if ob.Due != nil {
		line = deadlineText(l, o, loc, now)
	}
	return app.Li().Class("bd-obligation").DataSet("obligation", ob.ID).Body(
		app.Div().Body(state, app.Text(" "), app.Span().Class("bd-jur").Text(tx(l, o.Jur.Name)), app.Text(" "), line),
		dutyRecordLine(l, desk.DutyOfObligation(inc, o.Jur, ob, now), loc, now),
		app.Div().Class("bd-ob-details").Body(obligationDetails(l, inc, ob, loc, now)...),
		app.P().Class("bd-explain").Text(tx(l, ob.Explanation)),
		app.P().Class("bd-cite").Text(catalog.T(l, "dash.basis")+tx(l, ob.Citation.Text())),
	)
}

// jurisdictionItem says whether a law makes the case reportable, why, and
// which version of the law was applied.
func jurisdictionItem(l catalog.Lang, inc *incident.Incident, j assess.Jurisdiction) app.UI {
	var reasons []app.UI
	for _, r := range j.Triggers {
		if r.Verdict == assess.No {
			continue
		}
		reasons = append(reasons, app.Li().Body(
			app.Span().Class("bd-verdict bd-verdict-"+string(r.Verdict)).Text(catalog.T(l, "verdict."+string(r.Verdict))),
			app.Text(" "+tx(l, r.Text)+" "),
			app.Span().Class("bd-cite").Text(catalog.T(l, "duty.paren", tx(l, r.Citation.Text()))),
		))
	}
	lawDate := catalog.T(l, "dash.lawDate", string(j.LawDate))
	if j.LawDateFromNow {
		lawDate = catalog.T(l, "dash.lawDateToday", string(j.LawDate))
	}
	return app.Div().Class("bd-jurisdiction").DataSet("jurisdiction", j.ID).Body(
		app.H3().Body(
			app.Text(tx(l, j.Name)+" — "),
			app.Span().Class("bd-verdict bd-verdict-"+string(j.Reportable)).Text(catalog.T(l, "reportable."+string(j.Reportable))),
		),
		app.P().Text(tx(l, j.Summary)),
		app.If(len(reasons) > 0, func() app.UI { return app.Ul().Body(reasons...) }),
		setVerdicts(l, inc, j),
		app.P().Class("bd-muted bd-law").Text(strings.Join(nonEmpty(tx(l, j.Law), lawVersionText(l, j.LawVersion), lawDate), " · ")),
	)
}

// nextSteps lists the first playbook steps still to do.
func nextSteps(l catalog.Lang, inc *incident.Incident, steps []assess.Step, loc *time.Location, now time.Time) app.UI {
	var items []app.UI
	for _, s := range steps {
		due := ""
		if s.Due != nil {
			due = " — " + catalog.T(l, "dash.stepDue", when(*s.Due, loc, now))
		}
		var body []app.UI
		if s.State == assess.StateOverdue { // a date in the past must say so
			body = append(body, app.Span().Class("bd-state bd-state-overdue").Text(catalog.T(l, "state.overdue")), app.Text(" "))
		}
		body = append(body, app.Strong().Text(tx(l, s.Title)+due), app.P().Text(tx(l, s.Do)))
		items = append(items, app.Li().DataSet("step", s.ID).Body(body...))
	}
	if len(items) == 0 {
		return app.P().Text(catalog.T(l, "dash.noSteps"))
	}
	return app.Ol().Class("bd-steps").Body(append(items,
		app.Li().Class("bd-more").Body(app.A().Href(incidentHref(PathChecklist, inc.ID)).Text(catalog.T(l, "dash.toChecklist"))))...)
}

// nonEmpty are the strings that are not empty, in order.
func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}
