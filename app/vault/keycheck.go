package vault

import (
	"bytes"
	"errors"
)

// KeyCheckPlaintext is the known constant sealed in a key check. Opening it
// tells whether a passphrase is right without touching any record.
const KeyCheckPlaintext = "Breach Desk key check v1: 漏えい対応デスク"

// NewKeyCheck seals KeyCheckPlaintext with c, for the settings of a device
// being protected (or re-protected with a new passphrase).
func NewKeyCheck(c Cipher) ([]byte, error) {
	e, err := Seal(c, KeyCheckFormat, []byte(KeyCheckPlaintext))
	if err != nil {
		return nil, err
	}
	return e.Encode()
}

// KeyCheckKDF reads a stored key check and returns its KDF, to derive the key
// to try from a passphrase.
func KeyCheckKDF(check []byte) (KDF, error) {
	e, err := Decode(check, KeyCheckFormat)
	if err != nil {
		return KDF{}, err
	}
	return e.KDF, nil
}

// CheckKey opens a stored key check with c: nil means the passphrase is right;
// ErrWrongPassphrase that it is not (or the check was altered); another error
// that the check itself is unreadable.
func CheckKey(c Cipher, check []byte) error {
	e, err := Decode(check, KeyCheckFormat)
	if err != nil {
		return err
	}
	p, err := e.Open(c)
	if errors.Is(err, ErrOtherKey) {
		return ErrWrongPassphrase
	}
	if err != nil {
		return err
	}
	if !bytes.Equal(p, []byte(KeyCheckPlaintext)) {
		return ErrWrongPassphrase
	}
	return nil
}
