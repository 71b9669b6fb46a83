package desk_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"breachdesk/app/desk"
	"breachdesk/app/incident"
	"breachdesk/app/oplog"
	"breachdesk/app/vault"
)

// A lock drops the change logs from memory, and with them a signing that
// runs. Whatever waited for that signing (a share, an export, a merge, the
// settling of a conflict) ends with ErrLocked: none waits for ever, none
// goes on after the lock, and nothing is written plain.

// lockedPerson is a person on a protected desk (passA) holding one incident
// whose edits are all recorded and written.
func lockedPerson(t *testing.T, name string) (*person, string) {
	t.Helper()
	p := newPerson(t, desk.NewMemStore(), nil, name, "")
	protect(t, p.tab, passA, 0)
	id := p.Create("Phishing").ID
	p.edit(t, id, func(inc *incident.Incident) { inc.Org.Name = "Kaku Travel" })
	return p, id
}

// signing makes an edit of id, marked so that a plain write of it shows:
// what starts next has it signed first, and waits for that.
func (p *person) signing(t *testing.T, id string) {
	t.Helper()
	p.Edit(id, func(inc *incident.Incident) { inc.Story.Summary = "typed just before the lock" })
}

// lockAndCheck locks p and checks that nothing was written plain since
// written (the store's write count then).
func (p *person) lockAndCheck(t *testing.T, written int) {
	t.Helper()
	p.Lock()
	p.settle()
	p.loop.Advance(desk.LogWriteDelay)
	if !p.Locked() {
		t.Fatal("not locked")
	}
	for _, w := range p.store.Written()[written:] {
		if !vault.IsSealed(w.Data) {
			t.Errorf("written plain on a protected desk: %s/%s", w.Part, w.Name)
		}
	}
	if w := plainWritten(p.store, "typed just before"); len(w) > 0 {
		t.Errorf("the edit written plain: %v", w)
	}
}

func TestLockEndsAShareWaitingForASigning(t *testing.T) {
	a, id := lockedPerson(t, "Aoki")
	written := len(a.store.Written())
	a.signing(t, id)
	var got []error
	a.SharePacket(id, "a passphrase for Baba", func(_ string, data []byte, err error) {
		got = append(got, err)
		if data != nil {
			t.Error("a packet was handed out after the lock")
		}
	})
	a.SharePacketFor(id, "some device", "a passphrase for Baba", func(_ string, _ []byte, err error) { got = append(got, err) })
	a.lockAndCheck(t, written)
	if len(got) != 2 || !errors.Is(got[0], desk.ErrLocked) || !errors.Is(got[1], desk.ErrLocked) {
		t.Fatalf("the shares ended with %v, want ErrLocked twice", got)
	}
	// Unlocked, the edit is there, recorded, and a share works.
	if err := unlock(t, a.tab, passA); err != nil {
		t.Fatal(err)
	}
	a.settle()
	a.loop.Advance(desk.LogWriteDelay)
	if a.Get(id).Story.Summary != "typed just before the lock" || !a.Recorded(id) {
		t.Fatal("the edit made before the lock is not back and recorded")
	}
	a.share(t, id, "a passphrase for Baba")
}

func TestLockEndsAnExportWaitingForASigning(t *testing.T) {
	a, id := lockedPerson(t, "Aoki")
	written := len(a.store.Written())
	for _, which := range []string{id, ""} {
		a.signing(t, id)
		saved := false
		var got []error
		a.ExportThen(which, "", func(string, []byte) error { saved = true; return nil },
			func(r desk.ExportResult) { got = append(got, r.Err) })
		a.lockAndCheck(t, written)
		if len(got) != 1 || !errors.Is(got[0], desk.ErrLocked) {
			t.Fatalf("export of %q ended with %v, want ErrLocked once", which, got)
		}
		if saved {
			t.Fatalf("export of %q: a file was handed out after the lock", which)
		}
		if err := unlock(t, a.tab, passA); err != nil {
			t.Fatal(err)
		}
		a.settle()
		a.loop.Advance(desk.LogWriteDelay)
		written = len(a.store.Written())
	}
}

// B, on a protected desk, holds A's incident; A changed it and sent it.
func lockedPair(t *testing.T) (a, b *person, id string) {
	t.Helper()
	a, b, id = twoPeople(t)
	protect(t, b.tab, passA, 0)
	return a, b, id
}

func TestLockEndsAMergeWaitingForASigning(t *testing.T) {
	a, b, id := lockedPair(t)
	a.edit(t, id, func(inc *incident.Incident) { inc.Cause.Description = "A's cause" })
	const pass = "packet passphrase"
	packet := a.share(t, id, pass)
	res := b.importFile(t, a.export(t, id))
	if len(res.Added) != 1 || !res.Added[0].CanMerge {
		t.Fatalf("import: %+v", res)
	}
	copyID := res.Added[0].ID

	written := len(b.store.Written())
	b.signing(t, id)
	var got []error
	b.MergeImported(id, copyID, func(r desk.PacketResult) { got = append(got, r.Err) })
	b.ImportPacket(packet, pass, func(r desk.PacketResult) { got = append(got, r.Err) })
	b.lockAndCheck(t, written)
	if len(got) != 2 || !errors.Is(got[0], desk.ErrLocked) || !errors.Is(got[1], desk.ErrLocked) {
		t.Fatalf("the merges ended with %v, want ErrLocked twice", got)
	}
	if err := unlock(t, b.tab, passA); err != nil {
		t.Fatal(err)
	}
	b.settle()
	if b.Get(id).Cause.Description == "A's cause" {
		t.Fatal("a merge went on after the lock")
	}
	// Tried again once unlocked, the packet merges.
	if r := b.receive(t, packet, pass); r.Err != nil || r.Added == 0 || b.Get(id).Cause.Description != "A's cause" {
		t.Fatalf("the packet after the unlock: %+v", r)
	}
}

