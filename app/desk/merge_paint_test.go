package desk_test

import (
	"testing"
	"time"

	"breachdesk/app/desk"
	"breachdesk/app/incident"
	"breachdesk/app/oplog"
)

// In a browser a merged log is written just after the merge's result is
// painted, not before (encoding a long log would hold the paint back), and
// SaveQuiet after the merge when no frame comes (a page in the
// background): before the incident's own save, so that the incident is
// never stored with facts its stored log lacks.
func TestMergedLogWrittenAfterThePaint(t *testing.T) {
	const pass = "correct horse battery staple"
	a := newPerson(t, desk.NewMemStore(), nil, "Sato", "DPO")
	inc := a.Create("Phishing")
	a.settle()
	id := inc.ID
	a.edit(t, id, func(inc *incident.Incident) { inc.Org.Name = "Sample Co." })

	s := desk.NewMemStore()
	b, loop := newPaintTab(t, s)
	b.SetDevice(newKey(t))
	loop.Advance(desk.SaveDelay)
	loop.paint()
	storedLog := func() int {
		t.Helper()
		raw, ok := s.Raw("incidents")["\x1flog:"+id]
		if !ok {
			return 0
		}
		p, err := oplog.DecodePacket(raw)
		if err != nil {
			t.Fatal(err)
		}
		return len(p.Ops)
	}
	receive := func(file []byte) desk.PacketResult {
		t.Helper()
		var r desk.PacketResult
		called := false
		b.ImportPacket(file, pass, func(res desk.PacketResult) { called, r = true, res })
		loop.Run()
		if !called {
			t.Fatal("ImportPacket never finished")
		}
		if r.Err != nil || r.Added == 0 {
			t.Fatalf("merge: %+v", r)
		}
		return r
	}
	// The facts the stored incident holds are those its stored log gives.
	agree := func() {
		t.Helper()
		p, err := oplog.DecodePacket(s.Raw("incidents")["\x1flog:"+id])
		if err != nil {
			t.Fatal(err)
		}
		m, err := oplog.Open(p, oplog.ECDSAVerifier{})
		if err != nil {
			t.Fatal(err)
		}
		if got := stored(t, s, id, ""); got == nil || facts(t, got) != facts(t, m.Incident) {
			t.Fatalf("the stored incident is not the fold of its stored log:\n%v\n%v", got, m.Incident)
		}
	}

	// A new incident: shown at once, written after the paint.
	receive(a.share(t, id, pass))
	if n := storedLog(); n != 0 {
		t.Fatalf("the log was written before the result was painted (%d operations)", n)
	}
	// Until it is stored the pages say "saving", and leaving would lose it.
	if !b.MergePending(id) || !b.LeaveWouldLose() {
		t.Fatalf("before the paint: MergePending %v, LeaveWouldLose %v, want both", b.MergePending(id), b.LeaveWouldLose())
	}
	loop.paint()
	if b.MergePending(id) || b.LeaveWouldLose() {
		t.Fatalf("stored: MergePending %v, LeaveWouldLose %v, want neither", b.MergePending(id), b.LeaveWouldLose())
	}
	if n, want := storedLog(), len(b.Changes(id, oplog.Filter{})); n == 0 || n != want {
		t.Fatalf("after the paint, the stored log has %d operations, want %d", n, want)
	}
	agree()

	// A merge into it: the same.
	a.edit(t, id, func(inc *incident.Incident) { inc.Title = "Phishing (A)" })
	before := storedLog()
	receive(a.share(t, id, pass))
	if n := storedLog(); n != before {
		t.Fatalf("the merged log was written before the result was painted (%d operations, had %d)", n, before)
	}
	loop.paint()
	if n, want := storedLog(), len(b.Changes(id, oplog.Filter{})); n <= before || n != want {
		t.Fatalf("after the paint, the stored log has %d operations, want %d", n, want)
	}
	agree()

	// No frame comes: written SaveQuiet later, before the incident's save.
	a.edit(t, id, func(inc *incident.Incident) { inc.Cause.Description = "mail from a lookalike domain" })
	before = storedLog()
	receive(a.share(t, id, pass))
	loop.Advance(desk.SaveQuiet - time.Millisecond)
	if n := storedLog(); n != before {
		t.Fatalf("written %v before SaveQuiet with no paint", desk.SaveQuiet)
	}
	if !b.LeaveWouldLose() {
		t.Fatal("a merge not stored: leaving would not lose it?")
	}
	loop.Advance(time.Millisecond)
	if b.LeaveWouldLose() {
		t.Fatal("stored without a paint: leaving would still lose it?")
	}
	if n, want := storedLog(), len(b.Changes(id, oplog.Filter{})); n <= before || n != want {
		t.Fatalf("SaveQuiet after the merge with no paint, the stored log has %d operations, want %d", n, want)
	}
	agree()
	loop.Advance(desk.SaveDelay + 2*desk.SaveQuiet)
	agree()
	writes := len(s.Written())
	loop.paint() // the frame that finally comes writes nothing more
	if n := len(s.Written()); n != writes {
		t.Fatalf("the late paint wrote again (%d writes, had %d)", n, writes)
	}
	if b.Get(id).Cause.Description != "mail from a lookalike domain" {
		t.Fatal("B lacks A's last change")
	}
}
