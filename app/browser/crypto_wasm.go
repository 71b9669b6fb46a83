//go:build js && wasm

package browser

import (
	"errors"

	"github.com/hack-pad/safejs"

	"breachdesk/app/vault"
)

// Key is an AES-GCM-256 key derived with WebCrypto from a passphrase. The key
// material never reaches Go or JavaScript code: the CryptoKey is not
// extractable. A Key implements vault.Cipher. Drop it (and every reference) to
// lock.
type Key struct {
	key safejs.Value // CryptoKey, extractable false
	kdf vault.KDF
}

// KDF returns how the key was derived (for vault envelopes).
func (k *Key) KDF() vault.KDF { return k.kdf }

// Seal encrypts with a fresh random IV (vault.Cipher).
func (k *Key) Seal(plaintext []byte) (iv, ciphertext []byte, err error) { return Seal(k, plaintext) }

// Open decrypts (vault.Cipher).
func (k *Key) Open(iv, ciphertext []byte) ([]byte, error) { return Open(k, iv, ciphertext) }

// HasWebCrypto reports whether crypto.subtle exists: it does only in a secure
// context (https, or http from localhost).
func HasWebCrypto() bool {
	_, err := subtle()
	return err == nil
}

// CheckWebCrypto returns ErrNoWebCrypto when HasWebCrypto is false; Text(err)
// explains why and how to fix it.
func CheckWebCrypto() error {
	_, err := subtle()
	return err
}

func subtle() (safejs.Value, error) {
	s, err := path(safejs.Global(), "crypto", "subtle")
	if err != nil {
		return safejs.Undefined(), ErrNoWebCrypto
	}
	return s, nil
}

// RandomBytes returns n bytes from crypto.getRandomValues (n ≤ 65536).
func RandomBytes(n int) ([]byte, error) {
	c, err := global("crypto")
	if err != nil {
		return nil, ErrNoWebCrypto
	}
	a, err := toUint8Array(make([]byte, n))
	if err != nil {
		return nil, err
	}
	if _, err := call(c, "getRandomValues", a); err != nil {
		return nil, err
	}
	return fromBytes(a)
}

// NewKey derives a key for a new passphrase, with a fresh random salt and
// vault.DefaultIterations. Blocks (about as long as an unlock).
func NewKey(passphrase string) (*Key, error) {
	salt, err := RandomBytes(vault.SaltSize)
	if err != nil {
		return nil, err
	}
	kdf, err := vault.NewKDF(salt)
	if err != nil {
		return nil, err
	}
	return DeriveKey(passphrase, kdf)
}

// DeriveKey derives the AES-GCM-256 key of passphrase with PBKDF2-SHA256 as kdf
// says (at least vault.MinIterations). The passphrase is used as typed (its
// UTF-8 bytes, not normalised). Blocks: PBKDF2 is slow on purpose.
func DeriveKey(passphrase string, kdf vault.KDF) (*Key, error) {
	if passphrase == "" {
		return nil, ErrEmptyPassphrase
	}
	if err := kdf.Validate(); err != nil {
		return nil, err
	}
	s, err := subtle()
	if err != nil {
		return nil, err
	}
	pass, err := toUint8Array([]byte(passphrase))
	if err != nil {
		return nil, err
	}
	base, err := awaitCall(s, "importKey", "raw", pass, "PBKDF2", false, []any{"deriveKey"})
	if err != nil {
		return nil, err
	}
	salt, err := toUint8Array(kdf.Salt)
	if err != nil {
		return nil, err
	}
	params := map[string]any{"name": "PBKDF2", "hash": "SHA-256", "salt": salt, "iterations": kdf.Iterations}
	aes := map[string]any{"name": "AES-GCM", "length": 256}
	key, err := awaitCall(s, "deriveKey", params, base, aes, false, []any{"encrypt", "decrypt"})
	if err != nil {
		return nil, err
	}
	k := kdf
	k.Salt = append([]byte(nil), kdf.Salt...)
	return &Key{key: key, kdf: k}, nil
}

// Seal encrypts plaintext with key under a fresh random 96-bit IV; ciphertext
// ends with the 16-byte GCM tag. Blocks.
func Seal(key *Key, plaintext []byte) (iv, ciphertext []byte, err error) {
	if key == nil {
		return nil, nil, errors.New("browser: Seal with no key")
	}
	s, err := subtle()
	if err != nil {
		return nil, nil, err
	}
	iv, err = RandomBytes(vault.IVSize)
	if err != nil {
		return nil, nil, err
	}
	ivJS, err := toUint8Array(iv)
	if err != nil {
		return nil, nil, err
	}
	data, err := toUint8Array(plaintext)
	if err != nil {
		return nil, nil, err
	}
	ct, err := awaitCall(s, "encrypt", map[string]any{"name": "AES-GCM", "iv": ivJS}, key.key, data)
	if err != nil {
		return nil, nil, err
	}
	ciphertext, err = fromBytes(ct)
	return iv, ciphertext, err
}

// Open decrypts and authenticates. A wrong key or altered data (which GCM
// cannot tell apart) gives ErrWrongPassphrase (also named ErrTampered). Blocks.
func Open(key *Key, iv, ciphertext []byte) ([]byte, error) {
	if key == nil {
		return nil, errors.New("browser: Open with no key")
	}
	if len(iv) != vault.IVSize || len(ciphertext) < vault.TagSize {
		return nil, ErrTampered
	}
	s, err := subtle()
	if err != nil {
		return nil, err
	}
	ivJS, err := toUint8Array(iv)
	if err != nil {
		return nil, err
	}
	data, err := toUint8Array(ciphertext)
	if err != nil {
		return nil, err
	}
	pt, err := awaitCall(s, "decrypt", map[string]any{"name": "AES-GCM", "iv": ivJS}, key.key, data)
	if jsErrorName(err) == "OperationError" {
		return nil, ErrWrongPassphrase
	}
	if err != nil {
		return nil, err
	}
	return fromBytes(pt)
}
