package draft

import (
	"slices"
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// F949 (147): employees' Social Security numbers taken with their wages (W-2
// forms) are what a fraudulent tax return needs. The checklist has the step
// of telling the IRS and the states' tax agencies, and the English notice
// points the persons to the IRS's Identity Protection PIN; a Social Security
// number without wage data gets neither.
func TestWageDataWithSSNPointsToTheIRS(t *testing.T) {
	rs := mustRules(t)
	check := func(inc *incident.Incident, want bool) {
		t.Helper()
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		step := slices.ContainsFunc(a.Steps, func(s assess.Step) bool { return s.ID == "pb.us.irs" && s.Applies != assess.No })
		notice := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter}, inc, a, rs)
		pin := strings.Contains(notice, "Identity Protection PIN") && strings.Contains(notice, "Form 14039")
		if step != want || pin != want {
			t.Errorf("the step pb.us.irs shown: %v, the notice's IRS paragraph: %v; want %v", step, pin, want)
		}
	}
	inc := scenario(t, "147-us-subsidiary-w2-forms-emailed-to-fake-ceo")
	check(inc, true)
	for i := range inc.DataSets {
		inc.DataSets[i].Categories = slices.DeleteFunc(inc.DataSets[i].Categories, func(c incident.Category) bool { return c.ID == "salary" })
	}
	check(inc, false)
}
