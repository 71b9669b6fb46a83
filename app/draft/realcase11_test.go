package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
)

// Findings of the realcase11 review (scenarios 68–70; testdata/golden/assess/
// REVIEW.md, F230–).

// F230, F231 (68, a teacher's mail forwarded for ten months to a mistyped
// domain): the notice said 「不正なアクセスが可能な状態にあった期間は…ただし、
// 対象となる情報は…その時点で本学のシステムに保存されていた情報です」 — nothing was
// open to access, and what went was the mail sent in the period — and told
// the day the forwarding was stopped as 「誤って送付した先に連絡し、回収・削除を
// 依頼いたしました」, a request made two days later, if at all as said.
func TestForwardingToAWrongDomainIsToldAsSending(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["68-university-forwarding-typo-domain"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d2"}, inc, a, rs)
	for _, want := range []string{"誤った宛先にメールが送信されていた期間は、2024年5月7日から2025年3月3日までです。\n", "2025年3月3日、誤った宛先への送信を停止いたしました。"} {
		if !strings.Contains(ja, want) {
			t.Errorf("68 JA notice lacks %q:\n%s", want, ja)
		}
	}
	for _, bad := range []string{"不正なアクセス", "システムに保存されていた情報", "回収・削除を依頼いたしました"} {
		if strings.Contains(ja, bad) {
			t.Errorf("68 JA notice says %q:\n%s", bad, ja)
		}
	}
	en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d2"}, inc, a, rs)
	for _, want := range []string{"Information was sent to the wrong recipient from", "we stopped the sending to the wrong recipient."} {
		if !strings.Contains(en, want) {
			t.Errorf("68 EN notice lacks %q:\n%s", want, en)
		}
	}
	if strings.Contains(en, "were exposed") || strings.Contains(en, "asked for the information to be returned") {
		t.Errorf("68 EN notice:\n%s", en)
	}
	// A single mail sent to the wrong person (no period of sending): its
	// containment is still the request to the recipient.
	inc.Exposure.From, inc.Exposure.To = "", ""
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d2"}, inc, a, rs); !strings.Contains(ja, "誤って送付した先に連絡し、回収・削除を依頼いたしました。") {
		t.Errorf("68 without a period:\n%s", ja)
	}
}

// F232 (68): the university's sets were its staff (学内教職員), its students
// and 「学外の関係者（共同研究先、学会、業者など）」; the last name said no kind the
// drafts knew, so the sector's word stood for all: the announcement spoke of
// 「学生の皆さまの個人情報」, the report of 「学生の個人情報」, and the 788 outside
// persons were written to as 「学生の皆さまへ」. A set named 関係者 is read as
// such; 社員・関係者 stays staff (18).
func TestOthersConcernedAreNotStudents(t *testing.T) {
	rs := mustRules(t)
	sc := scenarios(t)
	inc := sc["68-university-forwarding-typo-domain"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	if pub := docText(t, Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb}, inc, a, rs); !strings.Contains(pub, "本学が保有する関係者の皆さまの個人情報") {
		t.Errorf("68 announcement:\n%s", pub)
	}
	if ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d3"}, inc, a, rs); !strings.Contains(ja, "関係者の皆さまへ") || strings.Contains(ja, "学生") {
		t.Errorf("68 notice to the outside persons:\n%s", ja)
	}
	if ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d2"}, inc, a, rs); !strings.Contains(ja, "学生の皆さまへ") {
		t.Errorf("68 notice to the students:\n%s", ja)
	}
	inc = sc["18-game-ransomware-2020-revised-counts"]
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d8"}, inc, a, rs); !strings.Contains(ja, "従業員の皆さまへ") {
		t.Errorf("18 notice to 社員・関係者:\n%s", ja)
	}
}

// F233 (70, a former employee had a colleague copy a folder after leaving):
// every document told the cause as 「従業者による不正な持ち出し」 and the first
// line of the case as 「従業者による持ち出しの開始」, though the description says
// the person had left (退職後); the English said "an employee". Someone who
// had left is 元従業者; one who took data before leaving (37) stays 従業者.
func TestFormerEmployeeIsNotAnEmployee(t *testing.T) {
	rs := mustRules(t)
	sc := scenarios(t)
	inc := sc["70-hospital-former-employee-copied-via-colleague"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ppc := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs)
	if !strings.Contains(ppc, "原因は、元従業者による不正な持ち出しです。") || !strings.Contains(ppc, "元従業者による持ち出し\n") || strings.Contains(ppc, "　従業者による") {
		t.Errorf("70 report:\n%s", ppc)
	}
	if en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter}, inc, a, rs); !strings.Contains(en, "that a former employee has taken personal information we hold without authorization.") {
		t.Errorf("70 EN notice:\n%s", en)
	}
	inc = sc["37-departing-employee-list-to-competitor"]
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if ppc := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs); !strings.Contains(ppc, "従業者による不正な持ち出し") || strings.Contains(ppc, "元従業者") {
		t.Errorf("37 report:\n%s", ppc)
	}
}

// F234 (69, a city; 68, a university): the timeline and the report's summary
// said 「本市の従業者から報告を受領」, 「本学の従業者から報告を受け」: a public body's
// people are 職員, a university's 教職員, a hospital's 職員 (also who went to
// the police, 32); a company's stay 従業者.
func TestAPublicBodysStaffAreShokuin(t *testing.T) {
	rs := mustRules(t)
	sc := scenarios(t)
	for name, want := range map[string]string{
		"69-city-dv-address-told-to-caller":    "本市の職員から報告を受領",
		"68-university-forwarding-typo-domain": "本学の教職員から報告を受領",
		"33-zip-and-password-misdirected":      "当社の従業者から報告を受",
	} {
		inc := sc[name]
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		if ppc := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs); !strings.Contains(ppc, want) {
			t.Errorf("%s: no %q:\n%s", name, want, ppc)
		}
	}
}

