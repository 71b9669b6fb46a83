//go:build js && wasm

package browser

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/pbkdf2"
	"crypto/sha256"
	"errors"
	"testing"
	"time"

	"breachdesk/app/vault"
)

var testKey *Key // derived once: PBKDF2 at 600,000 iterations is slow on purpose

func key(t testing.TB) *Key {
	t.Helper()
	if testKey == nil {
		k, err := NewKey("correct horse battery staple")
		if err != nil {
			t.Fatal(err)
		}
		testKey = k
	}
	return testKey
}

func TestHasWebCrypto(t *testing.T) {
	if !HasWebCrypto() || CheckWebCrypto() != nil {
		t.Fatal("no WebCrypto in the test page (it is served from localhost)")
	}
	ja, en := Text(ErrNoWebCrypto, "ja"), Text(ErrNoWebCrypto, "en")
	for _, s := range []string{ja, en} {
		if !bytes.Contains([]byte(s), []byte("https")) || !bytes.Contains([]byte(s), []byte("localhost")) {
			t.Errorf("the text does not say how to fix it: %q", s)
		}
	}
}

// TestDeriveKey measures the unlock time and checks the parameters.
func TestDeriveKey(t *testing.T) {
	salt, err := RandomBytes(vault.SaltSize)
	if err != nil {
		t.Fatal(err)
	}
	kdf, err := vault.NewKDF(salt)
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	k, err := DeriveKey("正しい馬 battery staple", kdf)
	d := time.Since(start)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("PBKDF2-SHA256, %d iterations, in Chromium: %v", k.KDF().Iterations, d)
	if k.KDF().Iterations < 600_000 || len(k.KDF().Salt) != 16 {
		t.Fatalf("KDF %+v", k.KDF())
	}
	if _, err := DeriveKey("", kdf); !errors.Is(err, ErrEmptyPassphrase) {
		t.Fatalf("empty passphrase: %v", err)
	}
	weak := kdf
	weak.Iterations = 100_000
	if _, err := DeriveKey("x", weak); err == nil {
		t.Fatal("derived with 100,000 iterations")
	}
}

func TestKeyNotExtractable(t *testing.T) {
	k := key(t)
	if ext, err := k.key.Get("extractable"); err != nil {
		t.Fatal(err)
	} else if b, _ := ext.Bool(); b {
		t.Fatal("the key is extractable")
	}
	s, _ := subtle()
	_, err := awaitCall(s, "exportKey", "raw", k.key)
	if err == nil {
		t.Fatal("exportKey succeeded")
	}
	if n := jsErrorName(err); n != "InvalidAccessError" {
		t.Logf("exportKey refused with %v", err)
	}
}

func TestSealOpen(t *testing.T) {
	k := key(t)
	plain := []byte(`{"id":"inc-1","persons":1200}`)
	seen := map[string]bool{}
	var iv, ct []byte
	for i := 0; i < 20; i++ {
		var err error
		iv, ct, err = Seal(k, plain)
		if err != nil {
			t.Fatal(err)
		}
		if len(iv) != 12 || len(ct) != len(plain)+16 {
			t.Fatalf("iv %d bytes, ciphertext %d bytes", len(iv), len(ct))
		}
		if seen[string(iv)] {
			t.Fatalf("IV repeated after %d seals", i)
		}
		seen[string(iv)] = true
	}
	got, err := Open(k, iv, ct)
	if err != nil || !bytes.Equal(got, plain) {
		t.Fatalf("Open: %q %v", got, err)
	}

	wrong, err := DeriveKey("correct horse battery stapler", k.KDF())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Open(wrong, iv, ct); !errors.Is(err, ErrWrongPassphrase) {
		t.Fatalf("wrong passphrase: %v", err)
	}
	for _, i := range []int{0, len(ct) / 2, len(ct) - 1} { // body and tag
		bad := bytes.Clone(ct)
		bad[i] ^= 0x80
		if _, err := Open(k, iv, bad); !errors.Is(err, ErrTampered) {
			t.Fatalf("tampered byte %d: %v", i, err)
		}
	}
	badIV := bytes.Clone(iv)
	badIV[0] ^= 1
	if _, err := Open(k, badIV, ct); !errors.Is(err, ErrTampered) {
		t.Fatalf("tampered IV: %v", err)
	}
	if _, err := Open(k, iv, ct[:10]); !errors.Is(err, ErrTampered) {
		t.Fatalf("truncated: %v", err)
	}
	if Text(ErrWrongPassphrase, "en") != "wrong passphrase, or the data was altered" {
		t.Fatal(Text(ErrWrongPassphrase, "en"))
	}
}

