package assess

import (
	"strings"
	"testing"
)

// Findings of the fix round on time and on who told whom (testdata/golden/
// assess/REVIEW.md).

// F588 (123, a carrier whose agency's officer photographed contract copies:
// the police called the company on 1/22 about the records found on a
// suspect's PC): consulting the police was "overdue" by 45 days and the
// police duty open, when the police had begun the case. A detection told by
// the police is the contact with them; what is left is whether to file a
// report of damage or a complaint. A detection told by anyone else is not.
func TestDetectionByThePoliceIsTheirContact(t *testing.T) {
	const name = "123-telecom-agency-staff-photographed-contract-copies-police"
	for _, src := range []string{"police", "customer"} {
		inc := loadScenario(t, scenarioDir+"/"+name+".json")
		for i := range inc.Events {
			if inc.Events[i].Kind == "detected" {
				inc.Events[i].Source = src
			}
		}
		a := eval(t, inc, inc.UpdatedAt)
		s := step(a, "pb.police")
		ob := obligation(jur(t, a, "JP"), "jp.police")
		if s == nil || ob == nil {
			t.Fatalf("%s: no police step or duty", src)
		}
		if src != "police" {
			if s.State == StateDone || ob.State == StateDone {
				t.Errorf("told by a %s: the police step or duty is done (%s, %s)", src, s.State, ob.State)
			}
			continue
		}
		if s.State != StateDone || s.DoneBy != "e2" || ob.State != StateDone || ob.DoneBy != "e2" {
			t.Errorf("told by the police: step %s by %q, duty %s by %q; want both done by e2", s.State, s.DoneBy, ob.State, ob.DoneBy)
		}
		if !strings.Contains(s.Explanation.JA, "被害届・告訴") || !strings.Contains(ob.Explanation.EN, "report of damage or a complaint") {
			t.Errorf("the report of damage is not asked: %q / %q", s.Explanation.JA, ob.Explanation.EN)
		}
	}
}
