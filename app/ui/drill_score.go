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
		return []app.UI{elt("p.bd-warning[role=alert]", err.Error())}
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
		hints = append(hints, el("li").Body(
			elt("strong", catalog.T(l, "drill.day", in.At.Day())+" · "+tx(l, in.Title)+": "),
			app.Text(tx(l, in.Hint)),
		))
	}
	summary := res.Summary.JA
	if l == catalog.EN {
		summary = res.Summary.EN
	}
	return []app.UI{
		elt("h1", catalog.T(l, "drill.scoreTitle")),
		elt("p.bd-lead", catalog.T(l, "drill.scoreLead", tx(l, r.Scenario.Title), when(end, loc, end), r.Day(end))),
		elt("p.bd-drill-percent#drill-percent", pct),
		elt("p.bd-hint", catalog.T(l, "drill.scoreRule")),
		el("div.bd-buttons.no-print").Body(
			el("button[type=button].bd-drill-btn#drill-print").Text(catalog.T(l, "drill.print")).On("click", p.print),
		),
		el("section#drill-deadlines").Body(
			elt("h2", catalog.T(l, "drill.scoreDeadlines", res.Deadline.Met, res.Deadline.Late, res.Deadline.Missed)),
			scoreTable(l, res.Obligations, loc, end),
		),
		el("section#drill-steps").Body(
			elt("h2", catalog.T(l, "drill.scoreSteps", res.Step.Met, res.Step.Late, res.Step.Missed)),
			scoreTable(l, res.Steps, loc, end),
		),
		app.If(len(hints) > 0, func() app.UI {
			return el("section#drill-hints").Body(
				elt("h2", catalog.T(l, "drill.hints")),
				el("ul").Body(hints...),
			)
		}),
		el("section#drill-summary").Body(
			elt("h2", catalog.T(l, "drill.summary")),
			elt("pre.bd-drill-summary", summary),
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
		rows = append(rows, el("tr", "data-item", it.ID, "data-outcome", it.Outcome).Body(
			elt("td", name),
			el("td").Body(elt("span", catalog.T(l, "drill.outcome."+it.Outcome), "class", "bd-drill-outcome bd-drill-outcome-"+it.Outcome)),
			elt("td", due),
			elt("td", done),
		))
	}
	if len(rows) == 0 {
		return elt("p", catalog.T(l, "drill.scoreNothing"))
	}
	return el("table.bd-table.bd-drill-score").Body(
		el("thead").Body(el("tr").Body(
			elt("th[scope=col]", catalog.T(l, "drill.colItem")),
			elt("th[scope=col]", catalog.T(l, "drill.colOutcome")),
			elt("th[scope=col]", catalog.T(l, "drill.colDue")),
			elt("th[scope=col]", catalog.T(l, "drill.colDone")),
		)),
		el("tbody").Body(rows...),
	)
}

func (p *DrillsPage) print(ctx app.Context, e app.Event) { _ = browser.Print() }
