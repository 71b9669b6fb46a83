package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
)

// Findings of the realcase24 review (scenarios 110–112; testdata/golden/
// assess/REVIEW.md, F490–).

// F490 (110, a social welfare corporation's day-service office entered as
// medical): the notices said 「当院」 and 「お客様各位　平素より格別のご愛顧を
// 賜り」 to the care service's users, and 「関係者の皆さま」 to a set named
// 「利用者のご家族」. A hospital keeps 当院 and its patients.
func TestCareServiceUsersAreNotCustomersOfAHospital(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["110-care-office-burglary-pc-and-resident-files"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	d1 := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	if strings.Contains(d1, "当院") || strings.Contains(d1, "お客様") || strings.Contains(d1, "ご愛顧") ||
		!strings.Contains(d1, "ご利用者の皆さまへ") || !strings.Contains(d1, "当法人") {
		t.Errorf("110 notice to the care service's users:\n%s", d1)
	}
	d2 := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d2"}, inc, a, rs)
	if !strings.Contains(d2, "ご家族の皆さまへ") {
		t.Errorf("110 notice to the users' families:\n%s", d2)
	}
	ppc := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs)
	if strings.Contains(ppc, "当院") {
		t.Errorf("110 PPC report calls the care office 当院:\n%s", ppc)
	}
	// A hospital keeps its own word and its patients.
	hosp := scenarios(t)["84-hospital-staff-browsed-patient-charts"]
	ha := assess.Evaluate(hosp, rs, hosp.UpdatedAt)
	if n := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, hosp, ha, rs); !strings.Contains(n, "当院") {
		t.Errorf("84 hospital lost 当院:\n%s", n)
	}
	for name, want := range map[string]bool{"利用者のご家族（緊急連絡先）": true, "従業員の家族": true, "退職者とその家族": false, "従業員の扶養家族": false, "配送先アドレス帳の受取人（会員でない家族・知人を含む）": false} {
		if got := familyOf(name); got != want {
			t.Errorf("familyOf(%q) = %v, want %v", name, got, want)
		}
	}
}

// F491 (110, 111): one file of the two stolen came back and the PC did
// not; 521 of 842 misdelivered cards were returned. The documents said
// 「盗難に遭った書類・記録媒体等が見つかり、当法人の手元に戻りました」 and
// 「誤って送付した書類等が回収されました」: all of it. A retrieval now carries
// how many things went and how many came back.
func TestPartRetrievalIsNotToldAsAll(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["110-care-office-burglary-pc-and-resident-files"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	d1 := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	if !strings.Contains(d1, "（3件）のうち1件が見つかり、当法人の手元に戻りました。残る2件は、見つかっておりません。") ||
		!strings.Contains(d1, "の一部（3件中1件）を回収") {
		t.Errorf("110 notice tells the part retrieval as all:\n%s", d1)
	}
	card := scenarios(t)["111-bank-cards-mailed-to-old-addresses-contractor"]
	ca := assess.Evaluate(card, rs, card.UpdatedAt)
	pub := docText(t, Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb, Follow: 1}, card, ca, rs)
	if !strings.Contains(pub, "（842件）のうち521件が回収されました。残る321件は、回収できておりません。") {
		t.Errorf("111 announcement tells the part retrieval as all:\n%s", pub)
	}
	// Everything back is told as before.
	inc.Events[8].Recipients, inc.Events[8].Confirmed = 3, 3
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if d1 := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, a, rs); strings.Contains(d1, "のうち") {
		t.Errorf("a retrieval of everything is told as part:\n%s", d1)
	}
}

