package desk

import (
	"errors"

	"breachdesk/app/vault"
)

// Attached files are stored apart from the incidents (app/browser's Files),
// sealed with the desk's key when the desk is protected, as the incidents
// are. A stored file starts with one byte saying which: filePlain or
// fileSealed (then a vault record envelope), so that a user's file that
// happens to look like an envelope is never taken for one.
const (
	filePlain  = 'P'
	fileSealed = 'S'
)

// ErrFileOtherKey: the file was sealed under a passphrase that is no longer
// the desk's (protection changed or was removed after it was attached).
var ErrFileOtherKey = errors.New("desk: the file was sealed with an earlier passphrase")

// FileCipher is the key to seal a newly attached file with: nil when the
// desk is not protected, ErrLocked when it is and no key is in memory.
func (d *Desk) FileCipher() (vault.Cipher, error) {
	if !d.prot.Protected() {
		return nil, nil
	}
	if d.key == nil {
		return nil, ErrLocked
	}
	return d.key, nil
}

// SealFile is what to store for a file's bytes: sealed with c, or as they
// are when c is nil. It may block (the browser's AES-GCM): call it off the
// UI's goroutine.
func SealFile(c vault.Cipher, data []byte) ([]byte, error) {
	if c == nil {
		return append([]byte{filePlain}, data...), nil
	}
	sealed, err := vault.SealRecord(c, data)
	if err != nil {
		return nil, err
	}
	return append([]byte{fileSealed}, sealed...), nil
}

// OpenFile returns the bytes of a stored file: opened with c when sealed
// (ErrLocked without a key, ErrFileOtherKey when c does not open it).
func OpenFile(c vault.Cipher, stored []byte) ([]byte, error) {
	if len(stored) == 0 {
		return nil, errors.New("desk: an empty stored file")
	}
	switch stored[0] {
	case filePlain:
		return stored[1:], nil
	case fileSealed:
		if c == nil {
			return nil, ErrLocked
		}
		plain, err := vault.OpenRecord(c, stored[1:])
		if err != nil {
			return nil, ErrFileOtherKey
		}
		return plain, nil
	}
	return nil, errors.New("desk: not a stored file")
}
