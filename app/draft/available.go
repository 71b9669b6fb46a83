package draft

import (
	"slices"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// Available lists the documents that apply to the facts, in the order a user
// needs them, one Spec per kind, language and addressee (variants: see
// Variants), undated (Build and BuildAll date each at its own event):
//   - the customer notice in Japanese, unless a processor is exempt from it
//     by its notice to the entrustor; in English when a law other than Japan's
//     and the card rules applies. One notice per data set (Spec.Set) when the
//     persons of several sets are told apart: each person is told of the data
//     of their own set (see Audiences); and in English for the residents of a
//     place whose law forbids what the common notice tells (Spec.Place,
//     Massachusetts: ownVersions);
//   - the PPC 速報 and 確報 when Japan's law applies and the case is (or may be)
//     reportable and not lifted by the processor's exemption;
//   - the written report to each authority that ordered one (a ministry, or
//     the regulator itself) and to each ministry among the parties that does
//     not receive the PPC's reports by delegation (Spec.Party), or one when
//     an order names no party;
//   - the GDPR Art. 33 report when the EU or UK law applies, one to each
//     authority (Spec.Place "EU", "UK") when both do; Art. 34 when its
//     notice to persons applies (one letter to the persons, whichever law
//     requires it);
//   - the statement to the OAIC when Australia's law makes the breach an
//     eligible data breach (Privacy Act s26WK);
//   - a notice to each entrustor of an affected processor data set, and to
//     each entrustor already told (Spec.Party);
//   - the police memo when the police are recommended or already consulted;
//   - the card company notice when card data is involved or card rules apply;
//   - the public announcement, in English too when the notice is.
func Available(inc *incident.Incident, a assess.Assessment) []Spec {
	inc = inc.Done()
	v := &view{inc: inc, a: a}
	var out []Spec
	add := func(k Kind, lang, vr, party, set string) {
		out = append(out, Spec{Kind: k, Lang: lang, Variant: vr, Party: party, Set: set})
	}
	en := false
	for _, j := range a.Jurisdictions {
		if !japanese(j.ID) && j.ID != "CARDS" && j.Applies == assess.Yes {
			en = true
		}
	}
	// Persons living abroad are told in English too, whether or not a law
	// of their country is held here or known to apply: the notice is owed to
	// them under APPI Art. 26(2) all the same.
	if !en && livesAbroad(inc) {
		en = true
	}
	audiences := Audiences(inc, a)
	if _, none := v.ruledOut(); !none && !exempt(v.obligation("jp.notice.persons")) {
		for _, set := range audiences {
			add(KindNotice, JA, VariantEmail, "", set)
		}
	}
	if _, none := v.ruledOut(); en && !none {
		for _, set := range audiences {
			add(KindNotice, EN, VariantEmail, "", set)
		}
		// The residents of a place whose law forbids what the common
		// notice tells get a version of their own (ownVersions).
		for _, set := range audiences {
			if v.ownVersionFor("US-MA", set) {
				out = append(out, Spec{Kind: KindNotice, Lang: EN, Variant: VariantEmail, Set: set, Place: "US-MA"})
			}
		}
	}
	// The PPC report form follows Rules Art. 8, in force from 2022-04-01: a
	// situation known earlier (reporting encouraged by the 2017 Notice) gets
	// no such draft, whose items and citations would not be the law of its day.
	// A case with My Number goes to the PPC under the My Number Act too: when
	// reportable under it, or when its guidelines ask for a report anyway.
	mn := v.jur("JP-MN")
	mnReport := mn != nil && mn.Applies == assess.Yes && (mn.Reportable != assess.No &&
		v.obligation("jn.report.prelim") != nil && !exempt(v.obligation("jn.report.prelim")) || v.obligationApplies("jn.report.voluntary"))
	if jp := v.jur("JP"); mnReport || jp != nil && jp.Applies == assess.Yes && jp.Reportable != assess.No &&
		v.obligation("jp.report.prelim") != nil && !exempt(v.obligation("jp.report.prelim")) {
		add(KindPPC, JA, VariantPrelim, "", "") // the 確報 is its other variant
	} else if v.closingOwed("jp.report.final.ruledout") || v.closingOwed("jp.report.final.ruledout.60") || v.notReportableAfterPrelim() {
		add(KindPPC, JA, VariantFinal, "", "") // the 確報 that closes a 速報 on a case ruled out, or found not reportable (F94)
	}
	for _, id := range reportedTo(inc) {
		if japanOut(a) && !slices.Contains(inc.Org.Establishments, "JP") && !orderedBy(inc, id) {
			// The report to a 所管省庁 is a Japanese duty in a Japanese
			// form: an organisation established abroad only, which Japan's
			// law does not reach, sends none to an authority it only told
			// (151: a Finnish company's health care supervisor was sent
			// 「Valvira … 御中」 with 「貴庁」). A company in Japan keeps its
			// ministry's report whatever the APPI's date (17, 2016).
			// An order it made keeps its draft until one of its own exists
			// (F402).
			continue
		}
		add(KindMinistry, JA, VariantNone, id, "")
		out = append(out, ministryFollowUps(Spec{Kind: KindMinistry, Lang: JA, Variant: VariantNone, Party: id}, inc, a.Now)...)
	}
	switch eu, uk := v.obligationApplies("eu.art33.report"), v.obligationApplies("uk.art33.report"); {
	case eu && uk:
		// One notification to each authority, each with its own law's
		// duty, filings and timing (Spec.Place); a case under one law
		// keeps its one document and its id.
		for _, place := range gdprPlaces {
			out = append(out, Spec{Kind: KindGDPR33, Lang: EN, Place: place})
		}
	case eu || uk:
		add(KindGDPR33, EN, VariantNone, "", "")
	}
	if v.obligationApplies("eu.art34.persons") || v.obligationApplies("uk.art34.persons") {
		add(KindGDPR34, EN, VariantNone, "", "")
	}
	if v.obligationApplies("au.notify.oaic") {
		add(KindNDB, EN, VariantNone, "", "")
	}
	for _, e := range entrustorsTold(inc) {
		add(KindEntrustor, JA, VariantNone, e, "")
	}
	if _, consulted := inc.FirstEvent(incident.EvPolice); consulted || v.obligationApplies("jp.police") {
		add(KindPolice, JA, VariantNone, "", "")
		if policeAbroad(inc) {
			add(KindPolice, EN, VariantNone, "", "")
		}
	}
	if v.jurApplies("CARDS") || inc.Org.CardMerchant && hasCardData(inc) && !ruledOutByTests(a, "CARDS") {
		add(KindCard, JA, VariantNone, "", "")
		if cardAbroad(inc, en) {
			add(KindCard, EN, VariantNone, "", "")
		}
	}
	add(KindPublic, JA, VariantWeb, "", "")
	out = append(out, followUps(Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb}, inc, a.Now)...)
	if en {
		add(KindPublic, EN, VariantWeb, "", "")
		out = append(out, followUps(Spec{Kind: KindPublic, Lang: EN, Variant: VariantWeb}, inc, a.Now)...)
	}
	return out
}

