package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// Findings of the realcase30 review (scenarios 128–130; testdata/golden/
// assess/REVIEW.md, F660–).

// F661 (128, a religious centre's periodical mailing list of temples,
// believers and supporters, and its part-time researchers paid fees): both
// notices began 「お客様各位　平素より格別のご愛顧を賜り」 and the PPC report
// said 「顧客の個人情報」. A religious, political or charitable body's
// believers, donors and readers are named as such; where an Art. 57 body's
// set names none, its persons are 関係者, not customers. A newspaper's
// subscribers stay customers.
func TestReligiousBodysReadersAreNotCustomers(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["128-religious-body-periodical-list-staff-usb-leak"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	for _, set := range []string{"d1", "d2"} {
		n := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: set}, inc, a, rs)
		if strings.Contains(n, "お客様") || strings.Contains(n, "ご愛顧") || !strings.Contains(n, "関係者の皆さまへ") {
			t.Errorf("128 notice to %s:\n%s", set, n)
		}
	}
	if ppc := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs); strings.Contains(ppc, "顧客") {
		t.Errorf("128 速報 calls them customers:\n%s", ppc)
	}
	for name, want := range map[string]string{"檀家名簿": "関係者の皆さま", "寄付者一覧": "関係者の皆さま", "新聞の購読者": "お客様"} {
		if got := personKindJA(name); got != want {
			t.Errorf("personKindJA(%q) = %q, want %q", name, got, want)
		}
	}
	// An ordinary company's unnamed set stays お客様.
	plain := inc.Clone()
	plain.Org.Art57Body = incident.No
	a = assess.Evaluate(plain, rs, plain.UpdatedAt)
	if n := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d2"}, plain, a, rs); !strings.Contains(n, "お客様各位") {
		t.Errorf("not an Art. 57 body: the unnamed set's notice\n%s", n)
	}
}

// F662 (128): with the exempt mailing list taken out and the researchers'
// list not yet judged (one item not classified), the 速報 listed its
// situations as 「・該当なし」 above the exclusion, telling the PPC that
// nothing was reportable while the engine could not tell. Undetermined, it
// says 調査中; judged not reportable, 該当なし.
func TestReportSituationsUndeterminedBesideAnExclusion(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["128-religious-body-periodical-list-staff-usb-leak"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ppc := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs)
	if !strings.Contains(ppc, "報告対象となる事態：\n・調査中\n・報告対象外：") {
		t.Errorf("128 速報, undetermined beside the exclusion:\n%s", ppc)
	}
	judged := inc.Clone()
	for i, c := range judged.DataSets[1].Categories {
		if c.ID == "other" {
			judged.DataSets[1].Categories[i].Flags = []string{"none"}
		}
	}
	a = assess.Evaluate(judged, rs, judged.UpdatedAt)
	ppc = docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, judged, a, rs)
	if !strings.Contains(ppc, "報告対象となる事態：\n・該当なし\n・報告対象外：") {
		t.Errorf("128 速報, judged not reportable:\n%s", ppc)
	}
}

// F663 (129, a hospital's charts and their backup encrypted by ransomware,
// 毀損 only, no sign of exfiltration; 59 too): the notice that spoke of
// 毀損 went on 「当院や公的機関等をかたる不審な郵便物が届くおそれがあります」
// as if the data had gone out. Data an attacker damaged or destroyed,
// no leak stated, is said not to be known to have gone out, nor ruled out.
func TestDamageOnlyAttackSaysNoLeakIsKnown(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["129-private-hospital-ransomware-charts-destroyed-no-backup"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	n := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	if !strings.Contains(n, "外部への持ち出しは確認されておりませんが、その可能性を完全には否定できないため、当院や公的機関等をかたる不審な") {
		t.Errorf("129 notice, damage only:\n%s", n)
	}
	leaked := inc.Clone()
	leaked.DataSets[0].Leak = true
	a = assess.Evaluate(leaked, rs, leaked.UpdatedAt)
	if n := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, leaked, a, rs); strings.Contains(n, "持ち出しは確認されておりません") {
		t.Errorf("129 with a leak stated still says none is known:\n%s", n)
	}
}
