package assess

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"breachdesk/app/incident"
)

// F1184 (161): tl.notice measured the letters to the evacuation plans'
// persons, whose data was found on 6/29, from the knowing of 6/4 (the tax
// data's): "34 calendar days, at least 3 d 7 h past the benchmark". A notice
// that told only sets found after the knowing is measured from their
// finding, and says so; one that told a set known from the knowing too is
// measured from the knowing.
func TestNoticeOfSetsFoundLaterIsMeasuredFromTheirFinding(t *testing.T) {
	rs := mustRules(t)
	inc := loadScenario(t, filepath.Join(scenarioDir, "161-city-print-vendor-ransomware-evacuation-plans-kept-after-contract-one-of-many-clients.json"))
	// The tax data's persons (d3, known from the knowing) are never told
	// by a letter in 161 (F1260: the notice is then not done); here they
	// cannot be told individually, so the announcement stands as their
	// notice and the letters of 7/8 are what the measure ends at.
	for i := range inc.DataSets {
		if inc.DataSets[i].ID == "d3" {
			inc.DataSets[i].Unreachable = incident.Yes
		}
	}
	f := finding(Evaluate(inc, rs, inc.UpdatedAt), "tl.notice")
	if f == nil {
		t.Fatal("161: no tl.notice")
	}
	if f.Verdict != FindingOK || !strings.Contains(f.Explanation.EN, "9 calendar days") || !strings.Contains(f.Explanation.EN, "found to be part of the case on 2026-06-29") {
		t.Errorf("161's notice of the plans' data is not measured from 6/29: %s %s", f.Verdict, f.Explanation.EN)
	}
	if !f.FromAt.Equal(time.Date(2026, 6, 29, 0, 0, 0, 0, inc.Location())) {
		t.Errorf("measured from %s, want the day found", f.FromAt)
	}
	both := inc.Clone()
	for i, e := range both.Events {
		if e.ID == "e12" {
			both.Events[i].Sets = []string{"d1", "d2", "d3"}
		}
	}
	f = finding(Evaluate(both, rs, both.UpdatedAt), "tl.notice")
	if f == nil {
		t.Fatal("no tl.notice with e12 naming every set")
	}
	if f.Verdict != FindingLate || !strings.Contains(f.Explanation.EN, "34 calendar days") || strings.Contains(f.Explanation.EN, "found to be part") {
		t.Errorf("a notice that also told the tax data is not measured from the knowing: %s %s", f.Verdict, f.Explanation.EN)
	}
}
