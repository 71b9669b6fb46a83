package oplog

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"breachdesk/app/incident"
)

func paths(ops []Op) string {
	var ps []string
	for _, op := range ops {
		ps = append(ps, op.Path)
	}
	return strings.Join(ps, " ")
}

// TestDiffPaths: each kind of edit gives the writes named by id and field.
func TestDiffPaths(t *testing.T) {
	tests := []struct {
		name string
		edit func(*incident.Incident)
		want string
	}{
		{"a field", func(c *incident.Incident) { c.Org.Name = "B" }, "org.name"},
		{"two fields", func(c *incident.Incident) { c.Org.Name, c.Cause.Kind = "B", incident.CauseMalware }, "cause.kind org.name"},
		{"an event's note", func(c *incident.Incident) { c.Events[1].Note = "n" }, "events[e2].note"},
		{"an event added", func(c *incident.Incident) {
			c.Events = append(c.Events, incident.Event{ID: "e9", Kind: incident.EvAware, At: t0})
		}, "events[e9]"},
		{"an event removed", func(c *incident.Incident) { c.Events = slices.Delete(c.Events, 1, 2) }, "events[e2]"},
		{"events reordered", func(c *incident.Incident) { slices.Reverse(c.Events) }, "events"},
		{"an event inserted, not at the end", func(c *incident.Incident) {
			c.Events = slices.Insert(c.Events, 0, incident.Event{ID: "e0", Kind: incident.EvAware, At: t0})
		}, "events"},
		{"the last party removed", func(c *incident.Incident) { c.Parties = nil }, "parties[p1] parties[p2]"},
		{"a step key with a dot", func(c *incident.Incident) { c.Steps["s.2"] = incident.StepState{Status: incident.StepDone} }, "steps[s.2].status"},
		{"a step key with brackets", func(c *incident.Incident) { c.Steps["s[3]"] = incident.StepState{Status: incident.StepDone} }, `steps[s\[3\]]`},
		{"a step removed", func(c *incident.Incident) { delete(c.Steps, "s1") }, "steps[s1]"},
		{"a paragraph edit (written whole)", func(c *incident.Incident) {
			c.Edits["doc/a"] = incident.ParagraphEdit{Text: "z", Base: "y", EditedAt: t0}
		}, "edits[doc/a]"},
		{"a figure (written whole)", func(c *incident.Incident) {
			c.Main().Persons = incident.FigureOf(incident.Count{Known: true, N: 5})
		}, "dataSets[d1].persons"},
		{"a category's count (written whole)", func(c *incident.Incident) {
			c.Main().Categories[0].Persons = incident.Count{Known: true, N: 7, Approx: true}
		}, "dataSets[d1].categories[name].persons"},
		{"categories without unique ids (written whole)", func(c *incident.Incident) {
			c.Main().Categories = []incident.Category{{ID: "other", Other: "x"}, {ID: "other", Other: "y"}}
		}, "dataSets[d1].categories"},
		{"a status change (the history written whole)", func(c *incident.Incident) {
			c.Main().SetStatus(incident.Confirmed, "2026-03-17")
		}, "dataSets[d1].status"},
		{"a statement (written whole)", func(c *incident.Incident) { c.AwareWhy = incident.Statement{Text: "t", By: "b"} }, "awareWhy"},
		{"the estimate set", func(c *incident.Incident) { c.Estimate = &incident.EstimateInputs{X: 2} }, "estimate"},
		{"nothing", func(c *incident.Incident) {}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			old := baseIncident()
			old.Main().Categories = []incident.Category{{ID: "name", Persons: incident.Count{Known: true, N: 3}}}
			new := old.Clone()
			tt.edit(new)
			ops, err := Diff(old, new)
			if err != nil {
				t.Fatal(err)
			}
			if got := paths(ops); got != tt.want {
				t.Errorf("paths %q; want %q", got, tt.want)
			}
			checkReplay(t, old, new, ops)
		})
	}
}

