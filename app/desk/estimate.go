package desk

import (
	"reflect"

	"breachdesk/app/estimate"
	"breachdesk/app/incident"
)

// EstimateInputs are the estimate inputs stored with the incident, as a
// copy that shares nothing with it.
func EstimateInputs(inc *incident.Incident) estimate.Inputs {
	if inc == nil || inc.Estimate == nil {
		return estimate.Inputs{}
	}
	return estimate.Inputs(*inc.Estimate.Clone())
}

// SetEstimateInputs stores a copy of in with the incident (nothing when
// nothing is set).
func SetEstimateInputs(inc *incident.Incident, in estimate.Inputs) {
	inc.Estimate = nil
	if len(in.Costs) == 0 {
		in.Costs = nil
	}
	if !reflect.ValueOf(in).IsZero() {
		inc.Estimate = (*incident.EstimateInputs)(&in).Clone()
	}
}

// SetCost sets an item's override, dropping it when nothing is overridden.
func SetCost(in *estimate.Inputs, item string, c estimate.CostInput) {
	if c == (estimate.CostInput{}) {
		delete(in.Costs, item)
		if len(in.Costs) == 0 {
			in.Costs = nil
		}
		return
	}
	if in.Costs == nil {
		in.Costs = map[string]estimate.CostInput{}
	}
	in.Costs[item] = c
}
