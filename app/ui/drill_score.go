package ui

import (
	"time"

	"breachdesk/app/browser"
	"breachdesk/app/catalog"
	"breachdesk/app/drill"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// renderScore shows how the team did, with the same engine as a real
// incident: every deadline met, late or missed, every step late or not done,
// what each inject expected, and the summary, ready to print.
func (p *DrillsPage) renderScore(l catalog.Lang, inc *incident.Incident, r drill.Run) []app.UI {
	rs, err := theDesk.Rules()
	if err != nil {
		return []app.UI{app.P().Class("bd-warning").Role("alert").Text(err.Error())}
	}
	end := *r.State.EndedAt
	res := drill.Score(inc, r.Scenario, rs, end)
	loc := inc.Location()
	pct := catalog.T(l, "drill.scoreNone")
	if res.Percent >= 0 {
		pct = catalog.T(l, "drill.scorePercent", res.Percent)
	}
	hints := make([]app.UI, 0, len(r.Scenario.Injects))
	for _, in := range r.Scenario.Injects {
		if tx(l, in.Hint) == "" || !drill.Applied(inc, in.ID) {
			continue
		}
		hints = append(hints, app.Li().Body(
			app.Strong().Text(catalog.T(l, "drill.day", in.At.Day())+" · "+tx(l, in.Title)+": "),
			app.Text(tx(l, in.Hint)),
		))
	}
	summary := res.Summary.JA
	if l == catalog.EN {
		summary = res.Summary.EN
	}
	return []app.UI{
		app.H1().Text(catalog.T(l, "drill.scoreTitle")),
		app.P().Class("bd-lead").Text(catalog.T(l, "drill.scoreLead", tx(l, r.Scenario.Title), when(end, loc, end), r.Day(end))),
		app.P().Class("bd-drill-percent").ID("drill-percent").Text(pct),
		app.P().Class("bd-hint").Text(catalog.T(l, "drill.scoreRule")),
		app.Div().Class("bd-buttons no-print").Body(
			app.Button().Type("button").Class("bd-drill-btn").ID("drill-print").Text(catalog.T(l, "drill.print")).OnClick(p.print),
		),
		app.Section().ID("drill-deadlines").Body(
			app.H2().Text(catalog.T(l, "drill.scoreDeadlines", res.Deadline.Met, res.Deadline.Late, res.Deadline.Missed)),
			scoreTable(l, res.Obligations, loc, end),
		),
		app.Section().ID("drill-steps").Body(
			app.H2().Text(catalog.T(l, "drill.scoreSteps", res.Step.Met, res.Step.Late, res.Step.Missed)),
			scoreTable(l, res.Steps, loc, end),
		),
		app.If(len(hints) > 0, func() app.UI {
			return app.Section().ID("drill-hints").Body(
				app.H2().Text(catalog.T(l, "drill.hints")),
				app.Ul().Body(hints...),
			)
		}),
		app.Section().ID("drill-summary").Body(
			app.H2().Text(catalog.T(l, "drill.summary")),
			app.Pre().Class("bd-drill-summary").Text(summary),
		),
	}
}

// scoreTable lists scored items; those an exception lifts or that cannot be
// told yet are left out (the summary counts them).
func scoreTable(l catalog.Lang, items []drill.Item, loc *time.Location, end time.Time) app.UI {
	rows := []app.UI{}
	for _, it := range items {
		if it.Outcome == drill.NotRequired || it.Outcome == drill.Unclear {
			continue
		}
		due, done := "—", "—"
		if it.Due != nil {
			due = when(*it.Due, loc, end)
		}
		if it.DoneAt != nil {
			done = when(*it.DoneAt, loc, end)
		}
		name := tx(l, it.Title)
		if it.Jurisdiction != "" {
			name = "[" + it.Jurisdiction + "] " + name
		}
		rows = append(rows, app.Tr().DataSet("item", it.ID).DataSet("outcome", it.Outcome).Body(
			app.Td().Text(name),
			app.Td().Body(app.Span().Class("bd-drill-outcome bd-drill-outcome-"+it.Outcome).
				Text(catalog.T(l, "drill.outcome."+it.Outcome))),
			app.Td().Text(due),
			app.Td().Text(done),
		))
	}
	if len(rows) == 0 {
		return app.P().Text(catalog.T(l, "drill.scoreNothing"))
	}
	return app.Table().Class("bd-table bd-drill-score").Body(
		app.THead().Body(app.Tr().Body(
			app.Th().Scope("col").Text(catalog.T(l, "drill.colItem")),
			app.Th().Scope("col").Text(catalog.T(l, "drill.colOutcome")),
			app.Th().Scope("col").Text(catalog.T(l, "drill.colDue")),
			app.Th().Scope("col").Text(catalog.T(l, "drill.colDone")),
		)),
		app.TBody().Body(rows...),
	)
}

func (p *DrillsPage) print(ctx app.Context, e app.Event) { _ = browser.Print() }
