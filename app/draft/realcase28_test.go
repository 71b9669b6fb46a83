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