func TestLockEndsASettlementWaitingForASigning(t *testing.T) {
	a, b, id := lockedPair(t)
	const pass = "packet passphrase"
	a.edit(t, id, func(inc *incident.Incident) { inc.Title = "Phishing (A)" })
	b.edit(t, id, func(inc *incident.Incident) { inc.Title = "Phishing (B)" })
	if r := b.receive(t, a.share(t, id, pass), pass); r.Err != nil || r.Conflicts != 1 {
		t.Fatalf("merge: %+v", r)
	}
	b.settle()
	b.loop.Advance(desk.LogWriteDelay)

	written := len(b.store.Written())
	b.signing(t, id)
	var got []error
	b.SettleConflict(id, "title", desk.Settle{Keep: true}, func(err error) { got = append(got, err) })
	b.lockAndCheck(t, written)
	if len(got) != 1 || !errors.Is(got[0], desk.ErrLocked) {
		t.Fatalf("the settlement ended with %v, want ErrLocked once", got)
	}
	if err := unlock(t, b.tab, passA); err != nil {
		t.Fatal(err)
	}
	b.settle()
	if n := len(b.Conflicts(id)); n != 1 {
		t.Fatalf("%d conflicts after the unlock, want the one not settled", n)
	}
	done, called := must(t, "SettleConflict")
	b.SettleConflict(id, "title", desk.Settle{Keep: true}, done)
	b.settle()
	called()
	if len(b.Conflicts(id)) != 0 || b.Get(id).Title != "Phishing (B)" {
		t.Fatalf("after settling: %d conflicts, title %q", len(b.Conflicts(id)), b.Get(id).Title)
	}
}

// A lock that comes after a merge and before its log is written (in a
// browser it is written after the next paint) writes it, sealed: at the
// unlock the peer's operations are theirs, not recorded again as this
// device's own from the incident.
func TestLockKeepsMergedOperationsTheirs(t *testing.T) {
	a, b, id := lockedPair(t)
	const pass = "packet passphrase"
	a.edit(t, id, func(inc *incident.Incident) { inc.Cause.Description = "A's cause" })
	packet := a.share(t, id, pass)
	written := len(b.store.Written())
	called := false
	b.ImportPacket(packet, pass, func(r desk.PacketResult) {
		called = true
		if r.Err != nil || r.Added == 0 {
			t.Errorf("merge: %+v", r)
		}
		b.Lock() // before the merged log is written
	})
	b.loop.Run()
	b.lockAndCheck(t, written)
	if !called {
		t.Fatal("ImportPacket never finished")
	}
	if err := unlock(t, b.tab, passA); err != nil {
		t.Fatal(err)
	}
	b.settle()
	b.loop.Advance(desk.LogWriteDelay)
	if b.Get(id).Cause.Description != "A's cause" {
		t.Fatal("the merge is lost")
	}
	for _, e := range b.Changes(id, oplog.Filter{}) {
		if e.Path == "cause.description" && e.Author != "Aoki" {
			t.Errorf("A's change is recorded as %s's (device %s)", e.Author, e.Device[:8])
		}
	}
	if got := strings.Join(b.Authors(id), ","); got != "Aoki" {
		t.Errorf("the log's authors are %s, want Aoki alone", got)
	}
	if !b.Recorded(id) {
		t.Fatal("not recorded")
	}
}

// A long log, or a large incident's, waits LogWriteDelay for more edits
// before it is written; a lock within that time writes it, sealed, with
// the incident, rather than dropping it.
func TestLockWritesAWaitingLog(t *testing.T) {
	a, id := lockedPerson(t, "Aoki")
	a.edit(t, id, func(inc *incident.Incident) {
		for i := range 200 {
			inc.Events = append(inc.Events, incident.Event{ID: fmt.Sprintf("e%d", i), Kind: incident.EvOther,
				At: t0.Add(time.Duration(i) * time.Minute), Note: strings.Repeat("ログ解析: 踏み台サーバのアクセスログを確認した。", 10)})
		}
	})
	storedOps := func() int {
		t.Helper()
		k, err := openerOf(t, a.store, passA)
		if err != nil {
			t.Fatal(err)
		}
		plain, err := vault.OpenRecord(k, a.store.Raw("incidents")["\x1flog:"+id])
		if err != nil {
			t.Fatal(err)
		}
		p, err := oplog.DecodePacket(plain)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := oplog.Open(p, oplog.ECDSAVerifier{}); err != nil {
			t.Fatal(err)
		}
		return len(p.Ops)
	}
	before := storedOps()
	written := len(a.store.Written())
	a.Edit(id, func(inc *incident.Incident) { inc.Title = "typed just before the lock" })
	a.settle()
	if !a.Recorded(id) || storedOps() != before {
		t.Fatal("the edit is not recorded, or its log not waiting")
	}
	a.Lock()
	a.loop.Run()
	if n := storedOps(); n != before+1 {
		t.Fatalf("after the lock the stored log has %d operations, want %d", n, before+1)
	}
	a.lockAndCheck(t, written)
	if err := unlock(t, a.tab, passA); err != nil {
		t.Fatal(err)
	}
	a.settle()
	a.loop.Advance(desk.LogWriteDelay)
	if n := storedOps(); n != before+1 || !a.Recorded(id) {
		t.Fatalf("after the unlock the stored log has %d operations, want %d", n, before+1)
	}
}
