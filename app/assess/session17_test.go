package assess

import (
	"testing"
	"time"

	"breachdesk/app/incident"
)

// Fixes of session 17 (testdata/golden/assess/REVIEW.md).

// F468 (106, 108): California's offer of an identity theft service was
// shown done by any notice to the persons, though a notice may go out
// without the offer (the drafts leave its provider, period and code to be
// filled in). It is done when the step that arranges the service and makes
// the offer is marked done, at that step's time.
func TestIDTheftOfferDoneByItsStepNotByANotice(t *testing.T) {
	inc := loadScenario(t, scenarioDir+"/108-us-subsidiary-health-plan-dependants-states.json")
	offer := func(inc *incident.Incident) *Obligation {
		a := eval(t, inc, inc.UpdatedAt)
		if s := step(a, "pb.idtheft.offer"); s == nil {
			t.Fatal("108: no step to arrange the identity theft service")
		}
		o := obligation(jur(t, a, "US-CA"), "us-ca.idtheft.offer")
		if o == nil {
			t.Fatal("108: no us-ca.idtheft.offer")
		}
		return o
	}
	if o := offer(inc); o.State == StateDone || o.DoneBy != "" {
		t.Errorf("108, notices sent, no offer recorded: %s by %q", o.State, o.DoneBy)
	}
	at := time.Date(2026, 6, 12, 15, 0, 0, 0, time.UTC)
	if inc.Steps == nil {
		inc.Steps = map[string]incident.StepState{}
	}
	inc.Steps["pb.idtheft.offer"] = incident.StepState{Status: incident.StepDone, DoneAt: &at}
	o := offer(inc)
	if o.State != StateDone || o.DoneBy != "step:pb.idtheft.offer" || o.DoneAt == nil || !o.DoneAt.Equal(at) {
		t.Errorf("108, the offer's step done on 6/12: %s by %q at %v", o.State, o.DoneBy, o.DoneAt)
	}
}