// F493 (111): the bank that issued the cards told its customers to call
// 「カード裏面に記載のカード会社の窓口」 and that it would bear the reissue
// fee, as a merchant whose customers' cards leaked would; the bank is the
// card company, the new card had gone to the old address, and the bank
// reissues it itself. A merchant keeps the older advice.
func TestCardIssuerNoticeNamesItsOwnDesk(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["111-bank-cards-mailed-to-old-addresses-contractor"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	if strings.Contains(ja, "カード裏面") || !strings.Contains(ja, "身に覚えのない請求がございましたら、下記のお問い合わせ窓口までご連絡ください。") {
		t.Errorf("111 notice of the issuer:\n%s", ja)
	}
	inc.Org.CardMerchant = true
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, a, rs); !strings.Contains(ja, "カード裏面") {
		t.Errorf("a merchant's notice lost the card company's desk:\n%s", ja)
	}
}

// F494 (112; 15, 20, 22, 24, 27, 60, 71): business contacts whose e-mail
// addresses went (a maker's scanned business cards) were warned only as
// consumers are (phishing links, no card number asked). The fraud they face
// is an e-mail in the company's name asking their company to pay into
// another account: the notice names it, in English too; a customer's does
// not.
func TestBusinessContactsAreWarnedOfInvoiceFraud(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["112-maker-vpn-ransomware-staff-and-business-cards"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d2"}, inc, a, rs)
	en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d2"}, inc, a, rs)
	if !strings.Contains(ja, "ビジネスメール詐欺") || !strings.Contains(en, "business e-mail compromise") {
		t.Errorf("112 notice to business contacts without the invoice-fraud warning:\n%s\n%s", ja, en)
	}
	if d1 := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, a, rs); strings.Contains(d1, "ビジネスメール詐欺") {
		t.Errorf("112 notice to the staff warns of invoice fraud:\n%s", d1)
	}
}

// F495 (110; 06, 28, 30, 32, 43, 52, 62, 85, 101): the police memo of a
// theft (a PC and two files taken with a cash box) listed only the
// personal data; the police identify stolen or lost property by its kind,
// make, model and serial number. The memo of a theft or a loss asks for
// them; another cause's does not.
func TestPoliceMemoAsksForTheStolenProperty(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["110-care-office-burglary-pc-and-resident-files"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	if ja := docText(t, Spec{Kind: KindPolice, Lang: JA}, inc, a, rs); !strings.Contains(ja, "被害品：【要記入：品名・メーカー・型番・製造番号") {
		t.Errorf("110 police memo does not ask for the stolen property:\n%s", ja)
	}
	other := scenarios(t)["112-maker-vpn-ransomware-staff-and-business-cards"]
	oa := assess.Evaluate(other, rs, other.UpdatedAt)
	if ja := docText(t, Spec{Kind: KindPolice, Lang: JA}, other, oa, rs); strings.Contains(ja, "被害品") || strings.Contains(ja, "遺失物") {
		t.Errorf("112 ransomware memo asks for property:\n%s", ja)
	}
}

// F501 (110; 77): the announcement counted the 23 deceased former
// residents in 「対象となる方は、合計約254名」 (the PPC report: 231 living) and
// asked all of them to be careful. The living are the total; the deceased
// are named apart.
func TestAnnouncementCountsTheDeceasedApart(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["110-care-office-burglary-pc-and-resident-files"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja := docText(t, Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb, Follow: 1}, inc, a, rs)
	if !strings.Contains(ja, "対象となる方は、合計約231名です。このほか、亡くなられた方（23名）の情報が含まれております。") {
		t.Errorf("110 announcement counts the deceased with the living:\n%s", ja)
	}
}

// F497 (111): the bank's report went to the Local Finance Bureau it
// entered as a delegated party; the line asking for its business law's
// article beside APPI's (one report for both, Q&A Q4-10), given when the
// sector's rule routes the report, was missing.
func TestFinanceReportToAnEnteredBureauAsksForTheBusinessLaw(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["111-bank-cards-mailed-to-old-addresses-contractor"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	for _, variant := range []string{VariantPrelim, VariantFinal} {
		if ja := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: variant}, inc, a, rs); !strings.Contains(ja, "根拠条文：個人情報保護法第26条第1項、【要記入：当行に適用される業法の報告義務の条文") {
			t.Errorf("111 report (%s) without the business law's basis:\n%s", variant, ja)
		}
	}
}
