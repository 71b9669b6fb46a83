package ui

import (
	"runtime"
	"time"

	"breachdesk/app/browser"
	"breachdesk/app/oplog"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The merge of a change packet runs its code the first times it is run in
// this page: the engine compiles it then and runs it at its baseline speed,
// several times slower than the optimised code it makes of a function once
// it has run a while (oplog.Warmer). While the share page is open and the
// user is still choosing a file, warmMerge has that code run on made-up
// operations, a few rounds of it, one short step at each idle moment (or at
// most warmWait later), on go-app's UI goroutine as the desk's work is, so
// that a packet's merge then runs compiled and optimised. A file picked
// pauses it (the import needs the thread); the share page resumes it when
// it is shown again or its import has ended, until warmRounds rounds have
// run in this page load.
const (
	warmRounds = 4   // rounds of an oplog.Warmer in a page load
	warmOps    = 250 // operations each
	// warmWait is the longest a step waits for an idle moment, so that
	// the rounds end within a few seconds even on a page seldom idle: the
	// steps must be done before the file comes.
	warmWait = 50 * time.Millisecond
)

// warm is the warm-up's state, touched on go-app's UI goroutine only.
var warm struct {
	running bool
	done    int // rounds run to their end
	w       *oplog.Warmer
	steps   int // steps run (for the tests)
}

// warmMerge starts or resumes the warm-up, unless it is under way or done
// (on the UI goroutine: from the share page).
func warmMerge() {
	if !app.IsClient || warm.running || warm.done >= warmRounds {
		return
	}
	warm.running = true
	warmNext()
}

// warmNext asks for the next idle moment to run one step.
func warmNext() {
	if !warm.running {
		return
	}
	if err := browser.WhenIdleWithin(func() { loop.Dispatch(warmStep) }, warmWait); err != nil {
		warm.running = false // no requestIdleCallback: no warm-up
	}
}

// warmStep runs one step of the warm-up and asks for the next.
func warmStep() {
	if !warm.running {
		return
	}
	if warm.w == nil {
		warm.w = oplog.NewWarmer(warmOps)
	}
	warm.steps++
	// An error ends the round early; it only leaves the merge as slow as
	// it would have been (oplog's TestWarm keeps it from failing).
	if more, err := warm.w.Step(); !more || err != nil {
		warm.w = nil
		if warm.done++; warm.done >= warmRounds {
			// The rounds' garbage (a few MB) is collected now, at an idle
			// moment, rather than by a collection that would start while
			// the user's file is read.
			if err := browser.WhenIdleWithin(func() { loop.Dispatch(warmCollect) }, warmWait); err != nil {
				warm.running = false
			}
			return
		}
	}
	warmNext()
}

// warmCollect ends the warm-up with a collection of its garbage, unless a
// file was picked meanwhile (the import holds the collector).
func warmCollect() {
	if warm.running {
		warm.running = false
		runtime.GC()
	}
}

// stopWarm pauses the warm-up: a file was picked (on the UI goroutine: from
// its change event). The round under way starts again when it resumes.
func stopWarm() {
	warm.running, warm.w = false, nil
}
