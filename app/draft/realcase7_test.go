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
