package assess

import (
	"slices"

	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// residents sums the persons living in (or, outside, not in) a place over
// the sets in scope that are not part of another one in scope. A set that
// says nothing of residence makes the sum a lower bound. A part of a set in
// scope is not counted again, but what it says of residence still counts:
// its persons are among the set's, so the set has at least as many in the
// place as the part states (106: all the accounts "Japan, Singapore, other
// countries", uncounted; the identity documents, a part of them, 910 in
// the UK — the UK's law was "cannot tell: where do the persons live").
func (e *env) residents(place string, outside bool) rules.Value {
	sets := e.scope()
	in := map[string]bool{}
	for _, d := range sets {
		in[d.ID] = true
	}
	var n int64
	stated, partial := false, false
	for _, d := range sets {
		if d.Within != "" && in[d.Within] {
			continue
		}
		sn, sStated, sPartial := e.setResidents(d, place, outside)
		for _, part := range sets {
			if part == d || e.topInScope(part, in) != d {
				continue
			}
			pn, pStated, _ := e.setResidents(part, place, outside)
			if pStated && (!sStated || pn > sn) {
				// The part states more persons in the place than the
				// set does: at least those (the rest of the set's
				// persons may live there too).
				sn, sStated, sPartial = pn, true, true
			}
		}
		n += sn
		stated = stated || sStated
		partial = partial || sPartial
	}
	if !stated && partial {
		return rules.Value{}
	}
	return known(rules.Value{Num: n, AtLeast: partial})
}

// topInScope is the set in scope a set is part of, through any number of
// parts ("" parents or parents out of scope end the climb): the set itself
// when it is part of none in scope.
func (e *env) topInScope(d *incident.DataSet, in map[string]bool) *incident.DataSet {
	for seen := 0; d.Within != "" && in[d.Within] && seen < len(e.inc.DataSets); seen++ {
		parent, ok := e.inc.DataSet(d.Within)
		if !ok {
			break
		}
		d = parent
	}
	return d
}

// setResidents is one set's persons living in (or, outside, not in) place:
// the count stated, whether any is stated, and whether it is only a lower
// bound (a row uncounted, persons whose residence is not given).
func (e *env) setResidents(d *incident.DataSet, place string, outside bool) (n int64, stated, partial bool) {
	rs, owner := d.Residence, d
	if len(rs) == 0 && d.Within != "" {
		if parent, ok := e.inc.DataSet(d.Within); ok {
			rs, owner = parent.Residence, parent // a part of a set lives where the set does
		}
	}
	if len(rs) == 0 {
		return 0, false, true
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
			case outside && r.Persons.Known:
				stated = true
				n += r.Persons.N
			case outside:
				stated, partial = true, true
				n++
			}
			continue
		}
		if e.regionOpen(place, r.Country, r.Region) {
			partial = true // in the country, state not given: maybe in place, maybe not
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
			continue
		}
		stated = true
		n += r.Persons.N
	}
	if p := owner.Persons.Latest(); p.Known && counted && covered < p.N {
		partial = true // the residence of the other persons is not stated
	}
	return n, stated, partial
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
