package draft

import (
	"slices"
	"strings"

	"breachdesk/app/incident"
)

// publicJA is the announcement on the website (web) or to the press (press):
// the facts and the preventive measures, which the guideline recommends
// publishing, and the alternative measure of Art. 26(2) where individual
// notice is difficult. Date and sender head it (letterhead); a press release
// is addressed to 報道関係者各位.
func publicJA(b *builder) {
	v := b.v
	b.doc.Title = v.titleJA() + v.followTitleJA()
	b.doc.Letterhead = true
	from := v.orgName() + "\n" + v.representativeJA()
	if b.doc.Variant == VariantPress {
		b.section("letterhead", v.letterheadJA("報道関係者各位")...)
	} else {
		b.section("letterhead", p("date", v.dateJA(v.date)), p("from", from))
	}
	if since := v.sinceJA(); len(since) > 0 {
		b.section("opening", p("lead", since[0].text+v.apologyJA(false)))
		b.section("since", since[1:]...)
	} else {
		b.section("opening", p("lead", v.leadJA()))
	}
	b.section("summary", p("p1", v.publicSummaryJA()), p("period", v.periodJA()), p("history", v.historyJA()))
	b.section("data", v.dataJA()...)
	b.section("cause", v.causeTextJA()...)
	b.section("harm", v.harmJA()...)
	b.section("response", v.responseJA()...)
	switch {
	case v.clearedOfLeak():
		// Nothing leaked: no one to ask anything of, but the news of
		// the case brings impostors (89: an announcement that no access
		// was found still asked 「対象となる方」 to beware of fake mails).
		b.retitle = map[string]string{"request": "不審な連絡へのご注意"}
		b.section("request",
			p("caution", "本件に便乗し、"+v.weJA()+"や公的機関等を装った不審なメール、SMS、電話等が届くおそれがあります。身に覚えのない連絡には応じず、記載されたリンクや添付ファイルを開かないようお願いいたします。"),
			p("never-ask", v.weJA()+"から、お電話、メール、SMS等で、"+v.neverAskJA()+"等をお尋ねすることは一切ございません。"+v.noATMJA()))
	case !v.oneOnly(): // the one person is told what to do in person
		b.section("request", v.requestJA()...)
	}
	b.section("prevention", p("p1", v.preventionJA()))
	contact := v.contactJA(false)
	if v.unreachable() {
		contact = append([]para{p("instead", v.insteadJA())}, contact...)
	}
	if v.deceasedAffected() {
		contact = append(contact, p("bereaved", "亡くなられた方のご遺族からのお問い合わせにも、上記の窓口でお答えいたします。"))
	}
	if b.doc.Variant == VariantPress {
		contact = append(contact, p("press", "報道関係者の方のお問い合わせ先："+v.personJA(v.inc.People.PR, "広報担当の氏名と連絡先")))
	}
	b.section("contact", contact...)
	b.section("closing", p("apology", v.othersJA()+"多大なるご迷惑とご心配をおかけしておりますことを、重ねて深くお詫び申し上げます。"), p("ijo", "以上"))
}

// deceasedAffected: a set of deceased persons is affected. Their data is
// outside the duty to notify (APPI Art. 2(1)), so no notice reaches their
// families, who will ask (139: a hospital's records of some 3,100 dead
// patients): the announcement says the desk answers them too — practice,
// not a duty (the playbook's pb.deceased.bereaved, to confirm with counsel).
func (v *view) deceasedAffected() bool {
	for _, d := range v.inc.Affected(incident.DateOf(v.date.In(v.loc))) {
		if d.Deceased == incident.Yes {
			return true
		}
	}
	return false
}

// clearedOfLeak: every set is ruled out, on logs that cover the whole
// time the data lay open: the announcement tells that nothing leaked.
func (v *view) clearedOfLeak() bool {
	if _, none := v.ruledOut(); !none {
		return false
	}
	_, _, short := v.ruledOutOnShortLogs()
	return !short
}

// unreachable tells whether some persons cannot be told individually: the
// announcement then stands as their notice (APPI Art. 26(2) proviso, GDPR
// Art. 34(3)(c)), and the report says so.
func (v *view) unreachable() bool { return v.inc.NoticeUnreachable() == incident.Yes }

// insteadJA says for whom the announcement stands as the notice: the
// persons of the sets none of whom can be told (named), and those the
// company cannot reach among the others.
func (v *view) insteadJA() string {
	var s string
	if gone := v.unreachableSets(); len(gone) > 0 {
		s = v.whoJA(gone) + "に含まれる方につきましては、どなたが対象となるかを特定できない、又はご連絡先が分からないため、個別にご連絡することができません。"
		if v.inc.Risk.NoticeUnreachable == incident.Yes {
			s += "このほか、対象となる方のうち、ご連絡先が分からない等の理由により個別にご連絡できない方も含め、"
		}
	} else {
		s = "対象となる方のうち、ご連絡先が分からない等の理由により個別にご連絡できない方につきましては、"
	}
	if v.unidentifiable() {
		// Nothing held tells who they are (faces on camera, pages seen by
		// browsers): the desk cannot check it for anyone (104, 86).
		return s + "本公表をもちまして個別のご連絡に代えさせていただきます。ご不明な点は、下記の窓口までお問い合わせください。"
	}
	return s + "本公表をもちまして個別のご連絡に代えさせていただきます。ご自身の情報が対象に含まれるかどうかは、下記の窓口でお確かめいただけます。"
}

