package assess

import (
	"slices"
	"strings"

	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// residents sums the persons living in (or, outside, not in) a place over
// the sets in scope that are not part of another one in scope. A set that
// says nothing of residence makes the sum a lower bound; persons whose place
// is open (no residence, a US state not given, other countries) bound it
// above when their number is known (53 Californians and 14 of no stated
// state are not more than 500). A part of a set in scope is not counted
// again, but what it says of residence still counts: its persons are among
// the set's, so the set has at least as many in the place as the part
// states (106: all the accounts "Japan, Singapore, other countries",
// uncounted; the identity documents, a part of them, 910 in the UK — the
// UK's law was "cannot tell: where do the persons live").
func (e *env) residents(place string, outside bool) rules.Value {
	sets := e.scope()
	in := map[string]bool{}
	for _, d := range sets {
		in[d.ID] = true
	}
	var n, most int64
	stated, partial, bounded := false, false, true
	for _, d := range sets {
		if d.Within != "" && in[d.Within] {
			continue
		}
		r := e.setResidents(d, place, outside)
		lower := r.n
		for _, part := range sets {
			if part == d || e.topInScope(part, in) != d {
				continue
			}
			p := e.setResidents(part, place, outside)
			if p.stated && (!r.stated || p.n > lower) {
				// The part states more persons in the place than the
				// set does: at least those (the rest of the set's
				// persons may live there too).
				lower, r.stated, r.partial = p.n, true, true
			}
		}
		n += lower
		stated = stated || r.stated
		partial = partial || r.partial
		if r.bounded {
			most += max(r.n+r.open, lower)
		} else {
			bounded = false
		}
	}
	if !stated && partial && !bounded {
		return rules.Value{}
	}
	v := rules.Value{Num: n, AtLeast: partial}
	if partial && bounded {
		v.AtMost, v.Max = true, most
	}
	return known(v)
}

// mayLiveIn: may any person of d live in place? Read as residents reads
// the rows: a set stating persons there, or whose persons' place is open
// (no residence given, rows that do not add up to its persons, an "other
// countries" row not ruled out, a country without the state), may; a set
// whose rows place every person elsewhere may not. A part of d in sets
// (through any number of parts) stating persons there makes d one too: its
// persons are among d's.
func (e *env) mayLiveIn(d *incident.DataSet, place string, sets []*incident.DataSet) bool {
	may := func(x *incident.DataSet) bool {
		c := e.setResidents(x, place, false)
		return c.n > 0 || c.partial && (!c.bounded || c.open > 0)
	}
	if may(d) {
		return true
	}
	for _, part := range sets {
		if part != d && e.partOf(part, d) && may(part) {
			return true
		}
	}
	return false
}

// partOf: is part a part of d, through any number of parts?
func (e *env) partOf(part, d *incident.DataSet) bool {
	for seen := 0; part.Within != "" && seen < len(e.inc.DataSets); seen++ {
		if part.Within == d.ID {
			return true
		}
		parent, ok := e.inc.DataSet(part.Within)
		if !ok {
			return false
		}
		part = parent
	}
	return false
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

// placeCount is one set's persons living in (or, outside, not in) a place:
// the count stated (n), whether any is stated, whether it is only a lower
// bound (a row uncounted, persons whose residence is not given), and what
// the persons whose place is open add at most (open), when that is known
// (bounded).
type placeCount struct {
	n, open                  int64
	stated, partial, bounded bool
}

// setResidents is one set's placeCount.
func (e *env) setResidents(d *incident.DataSet, place string, outside bool) placeCount {
	c := placeCount{bounded: true}
	upTo := func(k incident.Count) {
		if k.Known {
			c.open += k.N
		} else {
			c.bounded = false
		}
	}
	rs, owner := d.Residence, d
	if len(rs) == 0 && d.Within != "" {
		if parent, ok := e.inc.DataSet(d.Within); ok {
			rs, owner = parent.Residence, parent // a part of a set lives where the set does
		}
	}
	if len(rs) == 0 {
		c.partial = true
		upTo(owner.Persons.Latest())
		return c
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
				c.partial = true
				upTo(r.Persons)
			case outside && r.Persons.Known:
				c.stated = true
				c.n += r.Persons.N
			case outside:
				c.stated, c.partial = true, true
				c.n++
				c.bounded = false
			}
			continue
		}
		if e.regionOpen(place, r.Country, r.Region) {
			c.partial = true // in the country, state not given: maybe in place, maybe not
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
			c.stated, c.partial = true, true
			c.n++
			c.bounded = false
			continue
		}
		c.stated = true
		c.n += r.Persons.N
	}
	if p := owner.Persons.Latest(); p.Known && counted && covered < p.N {
		c.partial = true // the residence of the other persons is not stated
		c.open += p.N - covered
	} else if !p.Known && !counted {
		c.bounded = false
	}
	return c
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
	if first, rest, several := strings.Cut(place, "+"); several {
		// Several countries (the organisation's establishments,
		// abroadPlace): in any of them.
		return e.inPlace(first, country, region) || e.inPlace(rest, country, region)
	}
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

// abroadPlace is the place from which "abroad" is read: the countries where
// the organisation is established, joined by "+" (inPlace reads them), or
// Japan when none is entered. A UK company's staff in the UK and Ireland,
// both its establishments, live at home for it (F1091).
func (e *env) abroadPlace() string {
	var ps []string
	for _, c := range e.inc.Org.Establishments {
		if c = strings.TrimSpace(c); c != "" && !slices.Contains(ps, c) {
			ps = append(ps, c)
		}
	}
	if len(ps) == 0 {
		return "JP"
	}
	return strings.Join(ps, "+")
}
