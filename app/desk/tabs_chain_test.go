package desk_test

import (
	"errors"
	"testing"
	"time"

	"breachdesk/app/desk"
	"breachdesk/app/incident"
	"breachdesk/app/oplog"
)

// Two tabs of one browser share one device key: the operations of both are
// one chain (each names the hash of the device's previous one). These tests
// run honest sequences of edits in two tabs and check that the stored log,
// and every packet either tab hands out, is one a receiver takes.

// sameDevice opens two tabs on one store, both signing with one key.
func sameDevice(t *testing.T) (one, two *person, s *desk.MemStore) {
	t.Helper()
	s, hub, k := desk.NewMemStore(), &desk.TabHub{}, newKey(t)
	one = &person{tab: newTab(t, s, hub), store: s, key: k}
	one.SetDevice(k)
	one.settle()
	two = &person{tab: newTab(t, s, hub), store: s, key: k}
	two.SetDevice(k)
	two.settle()
	return one, two, s
}

// sharedIncident: tab one creates an incident, tab two reads it, and b is
// another person's browser that packets go to.
func sharedIncident(t *testing.T) (one, two *person, s *desk.MemStore, id string, b *person) {
	t.Helper()
	one, two, s = sameDevice(t)
	id = one.Create("Phishing").ID
	one.settle()
	two.loop.Run()
	two.Reload(id)
	two.settle()
	return one, two, s, id, newPerson(t, desk.NewMemStore(), nil, "Tanaka", "")
}

// tabsPass seals the packets of these tests.
const tabsPass = "pass phrase for b"

// storedLogOpens checks that the log stored for id is one chain that
// verifies, and returns its operations.
func storedLogOpens(t *testing.T, s *desk.MemStore, id string) int {
	t.Helper()
	p, err := oplog.DecodePacket(s.Raw("incidents")["\x1flog:"+id])
	if err != nil {
		t.Fatalf("the stored log: %v", err)
	}
	m, err := oplog.Open(p, oplog.ECDSAVerifier{})
	if err != nil {
		t.Fatalf("the stored log is refused: %v", err)
	}
	return m.Log.Len()
}

// tryShare is share that returns the error instead of failing.
func (p *person) tryShare(id, passphrase string) ([]byte, error) {
	var out []byte
	err := errors.New("SharePacket never finished")
	p.SharePacket(id, passphrase, func(_ string, data []byte, e error) { out, err = data, e })
	p.settle()
	return out, err
}

// Tab one edits and shares; tab two, not reloaded, edits the same incident:
// its write stops (the tab conflict). It hands out no packet until the user
// chooses; after "keep mine" its edit is recorded after tab one's, and the
// receiver who has tab one's packet takes tab two's.
func TestTabsOneChainKeepMine(t *testing.T) {
	one, two, s, id, b := sharedIncident(t)
	if r := b.receive(t, one.share(t, id, tabsPass), tabsPass); r.Err != nil {
		t.Fatal(r.Err)
	}

	one.edit(t, id, func(inc *incident.Incident) { inc.Org.Name = "from tab one" })
	if r := b.receive(t, one.share(t, id, tabsPass), tabsPass); r.Err != nil {
		t.Fatal(r.Err)
	}
	// Tab two has not read tab one's change (the announcement not heard yet).
	two.Edit(id, func(inc *incident.Incident) { inc.Title = "from tab two" })
	two.settle()
	two.loop.Advance(desk.LogWriteDelay)
	two.loop.Run()
	if two.Conflict(id) != "changed" {
		t.Fatalf("tab two's conflict %q, want changed", two.Conflict(id))
	}
	storedLogOpens(t, s, id)
	if file, err := two.tryShare(id, tabsPass); err == nil {
		r := b.receive(t, file, tabsPass)
		t.Fatalf("tab two handed out a packet while its edit is not stored (the receiver: %v)", r.Err)
	} else if !errors.Is(err, desk.ErrTabConflict) {
		t.Fatalf("share from tab two: %v, want ErrTabConflict", err)
	}
	// Nor does it merge a packet into its version that is not written.
	before := storedRaw(s)
	if r := two.receive(t, b.share(t, id, tabsPass), tabsPass); !errors.Is(r.Err, desk.ErrTabConflict) {
		t.Fatalf("a packet merged into tab two: %+v, want ErrTabConflict", r)
	}
	if !sameRaw(before, storedRaw(s)) {
		t.Fatal("the refused packet changed the store")
	}

	two.KeepMine(id)
	two.loop.Run()
	two.settle()
	two.loop.Advance(desk.LogWriteDelay)
	if two.Conflict(id) != "" {
		t.Fatalf("conflict %q after keep mine", two.Conflict(id))
	}
	n := storedLogOpens(t, s, id)
	if r := b.receive(t, two.share(t, id, tabsPass), tabsPass); r.Err != nil {
		t.Fatalf("the receiver refuses tab two's packet: %v", r.Err)
	}
	if got, want := facts(t, b.Get(id)), facts(t, two.Get(id)); got != want {
		t.Fatalf("the receiver has\n%s\nwant tab two's\n%s", got, want)
	}
	if h := two.History(id, "org.name"); len(h) < 2 {
		t.Fatalf("tab one's change is missing from the log: %+v", h)
	}

	// Tab one, told, reads it again and goes on: still one chain.
	one.loop.Run()
	one.Reload(id)
	one.settle()
	one.edit(t, id, func(inc *incident.Incident) { inc.Story.Summary = "tab one again" })
	if m := storedLogOpens(t, s, id); m <= n {
		t.Fatalf("tab one's later edit is not in the stored log (%d ≤ %d)", m, n)
	}
	if r := b.receive(t, one.share(t, id, tabsPass), tabsPass); r.Err != nil {
		t.Fatalf("the receiver refuses tab one's later packet: %v", r.Err)
	}
}

