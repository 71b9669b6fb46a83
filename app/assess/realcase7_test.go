package assess

import (
	"testing"
)

// Findings of the realcase7 review (scenarios 53–55; testdata/golden/assess/
// REVIEW.md, F150–).

// F152 (55, a prescription faxed to a private home): the clinic fetched the
// fax from the recipient the same afternoon and recorded it as "retrieved",
// yet the step 「誤送付・誤送信先への削除・返送の依頼」 stayed overdue: only a
// "contained" event did it. Getting the misdirected paper back is that step.
func TestRetrievedMisdeliveryDoesTheRecoveryStep(t *testing.T) {
	_, a := realCase(t, "55-clinic-prescription-fax-wrong-number")
	s := step(a, "pb.misdelivery.recover")
	if s == nil {
		t.Fatal("no recovery step for a misdelivery")
	}
	if s.State != StateDone || s.DoneBy != "e4" {
		t.Errorf("recovery step: want done by the retrieval e4, got %s by %q (%s)", s.State, s.DoneBy, s.Explanation.EN)
	}
}
