package assess

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"breachdesk/app/incident"
)

// F942 (147): the New York breach form sent to the Attorney General, the
// Department of State and the State Police, recorded as the final report to
// that jurisdiction (the law knows one filing, and a user has no reason to
// call it preliminary), left "Notify the Attorney General and state agencies"
// open. A filing that is the only one its law asks for is done by a report
// event of either kind; Japan's 速報 and 確報, which are two duties, are not.
func TestSingleFilingDoneByAFinalReport(t *testing.T) {
	inc := loadScenario(t, filepath.Join(scenarioDir, "147-us-subsidiary-w2-forms-emailed-to-fake-ceo.json"))
	a := Evaluate(inc, mustRules(t), inc.UpdatedAt)
	found := false
	for _, j := range a.Jurisdictions {
		for _, o := range j.Obligations {
			if o.ID == "us-ny.agencies" {
				found = true
				if o.State != StateDone || o.DoneBy != "e11" {
					t.Errorf("us-ny.agencies: %s by %q, want done by e11", o.State, o.DoneBy)
				}
			}
		}
	}
	if !found {
		t.Fatal("147: no us-ny.agencies")
	}
	for _, j := range mustRules(t).Jurisdictions {
		if strings.HasPrefix(j.ID, "JP") || j.ID == "CARDS" {
			continue
		}
		for _, o := range j.Obligations {
			if slices.Contains(o.DoneBy, incident.EvReportPrelim) && !slices.Contains(o.DoneBy, incident.EvReportFinal) {
				t.Errorf("%s %s: done by a preliminary report only", j.ID, o.ID)
			}
		}
	}
}
