package assess

import (
	"strings"
	"testing"
)

// F1032 (154): the notice to the 37 users (4/10) was 16 days after the
// 30-day deadline of 3/25, but the duty said only "Done for part (…); not
// yet for the other data sets. Overdue by …" for the rest. Every state's
// notice now says the part was late, by how much; a part told in time
// stays "Done for part (…)".
func TestDoneForPartSaysThePartWasLate(t *testing.T) {
	inc := loadScenario(t, scenarioDir+"/154-us-app-subsidiary-cdn-parser-bug-leaked-logins-into-search-caches.json")
	check := func(late bool) {
		t.Helper()
		a := eval(t, inc, inc.UpdatedAt)
		n := 0
		for _, j := range a.Jurisdictions {
			for _, ob := range j.Obligations {
				if !strings.Contains(ob.Explanation.EN, "Done for part") {
					continue
				}
				n++
				saysEN := strings.Contains(ob.Explanation.EN, "16 d after the deadline)")
				saysJA := strings.Contains(ob.Explanation.JA, "期限から16日遅れ）")
				if saysEN != late || saysJA != late {
					t.Errorf("%s (part late %v): %s / %s", ob.ID, late, ob.Explanation.EN, ob.Explanation.JA)
				}
			}
		}
		if n < 3 {
			t.Errorf("%d duties done for part; want CA, FL and NY", n)
		}
	}
	check(true)
	for i := range inc.Events {
		if inc.Events[i].ID == "e11" {
			inc.Events[i].At = inc.Events[i].At.AddDate(0, 0, -20) // 3/21: in time
		}
	}
	check(false)
}
