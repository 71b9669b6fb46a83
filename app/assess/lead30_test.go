package assess

import (
	"path/filepath"
	"testing"

	"breachdesk/app/incident"
)

// The US states' breach is an acquisition (or access) without authority:
// data only lost or damaged, which nobody took (a flood), is none (F1540:
// one of 171's sets given Californian residents read as "acquired" under
// Cal. Civ. Code 1798.82(h)); the same set marked leaked is reportable.
func TestDataOnlyDestroyedIsNoStateBreach(t *testing.T) {
	rs := mustRules(t)
	inc := loadScenario(t, filepath.Join(scenarioDir, "171-hospital-flood-basement-paper-charts-and-ehr-server-since-last-backup.json"))
	d := &inc.DataSets[0]
	d.Residence = append(d.Residence, incident.Residence{Country: "US", Region: "CA", Persons: incident.Count{Known: true, N: 10}})
	if d.Leak {
		t.Fatal("171's first set is marked leaked: the test needs a set only lost or damaged")
	}
	verdict := func() Verdict {
		for _, j := range Evaluate(inc, rs, inc.UpdatedAt).Jurisdictions {
			if j.ID == "US-CA" {
				return j.Reportable
			}
		}
		return ""
	}
	if v := verdict(); v == Yes {
		t.Errorf("California for data a flood destroyed: reportable %q, want not", v)
	}
	d.Leak = true
	if v := verdict(); v != Yes {
		t.Errorf("California for the same data leaked: reportable %q, want yes", v)
	}
}
