package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// Findings of the realcase27 review (scenarios 119–121; testdata/golden/
// assess/REVIEW.md, F550–).

// F550 (119, a corporate pension fund's recipients): the notices said
// 「お客様各位　拝啓　平素より格別のご愛顧を賜り」 and 「当社」 for 架空企業年金基金,
// and the PPC report 「顧客の個人情報」. A fund's recipients are 受給者, and a
// 基金 calls itself 当基金; what it rightly asks them for (a bank account
// for the payments, My Number for the withholding) is not promised never
// to be asked.
func TestPensionRecipientsAreNotCustomers(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["119-pension-fund-keying-reentrusted-to-dalian"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	n := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	if strings.Contains(n, "お客様") || strings.Contains(n, "ご愛顧") || strings.Contains(n, "当社") ||
		!strings.Contains(n, "受給者の皆さま") || !strings.Contains(n, "当基金") {
		t.Errorf("119 notice to pension recipients:\n%s", n)
	}
	if e := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantEmail, Set: "d1"}, inc, a, rs); strings.Contains(e, "マイナンバー（個人番号）等をお尋ね") || strings.Contains(e, "口座番号、暗証番号") {
		t.Errorf("119 notice promises a pension fund never asks for My Number or an account:\n%s", e)
	}
	// The line on what is never asked (written when the recipient is not
	// known) leaves out what a fund asks its recipients for.
	unknownRecipient := *inc
	unknownRecipient.Cause.RecipientKnown = ""
	ua := assess.Evaluate(&unknownRecipient, rs, inc.UpdatedAt)
	if e := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, &unknownRecipient, ua, rs); !strings.Contains(e, "お尋ねすることは一切ございません") ||
		strings.Contains(e, "マイナンバー（個人番号）等をお尋ね") || strings.Contains(e, "銀行の口座番号") {
		t.Errorf("119 (recipient not known): the never-ask line promises a pension fund never asks for My Number or an account:\n%s", e)
	}
	ppc := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs)
	if strings.Contains(ppc, "顧客") || !strings.Contains(ppc, "受給者の個人情報") {
		t.Errorf("119 PPC report calls pension recipients customers:\n%s", ppc)
	}
	for name, want := range map[string]string{"年金受給者（扶養親族等申告書）": "受給者の皆さま", "給付金の受給権者": "受給者の皆さま", "受診者名簿": "受診者の皆さま"} {
		if got := personKindJA(name); got != want {
			t.Errorf("personKindJA(%q) = %q, want %q", name, got, want)
		}
	}
}

// F552 (120, 119): a part of a set whose items are all among its set's
// (the members whose purchases were misused, within the accounts taken
// over) was listed 「上記に加え、調査中です」 in the announcements and 「上記に
// 加え、調査中」 in the PPC report, as if its items were unknown. It now says
// there is nothing beyond the set's; a part with no item stated is still
// under investigation.
func TestPartWithNoItemBeyondItsSetIsNotUnderInvestigation(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["120-ticketing-credential-stuffing-resale-tw-hk"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	pub := docText(t, Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb}, inc, a, rs)
	ppc := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs)
	if strings.Contains(pub, "調査中") || !strings.Contains(pub, "上記と同じです（追加の項目はありません）。") {
		t.Errorf("120 announcement:\n%s", pub)
	}
	if strings.Contains(ppc, "上記に加え、調査中") || !strings.Contains(ppc, "リセール出品された会員（231名）：上記と同じ（追加の項目なし）") {
		t.Errorf("120 PPC report:\n%s", ppc)
	}
	inc.DataSets[1].Categories = nil
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if pub := docText(t, Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb}, inc, a, rs); !strings.Contains(pub, "上記に加え、調査中です。") {
		t.Errorf("120 with the part's items not stated:\n%s", pub)
	}
}

