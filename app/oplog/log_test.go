package oplog

import (
	"testing"
	"time"

	"breachdesk/app/incident"
)

// TestImportScenarios: every scenario becomes a log of one imported
// operation whose Fold is the incident, through a stored packet and back.
func TestImportScenarios(t *testing.T) {
	k := realKeys()[0]
	for name, inc := range scenarios(t) {
		l, err := Import(inc, Author{Name: "佐藤", Role: "privacy officer"}, k, t0)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		ops := l.Ops()
		if len(ops) != 1 || ops[0].Kind != Imported || ops[0].Path != "" || ops[0].Old != nil || ops[0].Seq != 1 || ops[0].Sig == nil {
			t.Fatalf("%s: ops = %+v", name, ops)
		}
		if got, want := encode(t, folded(t, l)), encode(t, inc); got != want {
			t.Fatalf("%s: Fold differs:\n got %s\nwant %s", name, got, want)
		}
		p, err := DecodePacket(l.Packet(nil).Encode())
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		m, err := Open(p, ECDSAVerifier{})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got, want := encode(t, m.Incident), encode(t, inc); got != want || m.Added != 1 || len(m.Conflicts) != 0 {
			t.Fatalf("%s: opened %d ops, %d conflicts:\n got %s\nwant %s", name, m.Added, len(m.Conflicts), got, want)
		}
	}
}

// TestRecordAndMerge: two people edit the same incident apart, one field
// each and one field both; the packets cross; both end with the same facts
// and one conflict, which one of them resolves.
func TestRecordAndMerge(t *testing.T) {
	ka, kb := realKeys()[0], realKeys()[1]
	alice, bob := Author{Name: "Alice", Role: "legal"}, Author{Name: "Bob", Role: "CISO"}
	base := incident.New("inc-1", t0)
	base.Org.Name = "Sample"
	la, err := Import(base, alice, ka, t0)
	if err != nil {
		t.Fatal(err)
	}
	lb := mustMerge(t, New("inc-1"), la.Packet(nil), ECDSAVerifier{}).Log

	a := base.Clone()
	a.Cause.Description = "phishing"
	a.Org.Name = "Sample Co."
	if _, err := la.Record(base, a, alice, ka, t0.Add(1)); err != nil {
		t.Fatal(err)
	}
	b := base.Clone()
	b.Risk.Level = "high"
	b.Org.Name = "Sample KK"
	if _, err := lb.Record(base, b, bob, kb, t0.Add(2)); err != nil {
		t.Fatal(err)
	}
	ma := mustMerge(t, la, lb.Packet(la.Vector()), ECDSAVerifier{})
	mb := mustMerge(t, lb, la.Packet(lb.Vector()), ECDSAVerifier{})
	if encode(t, ma.Incident) != encode(t, mb.Incident) {
		t.Fatal("the two sides differ")
	}
	inc := ma.Incident
	if inc.Cause.Description != "phishing" || inc.Risk.Level != "high" {
		t.Fatalf("merged %+v %+v", inc.Cause, inc.Risk)
	}
	if len(ma.Conflicts) != 1 || len(mb.Conflicts) != 1 {
		t.Fatalf("conflicts %+v / %+v", ma.Conflicts, mb.Conflicts)
	}
	c := ma.Conflicts[0]
	if c.Path != "org.name" || len(c.Sides) != 2 || string(c.Current) != `"`+inc.Org.Name+`"` {
		t.Fatalf("conflict %+v", c)
	}
	// Bob keeps his.
	op, ok := mb.Conflicts[0].Keep(DeviceID(kb.PublicKey()))
	if !ok {
		t.Fatal("no side of Bob's")
	}
	lb = mb.Log
	if _, err := lb.Add([]Op{op}, bob, kb, t0.Add(3)); err != nil {
		t.Fatal(err)
	}
	if cs := lb.Conflicts(); len(cs) != 0 {
		t.Fatalf("still %+v", cs)
	}
	m := mustMerge(t, ma.Log, lb.Packet(ma.Log.Vector()), ECDSAVerifier{})
	if m.Incident.Org.Name != "Sample KK" || len(m.Conflicts) != 0 || m.Added != 1 {
		t.Fatalf("after resolution: %q, %d conflicts, %d added", m.Incident.Org.Name, len(m.Conflicts), m.Added)
	}
	h := m.Log.History("org.name")
	if len(h) != 4 || h[0].Kind != Imported || string(h[0].To) != `"Sample"` || h[3].Kind != Resolved || h[3].Author != "Bob" {
		t.Fatalf("history %+v", h)
	}
}

// TestUpdatedAt: the time of the last change is not an edit that two
// people could conflict on: Fold derives it from the operations.
func TestUpdatedAt(t *testing.T) {
	ka, kb := realKeys()[0], realKeys()[1]
	base := incident.New("inc-u", t0)
	la, err := Import(base, Author{Name: "A"}, ka, t0)
	if err != nil {
		t.Fatal(err)
	}
	lb := mustMerge(t, New("inc-u"), la.Packet(nil), ECDSAVerifier{}).Log
	a, b := base.Clone(), base.Clone()
	a.Notes, a.UpdatedAt = "a", t0.Add(time.Hour)
	b.Title, b.UpdatedAt = "b", t0.Add(2*time.Hour)
	if ops, err := la.Record(base, a, Author{Name: "A"}, ka, a.UpdatedAt); err != nil || paths(ops) != "notes" {
		t.Fatalf("%v %s", err, paths(ops))
	}
	if _, err := lb.Record(base, b, Author{Name: "B"}, kb, b.UpdatedAt); err != nil {
		t.Fatal(err)
	}
	m := mustMerge(t, la, lb.Packet(nil), ECDSAVerifier{})
	if len(m.Conflicts) != 0 || !m.Incident.UpdatedAt.Equal(b.UpdatedAt) || m.Incident.Notes != "a" || m.Incident.Title != "b" {
		t.Fatalf("%d conflicts, updated %v", len(m.Conflicts), m.Incident.UpdatedAt)
	}
	if got := folded(t, la); !got.UpdatedAt.Equal(a.UpdatedAt) {
		t.Fatalf("A's own: updated %v", got.UpdatedAt)
	}
}
