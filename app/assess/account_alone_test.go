package assess

import (
	"strings"
	"testing"

	"breachdesk/app/incident"
)

// F883 (144): a loan account number with a name and a birth date, no code.
// New York counts an account number that could open the account without a
// code or further identifying information as private information by itself
// (the SHIELD Act): the verdict follows the item's answer, and while it is
// not given the verdict cannot be told and the question is asked. The
// states whose element needs the code (California) do not move.
func TestNewYorkAsksWhetherTheAccountNumberOpensTheAccount(t *testing.T) {
	base := loadScenario(t, scenarioDir+"/144-us-auto-finance-vendor-test-data-public-repo-states.json")
	with := func(v incident.Tri) *incident.Incident {
		c := base.Clone()
		n := 0
		for i := range c.DataSets {
			for k := range c.DataSets[i].Categories {
				if cat := &c.DataSets[i].Categories[k]; cat.AccountNumber() {
					cat.AccessAlone = v
					n++
				}
			}
		}
		if n == 0 {
			t.Fatal("144 has no account-number item")
		}
		return c
	}
	for _, tc := range []struct {
		v    incident.Tri
		want Verdict
	}{{incident.Yes, Yes}, {incident.No, No}, {incident.Unknown, Unknown}} {
		inc := with(tc.v)
		a := eval(t, inc, inc.UpdatedAt)
		ny := jur(t, a, "US-NY")
		if ny.Reportable != tc.want {
			t.Errorf("the number alone opens the account: %q; New York reportable %s, want %s (%s)", tc.v, ny.Reportable, tc.want, ny.Summary.EN)
		}
		if tc.v == incident.Unknown && !strings.Contains(ny.Summary.EN, "could be used to get into the accounts") {
			t.Errorf("unanswered: the summary does not ask the question: %s", ny.Summary.EN)
		}
		if ca := jur(t, a, "US-CA"); ca.Reportable != jur(t, eval(t, base, base.UpdatedAt), "US-CA").Reportable {
			t.Errorf("California moved with New York's question: %s", ca.Reportable)
		}
	}
}
