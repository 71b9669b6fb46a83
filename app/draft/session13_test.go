package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// F177 (57): charges were made through a payment app on the cards its
// users had registered, but the card numbers were shown masked, so no card
// paragraph asked anyone to check a statement. The ID and password of a
// service with payment functions ask the persons to check their use of the
// service and the statements of what is registered with it; those of a
// service without payment functions do not.
func TestPaymentLoginsAskToCheckUseAndStatements(t *testing.T) {
	inc := scenarios(t)["57-payment-app-credential-stuffing-charges"].Clone()
	ja, en := noticeText(t, inc, JA), noticeText(t, inc, EN)
	if !strings.Contains(ja, "身に覚えのないご利用がないか、当社のサービスのご利用履歴と、ご登録のクレジットカード・銀行口座等のご利用明細をご確認ください。") {
		t.Errorf("JA:\n%s", ja)
	}
	if !strings.Contains(en, "Please check your history of use of our service, and the statements of the cards or bank accounts registered with it") {
		t.Errorf("EN:\n%s", en)
	}
	for i := range inc.DataSets {
		for j := range inc.DataSets[i].Categories {
			if c := &inc.DataSets[i].Categories[j]; c.ID == "login_password_payment" {
				c.ID = "login_password"
			}
		}
	}
	if ja := noticeText(t, inc, JA); strings.Contains(ja, "ご利用明細") {
		t.Errorf("no payment functions, JA still asks for statements:\n%s", ja)
	}
	if en := noticeText(t, inc, EN); strings.Contains(en, "statements of the cards") {
		t.Errorf("no payment functions, EN still asks for statements:\n%s", en)
	}
}

// F177 (57): the contact with the card companies, recorded as a free event
// whose party is a card company, was in no document; the PPC report lists
// it among the contacts with other bodies. A free event with another party
// (a recipient, an insurer) is not turned into a contact.
func TestCardContactRecordedAsFreeEventIsReported(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["57-payment-app-credential-stuffing-charges"].Clone()
	report := func() string {
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		return docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs)
	}
	const line = "・2025年7月3日　カード会社各社（登録カードの発行会社）へ連絡"
	if r := report(); !strings.Contains(r, line) {
		t.Errorf("report:\n%s", r)
	}
	for i := range inc.Parties {
		if inc.Parties[i].Kind == incident.PartyCard {
			inc.Parties[i].Kind = incident.PartyOther
		}
	}
	if r := report(); strings.Contains(r, line) {
		t.Errorf("a free event with another party is told as a contact:\n%s", r)
	}
}

// 60's English notice to its users listed "…, and [the exchanges between
// users] (22,239 people)." at the end of the items: read as the count of
// everyone. An item only some persons had says so, as 「うち22,239名」 does.
func TestItemOfSomePersonsSaysSoInEnglish(t *testing.T) {
	inc := scenarios(t)["60-group-subcontractor-pc-shared-auth"].Clone()
	rs := mustRules(t)
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	en := strings.Join(strings.Fields(docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}, inc, a, rs)), " ")
	if !strings.Contains(en, "(for 22,239 of the people involved)") || strings.Contains(en, "(22,239 people)") {
		t.Errorf("EN:\n%s", en)
	}
}

