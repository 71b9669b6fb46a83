package desk_test

import (
	"bytes"
	"errors"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"breachdesk/app/desk"
	"breachdesk/app/incident"
	"breachdesk/app/oplog"
)

// export writes the incident id (all when "") as a plain export file.
func (p *person) export(t *testing.T, id string) []byte {
	t.Helper()
	var file []byte
	done, check := must(t, "export")
	p.Export(id, "", func(_ string, b []byte) error { file = b; return nil }, done)
	p.settle()
	check()
	return file
}

// importFile imports an export file and returns what it did.
func (p *person) importFile(t *testing.T, file []byte) desk.ImportResult {
	t.Helper()
	var r desk.ImportResult
	called := false
	p.Import(file, "", func(res desk.ImportResult) { called, r = true, res })
	p.settle()
	if !called {
		t.Fatal("Import never finished")
	}
	return r
}

// mergeImported merges what the import held of the copy into here.
func (p *person) mergeImported(t *testing.T, here, copy string) desk.PacketResult {
	t.Helper()
	var r desk.PacketResult
	called := false
	p.MergeImported(here, copy, func(res desk.PacketResult) { called, r = true, res })
	p.settle()
	if !called {
		t.Fatal("MergeImported never finished")
	}
	return r
}

// twoPeople: A creates an incident and sends it to B by a packet, so both
// hold one history of it.
func twoPeople(t *testing.T) (a, b *person, id string) {
	t.Helper()
	a = newPerson(t, desk.NewMemStore(), nil, "Aoki", "CISO")
	b = newPerson(t, desk.NewMemStore(), nil, "Baba", "Legal")
	id = a.Create("Phishing").ID
	a.edit(t, id, func(inc *incident.Incident) { inc.Org.Name = "Kaku Travel" })
	if r := b.receive(t, a.share(t, id, "packet passphrase"), "packet passphrase"); r.Err != nil || !r.New {
		t.Fatalf("B receiving A's packet: %+v", r)
	}
	b.settle()
	return a, b, id
}

func storedRaw(s *desk.MemStore) map[string][]byte { return maps.Clone(s.Raw("incidents")) }

func sameRaw(a, b map[string][]byte) bool {
	return maps.EqualFunc(a, b, func(x, y []byte) bool { return bytes.Equal(x, y) })
}

// An export carries the incident's signed change log; imported where the
// incident is, with a history in common, it is offered for merging, and the
// merge joins both sides' changes exactly as a packet's would (the copy the
// import added goes); the same file merged again changes nothing.
func TestExportMergesIntoTheIncidentHere(t *testing.T) {
	a, b, id := twoPeople(t)
	a.edit(t, id, func(inc *incident.Incident) { inc.Story.Summary = "A's summary" })
	file := a.export(t, id)
	if !bytes.Contains(file, []byte(`"logs"`)) || !bytes.Contains(file, []byte(oplog.PacketFormat)) {
		t.Fatal("the export carries no change log")
	}
	b.edit(t, id, func(inc *incident.Incident) { inc.Cause.Description = "B's cause" })

	res := b.importFile(t, file)
	if res.Err != nil || len(res.Problems) > 0 || len(res.Added) != 1 {
		t.Fatalf("import: %+v", res)
	}
	ad := res.Added[0]
	if ad.OldID != id || !ad.CanMerge {
		t.Fatalf("the copy is not offered for merging: %+v", ad)
	}
	r := b.mergeImported(t, id, ad.ID)
	if r.Err != nil || r.Added == 0 || r.Conflicts != 0 {
		t.Fatalf("merge: %+v", r)
	}
	if n := len(b.List()); n != 1 {
		t.Errorf("after the merge B has %d incidents, want 1", n)
	}
	if _, ok := b.store.Raw("incidents")[ad.ID]; ok {
		t.Error("the copy is still stored after the merge")
	}
	got := b.Get(id)
	if got.Story.Summary != "A's summary" || got.Cause.Description != "B's cause" || got.Org.Name != "Kaku Travel" {
		t.Errorf("merged facts: summary %q, cause %q, org %q", got.Story.Summary, got.Cause.Description, got.Org.Name)
	}
	// Exactly as the packet: B merging A's packet instead ends the same.
	c := newPerson(t, desk.NewMemStore(), nil, "Chiba", "")
	c.receive(t, b.share(t, id, "p2 passphrase"), "p2 passphrase")
	if facts(t, c.Get(id)) != facts(t, got) {
		t.Error("the merged incident does not travel as it is")
	}
	authors := strings.Join(b.Authors(id), ",")
	if !strings.Contains(authors, "Aoki") || !strings.Contains(authors, "Baba") {
		t.Errorf("the change log's authors after the merge: %s", authors)
	}

	// Again: nothing new, nothing changes but the copy going.
	before := facts(t, b.Get(id))
	res = b.importFile(t, file)
	if len(res.Added) != 1 || !res.Added[0].CanMerge {
		t.Fatalf("import again: %+v", res)
	}
	if r := b.mergeImported(t, id, res.Added[0].ID); r.Err != nil || r.Added != 0 {
		t.Fatalf("merging again: %+v", r)
	}
	if facts(t, b.Get(id)) != before || len(b.List()) != 1 {
		t.Error("merging the same file twice changed something")
	}
}

