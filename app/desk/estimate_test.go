package desk_test

import (
	"testing"

	"breachdesk/app/desk"
	"breachdesk/app/estimate"
	"breachdesk/app/incident"
)

// The inputs stored with the incident are a copy: changing what was stored
// or what was read changes neither the other; inputs with nothing set store
// nothing.
func TestEstimateInputsAreCopies(t *testing.T) {
	inc := &incident.Incident{}
	desk.SetEstimateInputs(inc, estimate.Inputs{Costs: map[string]estimate.CostInput{}})
	if inc.Estimate != nil {
		t.Fatalf("nothing set, stored %+v", inc.Estimate)
	}
	low := int64(500)
	in := estimate.Inputs{PersonsLow: 10, PersonsHigh: 20, Costs: map[string]estimate.CostInput{"dm": {Low: &low}}}
	desk.SetEstimateInputs(inc, in)
	low = 1
	in.Costs["dm"] = estimate.CostInput{}
	got := desk.EstimateInputs(inc)
	if got.PersonsHigh != 20 || got.Costs["dm"].Low == nil || *got.Costs["dm"].Low != 500 {
		t.Fatalf("stored inputs changed with the caller's: %+v", got)
	}
	*got.Costs["dm"].Low = 2
	if *inc.Estimate.Costs["dm"].Low != 500 {
		t.Error("the inputs read share the incident's")
	}
}
