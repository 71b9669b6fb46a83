package estimate

import (
	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// Estimate is the damage model and the cost sheet of one incident.
type Estimate struct {
	Damage Damage `json:"damage"`
	Costs  Sheet  `json:"costs"`
	// Total is the compensation plus the response costs.
	Total Range `json:"total"`
	// Problems are the inputs that were ignored (see Inputs.Check).
	Problems []Problem `json:"problems,omitempty"`
}

// Compute derives the estimate from the facts, the rule set (for the
// Simple-EP classes of the categories), the cost table and the user's inputs.
// It is a pure function; bad inputs are ignored and reported in Problems.
func Compute(inc *incident.Incident, rs *rules.Set, t *Table, in Inputs) Estimate {
	e := Estimate{Problems: in.Check(t)}
	if len(e.Problems) > 0 {
		in = sanitize(in)
	}
	e.Damage = damage(inc, rs, in)
	e.Costs = sheet(inc, rs, t, in, e.Damage.Persons)
	e.Total = e.Damage.Total.Add(e.Costs.Total)
	return e
}

// sanitize drops the inputs Check refuses, keeping the rest.
func sanitize(in Inputs) Inputs {
	if in.PersonsLow <= 0 || in.PersonsHigh < in.PersonsLow {
		in.PersonsLow, in.PersonsHigh = 0, 0
	}
	if in.ApproxPct < 0 || in.ApproxPct > 100 {
		in.ApproxPct = 0
	}
	if in.X < 0 || in.X > 3 {
		in.X = 0
	}
	if in.Y < 0 || in.Y > 3 {
		in.Y = 0
	}
	switch in.Identifiability {
	case 0, 1, 3, 6:
	default:
		in.Identifiability = 0
	}
	if in.Responsibility != RespHigher && in.Responsibility != RespOrdinary {
		in.Responsibility = ""
	}
	switch in.After {
	case AfterAppropriate, AfterInappropriate, AfterUnknown:
	default:
		in.After = ""
	}
	return in // negative cost overrides are skipped where they are read
}
