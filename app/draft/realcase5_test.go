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
	if !strings.Contains(ja, "クレジットカード番号・有効期限・名義（カード番号は一部の桁のみを保存、うち1,855名）") {
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
	if !strings.Contains(ja, "外部から閲覧できる状態にあった期間は、2025年6月19日です。") || strings.Contains(ja, "6月19日から2025年6月19日まで") {
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
	if !strings.Contains(en, "exposed on June 19, 2025.") {
		t.Errorf("the English notice does not tell the one day:\n%s", en)
	}
}
