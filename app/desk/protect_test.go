package desk_test

import (
	"errors"
	"testing"
	"time"

	"breachdesk/app/desk"
	"breachdesk/app/incident"
	"breachdesk/app/vault"
)

const (
	passA = "correct horse battery staple"
	passB = "tr0ub4dor and three"
)

// protect protects d with pass (no idle lock) and waits for it.
func protect(t *testing.T, d *tab, pass string, idle time.Duration) {
	t.Helper()
	done, check := must(t, "protect")
	d.Protect(pass, idle, done)
	d.loop.Run()
	check()
}

func unlock(t *testing.T, d *tab, pass string) error {
	t.Helper()
	var got error
	called := false
	d.Unlock(pass, func(err error, _ time.Duration) { got, called = err, true })
	d.loop.Run()
	if !called {
		t.Fatal("unlock never finished")
	}
	return got
}

// Protected: every record and the checklist sealed, nothing plain written
// from then on; locked: nothing of the incidents in memory; a wrong
// passphrase changes nothing; the right one brings everything back,
// including an edit made before the lock.
func TestProtectLockUnlock(t *testing.T) {
	s := desk.NewMemStore()
	d := newTab(t, s, nil)
	inc := d.Create("Sealed incident")
	r, _ := d.Readiness()
	r.OrgName = "Readiness Org"
	d.SaveReadiness(r)
	d.settle()
	protect(t, d, passA, 0)
	before := len(s.Written())
	if got := stored(t, s, inc.ID, passA); got == nil || got.Title != "Sealed incident" {
		t.Fatalf("after protect the record reads %+v", got)
	}
	if b := s.Raw("settings")[desk.SettingReadiness]; !vault.IsSealed(b) {
		t.Fatalf("the readiness checklist is not sealed: %s", b)
	}

	d.EditQuietly(inc.ID, func(inc *incident.Incident) { inc.Story.Summary = "typed before the lock" })
	r.RetentionNote = "typed into the checklist"
	d.SaveReadiness(r)
	d.Lock()
	d.loop.Run()
	if !d.Locked() || d.Get(inc.ID) != nil || len(d.List()) != 0 {
		t.Fatal("incidents in memory while locked")
	}
	if r, st := d.Readiness(); !r.Empty() || st.Loaded {
		t.Fatal("the checklist is in memory while locked")
	}
	for _, w := range s.Written()[before:] {
		if !vault.IsSealed(w.Data) {
			t.Errorf("written plain while protected: %s/%s", w.Part, w.Name)
		}
	}
	if w := plainWritten(s, "typed"); len(w) > 0 {
		t.Errorf("plain text written while protected: %v", w)
	}

	snap := snapshot(s)
	if err := unlock(t, d, passB); !errors.Is(err, vault.ErrWrongPassphrase) {
		t.Fatalf("wrong passphrase: %v", err)
	}
	if !d.Locked() || snapshot(s) != snap {
		t.Fatal("a wrong passphrase changed something")
	}
	if err := unlock(t, d, passA); err != nil {
		t.Fatal(err)
	}
	if got := d.Get(inc.ID); got == nil || got.Story.Summary != "typed before the lock" {
		t.Fatalf("after unlock: %+v", got)
	}
	if r, st := d.Readiness(); !st.Loaded || r.RetentionNote != "typed into the checklist" || r.OrgName != "Readiness Org" {
		t.Errorf("the checklist after unlock: %+v %+v", r, st)
	}
}

// A change of passphrase re-seals everything in one transaction; a wrong
// current passphrase changes nothing; afterwards only the new one opens.
func TestChangePassphrase(t *testing.T) {
	s := desk.NewMemStore()
	d := newTab(t, s, nil)
	inc := d.Create("Change")
	protect(t, d, passA, 0)
	snap := snapshot(s)
	var got error
	d.ChangePassphrase(passB, passB, func(err error) { got = err })
	d.loop.Run()
	if !errors.Is(got, vault.ErrWrongPassphrase) || snapshot(s) != snap {
		t.Fatalf("a wrong current passphrase: %v, store changed %v", got, snapshot(s) != snap)
	}
	done, check := must(t, "change")
	d.ChangePassphrase(passA, passB, done)
	d.loop.Run()
	check()
	if _, err := openerOf(t, s, passA); err == nil {
		t.Error("the old passphrase still opens the key check")
	}
	if got := stored(t, s, inc.ID, passB); got == nil || got.Title != "Change" {
		t.Errorf("with the new passphrase: %+v", got)
	}
	e := newTab(t, s, nil)
	if err := unlock(t, e, passA); err == nil {
		t.Error("a new tab unlocks with the old passphrase")
	}
	if err := unlock(t, e, passB); err != nil || e.Get(inc.ID) == nil {
		t.Errorf("a new tab with the new passphrase: %v", err)
	}
}

// Removing the protection stores everything plain again.
func TestRemoveProtection(t *testing.T) {
	s := desk.NewMemStore()
	d := newTab(t, s, nil)
	inc := d.Create("Plain again")
	protect(t, d, passA, 0)
	done, check := must(t, "remove")
	d.RemoveProtection(passA, done)
	d.loop.Run()
	check()
	if d.Protected() || stored(t, s, inc.ID, "") == nil {
		t.Fatal("still protected")
	}
}

// The idle lock comes after the idle time without activity, not before,
// and not while the user is active.
func TestIdleLock(t *testing.T) {
	d := newTab(t, desk.NewMemStore(), nil)
	d.Create("Idle")
	protect(t, d, passA, vault.MinIdleTimeout)
	for range 3 { // active every 30 s for 90 s
		d.loop.Advance(30 * time.Second)
		d.Active(d.loop.Now())
	}
	if d.Locked() {
		t.Fatal("locked while the user was active")
	}
	d.loop.Advance(vault.MinIdleTimeout + desk.TickEvery)
	if !d.Locked() {
		t.Fatal("not locked after the idle time")
	}
}

// An import into a protected desk is sealed; a sealed export opens only
// with its own passphrase, and a wrong one imports nothing.
func TestImportWhileProtected(t *testing.T) {
	src := newTab(t, desk.NewMemStore(), nil)
	src.Create("Exported")
	var file []byte
	done, check := must(t, "export")
	src.Export("", passB, func(_ string, b []byte) error { file = b; return nil }, done)
	src.loop.Run()
	check()
	if !vault.IsSealed(file) {
		t.Fatal("the export is not sealed")
	}

	s := desk.NewMemStore()
	d := newTab(t, s, nil)
	protect(t, d, passA, 0)
	snap := snapshot(s)
	var res desk.ImportResult
	d.Import(file, passA, func(r desk.ImportResult) { res = r })
	d.loop.Run()
	if res.Err == nil || snapshot(s) != snap || len(d.List()) != 0 {
		t.Fatalf("a wrong passphrase imported: %+v", res)
	}
	d.Import(file, passB, func(r desk.ImportResult) { res = r })
	d.loop.Run()
	if res.Err != nil || len(res.Added) != 1 {
		t.Fatalf("import: %+v", res)
	}
	if got := stored(t, s, res.Added[0].ID, passA); got == nil || got.Title != "Exported" {
		t.Errorf("imported record: %+v", got)
	}
	if w := plainWritten(s, "Exported"); len(w) > 0 {
		t.Errorf("written plain: %v", w)
	}
}
