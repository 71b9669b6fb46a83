package desk_test

import (
	"encoding/json"
	"maps"
	"strings"
	"testing"
	"time"

	"breachdesk/app/desk"
	"breachdesk/app/incident"
)

func init() {
	// As app/ui registers its free-text fields.
	desk.RegisterText("story.summary", func(inc *incident.Incident, s string) { inc.Story.Summary = s })
	desk.RegisterText("notes", func(inc *incident.Incident, s string) { inc.Notes = s })
}

// A tab ended right after a keystroke, before its timed save and without
// its pagehide event (Chromium ends a busy renderer that way when its tab is
// closed; make soak lost a key so in 100 tab closes): the keystroke was put
// in its own turn (the typed record), and the next load has it and writes it.
func TestTypedOutlivesATabEndedWithoutPageHide(t *testing.T) {
	s := desk.NewMemStore()
	a := newTab(t, s, nil)
	inc := a.Create("Closed")
	a.TypeText(inc.ID, "story.summary", "start.")
	a.settle()
	if got := stored(t, s, inc.ID, "").Story.Summary; got != "start." {
		t.Fatalf("stored %q after the save, want \"start.\"", got)
	}
	before := len(s.Written())
	// Two keys into two fields; the tab then ends: no timer, no PageHide.
	a.TypeText(inc.ID, "story.summary", "start.P")
	a.TypeText(inc.ID, "notes", "n")
	w := s.Written()[before:]
	if len(w) != 2 || w[0].Part != "meta" || !w[0].NoWait || w[1].Part != "meta" || !w[1].NoWait {
		t.Fatalf("the keystrokes wrote %+v, want the typed record put twice at once (meta, NoWait)", w)
	}
	if got := stored(t, s, inc.ID, "").Story.Summary; got != "start." {
		t.Fatalf("the incident's record was written in the keystroke's turn (%q): that is the save's work", got)
	}

	b := newTab(t, s, nil)
	got := b.Get(inc.ID)
	if got == nil || got.Story.Summary != "start.P" || got.Notes != "n" {
		t.Fatalf("the next load shows %+v, want the keys typed before the tab ended", got)
	}
	b.settle()
	if got := stored(t, s, inc.ID, ""); got.Story.Summary != "start.P" || got.Notes != "n" {
		t.Fatalf("stored %q / %q after the next load's save", got.Story.Summary, got.Notes)
	}
	if typed := typedRecord(t, s); len(typed[inc.ID]) != 0 {
		t.Errorf("the typed record still holds %v after the save", typed[inc.ID])
	}
}

// A text typed and saved is never applied again: not over a record written
// later by other means (here an older version put back, as a restore does).
func TestTypedSavedIsNotAppliedAgain(t *testing.T) {
	s := desk.NewMemStore()
	a := newTab(t, s, nil)
	inc := a.Create("Restored")
	a.TypeText(inc.ID, "story.summary", "old")
	a.settle()
	old := s.Raw("incidents")[inc.ID]
	a.TypeText(inc.ID, "story.summary", "new")
	a.settle()
	s.Set("incidents", inc.ID, old)
	b := newTab(t, s, nil)
	if got := b.Get(inc.ID).Story.Summary; got != "old" {
		t.Fatalf("the load shows %q over the record put back, want \"old\"", got)
	}
}

// A text typed in a tab that then took the other tab's version (Reload) is
// dropped with its edits.
func TestTypedDroppedByReload(t *testing.T) {
	s := desk.NewMemStore()
	hub := &desk.TabHub{}
	a := newTab(t, s, hub)
	inc := a.Create("Two tabs")
	a.settle()
	b := newTab(t, s, hub)
	b.TypeText(inc.ID, "story.summary", "theirs")
	b.settle()
	a.loop.Run()
	a.TypeText(inc.ID, "story.summary", "mine")
	a.settle()
	if a.Conflict(inc.ID) == "" {
		t.Fatal("no conflict shown")
	}
	a.Reload(inc.ID)
	a.loop.Run()
	c := newTab(t, s, nil)
	if got := c.Get(inc.ID).Story.Summary; got != "theirs" {
		t.Fatalf("a new load shows %q, want \"theirs\" (mine was dropped by the reload)", got)
	}
}

// Nothing plain is written on a protected desk: no typed record there.
func TestTypedNotWrittenProtected(t *testing.T) {
	s := desk.NewMemStore()
	a := newTab(t, s, nil)
	done, check := must(t, "protect")
	a.Protect(passA, 0, done)
	a.loop.Run()
	check()
	inc := a.Create("Protected")
	a.TypeText(inc.ID, "story.summary", "secret-typed")
	a.settle()
	if w := plainWritten(s, "secret-typed"); len(w) > 0 {
		t.Errorf("plain text written on a protected desk: %v", w)
	}
	if got := stored(t, s, inc.ID, passA).Story.Summary; got != "secret-typed" {
		t.Errorf("stored %q, want the text typed", got)
	}
}

