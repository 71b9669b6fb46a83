package desk

import (
	"strings"

	"breachdesk/app/incident"
)

// prefill copies the readiness checklist into the facts of a new incident,
// filling only what is still empty: the organisation, its contact desk, the
// people responsible, the police and card company to call, its retention
// limit, and owners and contacts of the first playbook steps (who cuts the
// network, who decides, whom to call).
//
// It is the one place that maps the checklist's answers onto the incident's
// fields: a change of the incident's shape changes this function only.
func prefill(inc *incident.Incident, r Readiness) {
	set := func(dst *string, v string) {
		if *dst == "" {
			*dst = v
		}
	}
	set(&inc.Org.Name, r.OrgName)
	if r.Ministry != "" && PartyName(inc, incident.PartyMinistry) == "" {
		inc.PartyFor(incident.PartyMinistry).Name = r.Ministry
	}
	c := &inc.Contact
	set(&c.Name, r.Contact.Name)
	set(&c.Phone, r.Contact.Phone)
	set(&c.Hours, r.Contact.Hours)
	set(&c.Email, r.Contact.Email)
	set(&c.Web, r.Contact.Web)
	set(&c.WebEn, r.Contact.WebEn)
	for _, p := range []struct{ dst, src *incident.Person }{
		{&inc.People.CISO, &r.People.CISO}, {&inc.People.PrivacyOfficer, &r.People.PrivacyOfficer},
		{&inc.People.PR, &r.People.PR}, {&inc.People.Legal, &r.People.Legal},
		{&inc.People.Representative, &r.People.Representative},
	} {
		set(&p.dst.Name, p.src.Name)
		set(&p.dst.Contact, p.src.Contact)
	}
	for _, p := range []struct {
		kind incident.PartyKind
		line string
	}{{incident.PartyPolice, r.Police}, {incident.PartyCard, r.Acquirer}} {
		if strings.TrimSpace(p.line) != "" && len(inc.PartiesOf(p.kind)) == 0 {
			party := inc.PartyFor(p.kind)
			prefillNameContact(&party.Name, &party.Contact, p.line)
		}
	}
	for i := range inc.DataSets {
		if f := &inc.DataSets[i].Former; f.RetentionYears == 0 && !f.UntilPurpose {
			f.RetentionYears = r.RetentionYears
		}
	}
	step := func(id, owner, note string) {
		if owner == "" && note == "" {
			return
		}
		if inc.Steps == nil {
			inc.Steps = map[string]incident.StepState{}
		}
		s := inc.Steps[id]
		set(&s.Owner, owner)
		set(&s.Note, note)
		inc.Steps[id] = s
	}
	step("pb.internal.report", r.Decider, r.CSIRT)
	step("pb.contain.isolate", r.NetworkCut, "")
	step("pb.evidence", "", r.LogRetention)
	step("pb.route", r.Decider, r.PPC)
	step("pb.forensic", "", r.Forensic)
	step("pb.police", "", r.Police)
	step("pb.card.acquirer", "", r.Acquirer)
	// The retention step is a business's (Art. 22) or a public body's
	// (Art. 61(2)): the note goes to the one of the organisation's kind as
	// entered (a note on the other would show as a hidden step's).
	if inc.Org.Kind.IsPublic() {
		step("pb.retention.public", "", r.RetentionNote)
	} else {
		step("pb.retention", "", r.RetentionNote)
	}
	step("pb.notice", "", r.Lawyer)
}
