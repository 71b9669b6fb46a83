package ui

import (
	"breachdesk/app/catalog"
	"breachdesk/app/estimate"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// courtCases puts the model's estimate beside what courts awarded in real
// leaks: each case's award per plaintiff, what leaked, and what that award
// would come to for every person of this incident (an upper bound: only
// some of those affected ever claim), with its source.
func courtCases(l catalog.Lang, lines []estimate.CaseLine, d estimate.Damage) app.UI {
	if len(lines) == 0 {
		return app.Text("")
	}
	y := string(l)
	items := make([]app.UI, len(lines))
	for i, ln := range lines {
		c := ln.Case
		total := catalog.T(l, "est.cases.noPersons")
		if ln.Total.Known {
			total = catalog.T(l, "est.cases.forThis", ln.Total.Yen(y))
		}
		source := tx(l, c.Source.Text())
		if c.ReliedOn != nil {
			source += catalog.T(l, "est.cases.sep") + tx(l, *c.ReliedOn)
		}
		items[i] = app.Li().Class("bd-est-case").DataSet("case", c.ID).Body(
			app.Strong().Text(tx(l, c.Name)), app.Text(catalog.T(l, "est.cases.sep")+tx(l, c.Court)), app.Br(),
			app.Span().Class("bd-est-case-award").Text(catalog.T(l, "est.cases.award", estimate.Exact(c.PerPerson).Yen(y), tx(l, c.Breakdown))), app.Br(),
			app.Span().Class("bd-pk-explain").Text(tx(l, c.Data)), app.Br(),
			app.Span().Class("bd-est-case-total").Text(total), app.Br(),
			app.Span().Class("bd-pk-basis").Text(catalog.T(l, "est.source")+source),
			app.If(c.Source.URL != "", func() app.UI {
				return app.Span().Class("bd-pk-basis").Text(" " + c.Source.URL)
			}),
		)
	}
	return app.Section().ID("est-cases").Class("bd-card").Aria("labelledby", "est-cases-h").Body(
		app.H2().ID("est-cases-h").Text(catalog.T(l, "est.cases")),
		app.P().Class("bd-hint").Text(catalog.T(l, "est.cases.lead", d.PerPerson.Yen(y))),
		app.Ul().Class("bd-est-cases").Body(items...),
	)
}
