//go:build js && wasm

package ui

import (
	"testing"
	"time"

	"breachdesk/app/catalog"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// mount loads a page in go-app's test engine, in the browser (OnMount runs).
func mount(t *testing.T, c app.Composer) app.TestEngine {
	t.Helper()
	e := app.NewTestEngine()
	if err := e.Load(c); err != nil {
		t.Fatal(err)
	}
	e.ConsumeAll()
	return e
}

// main's children: the shell's root is a div holding the skip link, the header,
// the update banner and <main>.
const mainIndex = 3

func TestStartPageShowsTheStartButton(t *testing.T) {
	resetLang(t)
	p := &HomePage{}
	mount(t, p)
	if err := app.Match(elt("h1", "インシデント"), p, 0, mainIndex, 0); err != nil {
		t.Fatal(err)
	}
	btn := p.JSValue().Call("querySelector", "#start-incident")
	if !btn.Truthy() {
		t.Fatal("no start button")
	}
	if got := btn.Get("textContent").String(); got != catalog.T(catalog.JA, "home.start") {
		t.Errorf("start button says %q", got)
	}

}

// Clicking the language switch re-renders the page in English and stores the choice.
func TestLangSwitchRerendersThePage(t *testing.T) {
	resetLang(t)
	p := &HomePage{}
	e := mount(t, p)
	sw := p.JSValue().Call("querySelector", "#lang-switch")
	if !sw.Truthy() {
		t.Fatal("no language switch")
	}
	sw.Call("click")
	e.ConsumeAll()
	if err := app.Match(elt("h1", "Incidents"), p, 0, mainIndex, 0); err != nil {
		t.Fatal(err)
	}
	stored := app.Window().Get("localStorage").Call("getItem", stateLang)
	if !stored.Truthy() || stored.String() == "" {
		t.Fatalf("the language was not stored in localStorage under %q", stateLang)
	}
	// And back: the handler must not keep the language of its first render.
	sw = p.JSValue().Call("querySelector", "#lang-switch")
	sw.Call("click")
	e.ConsumeAll()
	if err := app.Match(elt("h1", "インシデント"), p, 0, mainIndex, 0); err != nil {
		t.Fatalf("second switch: %v", err)
	}
	sw.Call("click")
	e.ConsumeAll()
	// A page mounted later starts in the stored language.
	q := &AboutPage{}
	mount(t, q)
	if err := app.Match(elt("h1", "About Breach Desk"), q, 0, mainIndex, 0); err != nil {
		t.Fatal(err)
	}
}

func resetLang(t *testing.T) {
	t.Helper()
	app.Window().Get("localStorage").Call("clear")
}

// The name typed in the wizard is the incident's name above the tabs on the
// same keystroke, and stays so when the page renders again.
func TestWizardTitleNamesTheIncidentAsTyped(t *testing.T) {
	resetLang(t)
	inc := incident.New(theDesk.NewID(), time.Now())
	testDesk(t, nil, inc)
	p := &WizardPage{incidentPage: incidentPage{id: inc.ID}}
	e := mount(t, p)
	name := func() string {
		return p.JSValue().Call("querySelector", ".bd-incident-name").Get("firstChild").Get("nodeValue").String()
	}
	if got := name(); got != catalog.T(catalog.JA, "incident.untitled") {
		t.Fatalf("before typing the name line reads %q", got)
	}
	field := p.JSValue().Call("querySelector", "#f-title")
	for _, v := range []string{"標", "標的型メール"} {
		field.Set("value", v)
		field.Call("dispatchEvent", app.Window().Get("Event").New("input", map[string]any{"bubbles": true}))
		e.ConsumeAll()
		if inc.Title != v || !theDesk.Status().Saving {
			t.Fatalf("typed %q: stored title %q, saving %v", v, inc.Title, theDesk.Status().Saving)
		}
		if got := name(); got != v {
			t.Errorf("typed %q: the name line reads %q", v, got)
		}
	}
	// A render (the language switched) writes the same name.
	p.JSValue().Call("querySelector", "#lang-switch").Call("click")
	e.ConsumeAll()
	if got := name(); got != "標的型メール" {
		t.Errorf("after a render the name line reads %q", got)
	}
}
