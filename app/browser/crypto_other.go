//go:build !(js && wasm)

package browser

import "breachdesk/app/vault"

// Key is a WebCrypto key; outside a browser none can be derived.
type Key struct{ kdf vault.KDF }

// KDF returns how the key was derived.
func (k *Key) KDF() vault.KDF { return k.kdf }

// Seal reports ErrNoBrowser outside a browser.
func (k *Key) Seal([]byte) (iv, ciphertext []byte, err error) { return nil, nil, ErrNoBrowser }

// Open reports ErrNoBrowser outside a browser.
func (k *Key) Open([]byte, []byte) ([]byte, error) { return nil, ErrNoBrowser }

// HasWebCrypto is false outside a browser.
func HasWebCrypto() bool { return false }

// CheckWebCrypto reports ErrNoBrowser outside a browser.
func CheckWebCrypto() error { return ErrNoBrowser }

// RandomBytes reports ErrNoBrowser outside a browser.
func RandomBytes(int) ([]byte, error) { return nil, ErrNoBrowser }

// NewKey reports ErrNoBrowser outside a browser.
func NewKey(string) (*Key, error) { return nil, ErrNoBrowser }

// DeriveKey reports ErrNoBrowser outside a browser.
func DeriveKey(string, vault.KDF) (*Key, error) { return nil, ErrNoBrowser }

// Seal reports ErrNoBrowser outside a browser.
func Seal(*Key, []byte) (iv, ciphertext []byte, err error) { return nil, nil, ErrNoBrowser }

// Open reports ErrNoBrowser outside a browser.
func Open(*Key, []byte, []byte) ([]byte, error) { return nil, ErrNoBrowser }
