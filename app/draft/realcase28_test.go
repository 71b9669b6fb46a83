package draft

import (
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
