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
		items[i] = el("li", "class", "bd-est-case", "data-case", c.ID).Body(
			elt("strong", tx(l, c.Name)), app.Text(catalog.T(l, "est.cases.sep")+tx(l, c.Court)), void("br"),
			elt("span", catalog.T(l, "est.cases.award", estimate.Exact(c.PerPerson).Yen(y), tx(l, c.Breakdown)), "class", "bd-est-case-award"), void("br"),
			elt("span", tx(l, c.Data), "class", "bd-pk-explain"), void("br"),
			elt("span", total, "class", "bd-est-case-total"), void("br"),
			elt("span", catalog.T(l, "est.source")+source, "class", "bd-pk-basis"),
			app.If(c.Source.URL != "", func() app.UI {
				return elt("span", " "+c.Source.URL, "class", "bd-pk-basis")
			}),
		)
	}
	return el("section", "id", "est-cases", "class", "bd-card", "aria-labelledby", "est-cases-h").Body(
		elt("h2", catalog.T(l, "est.cases"), "id", "est-cases-h"),
		elt("p", catalog.T(l, "est.cases.lead", d.PerPerson.Yen(y)), "class", "bd-hint"),
		el("ul", "class", "bd-est-cases").Body(items...),
	)
}
