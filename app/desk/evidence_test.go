package desk_test

import (
	"bytes"
	"errors"
	"maps"
	"strings"
	"testing"

	"breachdesk/app/desk"
	"breachdesk/app/incident"
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

// failingFiles is a file store that refuses to read (get) or to write (put)
// one key.
type failingFiles struct {
	desk.MemFiles
	get, put string
}

func (f *failingFiles) Get(k string) ([]byte, error) {
	if k == f.get {
		return nil, errors.New("read refused")
	}
	return f.MemFiles.Get(k)
}

func (f *failingFiles) Put(k string, b []byte) error {
	if k == f.put {
		return errors.New("quota exceeded")
	}
	return f.MemFiles.Put(k, b)
}

// A change of protection never loses an attached file silently: one that
// cannot be read refuses the change (nothing changes, every file and record
// opens as before); one the store refuses to write anew after the change is
// kept as it was and listed, with its name, in FileProblems, as is one
// sealed under a passphrase of long ago.
func TestEvidenceResealFailuresAreTold(t *testing.T) {
	files := &failingFiles{MemFiles: desk.MemFiles{M: map[string][]byte{}}}
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
	inc := d.Create("A")
	d.Edit(inc.ID, func(inc *incident.Incident) {
		inc.Evidence = []incident.Evidence{{ID: "v1", Name: "receipt.pdf", Size: 1, SHA256: strings.Repeat("0", 64), AddedAt: t0}}
	})
	loop.Advance(desk.SaveDelay)
	protect(t, d, passA, 0)
	content := []byte("受付票の写し")
	c, _ := d.FileCipher()
	for _, ev := range []string{"v1", "v2"} {
		b, err := desk.SealFile(c, content)
		if err != nil {
			t.Fatal(err)
		}
		files.M[desk.EvidenceKey(inc.ID, ev)] = b
	}
	key1, key2 := desk.EvidenceKey(inc.ID, "v1"), desk.EvidenceKey(inc.ID, "v2")

	files.get = key1
	before, beforeFiles := storedRaw(store), maps.Clone(files.M)
	var got error
	d.ChangePassphrase(passA, passB, func(err error) { got = err })
	loop.Run()
	var fe *desk.FileError
	if !errors.Is(got, desk.ErrFilesNotResealed) || !errors.As(got, &fe) || fe.Key != key1 {
		t.Fatalf("a file that cannot be read: %v", got)
	}
	if !sameRaw(before, storedRaw(store)) || !sameRaw(beforeFiles, files.M) {
		t.Fatal("the refused change changed what is stored")
	}
	if c, _ := d.FileCipher(); c == nil {
		t.Fatal("no key after the refused change")
	} else if b, err := desk.OpenFile(c, files.M[key1]); err != nil || !bytes.Equal(b, content) {
		t.Fatalf("the file after the refused change: %q, %v", b, err)
	}

	files.get, files.put = "", key1
	prevKey, _ := d.FileCipher()
	done, check := must(t, "change the passphrase")
	d.ChangePassphrase(passA, passB, done)
	loop.Run()
	check()
	ps := d.FileProblems()
	if len(ps) != 1 || ps[0].Key != key1 || d.EvidenceName(ps[0].Key) != "receipt.pdf" {
		t.Fatalf("problems told: %+v", ps)
	}
	if b, err := desk.OpenFile(prevKey, files.M[key1]); err != nil || !bytes.Equal(b, content) {
		t.Errorf("the file not written anew is not kept as it was: %v", err)
	}
	now, _ := d.FileCipher()
	if b, err := desk.OpenFile(now, files.M[key2]); err != nil || !bytes.Equal(b, content) {
		t.Errorf("the other file is not re-sealed: %v", err)
	}

	// Next change: the file left under passA is told again (no key opens it).
	files.put = ""
	done, check = must(t, "remove protection")
	d.RemoveProtection(passB, done)
	loop.Run()
	check()
	if ps := d.FileProblems(); len(ps) != 1 || ps[0].Key != key1 || !errors.Is(ps[0].Err, desk.ErrFileOtherKey) {
		t.Errorf("problems after removing protection: %+v", ps)
	}
}
