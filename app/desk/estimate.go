package desk

import (
	"breachdesk/app/estimate"
	"breachdesk/app/incident"

	json "github.com/goccy/go-json"
)

// EstimateInputs reads the estimate inputs stored with the incident as
// estimate.Inputs: the two types have the same JSON form (see
// incident.EstimateInputs), and going through JSON also makes a copy that
// shares nothing with the incident.
func EstimateInputs(inc *incident.Incident) estimate.Inputs {
	var in estimate.Inputs
	if inc == nil || inc.Estimate == nil {
		return in
	}
	if b, err := json.Marshal(*inc.Estimate); err == nil {
		_ = json.Unmarshal(b, &in)
	}
	return in
}

// SetEstimateInputs stores in with the incident (nothing when nothing is set).
func SetEstimateInputs(inc *incident.Incident, in estimate.Inputs) {
	inc.Estimate = nil
	b, err := json.Marshal(in)
	if err != nil || string(b) == "{}" {
		return
	}
	var s incident.EstimateInputs
	if json.Unmarshal(b, &s) == nil {
		inc.Estimate = &s
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
