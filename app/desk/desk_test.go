package desk_test

import (
	"errors"
	"testing"
	"time"

	"breachdesk/app/desk"
	"breachdesk/app/incident"
)

// An incident is created, edited and deleted; each edit reaches the store
// within SaveDelay, several edits in one write, and not before.
func TestCreateEditDelete(t *testing.T) {
	s := desk.NewMemStore()
	d := newTab(t, s, nil)
	inc := d.Create("Phishing")
	if got := d.Get(inc.ID); got != inc || len(d.List()) != 1 {
		t.Fatalf("created incident not on the desk: %v", d.List())
	}
	d.Edit(inc.ID, func(inc *incident.Incident) { inc.Story.Summary = "a" })
	d.EditQuietly(inc.ID, func(inc *incident.Incident) { inc.Story.Summary += "b" })
	d.loop.Advance(desk.SaveDelay - time.Millisecond)
	if got := stored(t, s, inc.ID, ""); got != nil {
		t.Fatalf("written before the save delay: %q", got.Story.Summary)
	}
	if !d.Status().Saving {
		t.Error("the status does not say that edits are waiting")
	}
	d.loop.Advance(time.Millisecond)
	got := stored(t, s, inc.ID, "")
	if got == nil || got.Title != "Phishing" || got.Story.Summary != "ab" {
		t.Fatalf("stored %+v", got)
	}
	if n := len(s.Written()); n != 1 {
		t.Errorf("%d writes for three edits, want 1", n)
	}
	if d.Status().Saving {
		t.Error("still saving after the write")
	}
	if d.Edit("nope", func(*incident.Incident) {}) {
		t.Error("an edit of a missing incident reported success")
	}
	d.Delete(inc.ID)
	d.settle()
	if d.Get(inc.ID) != nil || stored(t, s, inc.ID, "") != nil {
		t.Error("deleted incident still there")
	}
	// A desk opened later reads what was stored.
	inc2 := d.Create("Second")
	d.settle()
	e := newTab(t, s, nil)
	if got := e.Get(inc2.ID); got == nil || got.Title != "Second" || len(e.List()) != 1 {
		t.Errorf("a new desk reads %v", e.List())
	}
}

// A record that cannot be read is listed, never deleted nor overwritten.
func TestUnreadableKept(t *testing.T) {
	s := desk.NewMemStore()
	s.Set("incidents", "bad", []byte(`{"schema":1,"id":`))
	d := newTab(t, s, nil)
	if st := d.Status(); len(st.Unreadable) != 1 || st.Unreadable["bad"] == "" {
		t.Fatalf("unreadable: %v", st.Unreadable)
	}
	d.Create("x")
	d.settle()
	if string(s.Raw("incidents")["bad"]) != `{"schema":1,"id":` {
		t.Error("the unreadable record was changed")
	}
}

// A full storage keeps the edit in memory and says so; the edit is written
// by itself once space is back.
func TestFullStorageKeepsTheEdit(t *testing.T) {
	s := desk.NewMemStore()
	d := newTab(t, s, nil)
	inc := d.Create("Full")
	d.settle()
	s.SetFull(true)
	d.Edit(inc.ID, func(inc *incident.Incident) { inc.Story.Summary = "kept in memory" })
	d.settle()
	if !d.Status().Full || d.Status().SaveErr != nil {
		t.Fatalf("status %+v, want Full", d.Status())
	}
	if d.Get(inc.ID).Story.Summary != "kept in memory" || stored(t, s, inc.ID, "").Story.Summary != "" {
		t.Fatal("the edit is not in memory only")
	}
	var file []byte
	done, check := must(t, "export")
	d.Export(inc.ID, "", func(_ string, b []byte) error { file = b; return nil }, done)
	d.loop.Run()
	check()
	if incs, errs, _ := desk.ReadImport(file); len(errs) > 0 || incs[0].Story.Summary != "kept in memory" {
		t.Errorf("the export misses the edit: %v", errs)
	}
	d.loop.Advance(desk.TickEvery)
	if stored(t, s, inc.ID, "").Story.Summary != "" {
		t.Fatal("written while the storage is full")
	}
	s.SetFull(false)
	d.loop.Advance(desk.TickEvery)
	if got := stored(t, s, inc.ID, "").Story.Summary; got != "kept in memory" {
		t.Fatalf("after space came back, stored %q", got)
	}
	if d.Status().Full || d.Status().Saving {
		t.Errorf("status %+v after the write", d.Status())
	}
}

