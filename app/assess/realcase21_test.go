package assess

import (
	"slices"
	"testing"
)

// Findings of the realcase21 review (scenarios 101–103; testdata/golden/
// assess/REVIEW.md, F430–).

// F431 (103, a PC disposer that did not destroy the PCs): a tasting
// survey's visitors, a set none of whose persons can be told (names and ages,
// no contact), were published on 10/10 with the announcement standing as
// their notice, and the e-mails went to the customers the same day. The
// notice to the persons stayed "done for part; not yet for the other data
// sets" for ever: no letter can cover that set. The publication does.
func TestUnreachableSetIsToldByThePublication(t *testing.T) {
	inc := loadScenario(t, scenarioDir+"/103-snack-maker-pcs-not-destroyed-by-disposer.json")
	j := jur(t, eval(t, inc, inc.UpdatedAt), "JP")
	ob := obligation(j, "jp.notice.persons")
	if ob == nil || ob.State != StateDone || ob.DoneBy == "" {
		t.Fatalf("103 notice to persons = %+v, want done (the customers by e-mail, the visitors by the announcement)", ob)
	}
	// Without the announcement, the set is not told: the notice stays open
	// for it, and done for the customers.
	for i := range inc.Events {
		if inc.Events[i].Kind == "public" {
			inc.Events[i].Planned, inc.Events[i].At = true, inc.Events[i].At.AddDate(1, 0, 0)
		}
	}
	j = jur(t, eval(t, inc, inc.UpdatedAt), "JP")
	ob = obligation(j, "jp.notice.persons")
	if ob == nil || ob.State == StateDone || !slices.Equal(ob.DoneSets, []string{"d1"}) {
		t.Errorf("103 without the announcement: notice = %+v, want open, done for d1 only", ob)
	}
}

// F433 (101; also 28, 30, 40, 43): the USB sticks lost at school were found
// on 12/22, and the dashboard still showed the search for the lost item
// overdue by 11 days. A thing found ends its search: the step is done by
// the event that records it found.
func TestLostItemFoundEndsTheSearch(t *testing.T) {
	inc := loadScenario(t, scenarioDir+"/101-school-teacher-usb-grades-found-week-later.json")
	a := eval(t, inc, inc.UpdatedAt)
	for _, st := range a.Steps {
		if st.ID == "pb.loss.search" {
			// Done by the police report of 12/16 since F492 (before it, by
			// the find of 12/22).
			if st.DoneBy != "e5" || (st.State != StateDone && st.State != StateDoneLate) {
				t.Errorf("101 search for the USB sticks found on 12/22: %+v", st)
			}
			return
		}
	}
	t.Fatal("no pb.loss.search step for a loss")
}
