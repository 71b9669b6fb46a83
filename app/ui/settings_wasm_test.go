//go:build js && wasm

package ui

import (
	"strings"
	"testing"

	"breachdesk/app/catalog"
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
	if err := app.Match(app.H1().Text("データと安全"), p, 0, mainIndex, 0); err != nil {
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
	if desk.Protected() {
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
	if desk.wiped {
		t.Fatal("wiped without the confirmation word")
	}
}

// While locked, an incident page shows the unlock screen and nothing else.
func TestLockedDeskShowsTheUnlockScreen(t *testing.T) {
	resetLang(t)
	mount(t, &HomePage{}) // loads the desk
	saved := desk.prot
	desk.prot = vault.Protection{KeyCheck: []byte(`{"format":"breachdesk-keycheck-sealed"}`)}
	desk.key = nil
	defer func() { desk.prot = saved }()
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
