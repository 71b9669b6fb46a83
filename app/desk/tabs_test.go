package desk_test

import (
	"testing"

	"breachdesk/app/desk"
	"breachdesk/app/incident"
)

// Two tabs edit one incident: the second tab's write is stopped, shown, and
// the first tab's version stays stored until the user chooses.
func TestTabConflict(t *testing.T) {
	s, hub := desk.NewMemStore(), &desk.TabHub{}
	a := newTab(t, s, hub)
	inc := a.Create("Shared")
	a.settle()
	b := newTab(t, s, hub)
	if b.Get(inc.ID) == nil {
		t.Fatal("the second tab does not see the incident")
	}

	a.Edit(inc.ID, func(inc *incident.Incident) { inc.Story.Summary = "tab A" })
	a.settle()
	b.loop.Run() // the announcement
	if ch := b.Changed(); len(ch) != 1 || ch[0] != inc.ID {
		t.Fatalf("the second tab was not told: %v", ch)
	}

	b.Edit(inc.ID, func(inc *incident.Incident) { inc.Story.Summary = "tab B" })
	b.settle()
	if b.Conflict(inc.ID) != "changed" {
		t.Fatalf("conflict %q, want changed", b.Conflict(inc.ID))
	}
	if got := stored(t, s, inc.ID, "").Story.Summary; got != "tab A" {
		t.Fatalf("the other tab's version was overwritten: %q", got)
	}
	b.PageHide(true)
	if got := stored(t, s, inc.ID, "").Story.Summary; got != "tab A" {
		t.Fatalf("the page-hide write overwrote the other tab's version: %q", got)
	}

	// The user keeps this tab's version: written knowingly.
	b.KeepMine(inc.ID)
	b.loop.Run()
	b.settle()
	if got := stored(t, s, inc.ID, "").Story.Summary; got != "tab B" || b.Conflict(inc.ID) != "" {
		t.Fatalf("keep mine: stored %q, conflict %q", got, b.Conflict(inc.ID))
	}
	// And the first tab, told, reloads it.
	a.loop.Run()
	a.Reload(inc.ID)
	a.loop.Run()
	if got := a.Get(inc.ID); got != inc || got.Story.Summary != "tab B" || len(a.Changed()) != 0 {
		t.Fatalf("reload: %q, changed %v", got.Story.Summary, a.Changed())
	}
}

// A record deleted by another tab is not written back by this one.
func TestTabDeleted(t *testing.T) {
	s, hub := desk.NewMemStore(), &desk.TabHub{}
	a := newTab(t, s, hub)
	inc := a.Create("Deleted elsewhere")
	a.settle()
	b := newTab(t, s, hub)
	a.Delete(inc.ID)
	a.loop.Run()
	b.Edit(inc.ID, func(inc *incident.Incident) { inc.Title = "still editing" })
	b.settle()
	if b.Conflict(inc.ID) != "deleted" || stored(t, s, inc.ID, "") != nil {
		t.Fatalf("conflict %q, stored %v", b.Conflict(inc.ID), stored(t, s, inc.ID, ""))
	}
}

// Another tab's change of protection stops every write here.
func TestTabProtectionStale(t *testing.T) {
	s, hub := desk.NewMemStore(), &desk.TabHub{}
	a := newTab(t, s, hub)
	inc := a.Create("Protected elsewhere")
	a.settle()
	b := newTab(t, s, hub)
	protect(t, a, passA, 0)
	b.loop.Run()
	if b.Stale() != "protection" {
		t.Fatalf("stale %q", b.Stale())
	}
	b.Edit(inc.ID, func(inc *incident.Incident) { inc.Title = "plain?" })
	b.settle()
	b.PageHide(true)
	if w := plainWritten(s, "plain?"); len(w) > 0 {
		t.Fatalf("a stale tab wrote plain over a protected store: %v", w)
	}
}
