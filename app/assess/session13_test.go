package assess

import (
	"testing"

	"breachdesk/app/incident"
)

// F226 (66): persons in the US, their state not known, so California's and
// New York's laws read "cannot tell whether this law applies — need: where
// the affected persons live", though e-mail addresses and an inquiry's text
// are no personal information under either. Where no situation of a law can
// hold for any data set, it is not reportable whatever the answer, and the
// residence is not asked for it; with an SSN it is asked again.
func TestNotReportableWhereverThePersonsLive(t *testing.T) {
	inc := base(452)
	inc.DataSets[0].Residence = []incident.Residence{{Country: "US"}}
	a := eval(t, inc, at(2026, 5, 2, 10, 0))
	for _, id := range []string{"US-CA", "US-NY"} {
		j := jur(t, a, id)
		if j.Applies != Unknown || j.Reportable != No || len(j.Needs) != 0 {
			t.Errorf("%s: applies %q, reportable %q, needs %v; want unknown, no, none", id, j.Applies, j.Reportable, j.Needs)
		}
	}
	for _, n := range a.Needs {
		if n.Fact == "residents" {
			t.Errorf("the residence is asked for: %+v", n)
		}
	}
	inc.DataSets[0].Categories = append(inc.DataSets[0].Categories, incident.Category{ID: "ssn"})
	a = eval(t, inc, at(2026, 5, 2, 10, 0))
	if j := jur(t, a, "US-CA"); j.Applies != Unknown || j.Reportable != Unknown || len(j.Needs) == 0 {
		t.Errorf("with an SSN: applies %q, reportable %q, needs %v; want unknown, unknown, the residence", j.Applies, j.Reportable, j.Needs)
	}
}
