package incident

import "strconv"

// PartyKind is what a party is to the incident.
type PartyKind string

const (
	PartyEntrustor PartyKind = "entrustor" // 委託元: the client whose data the company handles
	PartyRegulator PartyKind = "regulator" // a data-protection authority (the PPC, a foreign DPA)
	PartyMinistry  PartyKind = "ministry"  // a ministry overseeing the business (所管省庁), or one the PPC delegated to
	PartyPolice    PartyKind = "police"    // a police station or the prefectural cyber crime desk
	PartyCard      PartyKind = "card"      // a card company: the acquirer, a payment service provider, a brand
	PartyOther     PartyKind = "other"     // anyone else the company deals with (a forensic firm, an insurer)
)

// PartyKinds lists every kind, in the order a form shows them.
var PartyKinds = []PartyKind{PartyEntrustor, PartyRegulator, PartyMinistry, PartyPolice, PartyCard, PartyOther}

// Party is someone the incident involves besides the company and the
// persons: an entrustor, an authority, the police, a card company. Events
// name the party they concern (Event.Party): the report to one ministry, the
// notice to one entrustor.
type Party struct {
	ID        string    `json:"id"`
	Kind      PartyKind `json:"kind"`
	Name      string    `json:"name"`
	Contact   string    `json:"contact,omitempty"`   // department or person, phone or e-mail
	Reference string    `json:"reference,omitempty"` // a reference number it gave (受理番号, 事案番号)
	// Delegated, for a ministry: the PPC delegated to it the power to receive
	// breach reports for the company's sector (権限委任), so that the reports
	// under APPI go to it instead of the PPC. Unknown: as checklists/sectors.json
	// says for the sector.
	Delegated Tri `json:"delegated,omitempty"`
	// OrgKind, for an entrustor, is what it is (private business, national
	// public body, local public body); "" = not entered, read as private.
	// A local public body was not itself obliged to report under APPI for a
	// case known before 2023-04-01, so telling it then did not exempt its
	// processor (F49, checklists/jp.json).
	OrgKind OrgKind `json:"orgKind,omitempty"`
	// Clients, for an entrustor: the party stands for all the clients of a
	// service, not one named client (82: a host's 5,698 contracts of every
	// kind): the letter is to 「お客様各位」, not 「貴社」.
	Clients Tri `json:"clients,omitempty"`
	// Relation, for an entrustor standing for many clients: what those
	// clients are to the persons, in words for them (「皆さまが応募・在籍され
	// た企業」): the notice tells the persons, who may never have heard of
	// the company, why it held their data (116: candidates screened for
	// some 340 client companies; F545).
	Relation string `json:"relation,omitempty"`
	Note     string `json:"note,omitempty"` // internal
}

// Party returns the party with id.
func (inc *Incident) Party(id string) (Party, bool) {
	for _, p := range inc.Parties {
		if p.ID == id {
			return p, true
		}
	}
	return Party{}, false
}

// PartiesOf returns the parties of a kind, in the order entered.
func (inc *Incident) PartiesOf(kind PartyKind) []Party {
	var out []Party
	for _, p := range inc.Parties {
		if p.Kind == kind {
			out = append(out, p)
		}
	}
	return out
}

// PartyFor is the first party of a kind, added (with a fresh id) when there
// is none: a form with one field for "the police" or "the entrustor" edits it.
func (inc *Incident) PartyFor(kind PartyKind) *Party {
	for i := range inc.Parties {
		if inc.Parties[i].Kind == kind {
			return &inc.Parties[i]
		}
	}
	inc.Parties = append(inc.Parties, Party{ID: inc.freshPartyID(kind), Kind: kind})
	return &inc.Parties[len(inc.Parties)-1]
}

// freshPartyID is "p-<kind>", or "p-<kind>-2", ... when taken.
func (inc *Incident) freshPartyID(kind PartyKind) string {
	base := "p-" + string(kind)
	id := base
	for n := 2; ; n++ {
		if _, taken := inc.Party(id); !taken {
			return id
		}
		id = base + "-" + strconv.Itoa(n)
	}
}

// EntrustorsAnnouncement reports whether e is an announcement made by an
// entrustor (a public event whose party is one), not by the company: a
// city that announced its contractor's breach (94). It tells the public,
// but it is not the company's own announcement.
func (inc *Incident) EntrustorsAnnouncement(e Event) (Party, bool) {
	if e.Kind != EvPublic || e.Party == "" {
		return Party{}, false
	}
	p, ok := inc.Party(e.Party)
	return p, ok && p.Kind == PartyEntrustor
}
