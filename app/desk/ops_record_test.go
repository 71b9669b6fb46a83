package desk_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"breachdesk/app/desk"
	"breachdesk/app/incident"
	"breachdesk/app/oplog"
)

// storedLog is the stored change log of id, opened: its operations and
// the incident they fold to.
func storedLog(t *testing.T, s *desk.MemStore, id string) (*oplog.Packet, *incident.Incident) {
	t.Helper()
	data, err := s.Get("\x1flog:" + id)
	if err != nil {
		t.Fatalf("no stored log of %s: %v", id, err)
	}
	p, err := oplog.DecodePacket(data)
	if err != nil {
		t.Fatal(err)
	}
	m, err := oplog.Open(p, oplog.ECDSAVerifier{})
	if err != nil {
		t.Fatal(err)
	}
	return p, m.Incident
}

// newOps are the operations of after that before lacks.
func newOps(before, after *oplog.Packet) []oplog.Op {
	had := map[string]bool{}
	for _, op := range before.Ops {
		had[op.Hash] = true
	}
	var out []oplog.Op
	for _, op := range after.Ops {
		if !had[op.Hash] {
			out = append(out, op)
		}
	}
	return out
}

// changes lists operations as path: old → new.
func changes(ops []oplog.Op) string {
	var b strings.Builder
	for _, op := range ops {
		fmt.Fprintf(&b, "%s: %s → %s\n", op.Path, op.Old, op.New)
	}
	return b.String()
}

// randomEdit changes one thing of a 200-event incident, as the pages do.
func randomEdit(r *rand.Rand, n int) func(inc *incident.Incident) {
	texts := []string{"a", "ログ解析", `"quoted" \ text`, "", "line\nbreak"}
	text := texts[r.IntN(len(texts))]
	switch r.IntN(8) {
	case 0:
		return func(inc *incident.Incident) { inc.Org.Name = text }
	case 1:
		return func(inc *incident.Incident) { inc.Title = text + "!" }
	case 2:
		return func(inc *incident.Incident) {
			inc.Events = append(inc.Events, incident.Event{ID: fmt.Sprintf("n%d", n), Kind: incident.EvOther,
				At: t0.Add(time.Duration(n) * time.Minute), Note: text})
		}
	case 3:
		return func(inc *incident.Incident) {
			if len(inc.Events) > 0 {
				i := r.IntN(len(inc.Events))
				inc.Events = slices.Delete(inc.Events, i, i+1)
			}
		}
	case 4:
		return func(inc *incident.Incident) {
			if len(inc.Events) > 1 {
				i, j := r.IntN(len(inc.Events)), r.IntN(len(inc.Events))
				inc.Events[i], inc.Events[j] = inc.Events[j], inc.Events[i]
			}
		}
	case 5:
		return func(inc *incident.Incident) {
			if inc.Steps == nil {
				inc.Steps = map[string]incident.StepState{}
			}
			inc.Steps[fmt.Sprintf("s%d", r.IntN(3))] = incident.StepState{Status: incident.StepDoing, Owner: text}
		}
	case 6:
		return func(inc *incident.Incident) { inc.Cause.Description = text }
	}
	return func(inc *incident.Incident) {
		if len(inc.Events) > 0 {
			inc.Events[r.IntN(len(inc.Events))].Note = text
		}
	}
}

// TestOpsRecordsEverySave: over random edits of a 200-event incident, one
// or several per save, with packets from another person merged in between
// (the log's base then is the merge's fold, not the bytes the last save
// encoded), each save adds to the stored change log exactly the operations
// oplog.Diff finds between the log's fold before it and the incident, and
// the log then folds to exactly the incident saved beside it: recording
// from the stored form of the base loses, repeats and invents nothing.
func TestOpsRecordsEverySave(t *testing.T) {
	r := rand.New(rand.NewPCG(16, 5))
	a := newPerson(t, desk.NewMemStore(), nil, "Sato", "DPO")
	b := newPerson(t, desk.NewMemStore(), nil, "Suzuki", "Legal")
	inc := a.Create("Typing")
	a.settle()
	a.Edit(inc.ID, func(inc *incident.Incident) {
		for i := range 200 {
			inc.Events = append(inc.Events, incident.Event{ID: fmt.Sprintf("e%03d", i), Kind: incident.EvOther,
				At: t0.Add(time.Duration(i) * time.Hour), Note: fmt.Sprintf("note %d", i)})
		}
	})
	a.settle()
	a.loop.Advance(desk.LogWriteDelay)
	if res := b.receive(t, a.share(t, inc.ID, "pw"), "pw"); res.Err != nil {
		t.Fatal(res.Err)
	}
	rounds := 60
	if testing.Short() {
		rounds = 25
	}
	merged := 0
	for round := range rounds {
		if r.IntN(5) == 0 { // B, up to date, edits; A merges B's packet and records nothing of its own
			if res := b.receive(t, a.share(t, inc.ID, "pw"), "pw"); res.Err != nil {
				t.Fatalf("round %d: merge into B: %+v", round, res)
			}
			b.edit(t, inc.ID, randomEdit(r, 1000+round))
			before, _ := storedLog(t, a.store, inc.ID)
			res := a.receive(t, b.share(t, inc.ID, "pw"), "pw")
			if res.Err != nil {
				t.Fatalf("round %d: merge: %+v", round, res)
			}
			if res.Added > 0 {
				merged++
			}
			a.loop.Advance(desk.LogWriteDelay)
			after, _ := storedLog(t, a.store, inc.ID)
			if added := newOps(before, after); len(added) != len(after.Ops)-len(before.Ops) || slices.ContainsFunc(added, func(op oplog.Op) bool { return op.Author != "Suzuki" }) {
				t.Fatalf("round %d: the merge added\n%s", round, changes(added))
			}
		}
		before, fold := storedLog(t, a.store, inc.ID)
		for range 1 + r.IntN(3) {
			a.Edit(inc.ID, randomEdit(r, round))
		}
		a.settle()
		a.loop.Advance(desk.LogWriteDelay)
		if !a.Recorded(inc.ID) {
			t.Fatalf("round %d: the edits are not recorded", round)
		}
		after, folded := storedLog(t, a.store, inc.ID)
		added := newOps(before, after)
		want, err := oplog.Diff(fold, a.Get(inc.ID))
		if err != nil {
			t.Fatal(err)
		}
		if got, want := changes(added), changes(want); got != want {
			t.Fatalf("round %d: the save recorded\n%s\nDiff finds\n%s", round, got, want)
		}
		if got, want := facts(t, folded), facts(t, a.Get(inc.ID)); got != want {
			t.Fatalf("round %d: the stored log folds to\n%s\nthe incident is\n%s", round, got, want)
		}
	}
	if merged < 3 {
		t.Errorf("%d merges changed A's incident: too few to test recording after a merge", merged)
	}
}

