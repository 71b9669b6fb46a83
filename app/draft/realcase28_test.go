package draft

import (
	"slices"
	"strings"
	"testing"

	"breachdesk/app/assess"
)

// Findings of the realcase28 review (scenarios 122–124; testdata/golden/
// assess/REVIEW.md, F580–).

// F582 (124, 学校法人架空学園 架空高等学校): the letter signed by the
// principal called the school 本学園 (the corporation) where the school's
// own text said 本校. A school named after its corporation calls itself 本校;
// a university stays 本学, a corporation named alone 本学園.
func TestSchoolCallsItselfHonko(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["124-private-high-school-exam-results-mailed-to-middle-schools"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	n := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs)
	if strings.Contains(n, "本学園") || !strings.Contains(n, "本校が保有する") {
		t.Errorf("124 notice:\n%s", n)
	}
	for name, want := range map[string]string{
		"学校法人架空学園 架空高等学校": "本校",
		"学校法人架空学園 架空中学校":  "本校",
		"学校法人架空学園":        "本学園",
		"学校法人架空学園 架空大学":   "本学",
		"株式会社架空高校":        "当社",
	} {
		v := &view{inc: inc}
		saved := inc.Org.Name
		inc.Org.Name = name
		if got := v.weJA(); got != want {
			t.Errorf("weJA(%q) = %q, want %q", name, got, want)
		}
		inc.Org.Name = saved
	}
}

// F581 (124, a private high school's examinees, most of whom will never be
// its pupils): the letter was addressed 「生徒・保護者の皆さまへ」, told of
// 「生徒の皆さまの個人情報」 and the PPC report of 「生徒の個人情報」. A set
// named as examinees (受験生, 受験者, 受検者, 志願者) is addressed to the
// examinees and their guardians, its data the examinees'; a university's
// examinees are adults.
func TestExamineesAreNotPupils(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["124-private-high-school-exam-results-mailed-to-middle-schools"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	n := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs)
	if strings.Contains(n, "生徒") || !strings.Contains(n, "受験生・保護者の皆さまへ") || !strings.Contains(n, "受験生の皆さまの個人情報") {
		t.Errorf("124 notice:\n%s", n)
	}
	ppc := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs)
	if strings.Contains(ppc, "生徒の個人情報") || !strings.Contains(ppc, "受験生の個人情報") {
		t.Errorf("124 PPC report:\n%s", ppc)
	}
	saved := inc.Org.Name
	inc.Org.Name = "学校法人架空学園 架空大学"
	defer func() { inc.Org.Name = saved }()
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if n := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs); !strings.Contains(n, "受験生の皆さまへ") || strings.Contains(n, "保護者") {
		t.Errorf("a university's examinees:\n%s", n)
	}
}

// F580 (122, a gym's store staff whose admin accounts were in the vendor's
// open database): their notice began 「お客様各位　拝啓　平素より格別のご愛顧
// を賜り」, counted 「対象となるお客様は、214名です」, and every document said a
// third party could log in posing as the customers (「第三者がお客様／顧客に
// なりすましてログイン」). A set named as スタッフ or アルバイト is the staff;
// a report says the persons themselves (本人) may be impersonated; staff are
// asked to change their work account's password, not one for 「当社のサービス」.
func TestStoreStaffAreNotCustomers(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["122-gym-biometric-entry-vendor-database-open"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	n := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d3"}, inc, a, rs)
	if strings.Contains(n, "お客様") || strings.Contains(n, "ご愛顧") || strings.Contains(n, "当社のサービスでご利用のパスワード") ||
		!strings.Contains(n, "従業員の皆さま") || !strings.Contains(n, "業務用アカウントのパスワード") {
		t.Errorf("122 notice to the store staff:\n%s", n)
	}
	for _, variant := range []string{VariantPrelim, VariantFinal} {
		ppc := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: variant}, inc, a, rs)
		if strings.Contains(ppc, "顧客になりすまして") || !strings.Contains(ppc, "第三者が本人になりすましてログイン") {
			t.Errorf("122 PPC report (%s):\n%s", variant, ppc)
		}
	}
	for name, want := range map[string]string{"店舗スタッフ（ゲート管理画面のアカウント）": "従業員の皆さま", "アルバイト": "従業員の皆さま"} {
		if got := personKindJA(name); got != want {
			t.Errorf("personKindJA(%q) = %q, want %q", name, got, want)
		}
	}
}

// F583 (123, customers' bank account numbers taken with a four-digit PIN of
// the phone company's; 62 accounts emptied): the recipient being known, the
// notice asked nothing but 「お気づきの点がございましたら」. Readers whose
// account details were involved are asked to check their statements and
// to call their bank (the organisation, when it is the bank); with the PIN,
// to ask about changing it. In English too.
func TestBankAccountReadersAreAskedToCheckStatements(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["123-telecom-agency-staff-photographed-contract-copies-police"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	n := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs)
	if !strings.Contains(n, "通帳やお取引明細でご確認ください。身に覚えのないお取引がございましたら、お取引の金融機関にご連絡ください。") || strings.Contains(n, "暗証番号の変更") {
		t.Errorf("123 notice:\n%s", n)
	}
	en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter}, inc, a, rs)
	if !strings.Contains(en, "check your bank account statements") {
		t.Errorf("123 English notice:\n%s", en)
	}
	inc.DataSets[0].Categories[6].ID = "bank_account_pin"
	defer func() { inc.DataSets[0].Categories[6].ID = "bank_account" }()
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if n := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs); !strings.Contains(n, "暗証番号の変更についても、お取引の金融機関にご相談ください。") {
		t.Errorf("123 with the account's PIN:\n%s", n)
	}
	bank := scenarios(t)["111-bank-cards-mailed-to-old-addresses-contractor"]
	ba := assess.Evaluate(bank, rs, bank.UpdatedAt)
	if n := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, bank, ba, rs); !strings.Contains(n, "下記のお問い合わせ窓口にご連絡ください") || strings.Contains(n, "お取引の金融機関にご連絡") {
		t.Errorf("111 (the bank itself):\n%s", n)
	}
}

