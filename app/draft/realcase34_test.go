package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
)

// Findings of the review of scenarios 140–142 (realcase34: F860–F879).

const s142 = "142-student-housing-employee-colleague-ids-posted-online-solicitation-complaints"

// F860 (142): a rental company's joint guarantors, named 「連帯保証人（主に入居者の
// 保護者）」, were written to as 「生徒・保護者の皆さまへ」 and warned that
// 「お子さまの住所等が知られたことにより、つきまとい…」 (adult students, and the
// guarantors' own data). A guarantor is a kind of their own; 保護者 in the remark
// does not make them a school's families.
func TestGuarantorsAreNotPupilsFamilies(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)[s142]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	n, err := Build(Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d2"}, inc, a, rs)
	if err != nil {
		t.Fatal(err)
	}
	text := Text(n)
	for _, bad := range []string{"生徒・保護者の皆さま", "お子さま"} {
		if strings.Contains(text, bad) {
			t.Errorf("the guarantors' letter says %q:\n%s", bad, text)
		}
	}
	if !strings.Contains(text, "保証人の皆さまへ") {
		t.Errorf("the guarantors' letter is not addressed to them:\n%s", text)
	}
	for name, want := range map[string]string{
		"連帯保証人（主に入居者の保護者）": "保証人の皆さま",
		"保証人":    "保証人の皆さま",
		"生徒・保護者": "生徒・保護者の皆さま",
	} {
		if got := personKindJA(name); got != want {
			t.Errorf("personKindJA(%q) = %q, want %q", name, got, want)
		}
	}
}

// F861 (142): one set counted "up to about 270,000", the other not counted:
// the report's total said 「合計：最大約27万名以上」, an upper bound and a
// lower bound at once. The known part is an upper bound; the rest is unknown.
func TestTotalOfAMaximumAndAnUnknownIsNotBothBounds(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)[s142]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	text := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs)
	if strings.Contains(text, "最大約27万名以上") || !strings.Contains(text, "合計：判明している分で最大約27万名（このほか人数の判明していないデータがあります）") {
		t.Errorf("the total of a maximum and an unknown count:\n%s", text)
	}
}

const s141 = "141-city-forced-bcc-system-stopped-at-vendor-addresses-of-24-mails"

// F862 (141): a city's set 「市からの一斉メールの受信者（市民・事業者の担当者等）」
// was addressed 「事業者の皆さま」 and reported as 「事業者の個人情報」: residents
// and businesses' staff both, and a business has no personal information.
func TestPublicBodyResidentsAndBusinessesAreBoth(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)[s141]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	for _, sp := range []Spec{
		{Kind: KindNotice, Lang: JA, Variant: VariantEmail, Set: "d1"},
		{Kind: KindPPC, Lang: JA, Variant: VariantFinal},
	} {
		text := docText(t, sp, inc, a, rs)
		if strings.Contains(text, "事業者の皆さま") || strings.Contains(text, "事業者の個人情報") || !strings.Contains(text, "関係者") {
			t.Errorf("%v: residents and businesses' staff are told as businesses:\n%s", sp, text)
		}
	}
}

// F863 (141; 31): a city's mails went to the right recipients with their
// addresses visible to one another (a forced-BCC system had stopped). The
// notice said 「誤った宛先にメールが送信されていた期間は…」 and 「誤った宛先への送信を
// 停止いたしました」: nothing went to a wrong address. The English the same.
func TestAddressesShownToCoRecipientsAreNoWrongAddress(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)[s141]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	text := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	if strings.Contains(text, "誤った宛先") ||
		!strings.Contains(text, "受信者同士でメールアドレスが見える状態でメールが送信されていた期間は、2023年4月1日から2023年4月4日までです。") ||
		!strings.Contains(text, "受信者同士のメールアドレスが見える状態での送信を停止いたしました。") {
		t.Errorf("the notice tells addresses shown to co-recipients as a wrong address:\n%s", text)
	}
	en := strings.Join(strings.Fields(docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantEmail, Set: "d1"}, inc, a, rs)), " ")
	if strings.Contains(en, "wrong recipient") || !strings.Contains(en, "recipients could see one another's e-mail addresses") {
		t.Errorf("the English notice tells a wrong recipient:\n%s", en)
	}
	// A mail sent to a wrong address keeps its words (68).
	text = docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, scenarios(t)["68-university-forwarding-typo-domain"], assess.Evaluate(scenarios(t)["68-university-forwarding-typo-domain"], rs, scenarios(t)["68-university-forwarding-typo-domain"].UpdatedAt), rs)
	if !strings.Contains(text, "誤った宛先にメールが送信されていた期間") {
		t.Errorf("68 lost its wrong-address period:\n%s", text)
	}
}

// F864 (142; 18, 25, 45, 112, 113, 132, 136): an announcement made before the
// company knew personal data was affected printed the user's public summary,
// typed when all was known: 142's warning of 1/13 said 「当社の従業員が、お客様の
// 情報を不正に取得し、第三者に提供していたことが判明しました」 (known 1/24), 132's of
// 6/9 「…個人情報が外部に漏えいしたことが分かりました」 (known 6/28). Before the
// knowing, the summary is the facts of that day; from it, the user's words.
func TestAnnouncementBeforeKnowingDoesNotTellLaterFacts(t *testing.T) {
	rs := mustRules(t)
	for name, later := range map[string]string{
		s142: "当社の従業員が、お客様の情報を不正に取得し、第三者に提供していたことが判明しました。",
		"132-video-service-ransomware-leak-site-count-fixed-after-two-months": "個人情報が外部に漏えいしたことが分かりました。",
	} {
		inc := scenarios(t)[name]
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		first := docText(t, Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb}, inc, a, rs)
		if strings.Contains(first, later) || !strings.Contains(first, "影響の有無を調査しております") {
			t.Errorf("%s: the announcement before the knowing tells what was known later:\n%s", name, first)
		}
		next := docText(t, Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb, Follow: 1}, inc, a, rs)
		if name == s142 && !strings.Contains(next, later) {
			t.Errorf("%s: the announcement after the knowing lost the user's summary:\n%s", name, next)
		}
	}
}

// F874 (142; F774): the guarantors' set, with former persons included, was
// told 「既に退会された方の情報も含まれております」: a guarantor joins nothing and
// leaves nothing; the guarantee ends with the lease.
func TestFormerGuarantorsEndedTheirGuarantee(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)[s142]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	text := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d2"}, inc, a, rs)
	if strings.Contains(text, "退会") || !strings.Contains(text, "対象には、既に保証契約が終了した方の情報も含まれております。") {
		t.Errorf("former guarantors:\n%s", text)
	}
}
