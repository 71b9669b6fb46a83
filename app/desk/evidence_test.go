package desk_test

import (
	"bytes"
	"errors"
	"testing"

	"breachdesk/app/desk"
)

// A file is stored as it is on an unprotected desk, sealed with the desk's
// key on a protected one; a locked desk attaches nothing; a file sealed with
// an earlier passphrase says so.
func TestEvidenceFileSealing(t *testing.T) {
	d := newTab(t, desk.NewMemStore(), nil)
	c, err := d.FileCipher()
	if err != nil || c != nil {
		t.Fatalf("unprotected desk: cipher %v, %v", c, err)
	}
	// A user's file that looks like a sealed envelope stays a plain file.
	look := []byte(`{"format":"breachdesk-record","v":1}`)
	st, err := desk.SealFile(nil, look)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := desk.OpenFile(nil, st); err != nil || !bytes.Equal(got, look) {
		t.Errorf("plain round trip: %q, %v", got, err)
	}

	protect(t, d, passA, 0)
	c, err = d.FileCipher()
	if err != nil || c == nil {
		t.Fatalf("protected desk: cipher %v, %v", c, err)
	}
	secret := []byte("社外秘のアクセスログ 203.0.113.5")
	sealed, err := desk.SealFile(c, secret)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(sealed, []byte("203.0.113.5")) || bytes.Contains(sealed, []byte("社外秘")) {
		t.Error("the sealed file shows its content")
	}
	if got, err := desk.OpenFile(c, sealed); err != nil || !bytes.Equal(got, secret) {
		t.Errorf("sealed round trip: %q, %v", got, err)
	}
	if _, err := desk.OpenFile(nil, sealed); !errors.Is(err, desk.ErrLocked) {
		t.Errorf("opened without a key: %v", err)
	}
	other, err := goKeys{}.New(passB)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := desk.OpenFile(other, sealed); !errors.Is(err, desk.ErrFileOtherKey) {
		t.Errorf("opened with another passphrase: %v", err)
	}
	if _, err := desk.OpenFile(c, nil); err == nil {
		t.Error("an empty stored file opened")
	}
	if _, err := desk.OpenFile(c, []byte("Xjunk")); err == nil {
		t.Error("an unmarked stored file opened")
	}

	d.Lock()
	d.loop.Run()
	if _, err := d.FileCipher(); !errors.Is(err, desk.ErrLocked) {
		t.Errorf("locked desk: %v", err)
	}
}
