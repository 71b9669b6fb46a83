package draft

import (
	"slices"
	"strings"

	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// noticeEN is the customer notice in English, under the title and headings
// California prescribes (Cal. Civ. Code 1798.82(d)), which also serve the other
// laws' notices; the additions of the template add what the assessment's
// obligations call for (estimated date, law-enforcement delay, credit bureaus,
// Massachusetts' police report and free security freeze, Korea's remedies).
func noticeEN(b *builder) {
	v := b.v
	if v.place == "US-MA" {
		noticeMAEN(b)
		return
	}
	b.openingEN()
	letter := b.doc.Variant == VariantLetter
	wh := []para{p("p1", v.summaryEN())}
	if b.addition("breach-date") {
		wh = append(wh, p("breach-date", v.breachDateEN()))
	} else {
		wh = append(wh, p("period", v.periodEN()))
	}
	if b.addition("police-delay") {
		wh = append(wh, p("police-delay", v.policeDelayEN()))
	}
	wh = append(wh, p("story", englishText(v.inc.Public.Summary)), p("took", v.noticeDelayEN()))
	if v.seenThroughOthers() {
		wh = append(wh, p("others", "Your own ID and password were not used: your information was viewed and taken through the accounts of other users that a third party had logged into."))
	}
	if v.readersAbroad() {
		wh = append(wh, p("zone", "The dates in this notice are "+v.zoneEN()+"."))
	}
	b.section("what-happened", wh...)
	info := v.dataEN()
	if b.addition("cn-harm") {
		info = append(info, p("cn-harm", v.possibleHarmEN()))
	}
	b.section("what-info", info...)
	b.section("what-we-do", v.responseEN()...)
	var you []para
	if b.addition("au-steps") {
		you = append(you, p("au-steps", "We recommend that you take the following steps in response to this incident."))
	}
	you = append(you, v.requestEN()...)
	if b.addition("ca-idtheft") && v.hasFlag("id_number") {
		// Owed for the persons whose government ID numbers (SSN, driver's
		// licence, passport …) were exposed, not to readers of a notice
		// about other items (106: the accounts' notice offered it to every
		// user in California, though only the identity documents' held
		// such numbers).
		you = append(you, p("ca-idtheft", upperFirst(v.ifLivingIn(v.placesOf("US-CA"), "California")+"we are offering you ")+v.fill("", "the identity theft prevention and mitigation service")+" free of charge for "+v.fill("", "period, at least 12 months")+". To enroll: "+v.fill("", "how to enroll, the enrollment code and the last day to enroll")+"."))
	}
	if us := []rules.Place{{Country: "US"}}; v.hasCategory("ssn") && v.hasCategory("salary") {
		// A Social Security number with wage data (a W-2 form, payroll
		// records) is what a fraudulent tax return needs (147).
		if some, _ := v.readersIn(us); some {
			you = append(you, p("us-tax-id", upperFirst(v.ifLivingIn(us, "the United States")+
				"because your Social Security number and your wage information were involved, someone could try to file a tax return in your name and claim a refund. You can ask the IRS for an Identity Protection PIN (irs.gov/ippin): once you have one, a return filed under your Social Security number without it is rejected. If your own electronic return is rejected because one was already filed under your number, file Form 14039, Identity Theft Affidavit, with the IRS.")))
		}
	}
	if p, ok := v.healthPlanEN(); ok {
		you = append(you, p)
	}
	if b.addition("credit-bureaus") {
		if cb := creditBureausEN(); cb != "" {
			you = append(you, p("credit-bureaus", upperFirst(v.ifLivingIn([]rules.Place{{Country: "US"}}, "the United States")+cb)))
		}
		you = append(you, p("credit-bureaus-addresses", v.fill("", "each agency's mailing address, from its own website")))
	}
	if b.addition("ny-agencies") {
		if ny := nyAgenciesEN(); ny != "" {
			you = append(you, p("ny-agencies", upperFirst(v.ifLivingIn(v.placesOf("US-NY"), "New York")+ny)))
		}
	}
	if b.addition("ma-rights") && !v.ownVersionHere("US-MA") { // the residents of Massachusetts get their own version
		you = append(you, p("ma-rights", upperFirst(v.ifLivingIn(v.placesOf("US-MA"), "Massachusetts")+
			"you have the right to obtain a police report about this incident. You may also place a security freeze on your credit report by asking each nationwide consumer reporting agency, which will want your full name, Social Security number, date of birth, recent addresses and proof of your identity; placing, lifting or removing a freeze costs nothing.")))
	}
	b.section("what-you-can-do", you...)
	more := []para{p("desk", v.contactEN())}
	if b.doc.Variant != VariantWeb {
		more = append(more, v.searchEN())
	}
	if b.addition("kr-remedy") {
		more = append(more, p("kr-remedy", "If you have suffered damage because of this incident, you may ask us for relief through the desk above. "+
			upperFirst(v.ifLivingIn(v.placesOf("KR"), "Korea")+"you may also apply for mediation to the Personal Information Dispute Mediation Committee of Korea.")))
	}
	if b.addition("ca-complaint") {
		more = append(more, p("ca-complaint", "If you are not satisfied with how we have handled your personal information, you may make a complaint to us through the desk above. "+
			upperFirst(v.ifLivingIn(v.placesOf("CA"), "Canada")+"you also have the right to file a complaint with the Office of the Privacy Commissioner of Canada.")))
	}
	b.section("more-info", more...)
	b.section("closing", p("signature", v.signatureEN(!letter)))
}

// healthPlanEN asks the readers in the United States whose health plan
// member numbers (the item health_insurance) were involved to read their
// explanation of benefits statements: with the number, someone can obtain
// care or prescriptions in their name, which shows first on those
// statements (medical identity theft; 162: members' claims pages, member
// IDs and prescriptions on a copier's drive were told only of phishing and
// credit freezes, F1187). A health plan (the insurance sector) asks to be
// told itself; any other company (an employer whose staff's plan numbers
// were in its files) sends them to their plan. false for no such item or no
// reader in the United States.
func (v *view) healthPlanEN() (para, bool) {
	us := []rules.Place{{Country: "US"}}
	is := func(c incident.Category) bool { return c.ID == "health_insurance" }
	if !slices.ContainsFunc(v.categoriesOf(), is) {
		return para{}, false
	}
	if some, _ := v.readersIn(us); !some {
		return para{}, false
	}
	ask := "review the explanation of benefits statements you receive from your health plan, and if one lists a visit, service or prescription you did not receive, call the plan at the member services number on your insurance card."
	if v.inc.Org.Sector == "insurance" {
		ask = "review the explanation of benefits statements you receive from us, and if one lists a visit, service or prescription you did not receive, tell us at the contact below."
	}
	return p("us-health-plan", v.forWhomOfEN(is, "health plan member numbers")+upperFirst(v.ifLivingIn(us, "the United States")+
		"someone could use your health plan member number to obtain medical care or prescriptions in your name. Please "+ask)), true
}

// readersAbroad: every place the notice's readers are recorded to live in
// is outside the countries where the organisation is established, so that
// the dates the notice gives (the incident's days, in its time zone) may
// not be their days: a Tokyo company's "February 24" is a Californian's
// February 23 evening.
func (v *view) readersAbroad() bool {
	home := map[string]bool{}
	for _, c := range v.inc.Org.Establishments {
		home[strings.ToUpper(strings.TrimSpace(c))] = true
	}
	if len(home) == 0 {
		return false
	}
	any := false
	for _, s := range v.data() {
		for _, r := range s.Residence {
			if home[r.Country] {
				return false
			}
			any = true
		}
	}
	return any
}

// possibleHarmEN tells the persons what harm the information could bring
// them and whether misuse has been seen (PIPL Art. 57(1)(1): the possible
// harm belongs in the notice); the company's note on the harm is Japanese
// text for its own reports and is not quoted.
func (v *view) possibleHarmEN() string {
	if v.lossOnly() {
		return v.lostHarmEN() // nobody holds it to misuse it (as harmJA)
	}
	var risks []string
	if v.hasFlag("card") {
		risks = append(risks, "fraudulent card payments")
	}
	if v.cause() == incident.CauseCredentialStuffing {
		if v.credentialsConcern() {
			risks = append(risks, "someone logging in to other services where you use the same ID and password")
		}
	} else if v.hasFlag("password") {
		risks = append(risks, "someone logging in to your account")
	}
	if (v.hasCategory("email") || v.hasCategory("phone") || v.hasCategory("address")) && !v.knownRecipients() {
		risks = append(risks, "fraudulent messages, calls or letters that use it to seem genuine")
	}
	if v.hasFlag("sensitive") || v.hasFlag("health") || v.hasFlag("gdpr_special") {
		risks = append(risks, "distress or discrimination if sensitive information becomes known")
	}
	if v.childrenFindable() {
		risks = append(risks, "approaches to your child by someone who now knows where they live")
	}
	if slices.ContainsFunc(v.categoriesOf(), isBiometric) {
		// As in Japanese (harmJA): a template cannot be changed.
		risks = append(risks, "someone posing as you where the same kind of biometric recognition is used (biometric templates, unlike passwords, cannot be changed)")
	}
	if v.identityDocsJA() != "" {
		risks = append(risks, "someone posing as you with your identity document details, for example to open accounts or sign contracts")
	}
	s := "This information could be misused"
	if len(risks) > 0 {
		s += ", for example for " + joinEN(risks, "")
	}
	s += ". "
	switch v.inc.Risk.SecondaryHarm {
	case incident.Yes:
		// Item 5 of Rules Art. 8(1) is the harm and what it is (F91);
		// public.harm is Japanese and is never quoted in English.
		s += "We have seen signs that it is being misused: " + v.fill("", "what misuse has been seen, in words for the persons") + "."
	case incident.No:
		s += "We have found no misuse of it so far."
	default:
		s += "We are still checking whether it has been misused."
	}
	return s
}

// breachDateEN: the date or estimated date range of the breach.
func (v *view) breachDateEN() string {
	if s, ok := v.lostWhen(); ok {
		return v.occurredSpanEN(s) // the first event is not the loss (F947)
	}
	if w := v.enteredWindow(); w.From != "" {
		s := "The breach began on or about " + dayEN(w.From)
		if w.To != "" {
			s += " and ended on or about " + dayEN(w.To)
		}
		return s + "."
	}
	in, ok := v.first(incident.EvIntrusion)
	if !ok {
		return "Date of the breach: " + v.fill("漏えい等の発生日（推定）", "date or estimated date of the breach") + "."
	}
	s := "The breach began on or about " + strings.TrimPrefix(v.evDateEN(in), "about ")
	// It ended with the last unauthorised act found; else what was lost
	// came back; else it was contained, which is not told as its end: the
	// acts may have stopped before (159: activity until 18 May, found by
	// the investigation; the account disabled on 24 May; F1150).
	if last, ok := v.first(incident.EvLastAct); ok && !last.At.Before(in.At) {
		return s + " and ended " + v.endOnEN(last) + "."
	}
	end, ok := v.first(incident.EvContained)
	verb := " and was contained "
	if r, back := v.first(incident.EvRetrieved); back && (!ok || r.At.Before(end.At)) && !retrievedPart(r) && !v.retrievedElsewhere(r) {
		end, ok, verb = r, true, " and ended " // what was lost came back
	}
	if ok && end.At.After(in.At) {
		s += verb + v.endOnEN(end)
	}
	return s + "."
}

// endOnEN is the day an end is told by: "around <day>" for an event about
// a time of day, "on or about <day>" for an approximate day, "in <month>"
// for a month or a year, else "on <day>".
func (v *view) endOnEN(e incident.Event) string {
	switch {
	case e.AboutTime():
		return v.onEN(e)
	case e.Precision == incident.Approx:
		return "on or about " + strings.TrimPrefix(v.evDateEN(e), "about ")
	case e.Precision == incident.Month || e.Precision == incident.Year:
		return "in " + v.evDateEN(e)
	}
	return "on " + v.evDateEN(e)
}

// policeDelayEN: whether a law-enforcement investigation delayed this notice.
func (v *view) policeDelayEN() string {
	switch v.inc.Risk.LawEnforcementDelay {
	case incident.Yes:
		return "This notice was delayed at the request of a law enforcement agency so as not to impede its investigation."
	case incident.No:
		return "This notice was not delayed by a law enforcement investigation."
	}
	return "Law enforcement delay: " + v.fill("法執行機関の要請による通知の遅延の有無", "whether a law enforcement investigation delayed this notice") + "."
}

// nyAgenciesEN: the agencies New York's law has a notice name, from the
// templates file.
func nyAgenciesEN() string {
	f, err := templates()
	if err != nil || len(f.NYAgencies.Lines) == 0 {
		return ""
	}
	return "you may contact the following for information on identity theft prevention and protection, and on what to do after a security breach:\n" + strings.Join(f.NYAgencies.Lines, "\n")
}

// creditBureausEN: the three bureaus, from the templates file.
func creditBureausEN() string {
	f, err := templates()
	if err != nil || len(f.CreditBureaus.Lines) == 0 {
		return ""
	}
	return "you may place a fraud alert or a security freeze on your credit file, free of charge, by contacting the nationwide credit reporting agencies:\n" + strings.Join(f.CreditBureaus.Lines, "\n")
}

// retrievedPart: the retrieval brought back only part of what went; it
// ends nothing.
func retrievedPart(e incident.Event) bool {
	_, _, some := e.RetrievedSome()
	return some
}

// openingEN starts an English notice, the common one or a place's: its
// title, a letter's date and the opening paragraph.
func (b *builder) openingEN() {
	b.doc.Title = "Notice of Data Breach"
	if b.v.handlingOnly() {
		b.doc.Title = "Notice About the Handling of Your Personal Information" // as titleJA
	}
	if b.doc.Variant == VariantLetter {
		b.doc.Letterhead = true
		b.section("letterhead", p("date", b.v.dateEN(b.v.date)))
	}
	b.section("opening",
		p("lead", "We are writing to tell you about an incident that involves your personal information, what we are doing about it and what you can do. We sincerely apologize for the concern and inconvenience this causes you."))
}
