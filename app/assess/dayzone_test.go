package assess

import (
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// F1064: a deed known by its day, typed in another offset than the case's
// (a Tokyo case's report to the PPC entered on a London evening as "15
// April" at 00:00+01:00), may have been made as late as the end of that day
// where it was typed: 08:00 on the 16th in Tokyo. A 速報 due at the end of
// the 15th in Tokyo is then done that day, whether in time not known (not
// plainly in time).
func TestDayTypedInAnotherOffsetEndsThere(t *testing.T) {
	inc := loadScenario(t, filepath.Join(scenarioDir, "97-uk-branch-staff-id-images-fraud.json"))
	london := time.FixedZone("", 3600)
	for i := range inc.Events {
		if inc.Events[i].ID == "e7" {
			inc.Events[i].At = time.Date(2022, 4, 15, 0, 0, 0, 0, london)
		}
	}
	tokyo := inc.Location()
	for _, j := range Evaluate(inc, mustRules(t), inc.UpdatedAt).Jurisdictions {
		for _, ob := range j.Obligations {
			if ob.ID != "jp.report.prelim" {
				continue
			}
			if ob.Due == nil || !ob.Due.Equal(time.Date(2022, 4, 15, 23, 59, 59, 0, tokyo)) {
				t.Fatalf("due %v, want the end of 15 April in Tokyo", ob.Due)
			}
			if ob.DoneAt == nil || !ob.DoneAt.Equal(time.Date(2022, 4, 16, 7, 59, 59, 0, tokyo)) {
				t.Errorf("done at %v, want the end of 15 April in London (08:00 on the 16th in Tokyo)", ob.DoneAt)
			}
			if !strings.Contains(ob.Explanation.EN, "whether it was late cannot be told") || !strings.Contains(ob.Explanation.JA, "遅れの有無は判断できません") {
				t.Errorf("a report on 15 April London time is shown done in time for a deadline at the end of 15 April in Tokyo: %s / %s", ob.Explanation.EN, ob.Explanation.JA)
			}
			return
		}
	}
	t.Fatal("97: no jp.report.prelim")
}
