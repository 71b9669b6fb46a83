//go:build js && wasm

package browser

import (
	"bytes"
	"context"
	"testing"
	"time"

	"breachdesk/app/incident"
	"breachdesk/app/oplog"
)

// The device key is made once, kept non-extractable in IndexedDB, read back
// the same, and signs what Go's ECDSA verifies (the form oplog checks).
func TestDeviceKey(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	k, err := LoadDeviceKey(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if k.Extractable() {
		t.Fatal("the device key is extractable")
	}
	if len(k.PublicKey()) != oplog.PublicKeySize {
		t.Fatalf("public key of %d bytes", len(k.PublicKey()))
	}
	again, err := LoadDeviceKey(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again.PublicKey(), k.PublicKey()) {
		t.Fatal("a second load made another key")
	}
	msg := []byte("the hash of the last operation.")
	sig, err := again.Sign(msg)
	if err != nil {
		t.Fatal(err)
	}
	if err := (oplog.ECDSAVerifier{}).Verify(k.PublicKey(), msg, sig); err != nil {
		t.Fatalf("the signature does not verify: %v", err)
	}
	if err := (oplog.ECDSAVerifier{}).Verify(k.PublicKey(), []byte("another message"), sig); err == nil {
		t.Fatal("the signature verifies another message")
	}
	// A log signed in the browser opens elsewhere.
	sato := oplog.Author{Name: "Sato"}
	inc := incident.New("inc-device-test", time.Now())
	l, err := oplog.Import(inc, sato, k, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := oplog.Open(l.Packet(nil), oplog.ECDSAVerifier{}); err != nil {
		t.Fatalf("a log signed by the device key is refused: %v", err)
	}
}