// F584 (122): with the members' fingerprint templates out, the documents
// spoke of phishing only. A biometric template is told as what it is: it
// cannot be changed as a password can, and may be misused to pose as the
// person where the same kind of recognition is used (Japanese and English).
func TestBiometricTemplatesCannotBeChanged(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["122-gym-biometric-entry-vendor-database-open"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	n := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d2"}, inc, a, rs)
	if !strings.Contains(n, "パスワードと異なり変更することができません") {
		t.Errorf("122 notice to those with fingerprint templates:\n%s", n)
	}
	ppc := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs)
	if !strings.Contains(ppc, "指紋認証の登録者（12,904名）については、生体認証の特徴データが悪用され") {
		t.Errorf("122 PPC report:\n%s", ppc)
	}
	if n := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d3"}, inc, a, rs); strings.Contains(n, "生体認証") {
		t.Errorf("122 notice to the staff (no template of theirs):\n%s", n)
	}
	v := newView(inc, a, rs, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d2"}, inc.UpdatedAt)
	if en := v.possibleHarmEN(); !strings.Contains(en, "biometric templates, unlike passwords, cannot be changed") {
		t.Errorf("122 English harm: %s", en)
	}
}

// F585 (122, read in its English notice): a processor's open system was
// told as "The information involved is what held by a company we entrusted
// with the data during that period." The verb was missing. (The company
// is named once in the paragraph: "that company" the second time, F610.)
func TestProcessorHeldInformationIsGrammatical(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["122-gym-biometric-entry-vendor-database-open"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	// Since F1022 the period's sentence names no system ("the information
	// could be viewed by outsiders from …"), so the contractor is first
	// named here.
	if strings.Contains(en, "what held by") || !strings.Contains(en, "is what was held by a company we entrusted with the data during that period.") {
		t.Errorf("122 English notice:\n%s", en)
	}
}

// F586 (123, the police asked the phone company to wait for their leave
// before announcing): its 速報 said notice and announcement were 「未実施（…
// 検討中）」, as if nothing held them back. With law enforcement's request
// entered, the report says the timing is being settled with them.
func TestReportSaysThePoliceAskedToWait(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["123-telecom-agency-staff-photographed-contract-copies-police"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ppc := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs)
	for _, want := range []string{"本人への通知：未実施（捜査機関からの要請により、通知の時期を捜査機関と調整中）。", "未実施（捜査機関からの要請により、公表の時期を捜査機関と調整中）。"} {
		if !strings.Contains(ppc, want) {
			t.Errorf("123 速報 lacks %q:\n%s", want, ppc)
		}
	}
	inc.Risk.LawEnforcementDelay = ""
	defer func() { inc.Risk.LawEnforcementDelay = "yes" }()
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if ppc := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs); strings.Contains(ppc, "捜査機関からの要請") {
		t.Errorf("123 without the request:\n%s", ppc)
	}
}

// F594 (122): the store staff's admin passwords were reset on 9/4, told in
// an "other" event's note; the step was not recorded, so it stayed overdue
// and the staff notice still asked them to change their password. Lint
// names the note (credential stuffing has its own, F563).
func TestResetToldInANoteIsNamed(t *testing.T) {
	var fired []string
	for name, fs := range lintsOfScenarios(t) {
		if has(fs, CodeResetNotRecorded, "") {
			fired = append(fired, name)
		}
	}
	slices.Sort(fired)
	// 106: 「全社員のパスワードを変更」 at the containment, the users' own
	// passwords' reset not recorded: asked too. Not 102 (「パスワード再設定の
	// 画面を停止」: a screen, not a reset).
	if want := []string{"106-crypto-exchange-domain-hijack-kyc-storage-key", "122-gym-biometric-entry-vendor-database-open"}; !slices.Equal(fired, want) {
		t.Errorf("%s fires for %v, want %v", CodeResetNotRecorded, fired, want)
	}
}

// F587 (123): the logs question was answered yes because the police found
// the photographed contract copies; every document, the police memo too,
// said 「保存されているアクセス記録により、権限のない者による閲覧・取得が確認
// されております」. Lint asks when the answer has no log period and the
// cause need leave no log.
func TestAccessSeenWithoutLogsIsNamed(t *testing.T) {
	var fired []string
	for name, fs := range lintsOfScenarios(t) {
		if has(fs, CodeAccessSeenNoLogs, "") {
			fired = append(fired, name)
		}
	}
	slices.Sort(fired)
	if want := []string{"123-telecom-agency-staff-photographed-contract-copies-police", "153-moving-company-worker-looked-up-customer-address-stalking-police", "156-hospital-payment-slips-collected-as-waste-found-at-paper-recycler", "172-insurer-secondees-sent-rival-insurers-policyholders-from-dealer-agencies"}; !slices.Equal(fired, want) {
		t.Errorf("%s fires for %v, want %v", CodeAccessSeenNoLogs, fired, want)
	}
}