// F553 (121, a national university hospital entered as a national public
// body): the engine judged it by the public bodies' rules (Rules Art. 43,
// more than 100 persons; Art. 68), the PPC report was headed 「保有個人情報
// の漏えい等に関する報告」 and called the patients 「住民」. APPI treats a
// national university corporation (Appended Table 2), a public university
// or a local government's hospital as a business for its handling of
// personal information (Arts. 16(2), 58): lint names the entry.
func TestPublicBodyTreatedAsBusinessIsNamed(t *testing.T) {
	inc := scenarios(t)["121-university-hospital-research-data-personal-drive-link"]
	fs := lintOf(t, inc)
	if !has(fs, CodePublicAsBusiness, "") {
		t.Fatalf("121: no %s", CodePublicAsBusiness)
	}
	for _, f := range fs {
		if f.Code == CodePublicAsBusiness && (!strings.Contains(f.Message.JA, "国立大学法人") || !strings.Contains(f.Message.JA, "法26条") || !strings.Contains(f.Message.EN, "Art. 58")) {
			t.Errorf("121: %s", f.Message.JA)
		}
	}
	for _, name := range []string{"68-university-forwarding-typo-domain", "56-city-refund-letters-wrong-envelopes", "21-city-eltax-mynumber-misdirected", "101-school-teacher-usb-grades-found-week-later"} {
		if has(lintOf(t, scenarios(t)[name]), CodePublicAsBusiness, "") {
			t.Errorf("%s: %s fires", name, CodePublicAsBusiness)
		}
	}
	inc.Org.Kind, inc.Org.Name = "local", "架空市立病院"
	if !has(lintOf(t, inc), CodePublicAsBusiness, "") {
		t.Errorf("a city's hospital entered as a local body: no %s", CodePublicAsBusiness)
	}
}

// F554 (121): research data keyed by a research ID and kept with genome
// data was answered as pseudonymised information; the lint said what the
// exclusion rests on but not that the set itself lists an item the
// standard (Rules Art. 31) removes. It now names them (genome data and
// facial images as identification codes where they are; names, My Number
// and other codes; card and other financial items not masked); a set
// without any (93's ride histories) is told as before.
func TestPseudonymisedSetWithItemsTheStandardRemovesIsNamed(t *testing.T) {
	msg := func(name string, mod func(*incident.Incident)) string {
		inc := scenarios(t)[name]
		if mod != nil {
			mod(inc)
		}
		for _, f := range lintOf(t, inc) {
			if f.Code == CodePseudonymised {
				return f.Message.JA + "\n" + f.Message.EN
			}
		}
		t.Fatalf("%s: no %s", name, CodePseudonymised)
		return ""
	}
	// As a business, which a national university hospital is under APPI
	// (entered as a public body, the exclusion is not applied: session 19's
	// TestPseudonymisedAtAPublicBody).
	m := msg("121-university-hospital-research-data-personal-drive-link", func(inc *incident.Incident) { inc.Org.Kind = incident.Private })
	if !strings.Contains(m, "規則31条の基準では削除し又は置き換えることとされる項目") || !strings.Contains(m, "ゲノムデータ（遺伝子の塩基配列・SNPデータ等）（個人識別符号に当たるもの）") ||
		!strings.Contains(m, "where it is an individual identification code") {
		t.Errorf("121: %s", m)
	}
	if m := msg("93-transit-card-history-sold-as-pseudonymised", nil); strings.Contains(m, "削除し又は置き換えることとされる項目") {
		t.Errorf("93 (no such item): %s", m)
	}
	m = msg("93-transit-card-history-sold-as-pseudonymised", func(inc *incident.Incident) {
		inc.DataSets[0].Categories = append(inc.DataSets[0].Categories, incident.Category{ID: "my_number"}, incident.Category{ID: "card_number", Protection: incident.ItemMasked})
	})
	if !strings.Contains(m, "：個人番号（マイナンバー）。") {
		t.Errorf("93 with My Number and a masked card number: %s", m)
	}
}

// F555 (119): the data went to a recipient the fund identified (the
// subcontractor in Dalian that keyed the forms), and the logs the user
// checked showed no one else; the notices and both PPC reports said 「保存
// されているアクセス記録の範囲では、第三者による閲覧は確認されておりません」 —
// while the recipient, a third party, had seen every form it keyed. With
// a known recipient the logs speak of anyone else.
func TestLogsBesideAKnownRecipientSpeakOfOthers(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["119-pension-fund-keying-reentrusted-to-dalian"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	for _, spec := range []Spec{{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, {Kind: KindPPC, Lang: JA, Variant: VariantFinal}} {
		d := docText(t, spec, inc, a, rs)
		if strings.Contains(d, "第三者による閲覧は確認されておりません") || !strings.Contains(d, "対象の情報が渡った相手以外の者による閲覧は確認されておりません") {
			t.Errorf("119 %s:\n%s", spec.Kind, d)
		}
	}
	inc.Cause.RecipientKnown = ""
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if d := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, a, rs); !strings.Contains(d, "第三者による閲覧は確認されておりません") {
		t.Errorf("119 with the recipient not known:\n%s", d)
	}
}

// F556 (120; 27, 57, 109, 04): the 速報 of 10/2 said 「本件に起因する二次被害
// 又はそのおそれのある事象を確認しております。」 and nothing of what it was: the
// note on the harm was dated 10/16, and the 190 purchases known on 10/2
// were in no field of that day. Item 5 of Rules Art. 8(1) is the harm and
// what it is: a report without a note valid on its day asks for it.
func TestHarmSeenIsToldWhatItIsInReports(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["120-ticketing-credential-stuffing-resale-tw-hk"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	pre := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs)
	if !strings.Contains(pre, "確認しております（【要記入：確認している二次被害の内容】）。") {
		t.Errorf("120 速報 of 10/2 does not ask what the harm was:\n%s", pre)
	}
	fin := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs)
	if strings.Contains(fin, "【要記入：確認している二次被害の内容】") || !strings.Contains(fin, "（不正購入231件") {
		t.Errorf("120 確報 of 11/27 (the note valid):\n%s", fin)
	}
}

