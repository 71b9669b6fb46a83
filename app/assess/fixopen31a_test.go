package assess

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"breachdesk/app/incident"
)

// F1427 (170): the attackers' demand with sample rows, held by the security
// team for 309 days before the board knew, was graded "info". A detection
// told by the attacker, a regulator, the police or the persons that came
// before the knowing by more than the shortest hard deadline of a law that
// applies grades the measure late, naming the detection and the deadline.
func TestKnowingLongAfterTheAttackersWordIsAWarning(t *testing.T) {
	rs := mustRules(t)
	path := filepath.Join(scenarioDir, "170-ride-app-old-ciso-paid-attackers-as-bug-bounty-board-learned-ten-months-later.json")
	aware := func(inc *incident.Incident) Finding {
		t.Helper()
		for _, f := range Evaluate(inc, rs, inc.UpdatedAt).Findings {
			if f.ID == "tl.aware" {
				return f
			}
		}
		t.Fatal("no tl.aware finding")
		return Finding{}
	}
	detection := func(inc *incident.Incident) *incident.Event {
		for i := range inc.Events {
			if inc.Events[i].ID == "e2" {
				return &inc.Events[i]
			}
		}
		t.Fatal("no e2")
		return nil
	}

	inc := loadScenario(t, path)
	f := aware(inc)
	if f.Verdict != FindingLate || !strings.Contains(f.Explanation.EN, "the attacker told the company of the case (e2)") ||
		!strings.Contains(f.Explanation.EN, "was due on 2025-11-13 09:12 PST") || !strings.Contains(f.Explanation.JA, "攻撃者から本件を知らされています（e2）") {
		t.Errorf("the attackers' demand 309 days before the knowing: %s %q", f.Verdict, f.Explanation.EN)
	}

	// A regulator's call is read the same way.
	inc = loadScenario(t, path)
	detection(inc).Source = "regulator"
	if f := aware(inc); f.Verdict != FindingLate || !strings.Contains(f.Explanation.EN, "a regulator told") {
		t.Errorf("a regulator's call: %s %q", f.Verdict, f.Explanation.EN)
	}

	// The company's own staff: the gap is measured only (clock.staff-told's matter).
	inc = loadScenario(t, path)
	detection(inc).Source = "staff"
	if f := aware(inc); f.Verdict != FindingInfo {
		t.Errorf("a staff member's report: %s %q", f.Verdict, f.Explanation.EN)
	}

	// The knowing within the shortest period (72 hours) of the demand: info.
	inc = loadScenario(t, path)
	for i := range inc.Events {
		if inc.Events[i].ID == "e5" {
			inc.Events[i].At = time.Date(2025, 11, 11, 0, 0, 0, 0, time.UTC)
		}
		if inc.Events[i].ID == "e6" {
			inc.Events[i].At = time.Date(2025, 11, 12, 9, 0, 0, 0, time.FixedZone("PST", -8*3600))
		}
	}
	if f := aware(inc); f.Verdict != FindingInfo {
		t.Errorf("the knowing two days after the demand: %s %q", f.Verdict, f.Explanation.EN)
	}
}
