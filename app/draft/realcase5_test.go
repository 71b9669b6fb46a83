package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// Findings of the realcase5 review (scenarios 44–46; F98–).

// classifyOther answers the facts page's question about each "other" item:
// nothing the law singles out.
func classifyOther(inc *incident.Incident) {
	for i := range inc.DataSets {
		for k := range inc.DataSets[i].Categories {
			if c := &inc.DataSets[i].Categories[k]; c.ID == "other" && len(c.Flags) == 0 {
				c.Flags = []string{"none"}
			}
		}
	}
}

// F98: the pages a member site's cache showed to other members held the last
// four digits of registered cards and their expiry date (44). The notices
// told 1,855 members that their card information might be misused, asked
// them to check their statements, promised to pay for a new card, and a
// letter to the acquirer offered "the list of the card numbers" and a PCI
// forensic investigation. PPC Q&A 6-12: the last four digits with the
// expiry date are not in themselves data whose misuse may cause financial
// damage; no card number leaked.
func TestMaskedCardNumberNoCardAdvice(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["44-member-site-cache-shows-others"].Clone()
	classifyOther(inc)
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	for _, s := range Available(inc, a) {
		if s.Kind == KindCard {
			t.Errorf("a letter to the card company is offered for card numbers kept only in part")
		}
	}
	ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs)
	for _, bad := range []string{"クレジットカード情報が不正に利用されるおそれ", "ご利用明細", "再発行"} {
		if strings.Contains(ja, bad) {
			t.Errorf("the notice says %q of card numbers kept only in part:\n%s", bad, ja)
		}
	}
	if !strings.Contains(ja, "クレジットカード情報の一部（カード番号は一部の桁のみ、うち1,855名）") {
		t.Errorf("the item is no longer told as it was kept:\n%s", ja)
	}
	en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter}, inc, a, rs)
	if strings.Contains(en, "card statements") || strings.Contains(en, "reissue") {
		t.Errorf("the English notice gives card advice for card numbers kept only in part:\n%s", en)
	}
}

// F99, F100 (44): the notice said 「…には、ログインID・パスワード、ログイン
// ID・パスワード、セキュリティコードは含まれておりません」 (the two kinds of
// login read alike once the rules' distinction is dropped), and a cache that
// served other members' pages from 9:41 to 15:38 was open 「2025年6月19日から
// 2025年6月19日まで」 ("from June 19, 2025 to June 19, 2025").
func TestOneDayWindowAndItemsNamedOnce(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["44-member-site-cache-shows-others"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja := strings.ReplaceAll(docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantWeb}, inc, a, rs), "\n", "")
	if !strings.Contains(ja, "外部から閲覧できる状態にあった期間は、2025年6月19日の1日です。") || strings.Contains(ja, "6月19日から2025年6月19日まで") {
		t.Errorf("a one-day window is not told as one day:\n%s", ja)
	}
	if !strings.Contains(ja, "なお、お客様の情報には、ログインID・パスワード、セキュリティコードは含まれておりません。") {
		t.Errorf("the items not involved are not each named once:\n%s", ja)
	}
	ppc := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs)
	if !strings.Contains(ppc, "対象期間：2025年6月19日\n") {
		t.Errorf("the report's period is not the one day:\n%s", ppc)
	}
	en := strings.ReplaceAll(docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantWeb}, inc, a, rs), "\n", " ")
	if !strings.Contains(en, "viewed by outsiders on June 19, 2025.") { // F1022: the information, not the systems
		t.Errorf("the English notice does not tell the one day:\n%s", en)
	}
}

// F101, F102, F103 (45: Emotet on a staff PC of a social welfare council).
// The notices were titled 「不正アクセスによる…」 and their time line began
// 「不正アクセスの開始」 for a virus that came in an attachment; the list of
// training applicants and board members (研修申込者・本会役員等) was addressed
// to 従業員の皆さま; the council, which calls itself 本会 in its own text, was
// 当法人 in the template's sentences beside it.
func TestMalwareNoticeWordsAndReaders(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["45-emotet-staff-pc-contacts"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	n := strings.ReplaceAll(docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d2"}, inc, a, rs), "\n", "")
	for _, want := range []string{"ウイルス感染による個人情報漏えいのおそれに関するお詫びとお知らせ", "・2025年9月5日頃　マルウェア（コンピュータウイルス）への感染",
		"ウイルスに感染していた可能性のある期間は、2025年9月5日から2025年9月16日までと推定しております。", "関係者の皆さまへ", "本会が保有する"} {
		if !strings.Contains(n, want) {
			t.Errorf("the notice to d2 lacks %q:\n%s", want, n)
		}
	}
	for _, bad := range []string{"不正アクセス", "従業員の皆さま", "当法人"} {
		if strings.Contains(n, bad) {
			t.Errorf("the notice to d2 says %q:\n%s", bad, n)
		}
	}
	for name, want := range map[string]string{
		"研修申込者・本会役員等（メールに添付された名簿）": "関係者の皆さま",
		"理事・評議員等の役員":               "役員の皆さま",
		"役員・社員（グループ会社を含む）":         "従業員の皆さま", // 15: officers and staff of the company
		"従業員の扶養家族":                 "関係者の皆さま", // 46
		"iDeCo（個人型確定拠出年金）の申込者":     "",        // the default: the sector or お客様
	} {
		if got := personKindJA(name); got != want {
			t.Errorf("personKindJA(%q) = %q, want %q", name, got, want)
		}
	}
}

// F105, F108 (46: ransomware at the payroll cloud a company uses). The
// company found the cloud down and recorded it as its own detection; the
// report said 「当社のシステムにおいて異常を検知し」 of a contractor's servers.
// The former employees were 「既に取引を終了した方（退会者等）」, all 879 of
// them said kept past 「取引終了後5年」, though some left within five years.
func TestContractorsSystemsAndFormerStaffInReport(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["46-hr-saas-ransomware-entrustor"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	r := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs)
	for _, want := range []string{
		"2023年6月5日、委託先のシステムの異常を把握し、2023年6月9日、", // no investigation recorded between (F1086)
		"・2023年6月5日 9時30分　委託先のシステムの異常を把握",
		"従業員（在職者・退職者）のうち、既に退職された方：2014年以降に退職された方、879名。文書管理規程（退職者の人事・給与記録は退職後5年）の保存期間（退職後5年）を経過した方の情報も、消去されずに保存されていた。",
	} {
		if !strings.Contains(r, want) {
			t.Errorf("the report lacks %q:\n%s", want, r)
		}
	}
	for _, bad := range []string{"当社のシステム", "取引を終了した方"} {
		if strings.Contains(r, bad) {
			t.Errorf("the report says %q:\n%s", bad, r)
		}
	}
	en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	if strings.Contains(en, "unusual activity on our systems") {
		t.Errorf("the English notice puts the contractor's systems as ours:\n%s", en)
	}
}
