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

// F463 (106): the final report of 1/13 told the ID documents as under
// investigation; the forensic report of 1/20 fixed 28,639 persons. A step
// asks to supplement the report when a count of persons or records was
// established on a day after the first final report, and only then.
func TestSupplementAfterAFigureRevisedAfterTheFinalReport(t *testing.T) {
	inc := loadScenario(t, scenarioDir+"/106-crypto-exchange-domain-hijack-kyc-storage-key.json")
	shown := func(inc *incident.Incident) bool {
		s := step(eval(t, inc, inc.UpdatedAt), "pb.report.supplement")
		return s != nil && s.Applies == Yes
	}
	if !shown(inc) {
		t.Error("106: counts of 1/20 after the final report of 1/13, no step to supplement it")
	}
	final := -1
	for i, ev := range inc.Events {
		if ev.Kind == incident.EvReportFinal {
			final = i
		}
	}
	// Filed on the day of the last revision: what was established that
	// day may be in it.
	inc.Events[final].At = time.Date(2026, 1, 20, 0, 0, 0, 0, inc.Location())
	if shown(inc) {
		t.Error("106, the final report filed on 1/20: asked to supplement it")
	}
	inc.Events = append(inc.Events[:final], inc.Events[final+1:]...)
	if shown(inc) {
		t.Error("106 without a final report: asked to supplement one")
	}
}
