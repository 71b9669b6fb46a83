package estimate

import (
	"os"
	"testing"

	"breachdesk/app/incident"
)

// F154 (54, a prefecture's resold disks): about 10,000 staff were counted,
// the taxpayers not yet; the PPC report said 「約10,000名以上（人数の判明し
// ていないデータがあります）」 while the estimate gave a closed total for
// 8,000–12,000 persons. With a set not counted, the persons counted are a
// floor and every amount that multiplies them is "or more".
func TestUncountedSetMakesTheEstimateOpen(t *testing.T) {
	b, err := os.ReadFile(scenarioDir + "/54-prefecture-hdd-resold-by-disposal-contractor.json")
	if err != nil {
		t.Fatal(err)
	}
	inc, err := incident.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	e := Compute(inc, mustRules(t), mustCosts(t), Inputs{})
	if !e.Damage.Persons.Known || !e.Damage.Persons.Open || e.Damage.Persons.Low != 8000 {
		t.Errorf("persons: want 8,000 or more, got %+v", e.Damage.Persons)
	}
	if !e.Damage.Total.Open || !e.Total.Open {
		t.Errorf("totals: want open, got damage %+v, total %+v", e.Damage.Total, e.Total)
	}
	// Every set counted: a closed range, as before (55: one patient).
	b, _ = os.ReadFile(scenarioDir + "/55-clinic-prescription-fax-wrong-number.json")
	one, _ := incident.Decode(b)
	if p := Compute(one, mustRules(t), mustCosts(t), Inputs{}).Damage.Persons; p.Open || !p.Point() || p.Low != 1 {
		t.Errorf("one counted patient: want exactly 1, got %+v", p)
	}
}
