package desk_test

import (
	"strings"
	"testing"
	"time"

	"breachdesk/app/desk"
	"breachdesk/app/incident"
)

// Export all, then import into another browser and into this one: the
// other gets the same incidents; this one gets copies under fresh ids, and
// nothing is replaced.
func TestExportImport(t *testing.T) {
	d := newTab(t, desk.NewMemStore(), nil)
	a := d.Create("A")
	b := d.Create("B")
	for _, inc := range []*incident.Incident{a, b} {
		d.Edit(inc.ID, func(inc *incident.Incident) { inc.Story.Summary = "A mail with a fake invoice was opened." })
	}
	d.settle()
	if len(d.NotBackedUp()) != 2 {
		t.Fatalf("not backed up: %d", len(d.NotBackedUp()))
	}
	var name string
	var file []byte
	done, check := must(t, "export")
	d.Export("", "", func(n string, b []byte) error { name, file = n, b; return nil }, done)
	d.loop.Run()
	check()
	if !strings.HasPrefix(name, "breachdesk-backup-") || !strings.HasSuffix(name, ".json") {
		t.Errorf("file name %q", name)
	}
	if len(d.NotBackedUp()) != 0 || !d.Backups().LastAny().Equal(d.loop.Now()) {
		t.Errorf("backup not recorded: %+v", d.Backups())
	}
	d.loop.Advance(time.Minute)
	d.Edit(a.ID, func(inc *incident.Incident) { inc.Title = "A2" })
	if nb := d.NotBackedUp(); len(nb) != 1 || nb[0].ID != a.ID {
		t.Errorf("after an edit, not backed up: %v", nb)
	}

	other := newTab(t, desk.NewMemStore(), nil)
	var res desk.ImportResult
	other.Import(file, "", func(r desk.ImportResult) { res = r })
	other.loop.Run()
	if res.Err != nil || len(res.Added) != 2 || other.Get(a.ID) == nil {
		t.Fatalf("import elsewhere: %+v", res)
	}

	d.Import(file, "", func(r desk.ImportResult) { res = r })
	d.loop.Run()
	if res.Err != nil || len(res.Added) != 2 || len(d.List()) != 4 {
		t.Fatalf("import here: %+v, %d incidents", res, len(d.List()))
	}
	for _, ad := range res.Added {
		if ad.OldID == "" || ad.ID == ad.OldID {
			t.Errorf("an id was reused: %+v", ad)
		}
	}
	if d.Get(a.ID).Title != "A2" {
		t.Error("the import replaced an incident")
	}
}

// A file with any problem is refused as a whole and changes nothing.
func TestImportRefusesBadFile(t *testing.T) {
	s := desk.NewMemStore()
	d := newTab(t, s, nil)
	d.Create("Kept")
	d.settle()
	snap := snapshot(s)
	for _, bad := range []string{`not json`, `{"format":"breachdesk-export","schema":99,"incidents":[]}`,
		`{"format":"breachdesk-export","schema":1,"incidents":[{"id":"ok"},{"id":5}]}`, ``} {
		var res desk.ImportResult
		d.Import([]byte(bad), "", func(r desk.ImportResult) { res = r })
		d.loop.Run()
		if len(res.Problems) == 0 && res.Err == nil || len(res.Added) > 0 {
			t.Errorf("%q: %+v", bad, res)
		}
		if snapshot(s) != snap || len(d.List()) != 1 {
			t.Fatalf("%q changed the store", bad)
		}
	}
}

// A new incident holding nothing but its name and what the readiness
// checklist filled in has nothing to back up: no "changes not backed up"
// on a brand-new empty incident. The first fact typed makes it one to back
// up; an export makes it backed up again.
func TestNewIncidentNeedsNoBackup(t *testing.T) {
	d := newTab(t, desk.NewMemStore(), nil)
	d.loop.Run()
	ready(t, d)
	d.loop.Run()
	inc := d.Create("New incident")
	d.settle()
	if nb := d.NotBackedUp(); len(nb) != 0 || d.NeedsBackup(d.Get(inc.ID)) {
		t.Fatalf("a new, pre-filled incident needs a backup: %v", nb)
	}
	d.Edit(inc.ID, func(inc *incident.Incident) { inc.Title = "Phishing" })
	if d.NeedsBackup(d.Get(inc.ID)) {
		t.Error("renamed only, it needs a backup")
	}
	d.loop.Advance(time.Minute)
	d.Edit(inc.ID, func(inc *incident.Incident) {
		inc.Events = append(inc.Events, incident.Event{ID: "e1", Kind: incident.EvDetected, At: d.loop.Now()})
	})
	if !d.NeedsBackup(d.Get(inc.ID)) || len(d.NotBackedUp()) != 1 {
		t.Error("with an event, it needs no backup")
	}
	done, check := must(t, "export")
	d.Export(inc.ID, "", func(string, []byte) error { return nil }, done)
	d.loop.Run()
	check()
	if d.NeedsBackup(d.Get(inc.ID)) {
		t.Error("exported, it still needs a backup")
	}
}

// Importing a copy of an incident that is here says which it is a copy of,
// with when each was last changed and when the file was written, and the
// copy can replace the one here: one incident, as the file has it, not two
// that look the same.
func TestReimportReplaces(t *testing.T) {
	s := desk.NewMemStore()
	d := newTab(t, s, nil)
	a := d.Create("A")
	d.Edit(a.ID, func(inc *incident.Incident) { inc.Story.Summary = "as exported" })
	d.settle()
	var file []byte
	done, check := must(t, "export")
	d.Export(a.ID, "", func(_ string, b []byte) error { file = b; return nil }, done)
	d.loop.Run()
	check()
	exported := d.loop.Now()
	d.loop.Advance(time.Hour)
	d.Edit(a.ID, func(inc *incident.Incident) { inc.Story.Summary = "changed here since" })
	d.settle()

	var res desk.ImportResult
	d.Import(file, "", func(r desk.ImportResult) { res = r })
	d.loop.Run()
	if res.Err != nil || len(res.Added) != 1 {
		t.Fatalf("import: %+v", res)
	}
	ad := res.Added[0]
	if ad.OldID != a.ID || ad.Here != "A" || !ad.Exported.Equal(exported) || !ad.HereUpdated.After(ad.FileUpdated) {
		t.Errorf("the copy does not say what it is a copy of: %+v", ad)
	}
	if !d.ReplaceWithImported(a.ID, ad.ID) {
		t.Fatal("not replaced")
	}
	d.settle()
	if n := len(d.List()); n != 1 {
		t.Fatalf("%d incidents after replacing, want 1", n)
	}
	if got := d.Get(a.ID).Story.Summary; got != "as exported" {
		t.Errorf("after replacing, the summary is %q", got)
	}
	if _, ok := s.Raw("incidents")[ad.ID]; ok {
		t.Error("the copy is still stored")
	}
	if stored, err := incident.Decode(s.Raw("incidents")[a.ID]); err != nil || stored.Story.Summary != "as exported" {
		t.Errorf("stored: %v, %+v", err, stored)
	}
}
