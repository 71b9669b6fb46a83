package estimate

import (
	"strings"
	"testing"

	"breachdesk/app/incident"
)

// A lump sum (investigation, legal advice, call centre) has no quantity: a
// quantity stored for one (by an older version, or by hand in a backup) is
// ignored, while a per-person or per-month item takes its quantity.
func TestLumpSumIgnoresQuantity(t *testing.T) {
	inc := &incident.Incident{DataSets: []incident.DataSet{{Persons: incident.FigureOf(kn(100)),
		Categories: []incident.Category{{ID: "name"}, {ID: "passport_number", Persons: kn(40)}}}}}
	yes := true
	q5, unit := int64(5), int64(1_000_000)
	e := Compute(inc, mustRules(t), mustCosts(t), Inputs{Costs: map[string]CostInput{
		"investigation":     {Include: &yes, Low: &unit, High: &unit, Quantity: &q5},
		"passport_reissue":  {Include: &yes, Quantity: &q5},
		"credit_monitoring": {Include: &yes, Quantity: &q5},
	}})
	inv := line(t, e.Costs, "investigation")
	if inv.Unit != UnitFixed {
		t.Fatalf("investigation's unit is %q, want a lump sum", inv.Unit)
	}
	wantRange(t, "investigation", inv.Quantity, 1, 1)
	wantRange(t, "investigation", inv.Amount, 1_000_000, 1_000_000)
	if strings.Contains(strings.Join(inv.Overridden, ","), "quantity") {
		t.Errorf("investigation says its quantity was overridden: %v", inv.Overridden)
	}
	for _, id := range []string{"passport_reissue", "credit_monitoring"} {
		l := line(t, e.Costs, id)
		wantRange(t, id, l.Quantity, 5, 5)
		if !strings.Contains(strings.Join(l.Overridden, ","), "quantity") {
			t.Errorf("%s: quantity override not marked: %v", id, l.Overridden)
		}
	}
}