// PageHide writes every edit not yet written, at once.
func TestPageHideWritesAtOnce(t *testing.T) {
	s := desk.NewMemStore()
	d := newTab(t, s, nil)
	inc := d.Create("Leaving")
	d.settle()
	d.EditQuietly(inc.ID, func(inc *incident.Incident) { inc.Story.Summary = "last key" })
	d.PageHide(false)
	w := s.Written()
	if len(w) == 0 || !w[len(w)-1].NoWait {
		t.Fatal("PageHide wrote nothing")
	}
	if got := stored(t, s, inc.ID, "").Story.Summary; got != "last key" {
		t.Errorf("stored %q", got)
	}
	// The timed save that follows (the page only hidden) sees its own write,
	// not another tab's change.
	d.settle()
	if d.Conflict(inc.ID) != "" || d.Status().Saving {
		t.Errorf("after the page-hide write: conflict %q, status %+v", d.Conflict(inc.ID), d.Status())
	}
}

// A write interrupted by the page going away (the browser aborts the
// desk's own transactions to put the page-hide write first) is no error and
// no sign of another tab: the edit stays to be written, and is.
func TestInterruptedWriteIsRetried(t *testing.T) {
	s := &interruptingStore{MemStore: desk.NewMemStore()}
	d := newTab(t, s, nil)
	inc := d.Create("Interrupted")
	d.settle()
	d.Edit(inc.ID, func(inc *incident.Incident) { inc.Story.Summary = "v2" })
	s.interrupt = 2 // the protection read and the put of the next save
	d.settle()
	if st := d.Status(); st.SaveErr != nil || d.Stale() != "" || d.Conflict(inc.ID) != "" {
		t.Fatalf("an interrupted write was reported: %+v stale %q", st, d.Stale())
	}
	d.loop.Advance(desk.SaveDelay)
	d.loop.Advance(desk.SaveDelay)
	if got := stored(t, s.MemStore, inc.ID, "").Story.Summary; got != "v2" {
		t.Errorf("stored %q after the retry", got)
	}
}

// interruptingStore fails its next reads and writes with desk.ErrInterrupted.
type interruptingStore struct {
	*desk.MemStore
	interrupt int
}

func (s *interruptingStore) take() error {
	if s.interrupt > 0 {
		s.interrupt--
		return desk.ErrInterrupted
	}
	return nil
}

func (s *interruptingStore) Setting(name string) ([]byte, error) {
	if err := s.take(); err != nil {
		return nil, err
	}
	return s.MemStore.Setting(name)
}

func (s *interruptingStore) Put(id string, data []byte) error {
	if err := s.take(); err != nil {
		return err
	}
	return s.MemStore.Put(id, data)
}

// Duplicate makes a drill copy under a new id.
func TestDuplicate(t *testing.T) {
	d := newTab(t, desk.NewMemStore(), nil)
	inc := d.Create("Real")
	cp := d.Duplicate(inc.ID, "Drill copy")
	if cp == nil || cp.ID == inc.ID || !cp.Drill || cp.Title != "Drill copy" || d.Get(inc.ID).Drill {
		t.Fatalf("copy %+v", cp)
	}
	if d.Duplicate("nope", "x") != nil {
		t.Error("a missing incident was duplicated")
	}
}

func TestStoreErrorsAreShown(t *testing.T) {
	s := &failingStore{MemStore: desk.NewMemStore()}
	d := newTab(t, s, nil)
	inc := d.Create("x")
	s.err = errors.New("disk on fire")
	d.Edit(inc.ID, func(inc *incident.Incident) { inc.Title = "y" })
	d.settle()
	if err := d.Status().SaveErr; err == nil || err.Error() != "disk on fire" {
		t.Fatalf("save error %v", err)
	}
	if d.Get(inc.ID).Title != "y" {
		t.Error("the edit left memory")
	}
}

type failingStore struct {
	*desk.MemStore
	err error
}

func (s *failingStore) Put(id string, data []byte) error {
	if s.err != nil {
		return s.err
	}
	return s.MemStore.Put(id, data)
}
