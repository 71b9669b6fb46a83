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

// Protecting, changing the passphrase and removing protection re-seal the
// attached files with the records: each stays readable with the key of the
// moment, and a file sealed under a passphrase no longer known is left as
// it is.
func TestEvidenceFilesFollowProtection(t *testing.T) {
	files := &desk.MemFiles{}
	loop := desk.NewManualLoop(t0)
	store := desk.NewMemStore()
	d := &tab{loop: loop}
	d.Desk = desk.New(desk.Config{
		Open:     func() (desk.Store, error) { return store, nil },
		Keys:     goKeys{},
		Loop:     loop,
		OnChange: func() {},
		Files:    func() (desk.FileStore, error) { return files, nil },
	})
	d.Load()
	loop.Run()

	content := []byte("受付票の写し PPC-2026-000123")
	put := func(k string) {
		c, err := d.FileCipher()
		if err != nil {
			t.Fatal(err)
		}
		b, err := desk.SealFile(c, content)
		if err != nil {
			t.Fatal(err)
		}
		_ = files.Put(k, b)
	}
	readable := func(when string) {
		t.Helper()
		c, err := d.FileCipher()
		if err != nil {
			t.Fatalf("%s: %v", when, err)
		}
		for _, k := range []string{"i1/a", "i1/b"} {
			got, err := desk.OpenFile(c, files.M[k])
			if err != nil || !bytes.Equal(got, content) {
				t.Errorf("%s: %s reads %q, %v", when, k, got, err)
			}
			if c != nil && bytes.Contains(files.M[k], []byte("PPC-2026")) {
				t.Errorf("%s: %s is stored plain on a protected desk", when, k)
			}
		}
	}
	put("i1/a")
	protect(t, d, passA, 0)
	put("i1/b") // attached on the protected desk
	readable("protected")
	stranger, err := goKeys{}.New("a passphrase of long ago")
	if err != nil {
		t.Fatal(err)
	}
	old, err := desk.SealFile(stranger, content)
	if err != nil {
		t.Fatal(err)
	}
	files.M["i1/old"] = old

	done, check := must(t, "change the passphrase")
	d.ChangePassphrase(passA, passB, done)
	loop.Run()
	check()
	readable("passphrase changed")
	if !bytes.Equal(files.M["i1/old"], old) {
		t.Error("a file sealed under an unknown passphrase was rewritten")
	}

	done, check = must(t, "remove protection")
	d.RemoveProtection(passB, done)
	loop.Run()
	check()
	readable("unprotected")
	if !bytes.HasPrefix(files.M["i1/a"], []byte("P")) {
		t.Error("a file stays sealed after protection was removed")
	}
}

// Deleting an incident deletes its attached files, and only its.
func TestDeleteIncidentDeletesItsFiles(t *testing.T) {
	files := &desk.MemFiles{M: map[string][]byte{}}
	loop := desk.NewManualLoop(t0)
	d := desk.New(desk.Config{
		Open:     func() (desk.Store, error) { return desk.NewMemStore(), nil },
		Keys:     goKeys{},
		Loop:     loop,
		OnChange: func() {},
		Files:    func() (desk.FileStore, error) { return files, nil },
	})
	d.Load()
	loop.Run()
	a, b := d.Create("A"), d.Create("B")
	loop.Advance(desk.SaveDelay)
	for _, k := range []string{desk.EvidenceKey(a.ID, "v1"), desk.EvidenceKey(a.ID, "v2"), desk.EvidenceKey(b.ID, "v1")} {
		files.M[k] = []byte("P")
	}
	d.Delete(a.ID)
	loop.Run()
	if keys, _ := files.Keys(); len(keys) != 1 || keys[0] != desk.EvidenceKey(b.ID, "v1") {
		t.Errorf("files left after deleting %s: %v", a.ID, keys)
	}
}
