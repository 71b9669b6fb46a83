package assess

import (
	"slices"
	"strings"

	"breachdesk/app/rules"
)

// exempt lifts ob for each data set it covers whose exemption condition
// holds once the processor told that set's entrustor (the instance of
// obligation By owed to that entrustor) no later than that instance's due
// instant. Lifted for every set it covers, ob is exempt as a whole; the
// company's own data is never lifted this way (its condition is false there).
func (r *run) exempt(ob *Obligation, o *rules.Obligation, all []Obligation, e *env) {
	if ob.State == StateNotRequired || ob.Exemption == nil {
		return
	}
	why := *ob.Exemption
	var candidates, exempted []string
	var late rules.Text // why the exemption is not relied on: a notice late, or not dated
	var lastBy *Obligation
	var lateTold []*Obligation // the entrustors told after the target, each once
	for _, id := range ob.Sets {
		if slices.Contains(ob.LiftedSets, id) {
			continue
		}
		d, _ := r.inc.DataSet(id)
		se := *e
		se.set = d
		if o.Exempt.When.Eval(&se).Truth != rules.True {
			continue
		}
		candidates = append(candidates, id)
		by := findInstance(all, o.Exempt.By, d.Entrustor)
		switch {
		case by == nil || by.DoneBy == "":
		case by.DoneAt == nil:
			late = msg("exempt.undated", vars{"party": entrustorLabel(by), "by": same(by.DoneBy)})
		case by.Due != nil && by.DoneAt.After(*by.Due):
			if !slices.ContainsFunc(lateTold, func(x *Obligation) bool { return x == by }) {
				lateTold = append(lateTold, by)
			}
		default:
			exempted = append(exempted, id)
			lastBy = by
		}
	}
	if len(candidates) == 0 {
		ob.Exemption = nil // owed for the company's own data only
		return
	}
	switch {
	case len(lateTold) == 1:
		late = msg("exempt.late", vars{"party": entrustorLabel(lateTold[0]), "at": when(*lateTold[0].DoneAt, r.loc)})
	case len(lateTold) > 1:
		// Every entrustor told late is named (scenario 25: three of them),
		// not only the last one looked at.
		var ja, en []string
		for _, by := range lateTold {
			at := when(*by.DoneAt, r.loc)
			ja = append(ja, entrustorLabel(by).JA+"："+at.JA)
			en = append(en, entrustorLabel(by).EN+": "+at.EN)
		}
		late = msg("exempt.late.many", vars{"list": rules.Text{JA: strings.Join(ja, "、"), EN: strings.Join(en, "; ")}})
	}
	ob.ExemptSets = exempted
	if !late.Empty() {
		ob.Exemption = &late
	}
	remaining := 0
	for _, id := range ob.Sets {
		if !slices.Contains(ob.LiftedSets, id) && !slices.Contains(exempted, id) {
			remaining++
		}
	}
	switch {
	case ob.State == StateDone || ob.State == StateDoneLate:
		// it was done anyway
	case remaining == 0:
		ob.State = StateExempt
		ob.Left = nil
		ob.Explanation = msg("exempt", vars{"why": why, "by": same(lastBy.DoneBy), "at": when(*lastBy.DoneAt, r.loc)})
	case len(exempted) > 0:
		ob.Explanation = thenSentence(ob.Explanation, msg("exempt.part", nil))
	case late.Empty():
		ob.Explanation = thenSentence(ob.Explanation, why)
	}
}

// entrustorLabel names the entrustor an instance of an obligation is owed
// to: its name, else its party id, else that none is named.
func entrustorLabel(ob *Obligation) rules.Text {
	switch {
	case ob.PartyName != "":
		return same(ob.PartyName)
	case ob.Party != "":
		return same(ob.Party)
	}
	return rules.Text{JA: "委託元未入力", EN: "entrustor not named"}
}

// findInstance is the instance of obligation id owed to party.
func findInstance(all []Obligation, id, party string) *Obligation {
	for i := range all {
		if all[i].ID == id && all[i].Party == party {
			return &all[i]
		}
	}
	return nil
}

// order checks an obligation that may be done only at the same time as or
// after another one (first): done before first was done, it is done out of
// order; still open while first is not done, its explanation says to wait.
// An obligation that is lifted, exempt or undetermined, or whose first
// obligation does not apply, is not checked.
func (r *run) order(ob *Obligation, o *rules.Order, first *Obligation) {
	if first == nil || ob.State == StateNotRequired || ob.State == StateExempt || ob.State == StateUndetermined {
		return // nothing to come first, or nothing to do
	}
	if first.DoneBy != "" && first.DoneAt == nil {
		return // done at a time not recorded: the order cannot be told
	}
	firstDone := first.DoneAt != nil
	switch {
	case ob.DoneAt != nil && (!firstDone || ob.DoneAt.Before(*first.DoneAt)):
		// Done first: a violation whether or not the other obligation was done later.
		v := vars{"at": when(*ob.DoneAt, r.loc), "why": o.Text}
		id := "order.before.open"
		if firstDone {
			id, v["first"] = "order.before", when(*first.DoneAt, r.loc)
		}
		ob.State = StateDoneOutOfOrder
		ob.Explanation = msg(id, v)
	case ob.DoneAt == nil && ob.DoneBy == "" && !firstDone:
		ob.Explanation = thenSentence(ob.Explanation, o.Text)
	}
}

// route sends an obligation to the recipient of the first route in force
// that lists it and whose condition holds ({party} in its text names the
// ministry the user marked as delegated).
func (r *run) route(ob *Obligation, j *rules.Jurisdiction, e *env, lawDate rules.Date) {
	for _, rt := range rules.InForce(j.Routes, lawDate) {
		if !slices.Contains(rt.Obligations, ob.ID) || rt.When.Eval(e).Truth != rules.True {
			continue
		}
		to := rt.To
		if p := e.delegate(); p != nil {
			to = rules.Text{JA: strings.ReplaceAll(to.JA, "{party}", p.Name), EN: strings.ReplaceAll(to.EN, "{party}", p.Name)}
		}
		ob.To = to
		ob.Route = &Reason{RuleID: rt.ID, Verdict: Yes, Text: to, Citation: rt.Citation, ReliedOn: rt.ReliedOn}
		return
	}
}

// thenSentence is a, ended as a sentence (。 or . added when it lacks one),
// then b: two sentences, not one run on ("… 4日17時間 委託元に…").
func thenSentence(a, b rules.Text) rules.Text {
	end := func(s, stop string) string {
		s = strings.TrimSpace(s)
		if s == "" || strings.HasSuffix(s, "。") || strings.HasSuffix(s, ".") {
			return s
		}
		return s + stop
	}
	return rules.Text{JA: end(a.JA, "。") + b.JA, EN: strings.TrimSpace(end(a.EN, ".") + " " + b.EN)}
}