// livesAbroad: an affected data set names a country other than Japan among
// its persons' residences (with persons, or their number unknown).
func livesAbroad(inc *incident.Incident) bool {
	for _, d := range inc.Affected("") {
		for _, r := range d.Residence {
			if r.Country != "" && r.Country != "JP" && (!r.Persons.Known || r.Persons.N > 0) {
				return true
			}
		}
	}
	return false
}

// Audiences are the data sets whose persons get notices of their own, as
// ids for Spec.Set: none at all when no one can be told individually (every
// set's persons unreachable); "" alone (one notice for everyone) when the
// persons of one set only are told; else each affected set whose persons are told
// (not those a processor's notice to the entrustor exempts). The persons of
// a set that is part of another (the members whose card data leaked, within
// the members) get that set's notice, which tells them of both; the others of
// the outer set get its notice, which says that a part of them (how many)
// had more data affected and are told apart.
func Audiences(inc *incident.Incident, a assess.Assessment) []string {
	inc = inc.Done()
	v := &view{inc: inc, a: a, sets: newSets(inc)}
	sets := noticeSets(v)
	if len(sets) == 0 {
		return nil // no one to write to: the announcement is the notice
	}
	if len(sets) < 2 {
		return []string{""}
	}
	var out []string
	for _, s := range sets {
		out = append(out, s.ID)
	}
	return out
}

