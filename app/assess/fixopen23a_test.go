package assess

import (
	"path/filepath"
	"testing"
	"time"

	"breachdesk/app/incident"
)

// F954 (146, 148): "since when former customers are included and the
// retention period" was asked of one month's tape lost the next month and
// of a video made that month. Data held only from less than a year before
// the instant judged cannot hold anyone kept past a retention rule (no rule
// is shorter than a year, and nobody left before the data began): the
// question is not asked. Data reaching back further (147: a tax year's
// W-2s, 611 former staff) still asks it.
func TestRecentDataRaisesNoRetentionQuestion(t *testing.T) {
	rs := mustRules(t)
	step := func(inc *incident.Incident) Step {
		for _, s := range Evaluate(inc, rs, inc.UpdatedAt).Steps {
			if s.ID == "pb.retention" {
				return s
			}
		}
		return Step{}
	}
	for _, name := range []string{"146-regional-bank-backup-tape-lost-by-security-carrier", "148-prefecture-training-video-public-on-video-site-pupils-name-tags"} {
		inc := loadScenario(t, filepath.Join(scenarioDir, name+".json"))
		if s := step(inc); s.ID != "" && s.Applies != No {
			t.Errorf("%s: pb.retention %s, needs %v", name, s.Applies, s.Needs)
		}
	}
	w2 := loadScenario(t, filepath.Join(scenarioDir, "147-us-subsidiary-w2-forms-emailed-to-fake-ceo.json"))
	if s := step(w2); s.Applies != Unknown {
		t.Errorf("147: pb.retention %s, want the question asked", s.Applies)
	}
	// The boundary: held from a year and a day before, the question stays.
	tape := loadScenario(t, filepath.Join(scenarioDir, "146-regional-bank-backup-tape-lost-by-security-carrier.json"))
	d := &tape.DataSets[0]
	ref := time.Date(2026, 10, 28, 16, 0, 0, 0, tape.Location())
	for from, want := range map[incident.Date]bool{"2026-09": true, "2025-10-29": true, "2025-10-28": false, "2025": false} {
		d.Held.From = from
		if past, ok := KeptPastRule(tape, d, ref); ok != want || past {
			t.Errorf("held from %s: KeptPastRule = %v, %v; want false, %v", from, past, ok, want)
		}
	}
}
