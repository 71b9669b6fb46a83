package assess

import (
	"testing"

	"breachdesk/app/incident"
)

// Findings of the realcase23 review (scenarios 107–109; testdata/golden/
// assess/REVIEW.md, F470–).

// F475 (108, a US subsidiary): 53 Californians and 15 New Yorkers counted,
// 14 employees in the US whose state is not given. The sample notice to
// California's Attorney General (more than 500 residents) and New York's
// notice to the consumer reporting agencies (more than 5,000) stayed
// "cannot tell — where the persons live", though 14 more could not reach
// either threshold. The persons whose place is open bound the sum above.
func TestOpenResidenceBoundsTheCountAbove(t *testing.T) {
	inc := loadScenario(t, scenarioDir+"/108-us-subsidiary-health-plan-dependants-states.json")
	a := eval(t, inc, inc.UpdatedAt)
	for _, c := range []struct{ jur, ob string }{{"US-CA", "us-ca.ag.sample"}, {"US-NY", "us-ny.cra"}} {
		if ob := obligation(jur(t, a, c.jur), c.ob); ob != nil && ob.Applies != No {
			t.Errorf("108 %s = %+v, want not applicable (at most 67 and 29 residents)", c.ob, ob)
		}
	}
	// With the open persons' count unknown, it cannot be told.
	for i := range inc.DataSets[0].Residence {
		if r := &inc.DataSets[0].Residence[i]; r.Region == "" {
			r.Persons = incident.Count{}
		}
	}
	if ob := obligation(jur(t, eval(t, inc, inc.UpdatedAt), "US-CA"), "us-ca.ag.sample"); ob == nil || ob.State != StateUndetermined {
		t.Errorf("108 with the open count unknown: us-ca.ag.sample = %+v, want undetermined", ob)
	}
	// Enough persons of no stated state to pass the threshold: cannot tell.
	for i := range inc.DataSets[0].Residence {
		if r := &inc.DataSets[0].Residence[i]; r.Region == "" {
			r.Persons = incident.Count{Known: true, N: 600}
		}
	}
	if ob := obligation(jur(t, eval(t, inc, inc.UpdatedAt), "US-CA"), "us-ca.ag.sample"); ob == nil || ob.State != StateUndetermined {
		t.Errorf("108 with 600 of no stated state: us-ca.ag.sample = %+v, want undetermined", ob)
	}
}

// F476 (109; 90, 91, 46): the support contractor's subcontractor caught its
// agent on 1/21 and the contractor told the company on 1/24 (a detection,
// told by the vendor); the company took its knowing only at the extortion
// mail of 5/12. The timeline blamed the processor: "the processor knowing to
// your knowing: 111 days, 105 past the benchmark of 5". The processor's delay
// ends when it tells the company (or the company detects or knows first);
// the rest is the company's own (detection to knowing).
func TestProcessorDelayEndsWhenItTellsTheCompany(t *testing.T) {
	inc := loadScenario(t, scenarioDir+"/109-marketplace-philippine-bpo-agent-sold-records.json")
	a := eval(t, inc, inc.UpdatedAt)
	f := finding(a, "tl.processor")
	if f == nil || f.Verdict != FindingOK || f.ToAt == nil || f.ToAt.Format("2006-01-02") != "2025-01-24" {
		t.Errorf("109 tl.processor = %+v, want ok, ended by the contractor's call of 1/24", f)
	}
	// A customer's call before the processor knew does not end its measure
	// (94: the detection at 13:30, the processor knew at 13:50).
	inc = loadScenario(t, scenarioDir+"/94-contractor-event-form-health-emergency-contacts.json")
	if f := finding(eval(t, inc, inc.UpdatedAt), "tl.processor"); f == nil || f.Elapsed.Minutes() != 40 {
		t.Errorf("94 tl.processor = %+v, want 40 min (to the knowing)", f)
	}
}