// The log of a large incident (LazyLogBytes or more stored), however
// short, is written within LogWriteDelay of an edit, not with each save:
// the save writes the incident, and the log follows.
func TestOpsLargeIncidentLogWaits(t *testing.T) {
	a := newPerson(t, desk.NewMemStore(), nil, "Sato", "")
	inc := a.Create("Phishing")
	a.settle()
	id := inc.ID
	a.edit(t, id, func(inc *incident.Incident) {
		for i := range 200 {
			inc.Events = append(inc.Events, incident.Event{ID: fmt.Sprintf("e%d", i), Kind: incident.EvOther,
				At: t0.Add(time.Duration(i) * time.Minute), Note: strings.Repeat("ログ解析: 踏み台サーバのアクセスログを確認した。", 10)})
		}
	})
	if n := len(a.store.Raw("incidents")[id]); n < desk.LazyLogBytes {
		t.Fatalf("the incident is stored in %d bytes, want %d or more", n, desk.LazyLogBytes)
	}
	storedOps := func() int {
		p, _ := storedLog(t, a.store, id)
		return len(p.Ops)
	}
	before := storedOps()
	if before >= desk.LazyLogOps {
		t.Fatalf("the log has %d operations: not a short one", before)
	}
	a.Edit(id, func(inc *incident.Incident) { inc.Title = "Phishing at HQ" })
	a.settle()
	if !a.Recorded(id) || !strings.Contains(string(a.store.Raw("incidents")[id]), "Phishing at HQ") {
		t.Fatal("the edit is not recorded and saved")
	}
	if n := storedOps(); n != before {
		t.Fatalf("the log stored %d operations at the save, want %d (it waits)", n, before)
	}
	a.loop.Advance(desk.LogWriteDelay)
	if n := storedOps(); n != before+1 {
		t.Fatalf("the log stored %d operations after LogWriteDelay, want %d", n, before+1)
	}
	if got, want := facts(t, storedFoldOf(t, a.store, id)), facts(t, a.Get(id)); got != want {
		t.Fatal("the stored log does not fold to the incident")
	}
}

func storedFoldOf(t *testing.T, s *desk.MemStore, id string) *incident.Incident {
	t.Helper()
	_, inc := storedLog(t, s, id)
	return inc
}

// A save that goes well changes nothing the pages show, and does not tell
// them (each telling renders the page in view, a large one while the user
// types); a save refused for a full storage does, and so does the one that
// writes the edit once space is back.
func TestSaveTellsThePagesOnlyOfAChange(t *testing.T) {
	s := desk.NewMemStore()
	p := newPerson(t, s, nil, "Sato", "")
	inc := p.Create("Quiet")
	p.settle()
	p.loop.Advance(desk.LogWriteDelay)
	for i := range 3 {
		before := p.changes
		p.EditQuietly(inc.ID, func(inc *incident.Incident) { inc.Org.Name = fmt.Sprint("typed ", i) })
		p.settle()
		p.loop.Advance(desk.LogWriteDelay)
		if stored(t, s, inc.ID, "").Org.Name != fmt.Sprint("typed ", i) || !p.Recorded(inc.ID) {
			t.Fatalf("edit %d not saved and recorded", i)
		}
		if p.changes != before {
			t.Fatalf("edit %d: the pages were told %d times of its save", i, p.changes-before)
		}
	}
	s.SetFull(true)
	before := p.changes
	p.EditQuietly(inc.ID, func(inc *incident.Incident) { inc.Org.Name = "full" })
	p.settle()
	if !p.Status().Full || p.changes == before {
		t.Fatalf("a full storage: status %+v, told %d times", p.Status(), p.changes-before)
	}
	s.SetFull(false)
	before = p.changes
	p.loop.Advance(desk.TickEvery)
	if p.Status().Full || p.changes == before {
		t.Fatalf("space back: status %+v, told %d times", p.Status(), p.changes-before)
	}
}
