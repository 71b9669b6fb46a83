package assess

import (
	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// env gives the rules the facts of one incident. The facts named in
// checklists/facts.json are read here; facts_test.go checks that every one is.
type env struct {
	inc    *incident.Incident
	set    *rules.Set
	events *timeline
	// For obligations: the jurisdiction's triggers and reportability.
	triggers   map[string]rules.Outcome
	reportable *rules.Outcome
}

func known(v rules.Value) rules.Value { v.Known = true; return v }

func tri(t incident.Tri) rules.Value {
	if t == incident.Unknown {
		return rules.Value{}
	}
	return known(rules.Value{Str: string(t)})
}

func str(s string) rules.Value {
	if s == "" {
		return rules.Value{}
	}
	return known(rules.Value{Str: s})
}

func count(c incident.Count) rules.Value {
	if !c.Known {
		return rules.Value{}
	}
	return known(rules.Value{Num: c.N})
}

func boolean(b bool) rules.Value { return known(rules.Value{Bool: b}) }

// Value implements rules.Env.
func (e *env) Value(p *rules.Pred) rules.Value {
	d := &e.inc.Data
	switch p.Fact {
	case "always":
		return boolean(true)
	case "persons":
		return count(d.Persons)
	case "records":
		return count(d.Records)
	case "residents":
		return e.residents(p.Arg, false)
	case "residents_outside":
		return e.residents(p.Arg, true)
	case "establishment":
		if len(e.inc.Org.Establishments) == 0 {
			return rules.Value{}
		}
		for _, c := range e.inc.Org.Establishments {
			if e.inPlace(p.Arg, c, "") {
				return boolean(true)
			}
		}
		return boolean(false)
	case "org.kind":
		if e.inc.Org.Kind == "" {
			return str(string(incident.Private)) // "" means private (incident.OrgKind)
		}
		return str(string(e.inc.Org.Kind))
	case "org.sector":
		return e.sector(p)
	case "role":
		if e.inc.Org.Role == "" {
			return str(string(incident.Controller)) // "" means controller (incident.Role)
		}
		return str(string(e.inc.Org.Role))
	case "cause":
		return str(string(e.inc.Cause.Kind))
	case "unlawful_purpose":
		return tri(e.inc.Cause.UnlawfulPurpose)
	case "encryption":
		return str(string(d.Encryption))
	case "recovered":
		return tri(d.Recovered)
	case "status":
		return str(string(d.Status))
	case "secondary_harm":
		return tri(e.inc.Risk.SecondaryHarm)
	case "risk.level":
		return str(e.inc.Risk.Level)
	case "serious_harm":
		return tri(e.inc.Risk.SeriousHarm)
	case "law_enforcement_delay":
		return tri(e.inc.Risk.LawEnforcementDelay)
	case "category.*":
		return e.flag(p.Arg)
	case "category":
		if len(d.Categories) == 0 {
			return rules.Value{}
		}
		for _, c := range d.Categories {
			if c.ID == p.Arg {
				return boolean(true)
			}
		}
		return boolean(false)
	case "card_merchant":
		return boolean(e.inc.Org.CardMerchant)
	case "event":
		return boolean(e.events.first(incident.EventKind(p.Arg)) != nil)
	case "retention.exceeded":
		r := d.Retention
		if !r.FormerPersons.Known {
			return rules.Value{}
		}
		return boolean(r.FormerPersons.N > 0 && r.RetentionYears > 0 && r.YearsSinceLeft > r.RetentionYears)
	case "triggered":
		o, ok := e.triggers[p.Arg]
		if !ok {
			return boolean(false) // not in force on the law date
		}
		return outcomeValue(o)
	case "reportable":
		if e.reportable == nil {
			return rules.Value{}
		}
		return outcomeValue(*e.reportable)
	}
	// Unknown facts are refused by rules validation; facts_test.go catches
	// a vocabulary entry this switch forgot.
	return rules.Value{Needs: []rules.FactRef{{Fact: unimplemented}}}
}

const unimplemented = "?unimplemented"

func outcomeValue(o rules.Outcome) rules.Value {
	if o.Truth == rules.Unknown {
		return rules.Value{Needs: o.Needs}
	}
	return boolean(o.Truth == rules.True)
}

// flag: does any affected category carry the flag? A free-text category
// ("other") or an id the rules do not know makes a "no" unknown.
func (e *env) flag(flag string) rules.Value {
	cats := e.inc.Data.Categories
	if len(cats) == 0 {
		return rules.Value{}
	}
	unclassified := false
	for _, c := range cats {
		rc := e.set.Category(c.ID)
		if rc == nil || rc.Unclassified {
			unclassified = true
			continue
		}
		if rc.Has(flag) {
			return boolean(true)
		}
	}
	if unclassified {
		return rules.Value{Needs: []rules.FactRef{{Fact: "category", Arg: "other"}}}
	}
	return boolean(false)
}

// residents sums the persons living in (or, outside, not in) a place.
func (e *env) residents(place string, outside bool) rules.Value {
	rs := e.inc.Data.Residence
	if len(rs) == 0 {
		return rules.Value{}
	}
	var n int64
	for _, r := range rs {
		if e.inPlace(place, r.Country, r.Region) == outside {
			continue
		}
		if !r.Persons.Known {
			return rules.Value{}
		}
		n += r.Persons.N
	}
	return known(rules.Value{Num: n})
}

// inPlace: is country (and region) in place, a jurisdiction id, an ISO
// country code or "CC-REGION"?
func (e *env) inPlace(place, country, region string) bool {
	if j := e.set.Jurisdiction(place); j != nil && len(j.Places) > 0 {
		for _, p := range j.Places {
			if p.Country == country && (p.Region == "" || p.Region == region) {
				return true
			}
		}
		return false
	}
	if len(place) > 3 && place[2] == '-' {
		return place[:2] == country && place[3:] == region
	}
	return place == country
}

// sector is the organisation's sector as one of the fact's values: a sector
// the vocabulary does not list counts as "other"; none entered is unknown.
func (e *env) sector(p *rules.Pred) rules.Value {
	s := e.inc.Org.Sector
	if s == "" {
		return rules.Value{}
	}
	if f := e.set.Fact(p.Fact); f != nil {
		for _, v := range f.Values {
			if v == s {
				return str(s)
			}
		}
	}
	return str("other")
}
