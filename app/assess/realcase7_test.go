package assess

import (
	"strings"
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

// F155 (54, a disposal subcontractor's employee resold the prefecture's
// disks): the step 「内部不正の調査（権限・操作ログ・持出し先）」 told the
// prefecture to suspend the employee's access and trace his logs — the
// contractor's to do, as F114 settled for isolation, evidence and forensics.
// With the cause at a contractor the step says so; an own employee's case
// (37) does not.
func TestContractorInvestigatesItsInsider(t *testing.T) {
	_, a := realCase(t, "54-prefecture-hdd-resold-by-disposal-contractor")
	s := step(a, "pb.insider")
	if s == nil || !strings.Contains(s.Do.JA, "調査は委託先が行います") || !strings.Contains(s.Do.EN, "the contractor suspends their access") {
		t.Errorf("54 pb.insider: %+v", s)
	}
	_, own := realCase(t, "37-departing-employee-list-to-competitor")
	if s := step(own, "pb.insider"); s == nil || strings.Contains(s.Do.JA, "委託先") || strings.Contains(s.Do.EN, "contractor") {
		t.Errorf("37 pb.insider speaks of a contractor: %+v", s)
	}
}
