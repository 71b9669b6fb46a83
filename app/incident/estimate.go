package incident

import (
	"maps"
)

// EstimateInputs are the user's choices and overrides of the damage and cost
// estimate, stored with the facts because the user wrote them. app/estimate
// reads them as its Inputs: the JSON form is the same, field for field
// (app/estimate imports this package, so this package cannot name its type).
// The zero value means "derive everything from the facts"; app/estimate's
// Inputs.Check says which values it refuses.
type EstimateInputs struct {
	PersonsLow      int64                   `json:"personsLow,omitempty"`
	PersonsHigh     int64                   `json:"personsHigh,omitempty"`
	ApproxPct       int                     `json:"approxPct,omitempty"`
	X               int                     `json:"x,omitempty"`
	Y               int                     `json:"y,omitempty"`
	Identifiability int                     `json:"identifiability,omitempty"`
	Responsibility  string                  `json:"responsibility,omitempty"`
	After           string                  `json:"after,omitempty"`
	Costs           map[string]EstimateCost `json:"costs,omitempty"`
}

// EstimateCost overrides one cost item of the estimate; nil keeps the default.
type EstimateCost struct {
	Include  *bool  `json:"include,omitempty"`
	Low      *int64 `json:"low,omitempty"`
	High     *int64 `json:"high,omitempty"`
	Quantity *int64 `json:"quantity,omitempty"`
}

// clone returns a deep copy of the inputs (nil for nil).
func (e *EstimateInputs) clone() *EstimateInputs {
	if e == nil {
		return nil
	}
	c := *e
	c.Costs = maps.Clone(e.Costs)
	for k, v := range c.Costs {
		c.Costs[k] = EstimateCost{Include: clonePtr(v.Include), Low: clonePtr(v.Low), High: clonePtr(v.High), Quantity: clonePtr(v.Quantity)}
	}
	return &c
}

func clonePtr[T any](p *T) *T {
	if p == nil {
		return nil
	}
	c := *p
	return &c
}
