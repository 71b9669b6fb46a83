package desk_test

import (
	"testing"

	"breachdesk/app/desk"
	"breachdesk/app/incident"
	"breachdesk/app/oplog"
)

// idleLoop is a ManualLoop that tells when the browser is idle when the test
// says so (desk.Idler).
type idleLoop struct {
	*desk.ManualLoop
	idle []func()
}

func (l *idleLoop) WhenIdle(fn func()) { l.idle = append(l.idle, fn) }

// becomeIdle runs what waited for the browser to be idle.
func (l *idleLoop) becomeIdle() {
	f := l.idle
	l.idle = nil
	for _, fn := range f {
		l.Dispatch(fn)
	}
	l.Run()
}

// openIdleTab opens a desk on s, with the device key k, on a loop that is
// idle only when the test says so.
func openIdleTab(t *testing.T, s *desk.MemStore, k *oplog.ECDSAKey) (*desk.Desk, *idleLoop) {
	t.Helper()
	loop := &idleLoop{ManualLoop: desk.NewManualLoop(t0)}
	d := desk.New(desk.Config{
		Open: func() (desk.Store, error) { return s, nil },
		Keys: goKeys{},
		Loop: loop,
	})
	d.SetDevice(k)
	d.Load()
	loop.Run()
	if !d.Loaded() {
		t.Fatal("the desk did not load")
	}
	return d, loop
}

// A stored incident whose last edit was written without its log (at page
// hide): in a browser, Load leaves the log unopened and records that edit
// once the browser is idle (the first screen needs no log), not while the
// page loads; an edit made before then opens the log it needs and records
// both, once.
func TestOpsLogsOpenedWhenIdle(t *testing.T) {
	a := newPerson(t, desk.NewMemStore(), nil, "Sato", "DPO")
	inc := a.Create("Phishing")
	a.settle()
	a.edit(t, inc.ID, func(inc *incident.Incident) { inc.Org.Name = "Sample Co." })
	// The title changed and written without the log, as PageHide does.
	hidden := a.Get(inc.ID).Clone()
	hidden.Title = "Phishing at HQ"
	b, err := incident.Encode(hidden)
	if err != nil {
		t.Fatal(err)
	}
	a.store.Set("incidents", inc.ID, b)
	ops := len(a.Changes(inc.ID, oplog.Filter{}))

	// A page where the user edits opens the log for its first screen:
	// the page-hide edit is recorded then, not when the browser is idle.
	{
		s := desk.NewMemStore()
		for k, v := range a.store.Raw("incidents") {
			s.Set("incidents", k, v)
		}
		d, loop := openIdleTab(t, s, a.key)
		d.OpenLog(inc.ID)
		loop.Advance(desk.SaveDelay + desk.LogWriteDelay)
		if !d.Recorded(inc.ID) || len(d.Changes(inc.ID, oplog.Filter{})) != ops+1 {
			t.Fatalf("OpenLog: recorded %v, %d operations, want %d", d.Recorded(inc.ID), len(d.Changes(inc.ID, oplog.Filter{})), ops+1)
		}
		if again := newPerson(t, s, a.key, "", ""); len(again.Changes(inc.ID, oplog.Filter{})) != ops+1 {
			t.Fatal("OpenLog: what was recorded is not stored")
		}
	}
	for _, editFirst := range []bool{false, true} {
		s := desk.NewMemStore()
		for k, v := range a.store.Raw("incidents") {
			s.Set("incidents", k, v)
		}
		before := snapshot(s)
		d, loop := openIdleTab(t, s, a.key)
		if got := d.Get(inc.ID); got == nil || got.Title != "Phishing at HQ" {
			t.Fatalf("the incident is not there as stored: %+v", got)
		}
		loop.Advance(desk.LogWriteDelay)
		if snapshot(s) != before {
			t.Fatal("the page-hide edit was recorded before the browser was idle")
		}
		want := ops + 1 // the title
		if editFirst {
			d.Edit(inc.ID, func(inc *incident.Incident) { inc.Story.Summary = "A mail with a link" })
			loop.Advance(desk.SaveDelay + desk.LogWriteDelay)
			want++
			if !d.Recorded(inc.ID) {
				t.Fatal("an edit made before the browser was idle is not recorded")
			}
		}
		loop.becomeIdle()
		loop.Advance(desk.SaveDelay + desk.LogWriteDelay)
		if !d.Recorded(inc.ID) {
			t.Fatalf("edit first %v: the page-hide edit is not recorded once idle", editFirst)
		}
		if h := d.History(inc.ID, "title"); len(h) == 0 || oplog.Display(h[len(h)-1].To) != "Phishing at HQ" {
			t.Fatalf("edit first %v: title history %+v", editFirst, h)
		}
		if got := len(d.Changes(inc.ID, oplog.Filter{})); got != want {
			t.Fatalf("edit first %v: %d operations, want %d", editFirst, got, want)
		}
		// What was recorded is stored: a new desk reads the same log.
		again := newPerson(t, s, a.key, "", "")
		if got := len(again.Changes(inc.ID, oplog.Filter{})); got != want {
			t.Fatalf("edit first %v: %d operations stored, want %d", editFirst, got, want)
		}
	}
}
