package draft

import (
	"slices"

	"breachdesk/app/incident"
)

// digest is the incident's data sets seen as one body of data, as a
// document that speaks of the incident as a whole needs it: the categories
// of every affected set (a category in several sets once, with the larger
// count), the whole incident's persons (incident.Total), the records summed,
// the status (confirmed only when every set is), the encryption (one value
// when every set shares it), the residence summed by place.
type digest struct {
	Categories  []incident.Category
	NotInvolved []string // ids no affected set involves and some set states as not involved
	Persons     incident.Count
	Records     incident.Count
	Status      incident.Status
	Encryption  incident.Encryption
	Residence   []incident.Residence
	Former      incident.Former // of the first set that states any
	Leak        bool
	Loss        bool
	Damage      bool
	Entrusted   bool // every affected set is held for an entrustor
}

func digestOf(inc *incident.Incident) digest {
	var g digest
	sets := inc.Affected("")
	g.Persons, _ = inc.Total("")
	g.Categories = inc.Categories("")
	g.Status = incident.Possible
	if inc.Confirmed("") {
		g.Status = incident.Confirmed
	}
	g.Entrusted = len(sets) > 0
	if r, partial := inc.Records(""); !partial {
		g.Records = r
	}
	for i, d := range sets {
		switch {
		case i == 0:
			g.Encryption = d.Encryption
		case g.Encryption != d.Encryption:
			g.Encryption = ""
		}
		if d.Within == "" {
			for _, r := range d.Residence {
				j := slices.IndexFunc(g.Residence, func(x incident.Residence) bool { return x.Country == r.Country && x.Region == r.Region })
				if j < 0 {
					g.Residence = append(g.Residence, r)
					continue
				}
				if r.Persons.Known && g.Residence[j].Persons.Known {
					g.Residence[j].Persons.N += r.Persons.N
				} else {
					g.Residence[j].Persons = incident.Count{}
				}
			}
		}
		if !g.Former.Any() && d.Former.Any() {
			g.Former = d.Former
		}
		g.Leak, g.Loss, g.Damage = g.Leak || d.Leak, g.Loss || d.Loss, g.Damage || d.Damage
		g.Entrusted = g.Entrusted && d.Role == incident.Processor
	}
	for _, d := range sets {
		for _, id := range d.NotInvolved {
			involved := slices.ContainsFunc(g.Categories, func(c incident.Category) bool { return c.ID == id })
			if !involved && !slices.Contains(g.NotInvolved, id) {
				g.NotInvolved = append(g.NotInvolved, id)
			}
		}
	}
	return g
}

// partyName is the name of the first party of a kind, "" when none is named.
func partyName(inc *incident.Incident, kind incident.PartyKind) string {
	for _, p := range inc.PartiesOf(kind) {
		if p.Name != "" {
			return p.Name
		}
	}
	return ""
}

// partyOf is the first party of a kind (zero when none).
func partyOf(inc *incident.Incident, kind incident.PartyKind) incident.Party {
	if ps := inc.PartiesOf(kind); len(ps) > 0 {
		return ps[0]
	}
	return incident.Party{}
}
