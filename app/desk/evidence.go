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

// FileError is an attached file that a change of protection could not
// re-seal: Key is its key in the file store (EvidenceKey; "" for the store
// as a whole), Err why.
type FileError struct {
	Key string
	Err error
}

func (e *FileError) Error() string {
	if e.Key == "" {
		return "desk: the attached files: " + e.Err.Error()
	}
	return "desk: the attached file " + e.Key + ": " + e.Err.Error()
}

func (e *FileError) Unwrap() error { return e.Err }

// ErrFilesNotResealed is why a change of protection was refused: an
// attached file could not be read or sealed anew (a *FileError says which
// and why). Nothing changed: every file and record is as it was.
var ErrFilesNotResealed = errors.New("desk: an attached file could not be re-sealed")

// filesResealError is a refusal of a change of protection for a file.
type filesResealError struct{ FileError }

func (e *filesResealError) Error() string {
	return ErrFilesNotResealed.Error() + ": " + e.FileError.Error()
}
func (e *filesResealError) Is(t error) bool { return t == ErrFilesNotResealed }
func (e *filesResealError) Unwrap() error   { return &e.FileError }

// resealFiles reads every attached file and seals it anew, in memory, from
// the key it was sealed with (prev; nil: stored plain) to key (nil: to be
// stored plain), before a change of protection is committed (in the same
// job). A file that cannot be read, or sealed anew, refuses the change
// (nothing is written yet: nothing is lost). One sealed under an earlier
// passphrase than prev, which no key here opens, is left as it is and
// listed in left. writeFiles then stores the rest.
func (d *Desk) resealFiles(prev, key vault.Cipher) (again map[string][]byte, left []FileError, err error) {
	if d.cfg.Files == nil {
		return nil, nil, nil
	}
	fs, err := d.cfg.Files()
	if err != nil {
		return nil, nil, &filesResealError{FileError{Err: err}}
	}
	keys, err := fs.Keys()
	if err != nil {
		return nil, nil, &filesResealError{FileError{Err: err}}
	}
	again = map[string][]byte{}
	for _, k := range keys {
		stored, err := fs.Get(k)
		if err != nil {
			return nil, nil, &filesResealError{FileError{Key: k, Err: err}}
		}
		plain, err := OpenFile(prev, stored)
		if err != nil {
			left = append(left, FileError{Key: k, Err: err})
			continue
		}
		b, err := SealFile(key, plain)
		if err != nil {
			return nil, nil, &filesResealError{FileError{Key: k, Err: err}}
		}
		again[k] = b
	}
	return again, left, nil
}

// writeFiles stores the files resealFiles sealed anew, once the change of
// protection is committed. A file the store refuses stays as it was stored
// (sealed with the previous key, or plain), and is listed.
func (d *Desk) writeFiles(again map[string][]byte) []FileError {
	if len(again) == 0 {
		return nil
	}
	fs, err := d.cfg.Files()
	var left []FileError
	for _, k := range sortedIDs(again) {
		if err == nil {
			err = fs.Put(k, again[k])
			if err == nil {
				continue
			}
		}
		left = append(left, FileError{Key: k, Err: err})
		err = nil
	}
	return left
}

// FileProblems lists the attached files the last change of protection left
// as they were (FileError): sealed under an earlier passphrase, or refused
// by the file store when written anew. None is lost: each stays stored as
// it was, and the page says which and why.
func (d *Desk) FileProblems() []FileError { return d.fileProblems }

// EvidenceName is the name of the attached file of key (EvidenceKey), as
// its incident records it; the key when it is not known.
func (d *Desk) EvidenceName(key string) string {
	incID, evID, ok := strings.Cut(key, "/")
	if inc := d.incidents[incID]; ok && inc != nil {
		for _, e := range inc.Evidence {
			if e.ID == evID {
				return e.Name
			}
		}
	}
	return key
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
