package assess

import (
	"path/filepath"
	"strings"
	"testing"
)

// F1560 (165): the petitioners' file, posted on 2025-12-02 (an intrusion
// tied to their set, found on 5/7), is not what the appellant's call of
// 4/28 detected: the dwell runs from the first intrusion the detection can
// concern (one tied to no set, or to a set part of the case by the
// detection's day), her file's posting of 4/23. Tied to no set, the
// December posting is the case's first intrusion, as before.
func TestDwellIsNotCountedFromASetFoundAfterTheDetection(t *testing.T) {
	rs := mustRules(t)
	inc := loadScenario(t, filepath.Join(scenarioDir, "165-prefecture-review-board-pdf-masks-removable-appellant-found-own-address.json"))
	dwell := func(a Assessment) string {
		t.Helper()
		for _, f := range a.Findings {
			if f.ID == "tl.dwell" {
				return f.Explanation.EN
			}
		}
		t.Fatal("no tl.dwell finding")
		return ""
	}
	if s := dwell(Evaluate(inc, rs, inc.UpdatedAt)); !strings.Contains(s, "4 d 17 h") {
		t.Errorf("165's dwell is not from the appellant's posting of 4/23: %q", s)
	}
	untied := inc.Clone()
	for i := range untied.Events {
		untied.Events[i].Sets = nil
	}
	if s := dwell(Evaluate(untied, rs, untied.UpdatedAt)); !strings.Contains(s, "147 calendar days") {
		t.Errorf("with the postings tied to no set, the dwell is not from the first: %q", s)
	}
}
