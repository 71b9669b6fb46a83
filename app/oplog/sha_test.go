package oplog

import (
	"crypto/sha256"
	"math/rand/v2"
	"testing"
)

// TestSHA256: the hasher's own SHA-256 (used in WebAssembly) gives
// crypto/sha256's sums for every length around the block and padding
// boundaries, for bodies that share their first block or not, and for
// real operation bodies.
func TestSHA256(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	var h hasher
	first := make([]byte, 64)
	for n := range 300 {
		for _, shared := range []bool{false, true} {
			msg := make([]byte, n)
			for i := range msg {
				msg[i] = byte(r.Uint32())
			}
			if shared && n >= 64 {
				copy(msg, first)
			}
			if got, want := h.own(msg), sha256.Sum256(msg); got != want {
				t.Fatalf("length %d (first block shared: %v): %x, want %x", n, shared, got, want)
			}
		}
	}
	ops := newTeam(t).full.Ops()
	for i := range ops {
		body := ops[i].body(nil, nil)
		if got, want := h.own(body), sha256.Sum256(body); got != want {
			t.Fatalf("operation %d: %x, want %x", i, got, want)
		}
	}
}

func FuzzSHA256(f *testing.F) {
	f.Add([]byte("abc"), []byte("def"))
	f.Fuzz(func(t *testing.T, a, b []byte) {
		var h hasher
		for _, msg := range [][]byte{a, b, append(a, b...)} {
			if got, want := h.own(msg), sha256.Sum256(msg); got != want {
				t.Fatalf("%x: %x, want %x", msg, got, want)
			}
		}
	})
}
