package assess

import (
	"testing"

	"breachdesk/app/incident"
)

// Findings of the fixwords round (testdata/golden/assess/REVIEW.md).

// F670 (128, a religious body's mailing list handled for its religious
// activity): the data excluded by APPI Art. 57(1) still carries the duty to
// endeavour to take security and complaint-handling measures and publish
// them (Art. 57(3)); no obligation or step said so. Shown for the excluded
// set only, not for an ordinary company's set nor a public body's.
func TestArt57ExclusionKeepsTheMeasuresDuty(t *testing.T) {
	inc := base(3000)
	inc.Org.Art57Body = incident.Yes
	inc.DataSets[0].ExemptPurpose = incident.Yes
	a := eval(t, inc, at(2026, 5, 22, 10, 0))
	ob := obligation(jur(t, a, "JP"), "jp.art57.measures")
	if ob == nil || ob.Level != "recommended" {
		t.Fatalf("no Art. 57(3) duty beside the exclusion: %+v", ob)
	}
	if len(ob.Sets) != 1 || ob.Sets[0] != inc.DataSets[0].ID {
		t.Errorf("sets %v, want the excluded set", ob.Sets)
	}
	for name, change := range map[string]func(*incident.Incident){
		"not an Art. 57 body":      func(i *incident.Incident) { i.Org.Art57Body = incident.No },
		"not handled for its aims": func(i *incident.Incident) { i.DataSets[0].ExemptPurpose = incident.No },
	} {
		x := inc.Clone()
		change(x)
		if ob := obligation(jur(t, eval(t, x, at(2026, 5, 22, 10, 0)), "JP"), "jp.art57.measures"); ob != nil && ob.Applies != "no" {
			t.Errorf("%s: %+v", name, ob)
		}
	}
}