// Protecting the desk right after a keystroke (before its save) leaves no
// plain text in the typed record: it is emptied in the protection's
// transaction.
func TestTypedEmptiedByProtect(t *testing.T) {
	s := desk.NewMemStore()
	a := newTab(t, s, nil)
	inc := a.Create("Protected soon")
	a.settle()
	a.TypeText(inc.ID, "story.summary", "typed-before-protect")
	if !strings.Contains(string(s.Raw("meta")["typed"]), "typed-before-protect") {
		t.Fatal("the keystroke did not put the typed record")
	}
	done, check := must(t, "protect")
	a.Protect(passA, 0, done)
	a.loop.Run()
	check()
	a.settle()
	if got := string(s.Raw("meta")["typed"]); strings.Contains(got, "typed-before-protect") {
		t.Errorf("the typed record holds the plain text on the protected desk: %s", got)
	}
	if got := stored(t, s, inc.ID, passA).Story.Summary; got != "typed-before-protect" {
		t.Errorf("stored %q, want the text typed", got)
	}
}

func typedRecord(t *testing.T, s *desk.MemStore) map[string]map[string]json.RawMessage {
	t.Helper()
	var m map[string]map[string]json.RawMessage
	if b, ok := s.Raw("meta")["typed"]; ok {
		if err := json.Unmarshal(b, &m); err != nil {
			t.Fatalf("the typed record: %v", err)
		}
	}
	return m
}

// A keystroke's cost with its typed record (TypeText) and without
// (EditQuietly), in a 1,000-event incident: the typed record holds the
// field's text only, so its cost does not grow with the incident.
func BenchmarkKeystroke(b *testing.B) {
	for _, typed := range []bool{false, true} {
		name := "EditQuietly"
		if typed {
			name = "TypeText"
		}
		b.Run(name, func(b *testing.B) {
			s := desk.NewMemStore()
			loop := desk.NewManualLoop(t0)
			d := desk.New(desk.Config{Open: func() (desk.Store, error) { return s, nil }, Keys: goKeys{}, Loop: loop})
			d.Load()
			loop.Run()
			inc := d.Create("Large")
			d.Edit(inc.ID, func(inc *incident.Incident) {
				for i := range 1000 {
					desk.AddEvent(inc, incident.Event{Kind: incident.EvOther, At: t0.Add(time.Duration(i) * time.Minute), Note: "an event of the timeline"})
				}
				inc.Story.Summary = strings.Repeat("a summary of some length. ", 40)
			})
			loop.Advance(desk.SaveDelay)
			text := inc.Story.Summary
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				text += "k"
				if typed {
					d.TypeText(inc.ID, "story.summary", text)
				} else {
					d.EditQuietly(inc.ID, func(inc *incident.Incident) { inc.Story.Summary = text })
				}
			}
		})
	}
}

// What is typed into a form not yet submitted (a note before 追加する, a
// paragraph before 保存) is put in the keystroke's turn too, all of it:
// the next load has it, a key that dropped another form's text drops it
// there too, and the next save writes it and empties the typed record.
func TestUnsubmittedOutlivesATabEndedWithoutPageHide(t *testing.T) {
	s := desk.NewMemStore()
	a := newTab(t, s, nil)
	inc := a.Create("Half-typed")
	a.TypeUnsubmitted(inc.ID, func(inc *incident.Incident) { desk.SetUnsubmitted(inc, "drafts.p1", "draft one") })
	a.settle()
	before := len(s.Written())
	// Another paragraph edited (the first one's text is dropped), and a
	// field of the wizard typed into; then the tab ends: no timer, no PageHide.
	a.TypeUnsubmitted(inc.ID, func(inc *incident.Incident) {
		desk.DropUnsubmitted(inc, "drafts.")
		desk.SetUnsubmitted(inc, "drafts.p2", "草稿 2")
	})
	a.TypeUnsubmitted(inc.ID, func(inc *incident.Incident) { desk.SetUnsubmitted(inc, "field.f-other", "会員番号") })
	w := s.Written()[before:]
	if len(w) != 2 || w[0].Part != "meta" || !w[0].NoWait || w[1].Part != "meta" || !w[1].NoWait {
		t.Fatalf("the keystrokes wrote %+v, want the typed record put twice at once (meta, NoWait)", w)
	}

	b := newTab(t, s, nil)
	want := map[string]string{"drafts.p2": "草稿 2", "field.f-other": "会員番号"}
	if got := b.Get(inc.ID).Unsubmitted; !maps.Equal(got, want) {
		t.Fatalf("the next load has %v unsubmitted, want %v", got, want)
	}
	b.settle()
	if got := stored(t, s, inc.ID, "").Unsubmitted; !maps.Equal(got, want) {
		t.Fatalf("stored %v after the next load's save, want %v", got, want)
	}
	if typed := typedRecord(t, s); len(typed[inc.ID]) != 0 {
		t.Errorf("the typed record still holds %v after the save", typed[inc.ID])
	}

	// Submitted (the form's fields dropped by an edit), then the tab ends
	// before the save: the typed text of before the submit comes back with
	// the stored record of before it, consistent; once saved, never again.
	b.TypeUnsubmitted(inc.ID, func(inc *incident.Incident) { desk.SetUnsubmitted(inc, "field.f-other", "会員番号X") })
	b.Edit(inc.ID, func(inc *incident.Incident) { desk.DropUnsubmitted(inc, "field.") })
	b.settle()
	c := newTab(t, s, nil)
	if got := c.Get(inc.ID).Unsubmitted; !maps.Equal(got, map[string]string{"drafts.p2": "草稿 2"}) {
		t.Fatalf("after the submit was saved the load has %v unsubmitted, want the paragraph alone", got)
	}
}
