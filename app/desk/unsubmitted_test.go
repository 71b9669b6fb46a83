package desk_test

import (
	"strings"
	"testing"
	"time"

	"breachdesk/app/desk"
	"breachdesk/app/incident"
)

// What is typed into a form and not yet submitted survives the page: it is
// written with the incident at page hide (sealed on a protected desk), a
// new tab reads it back, and submitting the form forgets it.
func TestUnsubmittedSurvivesAReload(t *testing.T) {
	for _, pass := range []string{"", passA} {
		name := "plain"
		if pass != "" {
			name = "protected"
		}
		t.Run(name, func(t *testing.T) {
			s := desk.NewMemStore()
			a := newTab(t, s, nil)
			if pass != "" {
				done, check := must(t, "protect")
				a.Protect(pass, 0, done)
				a.loop.Run()
				check()
			}
			inc := a.Create("Typed")
			a.settle()
			// A half-typed timeline note, the page left before the save is due.
			a.EditQuietly(inc.ID, func(inc *incident.Incident) {
				desk.SetUnsubmitted(inc, "timeline.add.note", "半分だけ書いたメモ")
			})
			a.loop.Run() // its sealed copy, on a protected desk
			a.PageHide(true)
			if pass != "" {
				if w := plainWritten(s, "半分だけ"); len(w) > 0 {
					t.Fatalf("unsubmitted text written plain on a protected desk: %v", w)
				}
			}

			b := newTab(t, s, nil)
			if pass != "" {
				b.Unlock(pass, func(err error, _ time.Duration) {
					if err != nil {
						t.Fatal(err)
					}
				})
				b.loop.Run()
			}
			got := b.Get(inc.ID)
			if got == nil || got.Unsubmitted["timeline.add.note"] != "半分だけ書いたメモ" {
				t.Fatalf("after the reload the note is %v, want the half-typed one", got.Unsubmitted)
			}
			if u := desk.Unsubmitted(got, "timeline.add."); u["note"] != "半分だけ書いたメモ" || len(u) != 1 {
				t.Errorf("Unsubmitted(timeline.add.) = %v", u)
			}
			// Submitted: the event is added and the draft gone, in one edit.
			b.Edit(inc.ID, func(inc *incident.Incident) {
				desk.AddEvent(inc, incident.Event{Kind: incident.EvDetected, At: t0, Note: inc.Unsubmitted["timeline.add.note"]})
				desk.DropUnsubmitted(inc, "timeline.add.")
			})
			b.settle()
			if st := stored(t, s, inc.ID, pass); st.Unsubmitted != nil || len(st.Events) == 0 {
				t.Errorf("after the submit the record holds unsubmitted %v and %d events", st.Unsubmitted, len(st.Events))
			}
		})
	}
}

// Unsubmitted text is kept within the limits an incident is validated
// against, and a duplicate (a drill) does not carry it.
func TestUnsubmittedLimits(t *testing.T) {
	s := desk.NewMemStore()
	a := newTab(t, s, nil)
	inc := a.Create("Limits")
	a.Edit(inc.ID, func(inc *incident.Incident) {
		desk.SetUnsubmitted(inc, "drafts.p1", strings.Repeat("あ", incident.MaxTextBytes))
		for i := range incident.MaxUnsubmitted + 10 {
			desk.SetUnsubmitted(inc, "k"+strings.Repeat("x", i), "v")
		}
	})
	if ps := incident.Validate(a.Get(inc.ID)); ps.HasErrors() {
		t.Errorf("an incident with the most unsubmitted text is invalid: %v", ps)
	}
	if len(a.Get(inc.ID).Unsubmitted) != incident.MaxUnsubmitted {
		t.Errorf("%d unsubmitted fields kept, want the limit %d", len(a.Get(inc.ID).Unsubmitted), incident.MaxUnsubmitted)
	}
	if d := a.Duplicate(inc.ID, "Drill"); d.Unsubmitted != nil {
		t.Errorf("the drill copied the unsubmitted text")
	}
	if !desk.DropUnsubmitted(a.Get(inc.ID), "drafts.") || desk.DropUnsubmitted(a.Get(inc.ID), "drafts.") {
		t.Error("DropUnsubmitted did not report the field it dropped, once")
	}
}

// The readiness checklist keeps what is typed into a field not yet left:
// written at page hide, back in a new tab, gone once the field is read.
func TestReadinessTypingSurvivesAReload(t *testing.T) {
	s := desk.NewMemStore()
	a := newTab(t, s, nil)
	a.loop.Run()
	r, st := a.Readiness()
	if !st.Loaded {
		t.Fatal("the checklist is not read")
	}
	r.Keep("police", "警視庁サイバー ")
	r.Keep("nosuchfield", "x")
	a.SaveReadiness(r)
	a.PageHide(true)

	b := newTab(t, s, nil)
	b.loop.Run()
	got, _ := b.Readiness()
	if got.Shown("police") != "警視庁サイバー " || got.Police != "" || len(got.Typing) != 1 {
		t.Fatalf("after the reload: shown %q, police %q, typing %v", got.Shown("police"), got.Police, got.Typing)
	}
	if err := got.Set("police", got.Shown("police")+"対策課"); err != nil {
		t.Fatal(err)
	}
	b.SaveReadiness(got)
	b.settle()
	c := newTab(t, s, nil)
	c.loop.Run()
	if r, _ := c.Readiness(); r.Police != "警視庁サイバー 対策課" || r.Typing != nil {
		t.Errorf("after the field was read: police %q, typing %v", r.Police, r.Typing)
	}
}
