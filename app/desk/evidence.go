package desk

import (
	"errors"
	"strings"

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

// FileStore is where attached files are kept (app/browser's Files, adapted
// in app/ui): by key, the bytes SealFile made. Its methods may block.
type FileStore interface {
	Keys() ([]string, error)
	Get(key string) ([]byte, error)
	Put(key string, data []byte) error
	Delete(key string) error
}

// deleteFiles removes the files attached to the incident id, once its record
// is deleted (in the same job): nothing of a deleted incident stays behind.
func (d *Desk) deleteFiles(id string) {
	if d.cfg.Files == nil {
		return
	}
	fs, err := d.cfg.Files()
	if err != nil {
		return
	}
	keys, err := fs.Keys()
	if err != nil {
		return
	}
	for _, k := range keys {
		if strings.HasPrefix(k, id+"/") {
			_ = fs.Delete(k)
		}
	}
}

// resealFiles re-seals every attached file from the key it was sealed with
// (prev; nil: stored plain) to key (nil: to store plain), after a change of
// protection was committed, in the same job. It goes on past a file it
// cannot read or write (one sealed under an even earlier passphrase stays as
// it is, and says so when opened): the incidents' protection has changed
// already, and a file left behind is still the user's to remove.
func (d *Desk) resealFiles(prev, key vault.Cipher) {
	if d.cfg.Files == nil {
		return
	}
	fs, err := d.cfg.Files()
	if err != nil {
		return
	}
	keys, err := fs.Keys()
	if err != nil {
		return
	}
	for _, k := range keys {
		stored, err := fs.Get(k)
		if err != nil {
			continue
		}
		plain, err := OpenFile(prev, stored)
		if err != nil {
			continue
		}
		if again, err := SealFile(key, plain); err == nil {
			_ = fs.Put(k, again)
		}
	}
}

// MemFiles is a FileStore in memory, for tests.
type MemFiles struct{ M map[string][]byte }

func (m *MemFiles) Keys() ([]string, error) { return sortedIDs(m.M), nil }

func (m *MemFiles) Get(key string) ([]byte, error) {
	b, ok := m.M[key]
	if !ok {
		return nil, ErrNotFound
	}
	return b, nil
}

func (m *MemFiles) Delete(key string) error {
	delete(m.M, key)
	return nil
}

func (m *MemFiles) Put(key string, data []byte) error {
	if m.M == nil {
		m.M = map[string][]byte{}
	}
	m.M[key] = data
	return nil
}
