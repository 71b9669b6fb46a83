package assess

import "testing"

// Fixes of session 18 (testdata/golden/assess/REVIEW.md).

// F546 (117): card numbers read aloud lay in call recordings in a public
// bucket; "stop card payments and cut the card servers off" stayed overdue
// though the payments were never the way in, and closing the bucket was
// the containment. Card data exposed by a setting, a publication or an
// outside service gets a step to close access to it, done by the
// containment; a loss or a misdelivery gets neither (their own steps
// recover the data); a skimmed web shop still stops its card payments.
func TestCardStepsFollowTheCause(t *testing.T) {
	for _, c := range []struct {
		file         string
		stop, cutoff bool
		cutoffDone   bool
	}{
		{"117-mailorder-call-recordings-public-bucket-researcher", false, true, true},
		{"03-webshop-skimming-2025", true, false, false},
		{"85-city-welfare-list-lost-from-car-roof", false, false, false},
	} {
		inc := loadScenario(t, scenarioDir+"/"+c.file+".json")
		a := eval(t, inc, inc.UpdatedAt)
		stop, cutoff := step(a, "pb.card.stop"), step(a, "pb.card.cutoff")
		if (stop != nil) != c.stop || (cutoff != nil) != c.cutoff {
			t.Errorf("%s: card stop shown %v (want %v), access closed shown %v (want %v)", c.file, stop != nil, c.stop, cutoff != nil, c.cutoff)
			continue
		}
		if c.cutoffDone && (cutoff.State != StateDoneLate && cutoff.State != StateDone || cutoff.DoneBy == "") {
			t.Errorf("%s: access to the card data closed by the containment, the step is %s by %q", c.file, cutoff.State, cutoff.DoneBy)
		}
	}
}
