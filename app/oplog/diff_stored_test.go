package oplog

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"

	"breachdesk/app/incident"
)

// treeOf is the generic tree of the incident's stored form, without its
// local-only fields.
func treeOf(inc *incident.Incident) (any, error) {
	data, err := incident.Encode(inc)
	if err != nil {
		return nil, err
	}
	return storedTree(data)
}

// diffTrees is Diff as it was before DiffStored: both incidents read into
// whole trees and walked. DiffStored must give exactly its operations.
func diffTrees(old, new *incident.Incident) ([]Op, error) {
	b, err := treeOf(new)
	if err != nil {
		return nil, err
	}
	d := differ{incident: new.ID}
	if old == nil {
		d.write("", nil, b)
		return d.ops, nil
	}
	a, err := treeOf(old)
	if err != nil {
		return nil, err
	}
	d.walk(schema(), "", a, b)
	return d.ops, nil
}

// TestDiffStoredIsDiff: over random edits of random incidents and of the
// scenarios (each version diffed from the one before, as a desk records
// save after save, and from the start), DiffStored on the stored forms
// gives the same operations, in the same order, as walking whole trees.
func TestDiffStoredIsDiff(t *testing.T) {
	t.Parallel() // 20 s: beside the merge properties, not before them
	r := rand.New(rand.NewPCG(16, 16))
	starts := []*incident.Incident{baseIncident(), manyEvents(r, 300)}
	for _, inc := range scenarios(t) {
		starts = append(starts, inc)
	}
	n := 3000
	if testing.Short() {
		n = 600
	}
	for i := range n {
		first := starts[i%len(starts)]
		prev := first
		for range 1 + r.IntN(4) {
			next := prev
			for range 1 + r.IntN(3) {
				next = mutate(r, next)
			}
			if r.IntN(4) == 0 {
				next.UpdatedAt = next.UpdatedAt.Add(time.Minute)
			}
			same(t, prev, next)
			same(t, first, next)
			prev = next
		}
	}
	same(t, nil, starts[0])
}

// manyEvents is an incident with n events (a thousand in the app's bench).
func manyEvents(r *rand.Rand, n int) *incident.Incident {
	inc := baseIncident()
	for i := range n {
		inc.Events = append(inc.Events, incident.Event{ID: fmt.Sprintf("b%03d", i), Kind: incident.EvOther,
			At: t0.Add(time.Duration(i) * time.Hour), Note: pick(r, "ログ解析", `a "quoted" \ note`, "x\ny", "")})
	}
	return inc
}

func same(t *testing.T, old, new *incident.Incident) {
	t.Helper()
	want, err := diffTrees(old, new)
	if err != nil {
		t.Fatal(err)
	}
	var a []byte
	if old != nil {
		a = []byte(encode(t, old))
	}
	got, err := DiffStored(new.ID, a, []byte(encode(t, new)))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("DiffStored:\n%s\nwalking trees:\n%s", opsText(got), opsText(want))
	}
}

func opsText(ops []Op) string {
	var b strings.Builder
	for _, op := range ops {
		fmt.Fprintf(&b, "%s: %s → %s\n", op.Path, op.Old, op.New)
	}
	return b.String()
}

// TestDiffStoredRefuses: bytes that are not an incident's stored form,
// or two incidents, are an error, not operations.
func TestDiffStoredRefuses(t *testing.T) {
	a := []byte(encode(t, baseIncident()))
	other := baseIncident()
	other.ID = "other"
	for _, tt := range []struct{ old, new string }{
		{string(a), "[]"},
		{"null", string(a)},
		{string(a), `{"id":`},
		{string(a), encode(t, other)},
	} {
		if ops, err := DiffStored("x", []byte(tt.old), []byte(tt.new)); err == nil {
			t.Errorf("DiffStored(%.20s, %.20s) = %s; want an error", tt.old, tt.new, opsText(ops))
		}
	}
}

// BenchmarkDiffEdit: the difference made by one edit of a 1,000-event
// incident (a note), as a desk records it at each save: walking whole
// trees (Diff before DiffStored), Diff (both encoded, their bytes scanned)
// and DiffStored with the base's bytes kept from the save before (only
// the new version encoded, as the desk does).
func BenchmarkDiffEdit(b *testing.B) {
	inc := bigIncident()
	next := inc.Clone()
	next.Events[500].Note = "edited"
	old, err := incident.Encode(inc)
	if err != nil {
		b.Fatal(err)
	}
	for _, bb := range []struct {
		name string
		diff func() ([]Op, error)
	}{
		{"trees", func() ([]Op, error) { return diffTrees(inc, next) }},
		{"Diff", func() ([]Op, error) { return Diff(inc, next) }},
		{"DiffStored", func() ([]Op, error) {
			data, err := incident.Encode(next)
			if err != nil {
				return nil, err
			}
			return DiffStored(next.ID, old, data)
		}},
	} {
		b.Run(bb.name, func(b *testing.B) {
			cpu := cpuTime()
			for b.Loop() {
				if ops, err := bb.diff(); err != nil || len(ops) != 1 {
					b.Fatal(err, len(ops))
				}
			}
			reportCPU(b, cpu)
		})
	}
}
