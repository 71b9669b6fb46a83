package desk_test

import (
	"bytes"
	"crypto/sha256"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"breachdesk/app/desk"
	"breachdesk/app/incident"
	"breachdesk/app/vault"
)

// t0 is when every test desk's clock starts.
var t0 = time.Date(2026, 6, 1, 9, 0, 0, 0, time.FixedZone("JST", 9*3600))

// goKeys derives keys in pure Go (vault.GoCipher): AES-GCM as the browser
// does, but each passphrase's key is derived once per test binary, whatever
// the salt (PBKDF2 at 600,000 iterations is slow on purpose; the desk's logic
// is not). Different passphrases still have different keys.
type goKeys struct{}

var keyCache sync.Map // passphrase → *vault.GoCipher

// saltedKey is a passphrase's key answering for the parameters asked.
type saltedKey struct {
	*vault.GoCipher
	kdf vault.KDF
}

func (k saltedKey) KDF() vault.KDF { return k.kdf }

func (goKeys) New(passphrase string) (vault.Cipher, error) {
	sum := sha256.Sum256([]byte("salt:" + passphrase))
	kdf, err := vault.NewKDF(sum[:vault.SaltSize])
	if err != nil {
		return nil, err
	}
	return goKeys{}.Derive(passphrase, kdf)
}

func (goKeys) Derive(passphrase string, kdf vault.KDF) (vault.Cipher, error) {
	if err := kdf.Validate(); err != nil {
		return nil, err
	}
	c, ok := keyCache.Load(passphrase)
	if !ok {
		k, err := vault.NewGoCipher(passphrase, kdf)
		if err != nil {
			return nil, err
		}
		c, _ = keyCache.LoadOrStore(passphrase, k)
	}
	return saltedKey{GoCipher: c.(*vault.GoCipher), kdf: kdf}, nil
}

// tab is one desk (a tab of the browser) and its loop.
type tab struct {
	*desk.Desk
	loop    *desk.ManualLoop
	changes int
}

// newTab opens a desk on store (a tab of a browser whose other tabs share
// hub, when it is not nil) and loads it.
func newTab(t *testing.T, store desk.Store, hub *desk.TabHub) *tab {
	t.Helper()
	loop := desk.NewManualLoop(t0)
	tb := &tab{loop: loop}
	cfg := desk.Config{
		Open:     func() (desk.Store, error) { return store, nil },
		Keys:     goKeys{},
		Loop:     loop,
		OnChange: func() { tb.changes++ },
	}
	if hub != nil {
		cfg.Tabs = hub.Tab()
	}
	tb.Desk = desk.New(cfg)
	tb.Load()
	loop.Run()
	if !tb.Loaded() {
		t.Fatal("the desk did not load")
	}
	return tb
}

// settle lets every pending save and job finish.
func (tb *tab) settle() { tb.loop.Advance(desk.SaveDelay) }

// stored decodes the incident record id as stored (opening it with pass when
// it is sealed); nil when there is none.
func stored(t *testing.T, s *desk.MemStore, id, pass string) *incident.Incident {
	t.Helper()
	b, ok := s.Raw("incidents")[id]
	if !ok {
		return nil
	}
	if vault.IsSealed(b) {
		if pass == "" {
			t.Fatalf("record %s is sealed", id)
		}
		k, err := openerOf(t, s, pass)
		if err != nil {
			t.Fatal(err)
		}
		if b, err = vault.OpenRecord(k, b); err != nil {
			t.Fatalf("record %s: %v", id, err)
		}
	} else if pass != "" {
		t.Fatalf("record %s is plain on a protected desk", id)
	}
	inc, err := incident.Decode(b)
	if err != nil {
		t.Fatalf("record %s: %v", id, err)
	}
	return inc
}

// openerOf derives pass's key from the stored key check.
func openerOf(t *testing.T, s *desk.MemStore, pass string) (vault.Cipher, error) {
	t.Helper()
	p, err := vault.DecodeProtection(s.Raw("settings")[vault.SettingProtection])
	if err != nil {
		return nil, err
	}
	kdf, err := vault.KeyCheckKDF(p.KeyCheck)
	if err != nil {
		return nil, err
	}
	k, err := goKeys{}.Derive(pass, kdf)
	if err != nil {
		return nil, err
	}
	return k, vault.CheckKey(k, p.KeyCheck)
}

// plainWritten lists the values written to s that contain marker in clear.
func plainWritten(s *desk.MemStore, marker string) []string {
	var out []string
	for _, w := range s.Written() {
		if bytes.Contains(w.Data, []byte(marker)) {
			out = append(out, w.Part+"/"+w.Name)
		}
	}
	return out
}

// snapshot is everything s holds, as one string.
func snapshot(s *desk.MemStore) string {
	var b strings.Builder
	for _, part := range []string{"incidents", "settings", "meta"} {
		m := s.Raw(part)
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			b.WriteString(part + "/" + k + "=" + string(m[k]) + "\n")
		}
	}
	return b.String()
}

// must fails the test on a callback's error, and checks that it was called.
func must(t *testing.T, what string) (func(error), func()) {
	t.Helper()
	called := false
	return func(err error) {
			called = true
			if err != nil {
				t.Errorf("%s: %v", what, err)
			}
		}, func() {
			t.Helper()
			if !called {
				t.Fatalf("%s: never finished", what)
			}
		}
}
