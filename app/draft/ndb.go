package draft

import (
	"strings"

	"breachdesk/app/incident"
)

// ndbStatement is the statement about an eligible data breach an entity
// gives the OAIC (Privacy Act s26WK): the items of s26WK(3) — who the
// entity is and how to reach it, what happened, the kinds of information,
// the steps individuals should take — the other entities whose breach it
// may also be (s26WK(4), optional) and what was done. The persons are told
// its contents (s26WL): the English notice carries them.
func ndbStatement(b *builder) {
	v := b.v
	b.doc.Title = "Statement about an Eligible Data Breach (s26WK)"
	est := strings.Join(v.inc.Org.Establishments, ", ")
	b.section("entity",
		p("p1", "Entity: "+v.controllerEN()+"\nCountries of establishment: "+v.orFill(est, "拠点の国", "countries of establishment")+"\nDate of this statement: "+v.dateEN(v.date)),
		p("contact", "Contact for this breach: "+v.personEN(v.inc.People.PrivacyOfficer, "privacy officer or contact point")),
		p("desk", v.contactEN()))
	dates := v.keyDatesEN()
	if dates != "" {
		dates = "Key dates:\n" + dates
	}
	b.section("description",
		p("p1", v.summaryEN()),
		p("period", v.periodEN()),
		p("kind", "Type of breach: "+v.breachTypeEN()+"."),
		p("numbers", "Individuals affected: "+v.personsEN()+"."),
		p("in-australia", v.livingInEN("AU", "オーストラリア", "Australia")),
		p("dates", dates),
		p("story", englishText(v.inc.Story.Summary)))
	b.section("information", p("p1", "The information concerned: "+v.categoriesEN()+"."))
	b.section("steps", v.requestEN()...)
	if others := v.otherEntitiesEN(); others != "" {
		b.section("other-entity", p("p1", others))
	}
	b.section("measures", v.responseEN()...)
}

// livingInEN says how many of the persons live in country c (named nameJA,
// name),
// from the residence rows of the sets that are part of no other.
func (v *view) livingInEN(c, nameJA, name string) string {
	order, by, atLeast := v.residentsAtLeast(func(x string) bool { return x == c })
	switch {
	case len(order) == 0:
		return "Of them, living in " + name + ": " + v.fill(nameJA+"在住の人数", "number living in "+name) + "."
	case !by[c].Known:
		return "Of them, living in " + name + ": under investigation."
	case atLeast[c]:
		return "Of them, living in " + name + ": at least " + countEN(by[c], "person", "people") + " (counted in part of the data so far)."
	}
	return "Of them, living in " + name + ": " + countEN(by[c], "person", "people") + "."
}

// otherEntitiesEN names the entities whose eligible data breach this may
// also be (s26WK(4)): those the data was held for (entrustors) and the
// contractor in whose systems it arose, with their contact details when
// entered; "" when there are none, or none named in Latin letters.
func (v *view) otherEntitiesEN() string {
	var out []string
	seen := map[string]bool{}
	add := func(name, contact string) {
		name = englishText(strings.TrimSpace(name))
		if name == "" || seen[name] {
			return
		}
		seen[name] = true
		if c := strings.TrimSpace(contact); c != "" {
			name += " (" + c + ")"
		}
		out = append(out, name)
	}
	for _, s := range v.sets {
		if s.Role == incident.Processor {
			if pt, ok := v.inc.Party(s.Entrustor); ok {
				add(pt.Name, pt.Contact)
			}
		}
	}
	if v.atOther() {
		add(v.inc.Cause.AtName, "")
	}
	if len(out) == 0 {
		return ""
	}
	return "We believe this may also be an eligible data breach of: " + strings.Join(out, "; ") + "."
}
