package desk_test

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/desk"
	"breachdesk/app/draft"
	"breachdesk/app/drill"
	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

func scenario(t *testing.T) *incident.Incident {
	t.Helper()
	inc := scenarioNamed(t, "01-travel-targeted-email.json")
	inc.Drill = false
	return inc
}

// The documents of the same facts at the same minute are derived once; an
// edit or the next minute derives them again, with the new facts.
func TestBoardDraftsOncePerVersionAndMinute(t *testing.T) {
	d := newTab(t, desk.NewMemStore(), nil)
	inc := scenario(t)
	d.Add(inc)
	now := time.Date(2026, 6, 1, 10, 20, 5, 0, time.UTC)
	b := d.Board(inc.ID, now)
	if b.DraftsReady() {
		t.Fatal("drafts ready before they were derived")
	}
	first := b.Drafts()
	if first.Err != nil || len(first.Docs) == 0 {
		t.Fatalf("no drafts: %v", first.Err)
	}
	same := func(a, b desk.Drafts) bool { return &a.Docs[0] == &b.Docs[0] }
	later := d.Board(inc.ID, now.Add(40*time.Second))
	if !later.DraftsReady() || !same(first, later.Drafts()) {
		t.Error("the same facts in the same minute were derived again")
	}
	next := d.Board(inc.ID, now.Add(time.Minute))
	if next.DraftsReady() || same(first, next.Drafts()) {
		t.Error("the next minute reused the documents of the one before")
	}
	d.Edit(inc.ID, func(inc *incident.Incident) { inc.Org.Name = "改名後商事株式会社" })
	edited := d.Board(inc.ID, now.Add(time.Minute))
	if edited.DraftsReady() {
		t.Fatal("an edit reused the documents of the facts before it")
	}
	found := false
	for _, doc := range edited.Drafts().Docs {
		for _, p := range doc.Paragraphs() {
			found = found || strings.Contains(p.Text, "改名後商事株式会社")
		}
	}
	if !found {
		t.Error("the documents derived after the edit do not carry the new name")
	}
}

// The board is the assessment's answer at the incident's instant, the open
// obligations in order, and for a drill its simulated time.
func TestBoard(t *testing.T) {
	rs, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	inc := scenario(t)
	now := time.Date(2026, 6, 20, 10, 0, 0, 0, time.UTC)
	b := desk.NewBoard(inc, rs, now)
	if !b.Now.Equal(now) || b.Drill != nil {
		t.Fatalf("a real incident's board: now %v, drill %v", b.Now, b.Drill)
	}
	want := assess.Evaluate(inc, rs, now)
	if len(b.Assessment.Jurisdictions) != len(want.Jurisdictions) {
		t.Fatal("the board's assessment is not the engine's")
	}
	for i := 1; i < len(b.Open); i++ {
		a, c := b.Open[i-1].Ob, b.Open[i].Ob
		if a.State != assess.StateOverdue && c.State == assess.StateOverdue {
			t.Errorf("an overdue obligation after one that is not: %s, %s", a.ID, c.ID)
		}
		if a.State == c.State && a.Due != nil && c.Due != nil && c.Due.Before(*a.Due) {
			t.Errorf("%s due before %s, listed after it", c.ID, a.ID)
		}
	}
	if o, ok := b.Nearest(); ok && o.Ob.Due == nil {
		t.Error("the nearest obligation has no deadline")
	}
	if len(b.NextSteps(3)) > 3 {
		t.Error("more than three next steps")
	}

	s := drill.Find("travel-targeted-email")
	dr, err := drill.Start(s, "d1", "ja", "1m", now)
	if err != nil {
		t.Fatal(err)
	}
	db := desk.NewBoard(dr, rs, now.Add(time.Minute))
	if db.Drill == nil || !db.Now.Equal(now.Add(24*time.Hour)) {
		t.Errorf("a drill's board: now %v (want a simulated day later), run %v", db.Now, db.Drill)
	}
}

// The documents derived a step at a time, on boards made between the steps
// (a page renders in between), are those BuildAll and Lint give at once; a
// step is one document, and an edit between steps starts again on the new
// facts.
func TestBoardDraftsStepByStep(t *testing.T) {
	rs, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	d := newTab(t, desk.NewMemStore(), nil)
	inc := scenario(t)
	inc.Edits = map[string]incident.ParagraphEdit{"nope-ja/x/p1": {Text: "an orphaned edit"}}
	d.Add(inc)
	now := time.Date(2026, 6, 1, 10, 20, 5, 0, time.UTC)
	b := d.Board(inc.ID, now)
	a := b.Assessment
	docs, cs, err := draft.BuildAll(inc, a, rs, b.Now)
	if err != nil {
		t.Fatal(err)
	}
	want := draft.Lint(inc, a, docs)
	steps := 0
	for !d.Board(inc.ID, now.Add(time.Duration(steps)*time.Second)).DraftsStep() {
		steps++
		if steps > len(docs) {
			t.Fatalf("still not derived after %d steps for %d documents", steps, len(docs))
		}
	}
	if steps != len(docs) {
		t.Errorf("%d steps before the last for %d documents, want one each", steps, len(docs))
	}
	got := d.Board(inc.ID, now.Add(30*time.Second))
	if !got.DraftsReady() {
		t.Fatal("not ready after the last step")
	}
	set := got.Drafts()
	if !reflect.DeepEqual(set.Docs, docs) || !reflect.DeepEqual(set.Findings, want) {
		t.Errorf("step by step: %d documents, %d findings; at once: %d, %d", len(set.Docs), len(set.Findings), len(docs), len(want))
	}
	if len(set.Orphans) != 1 || len(set.Conflicts)+len(set.Orphans) != len(cs) {
		t.Errorf("orphans %v, conflicts %v; BuildAll's conflicts %v", set.Orphans, set.Conflicts, cs)
	}
	// An edit between two steps: the new facts are derived from the start.
	d.Edit(inc.ID, func(inc *incident.Incident) { inc.Org.Name = "改名後商事株式会社" })
	if d.Board(inc.ID, now).DraftsStep() {
		t.Fatal("the edited facts were derived in one step")
	}
	d.Edit(inc.ID, func(inc *incident.Incident) { inc.Org.Name = "再改名商事株式会社" })
	found := false
	for _, doc := range d.Board(inc.ID, now).Drafts().Docs {
		for _, p := range doc.Paragraphs() {
			found = found || strings.Contains(p.Text, "再改名商事株式会社")
		}
	}
	if !found {
		t.Error("the documents derived after the second edit do not carry its name")
	}
}
