package vault

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/pbkdf2"
	"crypto/rand"
	"crypto/sha256"
)

// GoCipher is a Cipher in pure Go: PBKDF2-SHA256 and AES-GCM-256 from the
// standard library, the same algorithms as app/browser's WebCrypto key, so
// envelopes sealed by one open with the other. The browser keeps its key
// non-extractable in WebCrypto; GoCipher holds the key in Go memory, which is
// what native tests and tools need (the desk's tests, reading a profile's
// records in the end-to-end tests), not what the app uses.
type GoCipher struct {
	kdf  KDF
	aead cipher.AEAD
}

// NewGoCipher derives the key of passphrase as kdf says. It takes as long as
// the iterations ask (600,000: about 0.1–0.3 s natively).
func NewGoCipher(passphrase string, kdf KDF) (*GoCipher, error) {
	if err := kdf.Validate(); err != nil {
		return nil, err
	}
	key, err := pbkdf2.Key(sha256.New, passphrase, kdf.Salt, kdf.Iterations, 32)
	if err != nil {
		return nil, err
	}
	b, err := aes.NewCipher(key)
	if err != nil {
		return nil, err
	}
	aead, err := cipher.NewGCM(b)
	if err != nil {
		return nil, err
	}
	kdf.Salt = append([]byte(nil), kdf.Salt...)
	return &GoCipher{kdf: kdf, aead: aead}, nil
}

// KDF returns how the key was derived.
func (c *GoCipher) KDF() KDF { return c.kdf }

// Seal encrypts with a fresh random 96-bit IV.
func (c *GoCipher) Seal(plaintext []byte) (iv, ciphertext []byte, err error) {
	iv = make([]byte, IVSize)
	if _, err := rand.Read(iv); err != nil {
		return nil, nil, err
	}
	return iv, c.aead.Seal(nil, iv, plaintext, nil), nil
}

// Open decrypts and authenticates; a wrong key or altered data gives
// ErrWrongPassphrase.
func (c *GoCipher) Open(iv, ciphertext []byte) ([]byte, error) {
	if len(iv) != IVSize || len(ciphertext) < TagSize {
		return nil, ErrTampered
	}
	p, err := c.aead.Open(nil, iv, ciphertext, nil)
	if err != nil {
		return nil, ErrWrongPassphrase
	}
	return p, nil
}
