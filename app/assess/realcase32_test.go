package assess

import (
	"testing"
)

// Findings of the realcase32 review (scenarios 134–136; testdata/golden/
// assess/REVIEW.md, F740–).

// F744 (136, a CRO's ransomware: a first word to the university hospital on
// 12/10 that its research's data "may" be involved, nothing identified; the
// two trial subjects' records found on 3/10, the hospital told of them on
// 3/12): the notice to the hospital, owed for the subjects' set alone and
// running from 3/10 (F683), was shown done on 12/10, three months before
// the set was known, and the drafts dated the entrustor's report then, with
// no item and no count. A message to the entrustor that names no data set
// tells only of the sets part of the case on its day.
func TestEntrustorMessageBeforeTheSetWasFoundDoesNotTellOfIt(t *testing.T) {
	inc := loadScenario(t, scenarioDir+"/136-cro-ransomware-investigators-crc-and-hospital-trial-subjects-found-later.json")
	for _, named := range []bool{true, false} {
		c := *inc
		c.Events = append(c.Events[:0:0], inc.Events...)
		if !named { // the later notice entered without its set: the same
			for i := range c.Events {
				if c.Events[i].ID == "e18" {
					c.Events[i].Sets = nil
				}
			}
		}
		a := eval(t, &c, c.UpdatedAt)
		ob := obligation(jur(t, a, "JP"), "jp.entrustor.notice")
		if ob == nil {
			t.Fatal("136: no entrustor notice")
		}
		if ob.DoneBy != "e18" || ob.State != StateDone {
			t.Errorf("136 (sets named %v): entrustor notice done by %q, state %s; want e18 (3/12, after the subjects were found on 3/10), done", named, ob.DoneBy, ob.State)
		}
	}
}