// An incident stored before logs, opened in two tabs at once: each records
// the first operation (Imported). The incident record is the same in both,
// so only the log tells that the other tab recorded first: the later tab
// takes the stored log, and either tab's packet is taken.
func TestTabsOneChainMigration(t *testing.T) {
	s, hub, k := desk.NewMemStore(), &desk.TabHub{}, newKey(t)
	old := incident.New("inc-old", t0)
	old.Title = "Lost laptop"
	data, err := incident.Encode(old)
	if err != nil {
		t.Fatal(err)
	}
	s.Set("incidents", old.ID, data)
	one := &person{tab: newTab(t, s, hub), store: s, key: k}
	two := &person{tab: newTab(t, s, hub), store: s, key: k}
	two.loop.Advance(time.Minute) // opened a minute later: its first operation is not tab one's
	one.SetDevice(k)
	two.SetDevice(k)
	one.settle()
	two.settle()
	two.loop.Advance(desk.LogWriteDelay)
	storedLogOpens(t, s, old.ID)
	b := newPerson(t, desk.NewMemStore(), nil, "Tanaka", "")
	if r := b.receive(t, one.share(t, old.ID, tabsPass), tabsPass); r.Err != nil {
		t.Fatal(r.Err)
	}
	two.edit(t, old.ID, func(inc *incident.Incident) { inc.Org.Name = "from tab two" })
	if two.Conflict(old.ID) != "" {
		t.Fatalf("tab two shows a conflict for an incident nobody else changed: %q", two.Conflict(old.ID))
	}
	storedLogOpens(t, s, old.ID)
	if r := b.receive(t, two.share(t, old.ID, tabsPass), tabsPass); r.Err != nil {
		t.Fatalf("the receiver refuses tab two's packet: %v", r.Err)
	}
	if b.Get(old.ID).Org.Name != "from tab two" {
		t.Fatal("the receiver lacks tab two's edit")
	}
}

// Tab two reads the incident again while it is signing an edit: the edit
// dropped with the reload must not come back in the log (a second history
// of the device).
func TestTabsOneChainReloadWhileSigning(t *testing.T) {
	one, two, s, id, b := sharedIncident(t)

	one.edit(t, id, func(inc *incident.Incident) { inc.Org.Name = "from tab one" })
	if r := b.receive(t, one.share(t, id, tabsPass), tabsPass); r.Err != nil {
		t.Fatal(r.Err)
	}
	two.Edit(id, func(inc *incident.Incident) { inc.Title = "from tab two" })
	// A packet asked for records the edit first: it is being signed when
	// the reload comes.
	var shareErr error
	two.SharePacket(id, tabsPass, func(_ string, _ []byte, err error) { shareErr = err })
	two.Reload(id)
	two.settle()
	if !errors.Is(shareErr, desk.ErrTabConflict) {
		t.Fatalf("the packet asked for before the reload: %v, want ErrTabConflict", shareErr)
	}
	two.loop.Advance(desk.LogWriteDelay)
	storedLogOpens(t, s, id)
	if got := two.Get(id); got.Org.Name != "from tab one" {
		t.Fatalf("tab two did not read tab one's change: %+v", got.Org)
	}
	two.edit(t, id, func(inc *incident.Incident) { inc.Story.Summary = "tab two after reload" })
	storedLogOpens(t, s, id)
	if r := b.receive(t, two.share(t, id, tabsPass), tabsPass); r.Err != nil {
		t.Fatalf("the receiver refuses tab two's packet: %v", r.Err)
	}
}

// A packet or an export of a log stored as the tab holds it writes nothing
// (the log is only checked), so the other tabs are not told of a change
// that is none.
func TestTabsShareWritesNothingNew(t *testing.T) {
	one, two, s := sameDevice(t)
	inc := one.Create("Phishing")
	one.settle()
	id := inc.ID
	one.edit(t, id, func(inc *incident.Incident) { inc.Org.Name = "Kaku Travel" })
	two.loop.Run()
	two.Reload(id)
	two.settle()
	before := storedRaw(s) // the records (an export also notes its time in the meta store)
	one.share(t, id, tabsPass)
	one.export(t, "")
	if !sameRaw(before, storedRaw(s)) {
		t.Fatal("sharing and exporting wrote the records")
	}
	two.loop.Run()
	if ch := two.Changed(); len(ch) != 0 {
		t.Fatalf("the other tab was told of a change: %v", ch)
	}
	// A new edit is written once before it is handed out, as before.
	one.Edit(id, func(inc *incident.Incident) { inc.Title = "Phishing at HQ" })
	one.settle()
	one.share(t, id, tabsPass)
	if n := storedLogOpens(t, s, id); n != len(one.Changes(id, oplog.Filter{})) {
		t.Fatalf("the stored log holds %d operations, the tab %d", n, len(one.Changes(id, oplog.Filter{})))
	}
}
