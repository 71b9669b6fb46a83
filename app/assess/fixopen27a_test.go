package assess

import (
	"path/filepath"
	"strings"
	"testing"
)

// F1153 (159): a US subsidiary with 1,098,743 persons in a US row with no
// state was told "no law held: US (state not given)" and Florida, Texas
// and Massachusetts "cannot tell yet", and nothing said that the first task
// is to split those persons by state; the step for persons outside the
// countries of establishment still said "persons abroad" in English. The
// line of places not held asks for the split whenever a row lacks its
// state, and the step's title names the countries of establishment.
func TestUnheldStateAsksForTheSplitByState(t *testing.T) {
	rs := mustRules(t)
	name := "159-us-ticketing-subsidiary-cloud-warehouse-contractor-infostealer-no-mfa-forum-sale-states"
	inc := loadScenario(t, filepath.Join(scenarioDir, name+".json")).Clone()
	a := Evaluate(inc, rs, inc.UpdatedAt)
	if a.UnheldText == nil || !strings.Contains(a.UnheldText.EN, "First split the persons whose state is not given by state") ||
		!strings.Contains(a.UnheldText.JA, "まず州ごとの人数に分けてください") {
		t.Errorf("159: the US persons of no state are not asked to be split by state: %+v", a.UnheldText)
	}
	if s := step(a, "pb.scope.foreign"); s == nil || strings.Contains(s.Title.EN, "abroad") || !strings.Contains(s.Title.EN, "outside the countries of establishment") {
		t.Errorf("159 (established in the US): the step for persons elsewhere is titled %+v", s)
	}
	// Every US row given its state: nothing to split.
	for i := range inc.DataSets {
		for j := range inc.DataSets[i].Residence {
			if r := &inc.DataSets[i].Residence[j]; r.Country == "US" && r.Region == "" {
				r.Region = "TX"
			}
		}
	}
	if a := Evaluate(inc, rs, inc.UpdatedAt); a.UnheldText != nil && strings.Contains(a.UnheldText.EN, "split") {
		t.Errorf("every US row with its state: still asked for the split: %s", a.UnheldText.EN)
	}
}
