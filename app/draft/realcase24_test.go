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
