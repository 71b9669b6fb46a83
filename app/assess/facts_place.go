package assess

import (
	"slices"

	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// residents sums the persons living in (or, outside, not in) a place over
// the sets in scope that are not part of another one in scope. A set that
// says nothing of residence makes the sum a lower bound.
func (e *env) residents(place string, outside bool) rules.Value {
	sets := e.scope()
	in := map[string]bool{}
	for _, d := range sets {
		in[d.ID] = true
	}
	var n int64
	stated, partial := false, false
	var needs []rules.FactRef
	// open is what the persons not known to live in or outside place add
	// at most; unbounded once one of those parts has no count.
	var open int64
	bounded := true
	upTo := func(c incident.Count) {
		if c.Known {
			open += c.N
		} else {
			bounded = false
		}
	}
	for _, d := range sets {
		if d.Within != "" && in[d.Within] {
			continue
		}
		rs, owner := d.Residence, d
		if len(rs) == 0 && d.Within != "" {
			if parent, ok := e.inc.DataSet(d.Within); ok {
				rs, owner = parent.Residence, parent // a part of a set lives where the set does
			}
		}
		if len(rs) == 0 {
			partial = true
			upTo(owner.Persons.Latest())
			continue
		}
		var covered int64
		counted := true
		for _, r := range rs {
			if r.Persons.Known {
				covered += r.Persons.N
			} else {
				counted = false
			}
			if r.Country == incident.OtherCountries {
				// Persons in countries the set does not list (64): they
				// may live in place unless the set lists it by itself,
				// and then they live outside it.
				switch {
				case !e.listed(place, rs):
					partial = true
					upTo(r.Persons)
				case outside && r.Persons.Known:
					stated = true
					n += r.Persons.N
				case outside:
					stated, partial = true, true
					n++
					bounded = false
				}
				continue
			}
			if e.regionOpen(place, r.Country, r.Region) {
				partial = true // in the country, state not given: maybe in place, maybe not
				upTo(r.Persons)
				continue
			}
			if e.inPlace(place, r.Country, r.Region) == outside {
				continue
			}
			if !r.Persons.Known {
				// A place listed with its count unknown is a place where
				// some of the persons live: at least one (the documents
				// say 「人数不明」 of it, not that nobody lives there).
				stated, partial = true, true
				n++
				bounded = false
				continue
			}
			stated = true
			n += r.Persons.N
		}
		if p := owner.Persons.Latest(); p.Known && counted && covered < p.N {
			partial = true // the residence of the other persons is not stated
			open += p.N - covered
		} else if !p.Known && !counted {
			bounded = false
		}
	}
	if !stated && partial && !bounded {
		return rules.Value{Needs: needs}
	}
	v := rules.Value{Num: n, AtLeast: partial}
	if partial && bounded {
		v.AtMost, v.Max = true, n+open
	}
	return known(v)
}

// listed: is place one country (or one US state) that a row of rs names,
// so that the persons of the set's "other countries" row do not live in
// it? A place of several countries (the EU) is never wholly listed.
func (e *env) listed(place string, rs []incident.Residence) bool {
	if j := e.rs.Jurisdiction(place); j != nil && len(j.Places) > 0 {
		if len(j.Places) != 1 {
			return false
		}
		p := j.Places[0]
		return slices.ContainsFunc(rs, func(r incident.Residence) bool {
			return r.Country == p.Country && p.Region == r.Region
		})
	}
	return slices.ContainsFunc(rs, func(r incident.Residence) bool {
		return r.Country != incident.OtherCountries && e.inPlace(place, r.Country, r.Region) && !e.regionOpen(place, r.Country, r.Region)
	})
}

// regionOpen: does place name a part of country (a US state) while the
// residence gives the country only, so that the persons may or may not
// live in it?
func (e *env) regionOpen(place, country, region string) bool {
	if region != "" {
		return false
	}
	if j := e.rs.Jurisdiction(place); j != nil && len(j.Places) > 0 {
		for _, p := range j.Places {
			if p.Country == country && p.Region != "" {
				return true
			}
		}
		return false
	}
	return len(place) > 3 && place[2] == '-' && place[:2] == country
}

// inPlace: is country (and region) in place, a jurisdiction id, an ISO
// country code or "CC-REGION"?
func (e *env) inPlace(place, country, region string) bool {
	if j := e.rs.Jurisdiction(place); j != nil && len(j.Places) > 0 {
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
