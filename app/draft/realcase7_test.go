package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
)

// Findings of the realcase7 review (scenarios 53–55; testdata/golden/assess/
// REVIEW.md, F150–).

// F150 (55, a clinic's prescription faxed to a private home): the
// prescription, entered as "other" and classified by the user as
// special-care, made the case reportable under Rules Art. 7(1), while the
// notice never said it held such information and the PPC report's item 5
// left out 「要配慮個人情報が含まれるため…」: the drafts read only the
// catalogue's flags. They read the user's classification as the engine does.
func TestUserClassifiedItemIsSensitiveInDrafts(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["55-clinic-prescription-fax-wrong-number"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs)
	if !strings.Contains(ja, "処方内容（薬品名・用量・日数）に関する情報など、特に慎重な取扱いを要する情報が含まれております") {
		t.Errorf("the notice does not say the prescription is special-care information:\n%s", ja)
	}
	ppc := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs)
	if !strings.Contains(ppc, "要配慮個人情報が含まれるため") {
		t.Errorf("the report's item 5 does not name the special-care data:\n%s", ppc)
	}
	// An "other" item the user said carries none of the law's flags stays
	// out (46: 続柄).
	hr := scenarios(t)["46-hr-saas-ransomware-entrustor"]
	ha := assess.Evaluate(hr, rs, hr.UpdatedAt)
	if s := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d2"}, hr, ha, rs); strings.Contains(s, "慎重な取扱い") {
		t.Errorf("an item classified as none reads as special-care:\n%s", s)
	}
}

// F151 (54, disks a disposal subcontractor's employee resold; 55, a
// prescription faxed to a private home): what came back was told as
// 「紛失・盗難した書類・記録媒体等が見つかり、委託先の手元に戻りました」 (the
// prefecture got nine disks back from a buyer) and 「…が見つかり、当院の手元に
// 戻りました」, with 「委託先が紛失・盗難した書類・記録媒体等を回収」 on the
// time line. What an insider took out was taken, what was misdirected was
// sent: got back, not found, and not said to be in the contractor's hands.
func TestRetrievedNotLostWhenTakenOrMisdirected(t *testing.T) {
	rs := mustRules(t)
	for name, want := range map[string][]string{
		"54-prefecture-hdd-resold-by-disposal-contractor": {"持ち出された書類・記録媒体等が回収されました。", "・2025年11月29日（土）　持ち出された書類・記録媒体等を回収"},
		"55-clinic-prescription-fax-wrong-number":         {"誤って送付した書類等を回収いたしました。", "誤って送付した書類等を回収"},
	} {
		inc := scenarios(t)[name]
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: inc.DataSets[0].ID}, inc, a, rs)
		for _, bad := range []string{"紛失・盗難", "見つかり", "委託先の手元", "委託先が"} {
			if strings.Contains(ja, bad) {
				t.Errorf("%s: the notice says %q:\n%s", name, bad, ja)
			}
		}
		for _, w := range want {
			if !strings.Contains(ja, w) {
				t.Errorf("%s: want %q:\n%s", name, w, ja)
			}
		}
		en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: inc.DataSets[0].ID}, inc, a, rs)
		if strings.Contains(en, "lost or stolen") || strings.Contains(en, "found and returned") {
			t.Errorf("%s: the English notice says lost or found:\n%s", name, en)
		}
	}
	// A lost USB stick found and handed back to the contractor keeps its words (28).
	usb := scenarios(t)["28-processor-usb-lost-city-residents"]
	ua := assess.Evaluate(usb, rs, usb.UpdatedAt)
	if ja := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, usb, ua, rs); !strings.Contains(ja, "委託先が紛失した書類・記録媒体等を回収") {
		t.Errorf("a contractor's lost stick changed:\n%s", ja)
	}
}
