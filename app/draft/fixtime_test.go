package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
)

// Findings of the fix round on time and on who told whom (testdata/golden/
// assess/REVIEW.md).

// F688 (132, a 速報 of 「漏えいのおそれ」 about 14 June, the knowing entered
// as 28 June; 13, a 速報 drafted on the detection): the report's 発覚日 read
// 「調査中」. A 速報 is itself of the situation, known at least as a
// possibility, and the form asks the day the company knew: the field asks
// for it, naming the detection as a lead only. A 確報 keeps its placeholder.
func TestPrelimBeforeKnowingAsksTheDayOfKnowing(t *testing.T) {
	rs := mustRules(t)
	for name, detected := range map[string]string{
		"132-video-service-ransomware-leak-site-count-fixed-after-two-months": "2024年6月8日",
		"13-just-detected": "2026年9月14日",
	} {
		inc := scenarios(t)[name]
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		got := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs)
		if strings.Contains(got, "発覚日（事態を知った日）：調査中") {
			t.Errorf("%s: the 速報's day of knowing is 「調査中」", name)
		}
		want := "発覚日（事態を知った日）：【要記入：漏えい等のおそれを含め事態を知った日（端緒の検知は" + detected + "）】"
		if !strings.Contains(got, want) {
			t.Errorf("%s: the 速報 lacks %q:\n%s", name, want, got)
		}
	}
}
