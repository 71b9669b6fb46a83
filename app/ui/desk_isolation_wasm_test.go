//go:build js && wasm

package ui

import (
	"strings"
	"testing"
)

// A page renders when the desk it shows (theDesk) says it changed, and for
// nothing else: not for the desk's own work run through the app's loop (its
// jobs' ends, its timers, its 5-second tick), and not for a desk that a
// component test replaced (testDesk), which keeps its timers and its tab
// channel. The app's desk, loaded by an earlier test's page, went on
// ticking through the loop on the page of whatever test ran then, and
// TestFactsSetNameTyped saw its page render between two keys when a tick
// landed there (CI, at load).
func TestOnlyTheDeskShownRendersThePage(t *testing.T) {
	replaced := theDesk
	p, e, inc := mountFacts(t)
	factsClick(t, e, p, "#fx-set-add")
	list := func() string { return factsQuery(t, p, "#fx-set-list").Get("textContent").String() }
	before := list()
	// Changed behind the page's back: only a render shows it.
	inc.DataSets[1].Name = "RENDERED"
	loop.Dispatch(func() {}) // the desk's work, as a tick runs it
	e.ConsumeAll()
	if got := list(); strings.Contains(got, "RENDERED") {
		t.Errorf("the page rendered for the desk's own work: %q → %q", before, got)
	}
	replaced.Notify() // the replaced desk says it changed
	e.ConsumeAll()
	if got := list(); strings.Contains(got, "RENDERED") {
		t.Errorf("the page rendered for a desk it does not show: %q → %q", before, got)
	}
	theDesk.Notify() // the desk shown says so: the page renders
	e.ConsumeAll()
	if got := list(); !strings.Contains(got, "RENDERED") {
		t.Errorf("the page did not render when its desk changed: %q", got)
	}
}