// A sentence a foreign law asks of a notice goes to the readers who may
// live under it: 60's business contacts, all in Japan, were told of Korea's
// mediation committee because the group's staff in Korea are in the case;
// readers of several countries are told "If you live in Korea"; readers
// all in Korea are told it plainly (20's Korean group staff).
func TestForeignLawSentencesGoToItsResidents(t *testing.T) {
	rs := mustRules(t)
	letter := func(name, set string) string {
		inc := scenarios(t)[name]
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		return strings.Join(strings.Fields(docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: set}, inc, a, rs)), " ")
	}
	const committee = "Personal Information Dispute Mediation Committee of Korea"
	if en := letter("60-group-subcontractor-pc-shared-auth", "d2"); strings.Contains(en, committee) {
		t.Errorf("business contacts in Japan told of Korea's committee:\n%s", en)
	}
	if en := letter("60-group-subcontractor-pc-shared-auth", "d3"); !strings.Contains(en, "If you live in Korea, you may also apply for mediation to the "+committee) {
		t.Errorf("staff in Japan and Korea:\n%s", en)
	}
	if en := letter("20-messaging-subcontractor-two-orders", "d5"); !strings.Contains(en, "above. You may also apply for mediation to the "+committee) {
		t.Errorf("staff all in Korea:\n%s", en)
	}
	// New York's agencies, for a store's customers in several states.
	if en := letter("65-us-webstore-skimming-ca-ny-states", ""); !strings.Contains(en, "If you live in New York, you may contact the following for information on identity theft") {
		t.Errorf("customers in several states:\n%s", en)
	}
}

// F222 (66): a forwarding setting sent inquiries to an outsider for 18
// months; its containment (the setting fixed) was told as "contacted the
// recipient and asked for deletion". A misdelivery with a period of more
// than a day entered is told as stopped, with its period; one sent once
// (no period) keeps the recall request (31: a BCC mistake recalled days
// after the sending).
func TestLastingMisdeliveryIsStopped(t *testing.T) {
	inc := scenarios(t)["66-foreign-language-inquiries-forwarded-to-outsider"].Clone()
	ja, en := noticeText(t, inc, JA), noticeText(t, inc, EN)
	if !strings.Contains(ja, "誤った宛先にメールが送信されていた期間は、2025年4月7日から2026年10月22日までです。") || !strings.Contains(ja, "2026年10月23日、誤った宛先への送信を停止いたしました。") || strings.Contains(ja, "回収・削除を依頼") {
		t.Errorf("JA:\n%s", ja)
	}
	if !strings.Contains(en, "On October 23, 2026, we stopped the sending to the wrong recipient.") || strings.Contains(en, "asked for the information to be returned") {
		t.Errorf("EN:\n%s", en)
	}
	inc.Exposure = incident.Window{}
	if ja := noticeText(t, inc, JA); !strings.Contains(ja, "誤って送付した先に連絡し、回収・削除を依頼いたしました。") {
		t.Errorf("no period entered, JA:\n%s", ja)
	}
}

// F236 (69), F200 (61): a DV victim's address told to the abuser on the
// phone, and contracts sent to one insurer, were told with warnings of fake
// mails, refund scams at ATMs and "we will never ask for your PIN". When the
// user says the information went only to recipients it has identified, the
// documents say it has not been seen to go further and do not warn of
// unknown third parties; unanswered, they warn as before.
func TestKnownRecipientIsNotTreatedAsPhishing(t *testing.T) {
	inc := scenarios(t)["69-city-dv-address-told-to-caller"].Clone()
	ja, en := noticeText(t, inc, JA), noticeText(t, inc, EN)
	if !strings.Contains(ja, "対象の情報が渡った相手は特定されており、現時点で、それ以外の第三者に広がったことは確認されておりません。") ||
		strings.Contains(ja, "不審なメール") || strings.Contains(ja, "ATM") || strings.Contains(ja, "お尋ねすることは一切ございません") {
		t.Errorf("JA:\n%s", ja)
	}
	if strings.Contains(en, "claim to come from") || strings.Contains(en, "We will never ask you") {
		t.Errorf("EN:\n%s", en)
	}
	inc.Cause.RecipientKnown = incident.Unknown
	if ja := noticeText(t, inc, JA); !strings.Contains(ja, "不審なメール、SMS、電話、郵便物にご注意ください") || strings.Contains(ja, "渡った相手は特定されており") {
		t.Errorf("unanswered, JA:\n%s", ja)
	}
}

