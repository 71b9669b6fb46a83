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
