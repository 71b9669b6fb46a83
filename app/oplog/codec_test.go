package oplog

import (
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"strings"
	"testing"

	"breachdesk/app/vault"
)

// TestDecodePacketRefuses: a packet file that is not well-formed is
// refused with the field, its line and column, in both languages.
func TestDecodePacketRefuses(t *testing.T) {
	l, err := Import(baseIncident(), Author{Name: "A"}, fastSigners()[0], t0)
	if err != nil {
		t.Fatal(err)
	}
	good := string(l.Packet(nil).Encode())
	r := strings.NewReplacer
	tests := []struct {
		name, data string
		code       Code
		field      string
		line       int
	}{
		{"empty", ``, CodeTruncated, "", 1},
		{"not JSON", `hello`, CodeSyntax, "", 1},
		{"an export file", `{"format":"breachdesk-export","schema":2,"incidents":[]}`, CodeNotPacket, "", 0},
		{"a sealed packet", `{"format":"breachdesk-packet-sealed","v":1}`, CodeSealed, "", 0},
		{"a newer packet", r(`"v":1`, `"v":2,"extra":1`).Replace(good), CodeFuture, "v", 0},
		{"an unknown field", r(`"v":1`, `"v":1,"extra":1`).Replace(good), CodeUnknownField, "extra", 1},
		{"a duplicate field", r(`"v":1`, `"v":1,"v":1`).Replace(good), CodeDuplicateKey, "", 1},
		{"a missing field", r(`"schema":2,`, ``).Replace(good), CodeMissing, "schema", 1},
		{"seq as text", r(`"seq":1`, `"seq":"1"`).Replace(good), CodeWrongType, "ops[0].seq", 2},
		{"seq zero", r(`"seq":1`, `"seq":0`).Replace(good), CodeBadValue, "ops[0].seq", 2},
		{"a bad path", r(`"path":""`, `"path":"org..name"`).Replace(good), CodeBadValue, "ops[0].path", 2},
		{"a bad time", r(`"at":"2026-03-16T10:00:00+09:00"`, `"at":"yesterday"`).Replace(good), CodeBadValue, "ops[0].at", 2},
		{"a short hash", r(`"hash":"`, `"hash":"x`).Replace(good), CodeBadValue, "ops[0].hash", 2},
		{"a bad device id", r(`"device":"`, `"device":"#`).Replace(good), CodeBadValue, "ops[0].device", 2},
		{"an unknown kind", r(`"kind":"import"`, `"kind":"delete"`).Replace(good), CodeBadValue, "ops[0].kind", 2},
		{"invalid UTF-8", r(`"author":"A"`, "\"author\":\"\xff\"").Replace(good), CodeInvalidUTF8, "", 2},
		{"cut short", good[:len(good)-10], CodeTruncated, "", 2},
		{"data after", good + "{}", CodeTrailing, "", 3},
		{"too deep", `{"format":"breachdesk-packet","ops":[{"new":` + strings.Repeat("[", 100) + strings.Repeat("]", 100) + `}]}`, CodeTooDeep, "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodePacket([]byte(tt.data))
			if errCode(err) != tt.code {
				t.Fatalf("error %v; want %s", err, tt.code)
			}
			e := err.(*Error)
			if e.Field != tt.field || e.Line != tt.line {
				t.Errorf("at %q line %d; want %q line %d: %s", e.Field, e.Line, tt.field, tt.line, e.Text("en"))
			}
			if e.Text("ja") == e.Text("en") || strings.Contains(e.Text("en"), "%!") || strings.Contains(e.Text("ja"), "%!") {
				t.Errorf("messages: %s / %s", e.Text("en"), e.Text("ja"))
			}
		})
	}
	if _, err := DecodePacket([]byte(good)); err != nil {
		t.Fatal(err)
	}
}

// TestPacketRoundTrip: Encode and DecodePacket keep every field, and a
// log's stored form reopens to the same log.
func TestPacketRoundTrip(t *testing.T) {
	tm := newTeam(t)
	p := tm.full.Packet(nil)
	b := p.Encode()
	q, err := DecodePacket(b)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(q.Encode(), b) || len(q.Ops) != len(p.Ops) {
		t.Fatal("round trip changed the packet")
	}
	for i := range p.Ops {
		if !p.Ops[i].equal(&q.Ops[i]) || !bytes.Equal(p.Ops[i].Sig, q.Ops[i].Sig) {
			t.Fatalf("op %d: %+v\n%+v", i, p.Ops[i], q.Ops[i])
		}
	}
	m, err := Open(q, ECDSAVerifier{})
	if err != nil {
		t.Fatal(err)
	}
	if hashes(m.Log) != hashes(tm.full) || encode(t, m.Incident) != encode(t, folded(t, tm.full)) {
		t.Fatal("reopened log differs")
	}
}

// goCipher is vault.Cipher in pure Go: PBKDF2-SHA256 and AES-GCM-256, as
// app/browser's WebCrypto key.
type goCipher struct {
	kdf  vault.KDF
	aead cipher.AEAD
}

func newCipher(t *testing.T, passphrase string, k vault.KDF) *goCipher {
	key, err := pbkdf2.Key(sha256.New, passphrase, k.Salt, k.Iterations, 32)
	if err != nil {
		t.Fatal(err)
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		t.Fatal(err)
	}
	aead, err := cipher.NewGCM(block)
	if err != nil {
		t.Fatal(err)
	}
	return &goCipher{kdf: k, aead: aead}
}

func (c *goCipher) KDF() vault.KDF { return c.kdf }

func (c *goCipher) Seal(p []byte) ([]byte, []byte, error) {
	iv := make([]byte, vault.IVSize)
	if _, err := rand.Read(iv); err != nil {
		return nil, nil, err
	}
	return iv, c.aead.Seal(nil, iv, p, nil), nil
}

func (c *goCipher) Open(iv, ct []byte) ([]byte, error) {
	p, err := c.aead.Open(nil, iv, ct, nil)
	if err != nil {
		return nil, vault.ErrWrongPassphrase
	}
	return p, nil
}

// TestSealed: a packet sealed with a passphrase opens with it, not with
// another; DecodePacket names a sealed file; and a wrong passphrase
// changes nothing.
func TestSealed(t *testing.T) {
	tm := newTeam(t)
	plain := tm.full.Packet(nil).Encode()
	kdf, err := vault.NewKDF(bytes.Repeat([]byte{7}, vault.SaltSize))
	if err != nil {
		t.Fatal(err)
	}
	sealed, err := Seal(newCipher(t, "correct horse", kdf), plain)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := DecodePacket(sealed); errCode(err) != CodeSealed {
		t.Fatalf("DecodePacket(sealed) = %v", err)
	}
	k, err := SealedKDF(sealed)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Unseal(newCipher(t, "wrong", k), sealed); !errors.Is(err, vault.ErrWrongPassphrase) {
		t.Fatalf("wrong passphrase: %v", err)
	}
	opened, err := Unseal(newCipher(t, "correct horse", k), sealed)
	if err != nil || !bytes.Equal(opened, plain) {
		t.Fatalf("open: %v", err)
	}
	if err := mergeBytes(tm.first, opened); err != nil {
		t.Fatal(err)
	}
}