// TestVaultWithWebCrypto: the envelopes of app/vault with a WebCrypto key, a
// key check, and interchange with Go's own crypto both ways.
func TestVaultWithWebCrypto(t *testing.T) {
	k := key(t)
	check, err := vault.NewKeyCheck(k)
	if err != nil {
		t.Fatal(err)
	}
	if err := vault.CheckKey(k, check); err != nil {
		t.Fatal(err)
	}
	kdf, _ := vault.KeyCheckKDF(check)
	wrong, _ := DeriveKey("not it", kdf)
	if err := vault.CheckKey(wrong, check); !errors.Is(err, ErrWrongPassphrase) {
		t.Fatalf("wrong passphrase against the key check: %v", err)
	}

	// the v1 fixture, written by Go's crypto, opens with WebCrypto
	fk, err := vault.ExportKDF([]byte(fixtureV1))
	if err != nil {
		t.Fatal(err)
	}
	key2, err := DeriveKey(fixturePassphrase, fk)
	if err != nil {
		t.Fatal(err)
	}
	got, err := vault.OpenExport(key2, []byte(fixtureV1))
	if err != nil || string(got) != fixturePlaintext {
		t.Fatalf("fixture: %q %v", got, err)
	}

	// and what WebCrypto seals opens with Go's crypto
	sealed, err := vault.SealRecord(key2, []byte("from WebCrypto"))
	if err != nil {
		t.Fatal(err)
	}
	env, err := vault.Decode(sealed, vault.RecordFormat)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := pbkdf2.Key(sha256.New, fixturePassphrase, env.KDF.Salt, env.KDF.Iterations, 32)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := aes.NewCipher(raw)
	gcm, _ := cipher.NewGCM(b)
	p, err := gcm.Open(nil, env.IV, env.Data, nil)
	if err != nil || string(p) != "from WebCrypto" {
		t.Fatalf("Go's AES-GCM: %q %v", p, err)
	}
}

// The fixture of app/vault/testdata/sealed-export-v1.json.
const (
	fixtureV1         = `{"format":"breachdesk-export-sealed","v":1,"kdf":{"name":"PBKDF2-SHA256","iterations":600000,"salt":"Zml4dHVyZSBzYWx0IDE2Yg=="},"cipher":"AES-GCM-256","iv":"dDQJ8LSQAAbFZNxM","data":"uG7+ZW28iiZGgdxPbDfeRpH4GsFmywE4OHrr8z8lmB+cNSBsBXoAHxhDuOxNHQeHP9ZVAlIcATugKqD+dcWewnqdy4eBz7Mc"}`
	fixturePassphrase = "正しい馬 battery staple"
	fixturePlaintext  = `{"format":"breachdesk-export","schema":1,"incidents":[]}`
)

func BenchmarkDeriveKey(b *testing.B) {
	salt, _ := RandomBytes(vault.SaltSize)
	kdf, _ := vault.NewKDF(salt)
	for b.Loop() {
		if _, err := DeriveKey("correct horse battery staple", kdf); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSeal64KiB(b *testing.B) {
	k := key(b)
	data := make([]byte, 64<<10)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, _, err := Seal(k, data); err != nil {
			b.Fatal(err)
		}
	}
}