// The same field changed on both sides is a conflict after merging an
// export, as after a packet, shown and not settled silently.
func TestExportMergeShowsConflict(t *testing.T) {
	a, b, id := twoPeople(t)
	a.edit(t, id, func(inc *incident.Incident) { inc.Org.Name = "A's name" })
	file := a.export(t, id)
	b.edit(t, id, func(inc *incident.Incident) { inc.Org.Name = "B's name" })
	res := b.importFile(t, file)
	r := b.mergeImported(t, id, res.Added[0].ID)
	if r.Err != nil || r.Conflicts != 1 {
		t.Fatalf("merge: %+v", r)
	}
	if cs := b.Conflicts(id); len(cs) != 1 || cs[0].Path != "org.name" {
		t.Errorf("conflicts: %+v", cs)
	}
}

// A file whose log was altered, or whose log is another incident's, or
// whose incident was edited apart from its log, is refused as a whole with
// the problem named, and nothing changes.
func TestExportWithBadLogIsRefused(t *testing.T) {
	a, b, id := twoPeople(t)
	a.edit(t, id, func(inc *incident.Incident) { inc.Story.Summary = "original words" })
	other := a.Create("Another").ID
	a.edit(t, other, func(inc *incident.Incident) { inc.Org.Name = "Other Co" })
	file := a.export(t, "")

	e, err := incident.DecodeExport(file)
	if err != nil || len(e.Logs) != 2 {
		t.Fatalf("the export of two incidents: %v, %d logs", err, len(e.Logs))
	}
	rewrite := func(edit func(e *incident.Export)) []byte {
		e, err := incident.DecodeExport(file)
		if err != nil {
			t.Fatal(err)
		}
		edit(e)
		out, err := incident.EncodeExportLogs(e.Incidents, e.Logs, e.ExportedAt)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	cases := []struct {
		name string
		file []byte
		want func(err error) bool
	}{
		{"a value altered in the log", rewrite(func(e *incident.Export) {
			e.Logs[id] = bytes.Replace(e.Logs[id], []byte("original words"), []byte("altered words!"), 1)
			for _, inc := range e.Incidents {
				if inc.ID == id {
					inc.Story.Summary = "altered words!"
				}
			}
		}), func(err error) bool { var oe *oplog.Error; return errors.As(err, &oe) && oe.Code == oplog.CodeHash }},
		{"the logs swapped", rewrite(func(e *incident.Export) {
			e.Logs[id], e.Logs[other] = e.Logs[other], e.Logs[id]
		}), func(err error) bool { return errors.Is(err, desk.ErrLogForeign) }},
		{"a log of no incident of the file", rewrite(func(e *incident.Export) {
			e.Logs["nobody"] = e.Logs[id]
		}), func(err error) bool { return errors.Is(err, desk.ErrLogForeign) }},
		{"the incident edited apart from its log", rewrite(func(e *incident.Export) {
			for _, inc := range e.Incidents {
				if inc.ID == id {
					inc.Story.Summary = "edited by hand"
				}
			}
		}), func(err error) bool { return errors.Is(err, desk.ErrLogMismatch) }},
	}
	for _, c := range cases {
		before, n := storedRaw(b.store), len(b.List())
		res := b.importFile(t, c.file)
		var le *desk.LogError
		if !errors.As(res.Err, &le) || !c.want(res.Err) || len(res.Added) > 0 {
			t.Errorf("%s: %+v", c.name, res)
			continue
		}
		if !sameRaw(before, storedRaw(b.store)) || len(b.List()) != n {
			t.Errorf("%s: the refused file changed something", c.name)
		}
	}
}

// An incident new here keeps the log its export carried: its history and
// authors come with it, and a later packet from its author merges without
// conflicts (one history, not two).
func TestExportToANewBrowserKeepsTheHistory(t *testing.T) {
	a := newPerson(t, desk.NewMemStore(), nil, "Aoki", "CISO")
	id := a.Create("Phishing").ID
	a.edit(t, id, func(inc *incident.Incident) { inc.Org.Name = "Kaku Travel" })
	file := a.export(t, id)

	c := newPerson(t, desk.NewMemStore(), nil, "Chiba", "")
	res := c.importFile(t, file)
	if res.Err != nil || len(res.Added) != 1 || res.Added[0].ID != id {
		t.Fatalf("import: %+v", res)
	}
	if got := c.History(id, "org.name"); len(got) == 0 || got[len(got)-1].Author != "Aoki" {
		t.Errorf("org.name's history here: %+v", got)
	}
	a.edit(t, id, func(inc *incident.Incident) { inc.Story.Summary = "later" })
	r := c.receive(t, a.share(t, id, "packet passphrase"), "packet passphrase")
	if r.Err != nil || r.Added == 0 || r.Conflicts != 0 {
		t.Fatalf("A's later packet: %+v", r)
	}
	if c.Get(id).Story.Summary != "later" {
		t.Error("the packet's change is not here")
	}
}

// No merge is offered where the histories share nothing (the incident here
// came from an export without a log), nor for an export without a log
// (files of before, the schema fixtures): those keep replace and keep both.
func TestImportOffersMergeOnlyWithCommonHistory(t *testing.T) {
	a := newPerson(t, desk.NewMemStore(), nil, "Aoki", "")
	id := a.Create("Phishing").ID
	a.edit(t, id, func(inc *incident.Incident) { inc.Org.Name = "Kaku Travel" })
	withLog := a.export(t, id)
	e, err := incident.DecodeExport(withLog)
	if err != nil {
		t.Fatal(err)
	}
	withoutLog, err := incident.EncodeExport(e.Incidents, e.ExportedAt)
	if err != nil {
		t.Fatal(err)
	}
	b := newPerson(t, desk.NewMemStore(), nil, "Baba", "")
	if res := b.importFile(t, withoutLog); len(res.Added) != 1 || res.Added[0].ID != id {
		t.Fatalf("first import: %+v", res)
	}
	res := b.importFile(t, withLog)
	if len(res.Added) != 1 || res.Added[0].OldID != id || res.Added[0].CanMerge {
		t.Fatalf("no common history, yet: %+v", res)
	}
	if r := b.mergeImported(t, id, res.Added[0].ID); !errors.Is(r.Err, desk.ErrNotHeld) {
		t.Errorf("merging what is not offered: %+v", r)
	}
	if !b.ReplaceWithImported(id, res.Added[0].ID) {
		t.Error("replace is not possible")
	}

	for _, name := range []string{"v0.json", "v1.json", "v2.json"} {
		raw, err := os.ReadFile(filepath.Join("..", "..", "testdata", "incident", name))
		if err != nil {
			t.Fatal(err)
		}
		d := newPerson(t, desk.NewMemStore(), nil, "Doi", "")
		first := d.importFile(t, raw)
		again := d.importFile(t, raw)
		if first.Err != nil || len(first.Added) != 1 || first.Added[0].OldID != "" {
			t.Fatalf("%s: %+v", name, first)
		}
		if len(again.Added) != 1 || again.Added[0].OldID != first.Added[0].ID || again.Added[0].CanMerge || len(d.List()) != 2 {
			t.Errorf("%s imported again: %+v", name, again)
		}
	}
}

// A copy changed after the import is not dropped by a merge: the merge is
// refused and nothing changes.
func TestMergeImportedKeepsAChangedCopy(t *testing.T) {
	a, b, id := twoPeople(t)
	a.edit(t, id, func(inc *incident.Incident) { inc.Story.Summary = "A's summary" })
	res := b.importFile(t, a.export(t, id))
	cp := res.Added[0].ID
	b.edit(t, cp, func(inc *incident.Incident) { inc.Notes = "typed into the copy" })
	before := facts(t, b.Get(id))
	if r := b.mergeImported(t, id, cp); !errors.Is(r.Err, desk.ErrCopyChanged) {
		t.Fatalf("merge over a changed copy: %+v", r)
	}
	if b.Get(cp) == nil || facts(t, b.Get(id)) != before {
		t.Error("the refused merge changed something")
	}
}

// The merge offer of a re-imported export is held in memory only: a reload
// between the import and the choice loses the offer, not data. The
// incident here is as it was, the copy the import added is whole (its own
// log, which verifies), and the same file picked again offers that copy for
// merging again, adding no second one; the merge then joins A's change and
// removes the copy. A copy changed since is not offered again: a new one is
// added.
func TestReimportOfferAfterReload(t *testing.T) {
	a, b, id := twoPeople(t)
	a.edit(t, id, func(inc *incident.Incident) { inc.Story.Summary = "A's summary" })
	file := a.export(t, id)
	before := facts(t, b.Get(id))
	res := b.importFile(t, file)
	if len(res.Added) != 1 || !res.Added[0].CanMerge {
		t.Fatalf("import: %+v", res)
	}
	first := res.Added[0].ID

	// The page is reloaded: a new desk on the same store and device key.
	again := newPerson(t, b.store, b.key, "", "")
	if got := again.Get(id); got == nil || facts(t, got) != before {
		t.Fatal("the incident here changed without a merge")
	}
	if cp := again.Get(first); cp == nil || cp.Story.Summary != "A's summary" || !again.Recorded(first) || again.LogError(first) != nil {
		t.Fatalf("the copy after the reload: %+v, log error %v", cp, again.LogError(first))
	}
	storedLogOpens(t, again.store, first)
	storedLogOpens(t, again.store, id)
	if r := again.mergeImported(t, id, first); !errors.Is(r.Err, desk.ErrNotHeld) {
		t.Fatalf("a merge offer survived the reload in memory: %+v", r)
	}

	res = again.importFile(t, file)
	if len(res.Added) != 1 || !res.Added[0].CanMerge || res.Added[0].OldID != id || res.Added[0].ID != first {
		t.Fatalf("the file picked again: %+v (the first copy %s)", res, first)
	}
	if n := len(again.List()); n != 2 {
		t.Fatalf("picked again: %d incidents, want 2 (a second copy was added)", n)
	}
	if r := again.mergeImported(t, id, first); r.Err != nil || r.Added == 0 {
		t.Fatalf("merge after the reload: %+v", r)
	}
	if got := again.Get(id); got.Story.Summary != "A's summary" || got.Org.Name != "Kaku Travel" {
		t.Fatalf("merged: %+v", got.Story)
	}
	storedLogOpens(t, again.store, id)
	if again.Get(first) != nil || len(again.List()) != 1 {
		t.Fatalf("after the merge: %d incidents", len(again.List()))
	}
	if _, ok := again.store.Raw("incidents")[first]; ok {
		t.Fatal("the copy is still stored after the merge")
	}

	// A copy someone changed is not taken for the file's: a new one is added.
	res = again.importFile(t, file)
	cp := res.Added[0].ID
	again.edit(t, cp, func(inc *incident.Incident) { inc.Notes = "typed into the copy" })
	third := newPerson(t, again.store, again.key, "", "")
	res = third.importFile(t, file)
	if len(res.Added) != 1 || res.Added[0].ID == cp || third.Get(cp).Notes != "typed into the copy" || len(third.List()) != 3 {
		t.Fatalf("a changed copy: %+v, %d incidents", res.Added, len(third.List()))
	}
}

// Once an import is done and the desk is Quiet, it has written all it
// will: the added incidents and their change logs (the first operation of
// a copy, or the file's log). The suite's import hook waits for Quiet; a
// write landing after it was read by the hostile-files test as a refused
// file changing the store.
func TestImportQuietAfterItsLogsAreStored(t *testing.T) {
	a := newPerson(t, desk.NewMemStore(), nil, "Aoki", "CISO")
	id := a.Create("Phishing").ID
	a.edit(t, id, func(inc *incident.Incident) { inc.Org.Name = "Kaku Travel" })
	file := a.export(t, id)
	e, err := incident.DecodeExport(file)
	if err != nil {
		t.Fatal(err)
	}
	legacy, err := incident.EncodeExport(e.Incidents, e.ExportedAt)
	if err != nil {
		t.Fatal(err)
	}

	store := desk.NewMemStore()
	c := newPerson(t, store, nil, "Chiba", "")
	for _, step := range []struct {
		name string
		file []byte
	}{{"first import (the file's log)", file}, {"same file again (a copy)", file}, {"a file without logs", legacy}} {
		var atQuiet map[string][]byte
		quietAtDone := true
		c.Import(step.file, "", func(r desk.ImportResult) {
			if r.Err != nil || len(r.Problems) > 0 {
				t.Errorf("%s: %+v", step.name, r)
			}
			quietAtDone = c.Quiet()
			var wait func()
			wait = func() {
				if c.Quiet() {
					atQuiet = storedRaw(store)
					return
				}
				c.loop.After(10*time.Millisecond, wait)
			}
			wait()
		})
		c.settle()
		if atQuiet == nil {
			t.Fatalf("%s: never quiet after the import", step.name)
		}
		if after := storedRaw(store); !sameRaw(atQuiet, after) {
			t.Errorf("%s: %d records once quiet, %d after: written after the desk said it was quiet", step.name, len(atQuiet), len(after))
		}
		if step.name != "first import (the file's log)" && quietAtDone {
			t.Errorf("%s: quiet when the import was done, with the copy's log still to write", step.name)
		}
		for _, inc := range c.List() {
			if !c.Recorded(inc.ID) {
				t.Errorf("%s: %s not recorded", step.name, inc.ID)
			}
		}
	}
}
