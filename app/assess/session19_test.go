package assess

import (
	"testing"
	"time"
)

// F746 (134): 750 customers told on 7/17, 37,276 on 9/8 (56 days after the
// knowing): the notice was measured to the first and said within 30 days.
// With the persons told set by set, the measure ends when the last set
// named was first told; the same notices sent to everyone on the first day
// end it then.
func TestNoticeMeasuredToTheLastSetTold(t *testing.T) {
	name := "134-securities-vendor-deposit-tool-id-images-fsa-order"
	notice := func(mod func([]string) []string) Finding {
		inc := loadScenario(t, scenarioDir+"/"+name+".json")
		for i := range inc.Events {
			if inc.Events[i].Kind == "notice_persons" && mod != nil {
				inc.Events[i].Sets = mod(inc.Events[i].Sets)
			}
		}
		for _, f := range eval(t, inc, inc.UpdatedAt).Findings {
			if f.ID == "tl.notice" {
				return f
			}
		}
		t.Fatal("no tl.notice")
		return Finding{}
	}
	f := notice(nil)
	if f.Verdict != FindingLate || f.ToAt == nil || f.ToAt.Month() != time.September {
		t.Errorf("per set: %s to %v, want late to the September notice: %s", f.Verdict, f.ToAt, f.Explanation.EN)
	}
	f = notice(func([]string) []string { return nil }) // every notice to everyone
	if f.Verdict == FindingLate || f.ToAt == nil || f.ToAt.Month() != time.July {
		t.Errorf("to everyone: %s to %v, want the July notice within the benchmark: %s", f.Verdict, f.ToAt, f.Explanation.EN)
	}
}