// F238 (71, a bank's borrower's staff living in Thailand): the English notice
// was offered only where a foreign law the tool holds applies; persons living
// where it holds none (TH) got a Japanese notice only. A set recording
// residents abroad brings the English documents in.
func TestPersonsAbroadGetAnEnglishNotice(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["71-bank-staff-mail-in-public-translation-site"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	has := func() bool {
		for _, s := range Available(inc, a) {
			if s.Kind == KindNotice && s.Lang == EN && s.Set == "d1" {
				return true
			}
		}
		return false
	}
	if !has() {
		t.Errorf("71: no English notice among %v", Available(inc, a))
	}
	inc.DataSets[0].Residence = inc.DataSets[0].Residence[:1] // Japan only
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if has() {
		t.Errorf("71 with every person in Japan: an English notice is offered")
	}
}

// F240 (71): the bank's own staff (「当行の担当行員」) were written to as
// 「お客様各位　平素より格別のご愛顧を賜り」, and the ministry report spoke of
// 「顧客の個人情報」 for a borrower's staff and the bank's. 行員 are staff, a
// 融資先 is a business partner; sets of both are 関係者, and the report's
// apology does not say 「関係者をはじめ関係者の皆さま」.
func TestBankStaffAndBorrowersAreNotCustomers(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["71-bank-staff-mail-in-public-translation-site"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	if ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d2"}, inc, a, rs); !strings.Contains(ja, "従業員の皆さまへ") || strings.Contains(ja, "ご愛顧") {
		t.Errorf("71 notice to the bank's staff:\n%s", ja)
	}
	if ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, a, rs); !strings.Contains(ja, "お取引先の皆さまへ") {
		t.Errorf("71 notice to the borrower's staff:\n%s", ja)
	}
	m := docText(t, Spec{Kind: KindMinistry, Lang: JA, Party: "p1"}, inc, a, rs)
	if !strings.Contains(m, "当行において個人データの漏えい等事案が発生し、関係者の皆さまに多大なる") || strings.Contains(m, "顧客") {
		t.Errorf("71 ministry report:\n%s", m)
	}
}

// F241 (71): the site's operator deleted what the staff had typed in; the
// documents said 「2026年2月24日、掲載を取り下げ、閲覧できない状態にいたしました」,
// a takedown by the bank. With the operator named on the containment, it is
// told as the operator's; without, the facts say nothing else (left open).
func TestTakedownByTheSiteIsNotOurs(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["71-bank-staff-mail-in-public-translation-site"]
	for i := range inc.Events {
		if inc.Events[i].Kind == "contained" {
			inc.Events[i].Party = "p2"
		}
	}
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	if !strings.Contains(ja, "2026年2月24日、翻訳サイトの運営者において掲載が削除され、閲覧できない状態になったことを確認いたしました。") || strings.Contains(ja, "掲載を取り下げ") {
		t.Errorf("71 JA notice:\n%s", ja)
	}
	en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	if !strings.Contains(en, "the information was removed by the party where it appeared") || strings.Contains(en, "we took the file down") {
		t.Errorf("71 EN notice:\n%s", en)
	}
}

// F244 (68): the university's own staff (学内教職員) were written to as
// 「従業員の皆さまへ」; a school's staff are 教職員, still told as staff (an
// internal notice: no 拝啓, no thanks for their patronage).
func TestAUniversitysStaffAreKyoshokuin(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["68-university-forwarding-typo-domain"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	if !strings.Contains(ja, "教職員の皆さまへ") || strings.Contains(ja, "従業員") || strings.Contains(ja, "拝啓") {
		t.Errorf("68 notice to the staff:\n%s", ja)
	}
}

// F248 (69; 11, 21, 48, 49, 54, 63): a city's report to the PPC opened
// 「事業者の名称：架空市」. A public body is not a 個人情報取扱事業者 (APPI Art.
// 16(2)); its report under Art. 68 names the 行政機関等.
func TestAPublicBodyIsNotABusiness(t *testing.T) {
	rs := mustRules(t)
	sc := scenarios(t)
	for name, want := range map[string]string{
		"69-city-dv-address-told-to-caller":    "行政機関等の名称：架空市\n",
		"68-university-forwarding-typo-domain": "事業者の名称：国立大学法人架空大学\n",
	} {
		inc := sc[name]
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		if ppc := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs); !strings.Contains(ppc, want) {
			t.Errorf("%s: no %q:\n%s", name, want, ppc)
		}
	}
}

// F243 (68; 60, 06): the catalogue's one number item 「会員ID・顧客番号」 was
// told to students (a student number), to staff (an employee number typed
// with the user's own words 「社員番号」, 60) and to a manufacturer's staff
// (06). The user's words are used; else the number is named by whose it is.
func TestANumberIsNamedByWhoseItIs(t *testing.T) {
	rs := mustRules(t)
	sc := scenarios(t)
	for _, c := range []struct {
		name, set, want string
	}{
		{"68-university-forwarding-typo-domain", "d2", "・学籍番号\n"},
		{"60-group-subcontractor-pc-shared-auth", "d3", "・社員番号・職員番号\n"}, // the catalogue's staff_id since session 13
		{"06-lost-usb-encrypted", "", "・社員番号・職員番号\n"},
	} {
		inc := sc[c.name]
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: c.set}, inc, a, rs)
		if !strings.Contains(ja, c.want) || strings.Contains(ja, "会員ID・顧客番号") {
			t.Errorf("%s: no %q:\n%s", c.name, c.want, ja)
		}
	}
}
