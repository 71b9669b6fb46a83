package draft

import (
	"breachdesk/app/assess"
	"breachdesk/app/incident"
	"slices"
)

// Available lists the documents that apply to the facts, in the order a user
// needs them, one Spec per kind and language (variants: see Variants):
//   - the customer notice in Japanese, unless a processor is exempt from it
//     by its notice to the entrustor; in English when a law other than Japan's
//     and the card rules applies;
//   - the PPC 速報 and 確報 when Japan's law applies and the case is (or may be)
//     reportable and not lifted by the processor's exemption;
//   - the ministry report when the sector has a ministry or one ordered a report;
//   - the GDPR Art. 33 report when the EU or UK law applies, Art. 34 when its
//     notice to persons applies;
//   - the entrustor notice when the organisation is a processor;
//   - the police memo when the police are recommended or already consulted;
//   - the card company notice when card data is involved or card rules apply;
//   - the public announcement, in English too when the notice is.
func Available(inc *incident.Incident, a assess.Assessment) []Spec {
	v := &view{inc: inc, a: a}
	var out []Spec
	add := func(k Kind, lang string, vr string) { out = append(out, Spec{Kind: k, Lang: lang, Variant: vr}) }
	en := false
	for _, j := range a.Jurisdictions {
		if j.ID != "JP" && j.ID != "CARDS" && j.Applies == assess.Yes {
			en = true
		}
	}
	if !exempt(v.obligation("jp.notice.persons")) {
		add(KindNotice, JA, VariantEmail)
	}
	if en {
		add(KindNotice, EN, VariantEmail)
	}
	// The PPC report form follows Rules Art. 8, in force from 2022-04-01: a
	// situation known earlier (reporting encouraged by the 2017 Notice) gets
	// no such draft, whose items and citations would not be the law of its day.
	if jp := v.jur("JP"); jp != nil && jp.Applies == assess.Yes && jp.Reportable != assess.No &&
		v.obligation("jp.report.prelim") != nil && !exempt(v.obligation("jp.report.prelim")) {
		add(KindPPC, JA, VariantPrelim) // the 確報 is its other variant
	}
	if _, ordered := inc.FirstEvent(incident.EvMinistryOrder); ordered || partyName(inc, incident.PartyMinistry) != "" {
		add(KindMinistry, JA, VariantNone)
	}
	if v.obligationApplies("eu.art33.report") || v.obligationApplies("uk.art33.report") {
		add(KindGDPR33, EN, VariantNone)
	}
	if v.obligationApplies("eu.art34.persons") || v.obligationApplies("uk.art34.persons") {
		add(KindGDPR34, EN, VariantNone)
	}
	if slices.ContainsFunc(inc.Affected(""), func(d *incident.DataSet) bool { return d.Role == incident.Processor }) {
		add(KindEntrustor, JA, VariantNone)
	}
	if _, consulted := inc.FirstEvent(incident.EvPolice); consulted || v.obligationApplies("jp.police") {
		add(KindPolice, JA, VariantNone)
	}
	if v.jurApplies("CARDS") || inc.Org.CardMerchant && hasCardData(inc) {
		add(KindCard, JA, VariantNone)
	}
	add(KindPublic, JA, VariantWeb)
	if en {
		add(KindPublic, EN, VariantWeb)
	}
	return out
}

func exempt(o *assess.Obligation) bool { return o != nil && o.State == assess.StateExempt }

// hasCardData: a card category is affected (by id: Available works without the rules).
func hasCardData(inc *incident.Incident) bool {
	for _, c := range digestOf(inc).Categories {
		if c.ID == "card_number" || c.ID == "card_cvv" {
			return true
		}
	}
	return false
}
