package oplog

import (
	"errors"
	"testing"

	"breachdesk/app/incident"
)

// A draft signed elsewhere and committed is what Add makes; a draft made
// before the log moved is refused and changes nothing.
func TestDraftCommit(t *testing.T) {
	k := realKeys()[0]
	me := Author{Name: "Sato", Role: "DPO"}
	base := incident.New("inc1", t0)
	l, err := Import(base, me, k, t0)
	if err != nil {
		t.Fatal(err)
	}
	next := base.Clone()
	next.Title = "Leak of the customer list"
	ops, err := Diff(base, next)
	if err != nil {
		t.Fatal(err)
	}
	d, err := l.Draft(ops, me, k.PublicKey(), t0.Add(1))
	if err != nil {
		t.Fatal(err)
	}
	stale, err := l.Draft(ops, me, k.PublicKey(), t0.Add(2))
	if err != nil {
		t.Fatal(err)
	}
	sig, err := k.Sign(d.Message())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := l.Commit(d, sig); err != nil {
		t.Fatal(err)
	}
	if _, err := l.Commit(d, sig); !errors.Is(err, ErrStaleDraft) {
		t.Fatalf("a draft committed twice: %v", err)
	}
	sig2, _ := k.Sign(stale.Message())
	if _, err := l.Commit(stale, sig2); !errors.Is(err, ErrStaleDraft) {
		t.Fatalf("a draft of an older log committed: %v", err)
	}
	if l.Len() != 2 {
		t.Fatalf("log has %d operations, want 2", l.Len())
	}
	// The signed log verifies as a whole elsewhere.
	m, err := Open(l.Packet(nil), ECDSAVerifier{})
	if err != nil {
		t.Fatal(err)
	}
	if m.Incident.Title != next.Title {
		t.Fatalf("folded title %q", m.Incident.Title)
	}
	// A draft whose signature is not the device's is refused by the receiver.
	d3, _ := l.Draft([]Op{{Path: "title", Old: mustValue(t, next.Title), New: mustValue(t, "x")}}, me, k.PublicKey(), t0.Add(3))
	bad := make([]byte, 64)
	if _, err := l.Commit(d3, bad); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(l.Packet(nil), ECDSAVerifier{}); errCode(err) != CodeSignature {
		t.Fatalf("a bad signature: %v", err)
	}
}

func mustValue(t *testing.T, v any) []byte {
	t.Helper()
	b, err := Value(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
