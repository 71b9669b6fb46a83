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
		elt("h1", catalog.T(l, "dash.title")),
		contestedCard(l, b),
		app.If(len(overdue) > 0, func() app.UI {
			return el("section#overdue.bd-card.bd-card-bad").Body(
				elt("h2", catalog.T(l, "dash.overdue")),
				el("ul.bd-obligations").Body(overdue...),
			)
		}),
		el("section#due.bd-card").Body(
			elt("h2", catalog.T(l, "dash.due")),
			app.If(len(due) == 0, func() app.UI { return elt("p", catalog.T(l, "dash.nothingDue")) }),
			el("ul.bd-obligations").Body(due...),
		),
		dutiesCard(l, b),
		el("section#jurisdictions.bd-card").Body(
			elt("h2", catalog.T(l, "dash.reportable")),
			app.Range(a.Jurisdictions).Slice(func(i int) app.UI { return jurisdictionItem(l, inc, a.Jurisdictions[i]) }),
			notApplicable(l, a),
			pendingLine(l, b),
		),
		el("section#next-steps.bd-card").Body(
			elt("h2", catalog.T(l, "dash.nextSteps")),
			nextSteps(l, inc, b.NextSteps(3), loc, now),
		),
		app.If(len(a.Needs) > 0, func() app.UI {
			items := make([]app.UI, 0, len(a.Needs))
			for _, n := range a.Needs {
				items = append(items, elt("li", tx(l, n.Text)))
			}
			return el("section#needs.bd-card").Body(
				elt("h2", catalog.T(l, "dash.needs")),
				elt("p", catalog.T(l, "dash.needsHint")),
				el("ul").Body(items...),
				el("p").Body(elt("a", catalog.T(l, "dash.toFacts"), "href", incidentHref(PathFacts, inc.ID))),
			)
		}),
		draftsCard(l, b),
	)
}

// obligationItem is one duty with its countdown, its regulator and its source.
func obligationItem(l catalog.Lang, inc *incident.Incident, o desk.OpenObligation, loc *time.Location, now time.Time) app.UI {
	ob := o.Ob
	state := el("span", "class", "bd-state bd-state-"+string(ob.State)).Text(catalog.T(l, "state."+string(ob.State)))
	var line app.UI = el("strong").Text(tx(l, ob.Title))
	if ob.Due != nil {
		line = deadlineText(l, o, loc, now)
	}
	return el("li.bd-obligation", "data-obligation", ob.ID).Body(
		el("div").Body(state, app.Text(" "), elt("span.bd-jur", tx(l, o.Jur.Name)), app.Text(" "), line),
		dutyRecordLine(l, desk.DutyOfObligation(inc, o.Jur, ob, now), loc, now),
		el("div.bd-ob-details").Body(obligationDetails(l, inc, ob, loc, now)...),
		elt("p.bd-explain", tx(l, ob.Explanation)),
		elt("p.bd-cite", catalog.T(l, "dash.basis")+tx(l, ob.Citation.Text())),
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
		reasons = append(reasons, el("li").Body(
			elt("span", catalog.T(l, "verdict."+string(r.Verdict)), "class", "bd-verdict bd-verdict-"+string(r.Verdict)),
			app.Text(" "+tx(l, r.Text)+" "),
			elt("span.bd-cite", catalog.T(l, "duty.paren", tx(l, r.Citation.Text()))),
		))
	}
	lawDate := catalog.T(l, "dash.lawDate", string(j.LawDate))
	if j.LawDateFromNow {
		lawDate = catalog.T(l, "dash.lawDateToday", string(j.LawDate))
	}
	return el("div.bd-jurisdiction", "data-jurisdiction", j.ID).Body(
		el("h3").Body(
			app.Text(tx(l, j.Name)+" — "),
			elt("span", catalog.T(l, "reportable."+string(j.Reportable)), "class", "bd-verdict bd-verdict-"+string(j.Reportable)),
		),
		elt("p", tx(l, j.Summary)),
		app.If(len(reasons) > 0, func() app.UI { return el("ul").Body(reasons...) }),
		setVerdicts(l, inc, j),
		elt("p.bd-muted.bd-law", strings.Join(nonEmpty(tx(l, j.Law), lawVersionText(l, j.LawVersion), lawDate), " · ")),
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
			body = append(body, elt("span.bd-state.bd-state-overdue", catalog.T(l, "state.overdue")), app.Text(" "))
		}
		body = append(body, elt("strong", tx(l, s.Title)+due), elt("p", tx(l, s.Do)))
		items = append(items, el("li", "data-step", s.ID).Body(body...))
	}
	if len(items) == 0 {
		return elt("p", catalog.T(l, "dash.noSteps"))
	}
	return el("ol.bd-steps").Body(append(items,
		el("li.bd-more").Body(elt("a", catalog.T(l, "dash.toChecklist"), "href", incidentHref(PathChecklist, inc.ID))))...)
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
