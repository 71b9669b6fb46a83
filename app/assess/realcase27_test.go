package assess

import (
	"testing"

	"breachdesk/app/incident"
)

// Findings of the realcase27 review (scenarios 119–121; testdata/golden/
// assess/REVIEW.md, F550–).

// F551 (120, 108): the places whose law the tool does not hold added the
// residents of a set that is part of another to that set's: Taiwan showed
// 320 persons (279 accounts taken over and 41 of them whose purchases were
// misused), 108's South Carolina 5,170 (the claimants within the staff
// counted twice). A part's persons are among its set's; where the part
// states more in a place than its set, that many live there at least.
func TestUnheldPlacesCountAPartOnce(t *testing.T) {
	inc := loadScenario(t, scenarioDir+"/120-ticketing-credential-stuffing-resale-tw-hk.json")
	a := eval(t, inc, inc.UpdatedAt)
	want := map[string]int64{"TW": 279, "HK": 82}
	for _, u := range a.Unheld {
		if n, ok := want[u.Place]; ok && (!u.Persons.Known || u.Persons.N != n) {
			t.Errorf("120: %s counted %+v, want %d", u.Place, u.Persons, n)
		}
	}
	// A part that states more in a place than its set: at least the part's.
	inc.DataSets[1].Residence = append(inc.DataSets[1].Residence, incident.Residence{Country: "MO", Persons: incident.Count{Known: true, N: 3}})
	a = eval(t, inc, inc.UpdatedAt)
	found := false
	for _, u := range a.Unheld {
		if u.Place == "MO" {
			found = true
			if !u.Persons.Known || u.Persons.N != 3 {
				t.Errorf("120 with Macau in the part only: %+v", u.Persons)
			}
		}
	}
	if !found {
		t.Error("120: Macau, stated by the part only, not named")
	}
}