// identifyingItems are the items by which the desk could tell a caller
// whether they are among the persons of a set.
var identifyingItems = []string{"name", "address", "email", "phone", "customer_id", "staff_id", "birth_date",
	"passport_number", "drivers_license", "id_document_image", "my_number", "ssn", "pension_number",
	"health_insurance", "login_password", "login_password_payment", "card_number", "bank_account", "bank_account_pin", "finance_account"}

// unidentifiable: the announcement stands as the notice only for sets none
// of whose items tells who the persons are (footage, pages visited, cookie
// identifiers), and for no one else: no one can ask whether they are among
// them (the desk has nothing to look them up by).
func (v *view) unidentifiable() bool {
	gone := v.unreachableSets()
	if len(gone) == 0 || v.inc.Risk.NoticeUnreachable == incident.Yes {
		return false
	}
	for _, s := range gone {
		for _, c := range s.Categories {
			if slices.Contains(identifyingItems, c.ID) {
				return false
			}
		}
	}
	return true
}

// insteadEN is insteadJA in English.
func (v *view) insteadEN() string {
	var s string
	if gone := v.unreachableSets(); len(gone) > 0 {
		s = "We cannot reach the people of " + v.whoEN(gone) + " individually: we cannot tell who they are, or we do not know how to contact them. "
		if v.inc.Risk.NoticeUnreachable == incident.Yes {
			s += "Nor can we reach some of the others affected (for example, we hold no current contact details for them). "
		}
		if v.unidentifiable() {
			return s + "For them, this announcement takes the place of an individual notice. Questions may be put to the desk below." // see insteadJA
		}
		return s + "For them, this announcement takes the place of an individual notice. Anyone may ask the desk below whether their information is involved."
	}
	return "Some of those affected cannot be reached individually (for example, we hold no current contact details for them); for them, this announcement takes the place of an individual notice. Anyone may ask the desk below whether their information is involved."
}

// publicEN is the announcement in English.
func publicEN(b *builder) {
	v := b.v
	b.doc.Title = "Notice of a Personal Data Incident" + v.followTitleEN()
	b.doc.Letterhead = true
	var head []para
	if b.doc.Variant == VariantPress {
		head = append(head, p("press", "For immediate release"))
	}
	head = append(head, p("from", v.orgName()+"\n"+v.dateEN(v.date)))
	b.section("letterhead", head...)
	if _, none := v.ruledOut(); none {
		b.section("opening", p("lead", v.orgName()+" announces the outcome of its investigation: the personal information it had said may have been affected was not leaked. We sincerely apologize again for the concern this caused."))
	} else if since := v.sinceEN(); len(since) > 0 {
		b.section("opening", p("lead", since[0].text+" We sincerely apologize again to everyone affected for the concern and inconvenience this causes."))
		b.section("since", since[1:]...)
	} else if v.knew() == nil {
		// Before the knowing, as leadJA: the incident and the
		// investigation, not whose information was affected (F1042).
		b.section("opening", p("lead", v.orgName()+" announces that it has detected an incident and is investigating whether personal information was affected. We sincerely apologize for the concern and inconvenience this causes."))
	} else {
		b.section("opening", p("lead", v.orgName()+" announces that "+strings.TrimPrefix(v.happenedSubjectEN(), "")+". We sincerely apologize to everyone affected for the concern and inconvenience this causes."))
	}
	b.section("what-happened", p("p1", v.summaryEN()), p("period", v.periodEN()))
	b.section("what-info", v.dataEN()...)
	b.section("what-we-do", v.responseEN()...)
	switch {
	case v.clearedOfLeak():
		b.retitle = map[string]string{"what-you-can-do": "Beware of scams"}
		b.section("what-you-can-do",
			p("caution", "People pretending to be us or a public agency may use the news of this incident in e-mails, text messages or calls. Do not respond to messages you did not expect, and do not open their links or attachments."),
			p("never-ask", "We will never ask you for your "+v.neverAskEN()+" by phone, e-mail or text message."))
	case !v.oneOnly():
		b.section("what-you-can-do", v.requestEN()...)
	}
	var contact []para
	if v.unreachable() {
		contact = append(contact, p("instead", v.insteadEN()))
	}
	contact = append(contact, p("desk", v.contactEN()))
	if v.deceasedAffected() {
		contact = append(contact, p("bereaved", "We will also answer the families of deceased persons whose information was involved, at the contact above."))
	}
	if b.doc.Variant == VariantPress {
		contact = append(contact, p("press", "Media inquiries: "+v.personEN(v.inc.People.PR, "press contact")))
	}
	b.section("contact", contact...)
}
