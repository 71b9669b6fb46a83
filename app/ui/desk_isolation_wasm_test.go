//go:build js && wasm

package ui

import (
	"strings"
	"testing"
	"time"

	"breachdesk/app/desk"
)

// A page renders for the desk it shows (theDesk), never for another one: a
// component test puts a desk of its own in theDesk's place, and the app's
// desk it replaced (loaded by an earlier test's page) keeps its 5-second
// tick, its timers and its tab channel. Its tick re-rendered the page of
// whatever test ran then, so that TestFactsSetNameTyped saw its page render
// between two keys when a tick landed there (CI, at load).
func TestOnlyTheDeskShownRendersThePage(t *testing.T) {
	resetLang(t)
	// An earlier page loads the app's desk (as TestStartPageShowsTheStartButton does).
	mount(t, &HomePage{})
	app := theDesk
	deadline := time.Now().Add(10 * time.Second)
	for !app.Loaded() && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if !app.Loaded() {
		t.Skip("the app's desk did not load here (no IndexedDB?)")
	}
	p, e, inc := mountFacts(t)
	factsClick(t, e, p, "#fx-set-add")
	list := func() string { return factsQuery(t, p, "#fx-set-list").Get("textContent").String() }
	before := list()
	// Changed behind the page's back: only a render shows it.
	inc.DataSets[1].Name = "RENDERED-BY-ANOTHER-DESK"
	time.Sleep(desk.TickEvery + time.Second) // a tick of the replaced desk lands
	e.ConsumeAll()
	if got := list(); strings.Contains(got, "RENDERED-BY-ANOTHER-DESK") {
		t.Errorf("the page rendered for a desk it does not show: %q → %q", before, got)
	}
}
