package desk_test

import (
	"testing"

	"breachdesk/app/desk"
	"breachdesk/app/vault"
)

// ready fills the two answers of TestReadinessPrefillsNewIncident.
func ready(t *testing.T, d *tab) {
	t.Helper()
	r, st := d.Readiness()
	if !st.Loaded {
		t.Fatal("the checklist is not read")
	}
	if err := r.Set("orgName", "株式会社訓練商事"); err != nil {
		t.Fatal(err)
	}
	d.SaveReadiness(r)
	d.loop.Run()
	if err := r.Set("networkCut", "情報システム部長 山田"); err != nil {
		t.Fatal(err)
	}
	d.SaveReadiness(r)
}

func prefilled(t *testing.T, d *tab, id string) {
	t.Helper()
	inc := d.Get(id)
	if inc.Org.Name != "株式会社訓練商事" || inc.Steps["pb.contain.isolate"].Owner != "情報システム部長 山田" {
		t.Errorf("not pre-filled: org %q, isolation step %+v", inc.Org.Name, inc.Steps["pb.contain.isolate"])
	}
}

// A new incident is pre-filled from the checklist: at once when it is read,
// and when it was created before the checklist was read, as soon as it is
// (and stored so).
func TestReadinessPrefillsNewIncident(t *testing.T) {
	s := desk.NewMemStore()
	d := newTab(t, s, nil)
	ready(t, d)
	d.loop.Run()
	prefilled(t, d, d.Create("At once").ID)

	// Another tab, opened now: its first incident is created before its
	// checklist is read.
	loop := desk.NewManualLoop(t0)
	e := &tab{loop: loop, Desk: desk.New(desk.Config{Open: func() (desk.Store, error) { return s, nil }, Keys: goKeys{}, Loop: loop})}
	e.Load()
	loop.Step() // the store is open and the incidents read; the checklist's read is queued
	loop.Step()
	if _, st := e.Readiness(); st.Loaded || !e.Loaded() {
		t.Fatalf("the checklist is read already (%v), or the desk not loaded", st)
	}
	inc := e.Create("Before the checklist")
	e.settle()
	prefilled(t, e, inc.ID)
	e.settle()
	if got := stored(t, s, inc.ID, ""); got.Org.Name != "株式会社訓練商事" {
		t.Errorf("stored without the checklist's answers: %q", got.Org.Name)
	}
}

// TestReadinessPrefillsNewIncident stored an incident without the checklist's
// answers: the last answer, typed and left (change) just before the page was
// reloaded, was lost, because the checklist's write was a job that had not
// yet reached the store, and the page-hide write wrote only incidents. Now
// PageHide writes the checklist too (sealed on a protected desk).
func TestReadinessEditSurvivesLeavingThePage(t *testing.T) {
	for _, pass := range []string{"", passA} {
		s := desk.NewMemStore()
		d := newTab(t, s, nil)
		if pass != "" {
			protect(t, d, pass, 0)
		}
		ready(t, d)
		if pass != "" {
			d.loop.Step() // the last answer's sealed copy; its write still to come
		}
		d.PageHide(true)

		e := newTab(t, s, nil) // the page reloaded: the old one's jobs are gone
		if pass != "" {
			if err := unlock(t, e, pass); err != nil {
				t.Fatal(err)
			}
			if b := s.Raw("settings")[desk.SettingReadiness]; !vault.IsSealed(b) {
				t.Fatal("the checklist was written plain on a protected desk")
			}
		}
		if r, _ := e.Readiness(); r.NetworkCut != "情報システム部長 山田" {
			t.Fatalf("protected %v: after the reload the checklist lost its last answer: %+v", pass != "", r)
		}
		prefilled(t, e, e.Create("After the reload").ID)
	}
}
