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
		items[i] = el("li.bd-est-case", "data-case", c.ID).Body(
			elt("strong", tx(l, c.Name)), app.Text(catalog.T(l, "est.cases.sep")+tx(l, c.Court)), void("br"),
			elt("span.bd-est-case-award", catalog.T(l, "est.cases.award", estimate.Exact(c.PerPerson).Yen(y), tx(l, c.Breakdown))), void("br"),
			elt("span.bd-pk-explain", tx(l, c.Data)), void("br"),
			elt("span.bd-est-case-total", total), void("br"),
			elt("span.bd-pk-basis", catalog.T(l, "est.source")+source),
			app.If(c.Source.URL != "", func() app.UI {
				return elt("span.bd-pk-basis", " "+c.Source.URL)
			}),
		)
	}
	return el("section#est-cases.bd-card[aria-labelledby=est-cases-h]").Body(
		elt("h2#est-cases-h", catalog.T(l, "est.cases")),
		elt("p.bd-hint", catalog.T(l, "est.cases.lead", d.PerPerson.Yen(y))),
		el("ul.bd-est-cases").Body(items...),
	)
}
