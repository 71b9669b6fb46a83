package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"breachdesk/app/incident"
)

// The drafts of the same facts at the same minute are derived once; an edit
// or the next minute derives them again.
func TestDraftsOfMemo(t *testing.T) {
	raw, err := os.ReadFile(filepath.Join("..", "..", "testdata", "scenarios", "01-travel-targeted-email.json"))
	if err != nil {
		t.Fatal(err)
	}
	inc, err := incident.Decode(raw)
	if err != nil {
		t.Fatal(err)
	}
	inc.Drill = false
	d := newDesk()
	now := time.Date(2026, 6, 1, 10, 20, 5, 0, time.UTC)
	first := d.DraftsOf(inc, d.Assess(inc, now), now)
	if first.err != nil || len(first.docs) == 0 {
		t.Fatalf("no drafts: %v", first.err)
	}
	same := func(a, b draftsSet) bool { return &a.docs[0] == &b.docs[0] }
	later := now.Add(40 * time.Second)
	if again := d.DraftsOf(inc, d.Assess(inc, later), later); !same(first, again) {
		t.Error("the same facts in the same minute were derived again")
	}
	next := now.Add(time.Minute)
	if again := d.DraftsOf(inc, d.Assess(inc, next), next); same(first, again) {
		t.Error("the next minute reused the drafts of the one before")
	}
	// An edit (as Touch records it) derives them again, with the new facts.
	inc.Org.Name = "改名後商事株式会社"
	d.ver[inc.ID]++
	edited := d.DraftsOf(inc, d.Assess(inc, next), next)
	if same(first, edited) {
		t.Fatal("an edit reused the drafts of the facts before it")
	}
	found := false
	for _, doc := range edited.docs {
		for _, p := range doc.Paragraphs() {
			if strings.Contains(p.Text, "改名後商事株式会社") {
				found = true
			}
		}
	}
	if !found {
		t.Error("the drafts derived after the edit do not carry the new name")
	}
}
