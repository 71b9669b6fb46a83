//go:build js && wasm

package browser

import (
	"errors"
	"testing"
	"time"

	"breachdesk/app/vault"
)

// TestProtectionFlow is the sequence the UI runs (each step in ctx.Async):
// protect the device, unlock (wrong then right passphrase), change the
// passphrase atomically, export sealed.
func TestProtectionFlow(t *testing.T) {
	s := testStore(t)
	plain := map[string][]byte{"inc-1": []byte(`{"id":"inc-1"}`), "inc-2": []byte(`{"id":"inc-2"}`)}
	if err := s.PutMany(plain); err != nil {
		t.Fatal(err)
	}

	// Protect: a new key, its key check, every record sealed, in one batch.
	key, err := NewKey("first passphrase")
	if err != nil {
		t.Fatal(err)
	}
	check, err := vault.NewKeyCheck(key)
	if err != nil {
		t.Fatal(err)
	}
	prot, err := vault.Protection{KeyCheck: check, IdleTimeout: 15 * time.Minute}.Encode()
	if err != nil {
		t.Fatal(err)
	}
	sealed := map[string][]byte{}
	for id, b := range plain {
		if sealed[id], err = vault.SealRecord(key, b); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Apply(Batch{Incidents: sealed, Settings: map[string][]byte{vault.SettingProtection: prot}}); err != nil {
		t.Fatal(err)
	}

	// Unlock: read the protection, derive from its salt, check before reading records.
	unlock := func(pass string) (*Key, error) {
		b, err := s.Setting(vault.SettingProtection)
		if err != nil {
			return nil, err
		}
		p, err := vault.DecodeProtection(b)
		if err != nil {
			return nil, err
		}
		kdf, err := vault.KeyCheckKDF(p.KeyCheck)
		if err != nil {
			return nil, err
		}
		k, err := DeriveKey(pass, kdf)
		if err != nil {
			return nil, err
		}
		return k, vault.CheckKey(k, p.KeyCheck)
	}
	if _, err := unlock("First passphrase"); !errors.Is(err, ErrWrongPassphrase) {
		t.Fatalf("wrong passphrase: %v", err)
	}
	key, err = unlock("first passphrase")
	if err != nil {
		t.Fatal(err)
	}
	recs, _ := s.List()
	for _, r := range recs {
		if b, err := vault.OpenRecord(key, r.Data); err != nil || string(b) != string(plain[r.ID]) {
			t.Fatalf("%s: %q %v", r.ID, b, err)
		}
	}

	// Change the passphrase: reseal all, new key check, one transaction.
	next, err := NewKey("second passphrase")
	if err != nil {
		t.Fatal(err)
	}
	stored := map[string][]byte{}
	for _, r := range recs {
		stored[r.ID] = r.Data
	}
	resealed, err := vault.Reseal(key, next, stored)
	if err != nil {
		t.Fatal(err)
	}
	check2, _ := vault.NewKeyCheck(next)
	prot2, _ := vault.Protection{KeyCheck: check2, IdleTimeout: 15 * time.Minute}.Encode()
	if err := s.Apply(Batch{Incidents: resealed, Settings: map[string][]byte{vault.SettingProtection: prot2}}); err != nil {
		t.Fatal(err)
	}
	if _, err := unlock("first passphrase"); !errors.Is(err, ErrWrongPassphrase) {
		t.Fatalf("old passphrase after the change: %v", err)
	}
	key, err = unlock("second passphrase")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := s.Get("inc-2")
	if p, err := vault.OpenRecord(key, b); err != nil || string(p) != `{"id":"inc-2"}` {
		t.Fatalf("after the change: %q %v", p, err)
	}

	// Export sealed with its own passphrase and salt; open it as an import would.
	exportKey, _ := NewKey("export passphrase")
	file, err := vault.SealExport(exportKey, []byte(`{"format":"breachdesk-export"}`))
	if err != nil {
		t.Fatal(err)
	}
	kdf, _ := vault.ExportKDF(file)
	k2, _ := DeriveKey("export passphrase", kdf)
	if p, err := vault.OpenExport(k2, file); err != nil || string(p) != `{"format":"breachdesk-export"}` {
		t.Fatalf("export: %q %v", p, err)
	}
}
