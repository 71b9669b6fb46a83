package oplog

import (
	"bytes"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"breachdesk/app/incident"
)

var t0 = time.Date(2026, 3, 16, 10, 0, 0, 0, time.FixedZone("JST", 9*3600))

// realKeys are ECDSA keys, made once (a few per test binary).
var realKeys = sync.OnceValue(func() []*ECDSAKey {
	var ks []*ECDSAKey
	for range 6 {
		k, err := GenerateKey(rand.Reader)
		if err != nil {
			panic(err)
		}
		ks = append(ks, k)
	}
	return ks
})

// fastSigner signs with a keyed hash instead of ECDSA, so that property
// tests can run thousands of histories; its public key is a real P-256
// point (Add and Merge check it). fastVerifier checks its signatures. The
// signatures themselves are tested with ECDSAKey and ECDSAVerifier.
type fastSigner struct{ pub []byte }

func (s fastSigner) PublicKey() []byte { return s.pub }

func (s fastSigner) Sign(msg []byte) ([]byte, error) { return fastSig(s.pub, msg), nil }

func fastSig(pub, msg []byte) []byte {
	a := sha256.Sum256(append(append([]byte("sig1"), pub...), msg...))
	b := sha256.Sum256(append(append([]byte("sig2"), pub...), msg...))
	return append(a[:], b[:]...)
}

type fastVerifier struct{}

func (fastVerifier) Verify(pub, msg, sig []byte) error {
	if !bytes.Equal(sig, fastSig(pub, msg)) {
		return errBadSignature
	}
	return nil
}

func fastSigners() []fastSigner {
	var out []fastSigner
	for _, k := range realKeys() {
		out = append(out, fastSigner{pub: k.PublicKey()})
	}
	return out
}

// scenarios reads testdata/scenarios/*.json (schema 1, migrated by Decode).
func scenarios(t testing.TB) map[string]*incident.Incident {
	t.Helper()
	files, err := filepath.Glob("../../testdata/scenarios/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no scenarios: %v", err)
	}
	out := map[string]*incident.Incident{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		inc, err := incident.Decode(b)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out[filepath.Base(f)] = inc
	}
	return out
}

func encode(t testing.TB, inc *incident.Incident) string {
	t.Helper()
	b, err := incident.Encode(inc)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func folded(t testing.TB, l *Log) *incident.Incident {
	t.Helper()
	inc, err := l.Fold()
	if err != nil {
		t.Fatal(err)
	}
	return inc
}

func mustMerge(t testing.TB, local *Log, p *Packet, v Verifier) *Merged {
	t.Helper()
	m, err := Merge(local, p, v)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// errCode returns the code of an *Error, "" for nil and "?" for another error.
func errCode(err error) Code {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return "?"
}
