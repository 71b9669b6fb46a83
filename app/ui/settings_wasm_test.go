//go:build js && wasm

package ui

import (
	"strings"
	"testing"
	"time"

	"breachdesk/app/browser"
	"breachdesk/app/catalog"
	"breachdesk/app/desk"
	"breachdesk/app/incident"
	"breachdesk/app/vault"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// query returns the first element matching sel in the page, failing when none.
func settingsQuery(t *testing.T, p app.UI, sel string) app.Value {
	t.Helper()
	el := p.JSValue().Call("querySelector", sel)
	if !el.Truthy() {
		t.Fatalf("no %s", sel)
	}
	return el
}

func settingsType(el app.Value, s string) {
	el.Set("value", s)
	el.Call("dispatchEvent", app.Window().Get("Event").New("input", map[string]any{"bubbles": true}))
}

func settingsSubmit(t *testing.T, p app.UI, group string) {
	t.Helper()
	settingsQuery(t, p, group+" button.bd-primary, "+group+" button.bd-destroy").Call("click")
}

func TestSettingsPageShowsEverySection(t *testing.T) {
	resetLang(t)
	p := &SettingsPage{}
	mount(t, p)
	if err := app.Match(elt("h1", "データと安全"), p, 0, mainIndex, 0); err != nil {
		t.Fatal(err)
	}
	for _, sel := range []string{"#protect-form", "#pass-new", "#pass-repeat", "#idle", "#export-all", "#import-file", "#wipe-form", "#storage-usage"} {
		settingsQuery(t, p, sel)
	}
	// Every input has its label.
	inputs := p.JSValue().Call("querySelectorAll", "input, select")
	for i := 0; i < inputs.Length(); i++ {
		id := inputs.Index(i).Get("id").String()
		if !p.JSValue().Call("querySelector", `label[for="`+id+`"]`).Truthy() {
			t.Errorf("input #%s has no label", id)
		}
	}
	// The menu links to the page.
	if !p.JSValue().Call("querySelector", `.bd-nav a[aria-current="page"][href$="/settings"]`).Truthy() {
		t.Error("the menu does not mark the settings page as current")
	}
}

func TestProtectChecksThePassphraseTwice(t *testing.T) {
	resetLang(t)
	p := &SettingsPage{}
	e := mount(t, p)
	// Nothing typed yet: no verdict on the passphrase, only what will come.
	if got := settingsQuery(t, p, "#pass-strength").Get("textContent").String(); got != catalog.T(catalog.JA, "safety.strength.none") {
		t.Errorf("strength before typing: %q", got)
	}
	settingsType(settingsQuery(t, p, "#pass-new"), "abc")
	e.ConsumeAll()
	if got := settingsQuery(t, p, "#pass-strength").Get("textContent").String(); got != catalog.T(catalog.JA, "safety.strength.0") {
		t.Errorf("strength of a short passphrase: %q", got)
	}
	settingsType(settingsQuery(t, p, "#pass-new"), "correct horse battery staple")
	e.ConsumeAll()
	if got := settingsQuery(t, p, "#pass-strength").Get("textContent").String(); got == catalog.T(catalog.JA, "safety.strength.0") {
		t.Errorf("strength of a long passphrase: %q", got)
	}
	settingsType(settingsQuery(t, p, "#pass-repeat"), "correct horse battery stapel")
	settingsSubmit(t, p, "#protect-form")
	e.ConsumeAll()
	if got := settingsQuery(t, p, "#protect-problem").Get("textContent").String(); got != catalog.T(catalog.JA, "safety.pass.mismatch") {
		t.Errorf("mismatch message: %q", got)
	}
	if theDesk.Protected() {
		t.Fatal("protected with mismatched passphrases")
	}
	settingsType(settingsQuery(t, p, "#pass-new"), "short")
	settingsType(settingsQuery(t, p, "#pass-repeat"), "short")
	settingsSubmit(t, p, "#protect-form")
	e.ConsumeAll()
	if got := settingsQuery(t, p, "#protect-problem").Get("textContent").String(); !strings.Contains(got, "短すぎます") {
		t.Errorf("short message: %q", got)
	}
}

// A passphrase guessed within a day is refused on protecting and on
// changing, with what makes it weak, and nothing is written.
func TestProtectRefusesAWeakPassphrase(t *testing.T) {
	resetLang(t)
	inc := incident.New(theDesk.NewID(), time.Now())
	inc.Org.Name, inc.Org.NameEn = "さくら旅行株式会社", "Sakura Travel Co., Ltd."
	testDesk(t, nil, inc)
	p := &SettingsPage{}
	e := mount(t, p)
	for _, c := range []struct{ pass, reason string }{
		{"password123", "よく使われるパスワード"},
		{"qwertyuiop", "キーボードの並び"},
		{"SakuraTravel2026", "会社名＋年"},
		{"P@ssw0rd2026!", "文字を似た記号に置き換えたもの"},
	} {
		settingsType(settingsQuery(t, p, "#pass-new"), c.pass)
		e.ConsumeAll()
		line := settingsQuery(t, p, "#pass-strength")
		if got := line.Get("textContent").String(); !strings.Contains(got, "弱すぎて使えません") || !strings.Contains(got, c.reason) {
			t.Errorf("%s: strength line %q, want it to say %q", c.pass, got, c.reason)
		}
		if !line.Get("classList").Call("contains", "bd-strength-1").Bool() {
			t.Errorf("%s: strength line class %q", c.pass, line.Get("className").String())
		}
		settingsType(settingsQuery(t, p, "#pass-repeat"), c.pass)
		settingsSubmit(t, p, "#protect-form")
		e.ConsumeAll()
		if got := settingsQuery(t, p, "#protect-problem").Get("textContent").String(); !strings.Contains(got, "推測されやすい") || !strings.Contains(got, c.reason) {
			t.Errorf("%s: problem %q, want the reason %q", c.pass, got, c.reason)
		}
		if theDesk.Protected() || p.JSValue().Call("querySelector", "#protect-busy").Truthy() {
			t.Fatalf("%s: protection started with a weak passphrase", c.pass)
		}
	}
	// Four unrelated words are accepted: the line says so.
	settingsType(settingsQuery(t, p, "#pass-new"), "harbor lantern quietly umbrella")
	e.ConsumeAll()
	if got := settingsQuery(t, p, "#pass-strength").Get("textContent").String(); got != catalog.T(catalog.JA, "safety.strength.4") {
		t.Errorf("strength of four random words: %q", got)
	}
	// In English.
	settingsQuery(t, p, "#lang-switch").Call("click")
	e.ConsumeAll()
	settingsType(settingsQuery(t, p, "#pass-new"), "sakuratravel2026")
	settingsType(settingsQuery(t, p, "#pass-repeat"), "sakuratravel2026")
	settingsSubmit(t, p, "#protect-form")
	e.ConsumeAll()
	if got := settingsQuery(t, p, "#protect-problem").Get("textContent").String(); !strings.Contains(got, "(the company's name plus a year)") {
		t.Errorf("English problem: %q", got)
	}
	resetLang(t)

	// Sealing an export: the file is what an attacker guesses offline.
	r := &SettingsPage{}
	e = mount(t, r)
	settingsQuery(t, r, "#export-seal").Call("click")
	e.ConsumeAll()
	settingsType(settingsQuery(t, r, "#export-pass"), "password123")
	settingsType(settingsQuery(t, r, "#export-repeat"), "password123")
	settingsQuery(t, r, "#export-all").Call("click")
	e.ConsumeAll()
	if got := settingsQuery(t, r, "#export-problem").Get("textContent").String(); !strings.Contains(got, "よく使われるパスワード") {
		t.Errorf("sealed export: problem %q", got)
	}
	if r.JSValue().Call("querySelector", "#export-done").Truthy() {
		t.Fatal("exported with a weak passphrase")
	}

	// Changing the passphrase of a protected desk: refused before the
	// current passphrase is even checked, the key check untouched.
	store := desk.NewMemStore()
	ml := testDesk(t, store)
	var perr error
	theDesk.Protect("harbor lantern quietly umbrella", 0, func(err error) { perr = err })
	ml.Run()
	if perr != nil || theDesk.Locked() || !theDesk.Protected() {
		t.Fatalf("the test desk is not protected and unlocked: %v", perr)
	}
	check := string(store.Raw("settings")[vault.SettingProtection])
	q := &SettingsPage{}
	e = mount(t, q)
	settingsType(settingsQuery(t, q, "#pass-current"), "the current passphrase")
	settingsType(settingsQuery(t, q, "#pass-new"), "1qaz2wsx3edc")
	settingsType(settingsQuery(t, q, "#pass-repeat"), "1qaz2wsx3edc")
	settingsQuery(t, q, "#change-button").Call("click")
	e.ConsumeAll()
	if got := settingsQuery(t, q, "#protect-problem").Get("textContent").String(); !strings.Contains(got, "キーボードの並び") {
		t.Errorf("change: problem %q", got)
	}
	if string(store.Raw("settings")[vault.SettingProtection]) != check || q.JSValue().Call("querySelector", "#protect-busy").Truthy() {
		t.Fatal("the change went ahead with a weak passphrase")
	}
}

func TestWipeNeedsTheTypedWord(t *testing.T) {
	resetLang(t)
	p := &SettingsPage{}
	e := mount(t, p)
	settingsType(settingsQuery(t, p, "#wipe-confirm"), "はい")
	settingsSubmit(t, p, "#wipe-form")
	e.ConsumeAll()
	if got := settingsQuery(t, p, "#wipe-confirm-problem").Get("textContent").String(); !strings.Contains(got, "削除") {
		t.Errorf("wipe problem: %q", got)
	}
	if theDesk.Wiped() {
		t.Fatal("wiped without the confirmation word")
	}
}

// While locked, an incident page shows the unlock screen and nothing else.
func TestLockedDeskShowsTheUnlockScreen(t *testing.T) {
	resetLang(t)
	key, err := browser.NewKey("correct horse battery staple")
	if err != nil {
		t.Fatal(err)
	}
	check, err := vault.NewKeyCheck(key)
	if err != nil {
		t.Fatal(err)
	}
	prot, err := vault.Protection{KeyCheck: check, IdleTimeout: vault.DefaultIdleTimeout}.Encode()
	if err != nil {
		t.Fatal(err)
	}
	store := desk.NewMemStore()
	store.Set("settings", vault.SettingProtection, prot)
	testDesk(t, store)
	if !theDesk.Locked() {
		t.Fatal("the test desk is not locked")
	}
	p := &HomePage{}
	mount(t, p)
	settingsQuery(t, p, "#unlock-passphrase")
	if p.JSValue().Call("querySelector", "#start-incident").Truthy() || p.JSValue().Call("querySelector", "#incident-list").Truthy() {
		t.Fatal("the home page shows incidents while locked")
	}
	// The settings page stays reachable (unlock and wipe), without protection forms.
	s := &SettingsPage{}
	mount(t, s)
	settingsQuery(t, s, "#unlock-passphrase")
	settingsQuery(t, s, "#wipe-form")
	if s.JSValue().Call("querySelector", "#protect-form").Truthy() || s.JSValue().Call("querySelector", "#export-all").Truthy() {
		t.Fatal("the settings page offers exports while locked")
	}
	// One page, one h1: the unlock screen is a section of the settings page,
	// the unlock screen itself on any other.
	for _, c := range []struct {
		name string
		page app.UI
		h2   int
	}{{"home", p, 0}, {"settings", s, 1}} {
		root := c.page.JSValue()
		if n := root.Call("querySelectorAll", "h1").Length(); n != 1 {
			t.Errorf("%s page while locked: %d h1 headings, want 1", c.name, n)
		}
		if n := root.Call("querySelectorAll", "h2#unlock-title").Length(); n != c.h2 {
			t.Errorf("%s page while locked: the unlock title as h2 %d times, want %d", c.name, n, c.h2)
		}
	}
}