// F557 (121; 09, 36, 49, 73, 82, 110): a laboratory closed the shared
// link on 2/4, judging the data "pseudonymised, not personal information",
// and the hospital's privacy office, told on 2/12, entered that as the
// knowing; nothing asked whether the organisation had known on 2/4. A
// containment by the organisation itself on a day before its knowing is
// named; after an attack (systems isolated before anyone knows personal
// data was touched) it is not.
func TestContainmentBeforeKnowingIsNamed(t *testing.T) {
	if !has(lintOf(t, scenarios(t)["121-university-hospital-research-data-personal-drive-link"]), CodeContainedBeforeKnowing, "") {
		t.Errorf("121: no %s", CodeContainedBeforeKnowing)
	}
	for _, name := range []string{"01-travel-targeted-email", "51-us-subsidiary-ransomware-employees", "109-marketplace-philippine-bpo-agent-sold-records", "120-ticketing-credential-stuffing-resale-tw-hk"} {
		if has(lintOf(t, scenarios(t)[name]), CodeContainedBeforeKnowing, "") {
			t.Errorf("%s: %s fires", name, CodeContainedBeforeKnowing)
		}
	}
}

// F558 (121): a hospital entered as a public body wrote to its patients
// as 「住民の皆さまへ」 and called itself 「当機関」 (a city's hospital would
// have been 「本市」). A public body in the medical sector whose name is a
// hospital or clinic is 当院, and its persons are its patients.
func TestPublicHospitalWritesToPatients(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["121-university-hospital-research-data-personal-drive-link"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	n := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d2"}, inc, a, rs)
	if strings.Contains(n, "住民") || strings.Contains(n, "当機関") || !strings.Contains(n, "患者さま") || !strings.Contains(n, "当院") {
		t.Errorf("121 notice to research patients:\n%s", n)
	}
	inc.Org.Kind, inc.Org.Name = "local", "架空市立病院"
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if n := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d2"}, inc, a, rs); strings.Contains(n, "本市") || !strings.Contains(n, "当院") {
		t.Errorf("a city's hospital:\n%s", n)
	}
}

// F563 (120; 57, 87): the containment note said the passwords were
// invalidated on 9/29, but no event recorded the password step, so by
// F176's design every document to 11/30 said the logins were possible
// 「2026年9月26日から現在まで」. Lint asks for the step on the event; a case
// that records it (29) is not named.
func TestStuffingPeriodLeftOpenIsNamed(t *testing.T) {
	for name, want := range map[string]bool{"120-ticketing-credential-stuffing-resale-tw-hk": true, "87-genetic-test-service-relatives-feature": true, "29-news-site-login-takeover": false, "119-pension-fund-keying-reentrusted-to-dalian": false} {
		if got := has(lintOf(t, scenarios(t)[name]), CodeStuffingPeriodOpen, ""); got != want {
			t.Errorf("%s: %s %v, want %v", name, CodeStuffingPeriodOpen, got, want)
		}
	}
	inc := scenarios(t)["120-ticketing-credential-stuffing-resale-tw-hk"]
	for i := range inc.Events {
		if inc.Events[i].ID == "e5" {
			inc.Events[i].Step = "pb.password.reset"
		}
	}
	if has(lintOf(t, inc), CodeStuffingPeriodOpen, "") {
		t.Error("120 with the step on its containment: still named")
	}
	rs := mustRules(t)
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	if pub := docText(t, Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb}, inc, a, rs); !strings.Contains(pub, "2026年9月26日から2026年9月29日まで") {
		t.Errorf("120 with the step: the period does not end at the reset:\n%s", pub)
	}
}
