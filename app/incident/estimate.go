package incident

import (
	"maps"
)

// EstimateInputs are the user's choices and overrides of the damage and cost
// estimate, stored with the facts because the user wrote them. They are
// defined here, once: app/estimate's Inputs is this type (with Check, which
// says which values it refuses). The zero value means "derive everything
// from the facts".
type EstimateInputs struct {
	// PersonsLow and PersonsHigh override the number of persons (both > 0, or
	// both 0 to take the count from the incident).
	PersonsLow  int64 `json:"personsLow,omitempty"`
	PersonsHigh int64 `json:"personsHigh,omitempty"`
	// ApproxPct is the ± margin around an approximate count; 0 = estimate.DefaultApproxPct.
	ApproxPct int `json:"approxPct,omitempty"`
	// X and Y override the Simple-EP levels (1..3; 0 = the maximum over the categories).
	X int `json:"x,omitempty"`
	Y int `json:"y,omitempty"`
	// Identifiability overrides 本人特定容易度 (1, 3 or 6; 0 = derived from the categories).
	Identifiability int `json:"identifiability,omitempty"`
	// Responsibility is 社会的責任度: estimate.RespHigher, RespOrdinary or "" (not chosen: 1–2).
	Responsibility string `json:"responsibility,omitempty"`
	// After is 事後対応評価: estimate.AfterAppropriate, AfterInappropriate, AfterUnknown or "" (not chosen: 1–2).
	After string `json:"after,omitempty"`
	// Costs overrides cost items, by item id (checklists/costs/costs.json).
	Costs map[string]EstimateCost `json:"costs,omitempty"`
}

// EstimateCost overrides one cost item of the estimate; nil fields keep the default.
type EstimateCost struct {
	Include  *bool  `json:"include,omitempty"`  // nil = as the facts say
	Low      *int64 `json:"low,omitempty"`      // unit cost, low
	High     *int64 `json:"high,omitempty"`     // unit cost, high
	Quantity *int64 `json:"quantity,omitempty"` // persons or months, as the unit says
}

// Clone returns a deep copy of the inputs (nil for nil).
func (e *EstimateInputs) Clone() *EstimateInputs {
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
