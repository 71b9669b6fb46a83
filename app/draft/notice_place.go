package draft

import (
	"slices"
	"strings"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// The places whose residents get a notice of their own, because their law
// forbids what the common notice tells: Massachusetts's notice to its
// residents "shall not include the nature of the breach or unauthorized
// acquisition or use or the number of residents of the commonwealth
// affected" (M.G.L. c. 93H § 3(b); checklists/us-ma.json,
// us-ma.notice.persons, with its sources). Each maps to the duty that owes
// it and how the document list names its readers.
var ownVersions = map[string]struct {
	duty, readers string
	omit          []string // the template's sections the version leaves out, though the common notice needs them
}{
	"US-MA": {"us-ma.notice.persons", "Massachusetts residents", []string{"what-happened"}},
}

// omitted: the document is a place's own version, which leaves out the
// template's section id.
func omitted(d Document, id string) bool {
	o, ok := ownVersions[d.Place]
	return ok && slices.Contains(o.omit, id)
}

// ownVersion: the jurisdiction's residents get a version of their own.
func ownVersion(jur string) bool {
	_, ok := ownVersions[jur]
	return ok
}

// placeResidentsEN names the readers of a place's own version.
func placeResidentsEN(place string) string {
	if o, ok := ownVersions[place]; ok {
		return o.readers
	}
	return place
}

// ownVersionFor: the place's own version of the notice is owed for the
// persons of set ("" the notice to everyone): its duty applies, and for a
// set told apart, the set is among those the duty is owed for (the sets
// that may hold its residents).
func (v *view) ownVersionFor(place, set string) bool {
	o, ok := ownVersions[place]
	if !ok || !v.obligationApplies(o.duty) {
		return false
	}
	return set == "" || slices.Contains(v.obligation(o.duty).Sets, set)
}

// ownVersionHere: the document is a common English notice whose readers
// living in place get that place's own version instead, so it leaves out
// what only they are told.
func (v *view) ownVersionHere(place string) bool {
	if v.place != "" || v.kind != KindNotice {
		return false
	}
	set := ""
	if v.reader != nil {
		set = v.reader.ID
	}
	return v.ownVersionFor(place, set)
}

// noticeMAEN is the notice to the residents of Massachusetts: the items
// of § 3(b) (the right to a police report, how to request a security
// freeze, the information it needs, that it costs nothing), the credit
// monitoring § 3A offers where SSNs are involved, the name of the parent
// or affiliated corporation, and the kinds of information involved; never
// the nature of the breach (what happened, how, when) nor how many were
// affected. What the company did is told in general words for the same
// reason: the common notice's account of containment tells how it
// happened (a setting corrected, a recipient asked to delete).
func noticeMAEN(b *builder) {
	v := b.v
	b.openingEN()
	letter := b.doc.Variant == VariantLetter
	b.section("what-info", v.dataMAEN()...)
	b.section("what-we-do", p("ma-steps", "We have taken steps to address the incident and to protect your information, and we are reviewing our safeguards."))
	you := v.requestEN()
	if v.obligationApplies("us-ma.monitoring") && v.hasCategory("ssn") { // § 3A: for the residents whose SSN was involved
		you = append(you, p("ma-monitoring", "We are offering you credit monitoring services free of charge for "+v.fill("", "period, at least 18 months")+", provided by "+v.fill("", "the provider")+". To enroll: "+v.fill("", "how to enroll, the enrollment code and the last day to enroll")+". You do not have to give up any legal right to accept this offer."))
	}
	if cb := creditBureausEN(); cb != "" {
		you = append(you, p("credit-bureaus", upperFirst(cb)))
	}
	you = append(you, p("credit-bureaus-addresses", v.fill("", "each agency's mailing address, from its own website")))
	you = append(you, p("ma-rights", "You have the right to obtain a police report about this incident. You may also place a security freeze on your credit report by asking each nationwide consumer reporting agency, which will want your full name, Social Security number, date of birth, recent addresses and proof of your identity; placing, lifting or removing a freeze costs nothing."))
	b.section("what-you-can-do", you...)
	more := []para{p("desk", v.contactEN())}
	if b.doc.Variant != VariantWeb {
		more = append(more, v.searchEN())
	}
	b.section("more-info", append(more,
		p("ma-parent", v.fill("", "if we are owned by another company, the name of our parent or affiliated corporation; otherwise delete this paragraph")))...)
	b.section("closing", p("signature", v.signatureEN(!letter)))
}

// dataMAEN: the kinds of information involved, for each group of readers,
// without the number of persons (§ 3(b)).
func (v *view) dataMAEN() []para {
	verb := "was involved"
	if v.possible() && v.cause() != incident.CauseMisconfiguration {
		verb = "may have been involved"
	}
	if v.several() {
		var lines []string
		for _, s := range v.scope {
			lines = append(lines, "- "+v.setNameEN(s)+": "+joinEN(v.itemNamesEN(s.Categories), "still under investigation"))
		}
		return []para{p("items", "The information that "+verb+" differs by group of people:\n"+strings.Join(lines, "\n"))}
	}
	ps := []para{p("items", v.itemsLeadEN(verb)+v.categoriesEN()+".")}
	if ni := v.notInvolvedEN(); ni != "" {
		ps = append(ps, p("not-involved", "The incident did not involve your "+ni+"."))
	}
	return ps
}

// ownVersionNotSent names each set owed a place's own version of the notice
// whose persons are recorded as told by a notice to all of them (no
// jurisdiction) and never by that version (a notice to the persons with
// the place as its jurisdiction) (CodeOwnVersionNotSent).
func (l *linter) ownVersionNotSent() {
	places := make([]string, 0, len(ownVersions))
	for pl := range ownVersions {
		places = append(places, pl)
	}
	slices.Sort(places)
	for _, place := range places {
		_, ob := lawObligation(&l.a, ownVersions[place].duty)
		if ob == nil || ob.Applies != assess.Yes {
			continue
		}
		for _, id := range ob.Sets {
			common, own, elsewhere := false, false, ""
			for _, e := range l.inc.Events {
				if e.Kind != incident.EvNoticePersons || e.Planned || len(e.Sets) > 0 && !slices.Contains(e.Sets, id) {
					continue
				}
				switch e.Jurisdiction {
				case place:
					own = true
				case "":
					common = true
				default:
					// Another place's version (a Japanese notice recorded for
					// JP to a set with staff posted to Massachusetts) tells
					// what happened as much as the common one (F622).
					elsewhere = e.Jurisdiction
				}
			}
			if !common && elsewhere == "" || own {
				continue
			}
			d, ok := l.inc.DataSet(id)
			if !ok {
				continue
			}
			name := setLabel(d)
			if !common {
				l.add(CodeOwnVersionNotSent, SeverityWarning, "", "", txt(
					"「"+name+"」にはマサチューセッツ州の居住者が含まれますが、本人への通知は"+elsewhere+"向けの通知だけが送付済みとして記録されています。その通知は何が起きたか（侵害の性質）と人数を記載しており、同州法は居住者への通知にそれらを記載することを禁じています（第93H章第3条(b)）。同州の居住者には文書一覧の「Massachusetts residents」版を送り、法域を US-MA として本人への通知を記録してください。"+elsewhere+"向けの通知が同州の居住者にも届いているなら、その扱いを法律家に確認してください。",
					"\""+name+"\" includes residents of Massachusetts, but the persons are recorded as told only by a notice for "+elsewhere+". That notice tells what happened and how many were affected, which Massachusetts forbids in the notice to its residents (M.G.L. c. 93H, § 3(b)). Send them the \"Massachusetts residents\" version from the list of documents and record it as a notice to the persons with the jurisdiction US-MA. If the notice for "+elsewhere+" reached Massachusetts residents as well, ask counsel what to do about it."))
				continue
			}
			l.add(CodeOwnVersionNotSent, SeverityWarning, "", "", txt(
				"「"+name+"」にはマサチューセッツ州の居住者が含まれますが、本人への通知は共通の通知（法域の指定なし）だけが送付済みとして記録されています。共通の通知は何が起きたか（侵害の性質）と人数を記載していますが、同州法は居住者への通知にそれらを記載することを禁じています（第93H章第3条(b)）。同州の居住者には文書一覧の「Massachusetts residents」版を送り、法域を US-MA として本人への通知を記録してください。共通の通知が同州の居住者にも届いているなら、その扱いを法律家に確認してください。",
				"\""+name+"\" includes residents of Massachusetts, but the persons are recorded as told only by the common notice (no jurisdiction). The common notice tells what happened and how many were affected, which Massachusetts forbids in the notice to its residents (M.G.L. c. 93H, § 3(b)). Send them the \"Massachusetts residents\" version from the list of documents and record it as a notice to the persons with the jurisdiction US-MA. If the common notice reached Massachusetts residents as well, ask counsel what to do about it."))
		}
	}
}
