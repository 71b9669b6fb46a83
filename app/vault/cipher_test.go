package vault_test

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha256"
	"errors"
	"sync"
	"testing"

	"breachdesk/app/vault"
)

// goCipher is vault.Cipher in pure Go (crypto/pbkdf2 + AES-GCM): the same
// algorithms as app/browser's WebCrypto key, so files are interchangeable.
type goCipher struct {
	kdf  vault.KDF
	aead cipher.AEAD
}

var derived sync.Map // passphrase+salt → *goCipher: PBKDF2 at 600k is slow

func newGoCipher(t testing.TB, passphrase string, k vault.KDF) *goCipher {
	t.Helper()
	id := passphrase + "\x00" + string(k.Salt) + "\x00" + string(rune(k.Iterations))
	if c, ok := derived.Load(id); ok {
		return c.(*goCipher)
	}
	key, err := pbkdf2.Key(sha256.New, passphrase, k.Salt, k.Iterations, 32)
	if err != nil {
		t.Fatal(err)
	}
	b, err := aes.NewCipher(key)
	if err != nil {
		t.Fatal(err)
	}
	aead, err := cipher.NewGCM(b)
	if err != nil {
		t.Fatal(err)
	}
	c := &goCipher{kdf: k, aead: aead}
	derived.Store(id, c)
	return c
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
	if len(iv) != vault.IVSize {
		return nil, errors.New("bad iv")
	}
	p, err := c.aead.Open(nil, iv, ct, nil)
	if err != nil {
		return nil, vault.ErrWrongPassphrase
	}
	return p, nil
}

// fixedSalt is the salt of the test keys.
var fixedSalt = []byte("0123456789abcdef")

func testKDF(t testing.TB) vault.KDF {
	t.Helper()
	k, err := vault.NewKDF(fixedSalt)
	if err != nil {
		t.Fatal(err)
	}
	return k
}