// reportedTo are the parties a written report goes to: those that ordered
// one (an order naming none: "", when no ministry is entered), and the
// ministries not marked as receiving the PPC's reports by delegation.
// japanOut: the assessment found that Japan's law does not apply.
func japanOut(a assess.Assessment) bool {
	return slices.ContainsFunc(a.NotApplicable, func(n assess.NotApplicable) bool { return n.ID == "JP" })
}

// orderedBy: an authority's order on the timeline comes from the party.
func orderedBy(inc *incident.Incident, party string) bool {
	for _, e := range inc.EventsOf(incident.EvMinistryOrder) {
		if e.Party == party {
			return true
		}
	}
	return false
}

func reportedTo(inc *incident.Incident) []string {
	var out []string
	ordered := map[string]bool{}
	for _, e := range inc.EventsOf(incident.EvMinistryOrder) {
		ordered[e.Party] = true
	}
	for _, p := range inc.Parties {
		if ordered[p.ID] || p.Kind == incident.PartyMinistry && p.Delegated != incident.Yes {
			out = append(out, p.ID)
		}
	}
	if ordered[""] && len(inc.PartiesOf(incident.PartyMinistry)) == 0 {
		out = append(out, "")
	}
	return out
}

// entrustorsTold are the entrustors of the affected processor sets, and those
// already told (a notice on the timeline names them): a notice sent stays
// listed, as it was sent, when its data set was later ruled out.
func entrustorsTold(inc *incident.Incident) []string {
	out := entrustorsOf(inc, "")
	for _, e := range inc.EventsOf(incident.EvEntrustorNotice) {
		if p, ok := inc.Party(e.Party); ok && p.Kind == incident.PartyEntrustor && !slices.Contains(out, e.Party) {
			out = append(out, e.Party)
		}
	}
	return out
}

func exempt(o *assess.Obligation) bool { return o != nil && o.State == assess.StateExempt }

// hasCardData: a card category is affected (by id: Available works without the rules).
// ruledOutByTests: the engine found that jur does not apply, its tests of
// application all failing (not for want of a rule for the date): card data
// kept only in part (the last four digits, F98) makes no card letter.
func ruledOutByTests(a assess.Assessment, jur string) bool {
	return slices.ContainsFunc(a.NotApplicable, func(n assess.NotApplicable) bool { return n.ID == jur && !n.NoRules })
}

func hasCardData(inc *incident.Incident) bool {
	for _, d := range inc.Affected("") {
		if slices.ContainsFunc(d.Categories, func(c incident.Category) bool { return c.ID == "card_number" || c.ID == "card_cvv" }) {
			return true
		}
	}
	return false
}

// japanese: Japan's laws (APPI, and the My Number Act for data including My
// Number), whose persons are told in Japanese.
func japanese(jur string) bool { return jur == "JP" || jur == "JP-MN" }

// closingOwed: the report that closes a 速報 on a case ruled out is
// recommended, or would be on either reading of the unlawful purpose not
// yet answered (30 or 60 days: 89, a flaw reported through IPA, whose
// closing report was not offered at all while that question was open). Its
// text is the same on both readings; only its deadline differs.
func (v *view) closingOwed(id string) bool {
	o := v.obligation(id)
	return o != nil && o.Applies != assess.No && o.State != assess.StateExempt && o.State != assess.StateNotRequired
}
