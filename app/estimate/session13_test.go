package estimate

import (
	"testing"
)

// F160(b) (55): a prescription entered as an "other" item and classified
// special-care and health was "assumed (1,1)" by the estimate. A classified
// free-text item takes the lowest levels of the table's items of its
// classes (special-care: 病歴 and 健診 are (2,1)); unclassified, or
// classified as carrying none, it stays (1,1).
func TestClassifiedOtherItemIsNotAssumedTheLowestLevel(t *testing.T) {
	fax := loadScenario(t, "55-clinic-prescription-fax-wrong-number")
	level := func(flags []string) (int, int) {
		inc := fax.Clone()
		for i := range inc.DataSets {
			for j := range inc.DataSets[i].Categories {
				if c := &inc.DataSets[i].Categories[j]; c.ID == "other" {
					c.Flags = flags
				}
			}
		}
		e := Compute(inc, mustRules(t), mustCosts(t), Inputs{X: 0, Y: 0})
		return e.Damage.X, e.Damage.Y
	}
	if x, _ := level([]string{"sensitive", "health"}); x != 2 {
		t.Errorf("special-care item: X = %d, want 2", x)
	}
	if x, y := level([]string{"card"}); x != 1 || y != 3 {
		t.Errorf("card item: (%d,%d), want (1,3)", x, y)
	}
	// The scenario's other items keep their own levels: health insurance is (1,2).
	if x, y := level(nil); x != 1 || y != 2 {
		t.Errorf("unclassified: (%d,%d), want (1,2) from the catalogued items", x, y)
	}
	if x, y := level([]string{"none"}); x != 1 || y != 2 {
		t.Errorf("classified as none: (%d,%d), want (1,2)", x, y)
	}
}
