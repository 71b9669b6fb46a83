package estimate

import (
	"fmt"

	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// Choices of the JNSA factors the user makes (the empty string: not chosen yet,
// which gives the range of both values).
const (
	RespHigher   = "higher"   // 社会的責任度 2: above the ordinary (large, well-known, public, financial, medical, telecom, ...)
	RespOrdinary = "ordinary" // 社会的責任度 1

	AfterAppropriate   = "appropriate"   // 事後対応評価 1: 適切
	AfterInappropriate = "inappropriate" // 事後対応評価 2: 不適切
	AfterUnknown       = "unknown"       // 事後対応評価 1: 不明・その他 (as JNSA counts it)
)

// DefaultApproxPct is the margin (±%) put around an approximate count of persons.
const DefaultApproxPct = 20

// Inputs are the user's choices and overrides of the estimate, as stored
// with the incident: incident.EstimateInputs, whose fields say what each
// overrides. The zero value means "derive everything from the facts".
type Inputs incident.EstimateInputs

// CostInput overrides one cost item; nil fields keep the default.
type CostInput = incident.EstimateCost

// Problem is one bad input, named by its field ("costs.dm.low").
type Problem struct {
	Field string     `json:"field"`
	Text  rules.Text `json:"text"`
}

// Check validates the inputs against the cost table t (nil: skip the cost
// ids); nil means none. Compute ignores a bad input and says so, but the UI
// should refuse to store it.
func (in Inputs) Check(t *Table) []Problem {
	var ps []Problem
	bad := func(field, ja, en string) {
		ps = append(ps, Problem{Field: field, Text: rules.Text{JA: ja, EN: en}})
	}
	switch {
	case in.PersonsLow < 0 || in.PersonsHigh < 0:
		bad("personsLow", "人数は0以上で入力してください。", "The number of persons cannot be negative.")
	case (in.PersonsLow == 0) != (in.PersonsHigh == 0):
		bad("personsHigh", "人数の下限と上限を両方入力してください。", "Enter both the low and the high number of persons.")
	case in.PersonsHigh < in.PersonsLow:
		bad("personsHigh", "人数の上限が下限より小さくなっています。", "The high number of persons is below the low one.")
	}
	if in.ApproxPct < 0 || in.ApproxPct > 100 {
		bad("approxPct", "概数の幅は0～100%で入力してください。", "The margin of an approximate count must be 0–100%.")
	}
	for _, f := range []struct {
		name string
		v    int
	}{{"x", in.X}, {"y", in.Y}} {
		if f.v < 0 || f.v > 3 {
			bad(f.name, "Simple-EP のレベルは1～3です。", "A Simple-EP level is 1–3.")
		}
	}
	if in.Identifiability != 0 && in.Identifiability != 1 && in.Identifiability != 3 && in.Identifiability != 6 {
		bad("identifiability", "本人特定容易度は1、3、6のいずれかです。", "Identifiability is 1, 3 or 6.")
	}
	if in.Responsibility != "" && in.Responsibility != RespHigher && in.Responsibility != RespOrdinary {
		bad("responsibility", "社会的責任度の値が不正です。", "Unknown social-responsibility value.")
	}
	switch in.After {
	case "", AfterAppropriate, AfterInappropriate, AfterUnknown:
	default:
		bad("after", "事後対応評価の値が不正です。", "Unknown response-evaluation value.")
	}
	for _, id := range sortedKeys(in.Costs) {
		c := in.Costs[id]
		p := "costs." + id
		if t != nil && t.Item(id) == nil {
			bad(p, fmt.Sprintf("費用項目 %q はありません。", id), fmt.Sprintf("There is no cost item %q.", id))
			continue
		}
		if c.Low != nil && *c.Low < 0 {
			bad(p+".low", "単価は0以上で入力してください。", "A unit cost cannot be negative.")
		}
		if c.High != nil && *c.High < 0 {
			bad(p+".high", "単価は0以上で入力してください。", "A unit cost cannot be negative.")
		}
		if c.Quantity != nil && *c.Quantity < 0 {
			bad(p+".quantity", "数量は0以上で入力してください。", "A quantity cannot be negative.")
		}
	}
	return ps
}