// F228 (65): the Japanese notice quoted the user's English summary inside
// Japanese prose (「■1. 概要 An unauthorized party placed …」). The lint
// names an English sentence in a Japanese document; names, products and
// addresses in Latin letters are not sentences.
func TestEnglishSentenceInJapaneseDocument(t *testing.T) {
	fs := lintOf(t, scenarios(t)["65-us-webstore-skimming-ca-ny-states"])
	if !has(fs, CodeEnglishInJA, "notice-ja") || !has(fs, CodeEnglishInJA, "public-ja") {
		t.Errorf("65: %v", fs)
	}
	for _, name := range []string{"01-travel-targeted-email", "10-crossborder-eu-jp-ca", "45-emotet-staff-pc-contacts"} {
		if fs := lintOf(t, scenarios(t)[name]); has(fs, CodeEnglishInJA, "") {
			t.Errorf("%s: %v", name, fs)
		}
	}
}

// F279 (78): an app's duplicated IDs showed children's data to other
// families, and the notices said 「外部から閲覧できる状態」 and 「外部から閲覧でき
// ない状態にいたしました」. When every set is said not to be viewable by anyone
// on the internet, a wrong setting let people without access rights (the
// service's other users) see it; unanswered, it stays 「外部から」.
func TestOtherUsersAreNotOutsiders(t *testing.T) {
	inc := scenarios(t)["78-afterschool-club-app-shows-other-families"].Clone()
	rs := mustRules(t)
	public := func() string {
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		return strings.Join(strings.Fields(docText(t, Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb}, inc, a, rs)), " ")
	}
	if ja := public(); !strings.Contains(ja, "設定を修正し、閲覧の権限のない方が閲覧できない状態にいたしました。") || strings.Contains(ja, "外部から閲覧") {
		t.Errorf("JA:\n%s", ja)
	}
	for i := range inc.DataSets {
		inc.DataSets[i].ExposedOnline = incident.Unknown
	}
	if ja := public(); !strings.Contains(ja, "外部から閲覧できない状態にいたしました。") {
		t.Errorf("unanswered, JA:\n%s", ja)
	}
}

// F261 (72): the 速報 of 9/7 quoted 「調査会社の調査でも特定できていない」 from
// the cause's text, typed once for every document, though the forensic firm
// was engaged on 9/8. A document dated before the forensic work that speaks
// of it is named; one dated after is not.
func TestDocumentBeforeTheForensicWorkDoesNotQuoteIt(t *testing.T) {
	fs := lintOf(t, scenarios(t)["72-hotel-ota-account-takeover-phishing"])
	if !has(fs, CodeLaterFinding, "ppc-prelim-ja") || has(fs, CodeLaterFinding, "ppc-final-ja") {
		t.Errorf("72: %v", fs)
	}
	if fs := lintOf(t, scenarios(t)["01-travel-targeted-email"]); has(fs, CodeLaterFinding, "") {
		t.Errorf("01: %v", fs)
	}
}

// F276 (76): six pupils' names, addresses and schools posted on SNS by a
// teacher; the notice warned only of phishing. Children whose address was
// put online are told of the risk to their safety, and their guardians
// asked to talk to the police and the desk about anyone suspicious; not so
// when nothing was put online.
func TestChildrenFindableOnlineAreWarnedForTheirSafety(t *testing.T) {
	inc := scenarios(t)["76-cram-school-teacher-posted-pupils-on-sns"].Clone()
	ja, en := noticeText(t, inc, JA), noticeText(t, inc, EN)
	if !strings.Contains(ja, "つきまといなど、お子さまの安全に関わる被害が生じるおそれがあります。") || !strings.Contains(ja, "最寄りの警察署にご相談いただく") {
		t.Errorf("JA:\n%s", ja)
	}
	if !strings.Contains(en, "If you notice anyone suspicious approaching your child") {
		t.Errorf("EN:\n%s", en)
	}
	for i := range inc.DataSets {
		inc.DataSets[i].ExposedOnline = incident.No
	}
	if ja := noticeText(t, inc, JA); strings.Contains(ja, "つきまとい") || strings.Contains(ja, "警察署にご相談") {
		t.Errorf("not online, JA:\n%s", ja)
	}
}
