package assess

import (
	"path/filepath"
	"strings"
	"testing"
)

// A security researcher's report is an outside word too (150: a bug bounty
// report of 1/5 that the API linked phone numbers to accounts, unheeded until
// a journalist asked on 7/21; the company knew on 7/23): the knowing is graded
// late, naming the researcher, as for the attacker's demand (F1427). The
// documents' leads read the same list (assess.OutsideSources).
func TestKnowingLongAfterAResearchersReportIsAWarning(t *testing.T) {
	rs := mustRules(t)
	inc := loadScenario(t, filepath.Join(scenarioDir, "150-sns-app-api-bug-linked-phones-to-pseudonymous-accounts-sold-on-forum.json"))
	for _, f := range Evaluate(inc, rs, inc.UpdatedAt).Findings {
		if f.ID != "tl.aware" {
			continue
		}
		if f.Verdict != FindingLate || !strings.Contains(f.Explanation.EN, "a security researcher told the company of the case (e2)") ||
			!strings.Contains(f.Explanation.JA, "セキュリティ研究者から本件を知らされています（e2）") {
			t.Errorf("the researcher's report 199 days before the knowing: %s %q", f.Verdict, f.Explanation.EN)
		}
		return
	}
	t.Fatal("no tl.aware finding")
}
