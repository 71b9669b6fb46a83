package assess

import (
	"slices"
	"strings"

	"breachdesk/app/rules"
)

// jurisdiction evaluates one law. applies is false when it clearly does not apply.
func (r *run) jurisdiction(j *rules.Jurisdiction) (Jurisdiction, bool) {
	out := Jurisdiction{ID: j.ID, Name: j.Name, Law: j.Law, Regulator: j.Regulator, Clock: j.Clock, ClockText: j.ClockText}
	out.LawDate, out.ClockAt, out.LawDateFromNow = r.lawDate(j.Clock, j.ID)
	out.LawVersion = j.VersionOn(out.LawDate)
	e := &env{inc: r.inc, set: r.set, events: r.tl}

	// Does the law apply?
	applies := rules.Outcome{Truth: rules.False}
	for _, rule := range rules.InForce(j.Applies, out.LawDate) {
		o := rule.When.Eval(e)
		if o.Truth == rules.False {
			continue
		}
		out.AppliesWhy = append(out.AppliesWhy, r.reason(rule, o))
		if o.Truth == rules.True {
			applies = rules.Outcome{Truth: rules.True}
		} else if applies.Truth != rules.True {
			applies.Truth = rules.Unknown
			applies.Needs = append(applies.Needs, o.Needs...)
		}
	}
	out.Applies = verdictOf(applies.Truth)
	if applies.Truth == rules.False {
		return out, false
	}
	if applies.Truth == rules.Unknown {
		// Only say what is missing; obligations wait until we know.
		out.Needs = r.need(applies.Needs)
		out.Reportable = Unknown
		out.Summary = msg("applies.unknown", vars{"needs": needList(out.Needs)})
		return out, true
	}

	// Is it reportable?
	inForce := rules.InForce(j.Triggers, out.LawDate)
	e.triggers = map[string]rules.Outcome{}
	rep := rules.Outcome{Truth: rules.False}
	var why []string
	var whyJA []string
	for _, rule := range inForce {
		o := rule.When.Eval(e)
		e.triggers[rule.ID] = o
		out.Triggers = append(out.Triggers, r.reason(rule, o))
		switch o.Truth {
		case rules.True:
			rep = rules.Outcome{Truth: rules.True}
			// The summary names the rule (its short name, else its citation);
			// two triggers citing the same article are named once.
			name := rules.Text{JA: rule.Citation.JA, EN: rule.Citation.EN}
			if rule.Short != nil {
				name = *rule.Short
			}
			if !slices.Contains(why, name.EN) {
				why, whyJA = append(why, name.EN), append(whyJA, name.JA)
			}
		case rules.Unknown:
			if rep.Truth != rules.True {
				rep.Truth = rules.Unknown
				rep.Needs = mergeNeeds(rep.Needs, o.Needs)
			}
		}
	}
	var excluded *rules.Rule
	exclusions := rules.InForce(j.Exclusions, out.LawDate)
	for i := range exclusions {
		if exclusions[i].When.Eval(e).Truth == rules.True {
			excluded = &exclusions[i]
			break
		}
	}
	for _, rule := range exclusions {
		o := rule.When.Eval(e)
		if o.Truth == rules.False || excluded != nil && o.Truth == rules.Unknown {
			continue // once one exclusion is established, the others' open questions do not matter
		}
		out.Exclusions = append(out.Exclusions, r.reason(rule, o))
	}
	switch {
	case len(inForce) == 0:
		out.Summary = msg("rep.norules", vars{"date": same(string(out.LawDate))})
	case excluded != nil:
		rep = rules.Outcome{Truth: rules.False}
		out.Summary = msg("rep.excluded", vars{"why": excluded.Text})
	case rep.Truth == rules.True:
		out.Summary = msg("rep.yes", vars{"why": rules.Text{JA: strings.Join(whyJA, "／"), EN: strings.Join(why, " / ")}})
	case rep.Truth == rules.Unknown:
		out.Summary = msg("rep.unknown", vars{"needs": needList(r.need(rep.Needs))})
	default:
		out.Summary = msg("rep.no", nil)
	}
	out.Reportable = verdictOf(rep.Truth)
	if rep.Truth == rules.Unknown {
		out.Needs = r.need(rep.Needs)
	}
	e.reportable = &rep
	if out.LawDateFromNow {
		out.Summary.JA += msg("clock.now", vars{"date": same(string(out.LawDate))}).JA
		out.Summary.EN += " " + msg("clock.now", vars{"date": same(string(out.LawDate))}).EN
	}

	// What follows?
	byID := map[string]*Obligation{}
	for i := range j.Obligations {
		o := &j.Obligations[i]
		if !o.InForce(out.LawDate) {
			continue
		}
		ob, ok := r.obligation(j, o, e, out.LawDate)
		if !ok {
			continue
		}
		out.Obligations = append(out.Obligations, ob)
	}
	for i := range out.Obligations {
		byID[out.Obligations[i].ID] = &out.Obligations[i]
	}
	for i := range j.Obligations {
		o := &j.Obligations[i]
		if o.Exempt != nil && o.InForce(out.LawDate) {
			if ob := byID[o.ID]; ob != nil {
				r.exempt(ob, o, byID[o.Exempt.By], e)
			}
		}
	}
	for i := range j.Obligations {
		o := &j.Obligations[i]
		if o.NotBefore != nil && o.InForce(out.LawDate) {
			if ob := byID[o.ID]; ob != nil {
				r.order(ob, o.NotBefore, byID[o.NotBefore.By])
			}
		}
	}
	return out, true
}

func mergeNeeds(a, b []rules.FactRef) []rules.FactRef {
	for _, x := range b {
		found := false
		for _, y := range a {
			if x == y {
				found = true
				break
			}
		}
		if !found {
			a = append(a, x)
		}
	}
	return a
}

func (r *run) reason(rule rules.Rule, o rules.Outcome) Reason {
	rs := Reason{RuleID: rule.ID, Verdict: verdictOf(o.Truth), Text: rule.Text, Citation: rule.Citation, ReliedOn: rule.ReliedOn}
	if o.Truth == rules.Unknown {
		rs.Needs = r.need(o.Needs)
	}
	return rs
}