// checkReplay checks that the operations turn old into new.
func checkReplay(t *testing.T, old, new *incident.Incident, ops []Op) {
	t.Helper()
	tree, err := treeOf(old)
	if err != nil {
		t.Fatal(err)
	}
	for i := range ops {
		apply(&tree, &ops[i])
	}
	inc, err := incident.Decode(canonical(tree))
	if err != nil {
		t.Fatalf("replayed %s: %v", paths(ops), err)
	}
	if got, want := encode(t, inc), encode(t, new); got != want {
		t.Fatalf("replayed %s\n got %s\nwant %s", paths(ops), got, want)
	}
}

// TestDiffReplay: over random pairs of incidents (a few random edits
// apart) and the scenarios edited at random, Diff's operations turn the
// first into the second exactly.
func TestDiffReplay(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	starts := []*incident.Incident{baseIncident()}
	for _, inc := range scenarios(t) {
		starts = append(starts, inc)
	}
	for i := range 2000 {
		old := starts[i%len(starts)]
		new := old
		for range 1 + r.IntN(4) {
			new = mutate(r, new)
		}
		ops, err := Diff(old, new)
		if err != nil {
			t.Fatal(err)
		}
		checkReplay(t, old, new, ops)
	}
}

func TestPaths(t *testing.T) {
	for _, p := range []string{"", "org", "org.name", "events[e3].note", `steps[pb.notice].status`, `edits[notice-ja/opening/lead]`, `steps[s\[3\]]`, `a[x\\y]`} {
		if _, ok := parsePath(p); !ok || !wellFormed(p) {
			t.Errorf("%q refused", p)
		}
	}
	for _, p := range []string{".org", "org.", "org..name", "events[]", "events[e3", "events[e[3]]", "[e3]x", "org name", `a[x\]`} {
		if _, ok := parsePath(p); ok || wellFormed(p) {
			t.Errorf("%q accepted", p)
		}
	}
	if got := keyOf("steps", "s[3]"); got != `steps[s\[3\]]` {
		t.Errorf("keyOf = %s", got)
	}
	var as []string
	ancestors(`steps[pb.notice].status[x\]y].z`, func(a string) { as = append(as, a) })
	if got := strings.Join(as, " | "); got != ` | steps | steps[pb.notice] | steps[pb.notice].status | steps[pb.notice].status[x\]y]` {
		t.Errorf("ancestors = %q", got)
	}
	for _, c := range []struct {
		path, outer string
		want        bool
	}{
		{"events[e12].note", "events[e1]", false}, {"events[e1].note", "events[e1]", true}, {"events[e1]", "events", true},
		{"org.name", "org.na", false}, {"org", "org", true}, {"org", "", true}, {"", "org", false},
	} {
		if got := within(c.path, c.outer); got != c.want {
			t.Errorf("within(%q, %q) = %v", c.path, c.outer, got)
		}
	}
}

// What a person typed into a form and has not submitted stays in their
// browser: it is never a change, so never shared nor in the change log.
func TestDiffLeavesOutUnsubmitted(t *testing.T) {
	a := baseIncident()
	b := a.Clone()
	b.Unsubmitted = map[string]string{"timeline.note": "まだ書きかけのメモ"}
	ops, err := Diff(a, b)
	if err != nil {
		t.Fatal(err)
	}
	if len(ops) != 0 {
		t.Errorf("typing not submitted became changes: %+v", ops)
	}
	b.Title = "新しい題名"
	ops, _ = Diff(a, b)
	if len(ops) != 1 || ops[0].Path != "title" {
		t.Errorf("one edit beside typing: %+v", ops)
	}
	first, _ := Diff(nil, b)
	for _, op := range first {
		if strings.Contains(string(op.New), "書きかけ") {
			t.Errorf("the first operation carries unsubmitted typing: %s", op.New)
		}
	}
}
