//go:build js && wasm

package ui

import (
	"testing"
	"time"

	"breachdesk/app/catalog"
	"breachdesk/app/estimate"
	"breachdesk/app/incident"
)

// The cost sheet asks for a quantity only where there is one: persons for a
// per-person item, months for monitoring, nothing for a lump sum (it says
// "一式" instead), in every language.
func TestEstimateQuantityOnlyWhereCounted(t *testing.T) {
	resetLang(t)
	inc := incident.New(theDesk.NewID(), time.Now())
	inc.Main().Persons = incident.FigureOf(incident.Count{Known: true, N: 1000})
	inc.Main().Categories = []incident.Category{{ID: "name"}, {ID: "card"}, {ID: "passport_number"}}
	testDesk(t, nil, inc)
	p := &EstimatePage{incidentPage: incidentPage{id: inc.ID}}
	mount(t, p)
	tb, err := estimate.DefaultCosts()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, it := range tb.Items {
		row := p.JSValue().Call("querySelector", `#est-costs tr[data-item="`+it.ID+`"]`)
		if !row.Truthy() {
			t.Errorf("no row for %s", it.ID)
			continue
		}
		seen[it.Unit] = true
		qty := p.JSValue().Call("querySelector", "#est-cost-"+it.ID+"-qty")
		label := p.JSValue().Call("querySelector", `label[for="est-cost-`+it.ID+`-qty"]`)
		cell := row.Get("cells").Index(2).Get("textContent").String()
		switch it.Unit {
		case estimate.UnitFixed:
			if qty.Truthy() || label.Truthy() {
				t.Errorf("%s is a lump sum but asks for a quantity", it.ID)
			}
			if cell != catalog.T(catalog.JA, "est.lumpSum") {
				t.Errorf("%s: quantity cell %q, want %q", it.ID, cell, catalog.T(catalog.JA, "est.lumpSum"))
			}
		case estimate.UnitPerMonth:
			if !qty.Truthy() || !label.Truthy() || label.Get("textContent").String() != catalog.T(catalog.JA, "est.quantityMonths") {
				t.Errorf("%s is per month but does not ask for the months", it.ID)
			}
		default:
			if !qty.Truthy() || !label.Truthy() || label.Get("textContent").String() != catalog.T(catalog.JA, "est.quantityPersons") {
				t.Errorf("%s (%s) does not ask for the number of persons", it.ID, it.Unit)
			}
		}
	}
	for _, u := range []string{estimate.UnitFixed, estimate.UnitPerPerson, estimate.UnitPer10k, estimate.UnitPerMonth} {
		if !seen[u] {
			t.Errorf("no item of unit %s on the sheet: the test checked less than it says", u)
		}
	}
}
