package ui

import (
	"sync"

	"breachdesk/app/browser"
	"breachdesk/app/oplog"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The merge of a change packet runs its code the first time it is ever run
// in this page: the engine compiles all of it then and runs it at its
// baseline speed, several times slower than the optimised code it makes of
// a function once it has run a while (oplog.Warm). While the share page is
// open and the user is still choosing a file, warmMerge has that code run
// on made-up operations, a few rounds of it, one short step in each idle
// moment, so that a packet's merge then runs compiled and optimised. It
// starts once per page load; a file picked stops what is left of it (the
// import needs the thread, and its own merge warms the code for the next).
const (
	warmRounds = 4   // rounds of oplog.Warm
	warmOps    = 250 // operations each
)

var warm struct {
	sync.Mutex
	started bool
	rounds  int // rounds left, the one under way included
	w       *oplog.Warmer
	steps   int // steps run (for the tests)
}

// warmMerge starts the warm-up, the first time only.
func warmMerge() {
	if !app.IsClient {
		return
	}
	warm.Lock()
	defer warm.Unlock()
	if warm.started {
		return
	}
	warm.started, warm.rounds = true, warmRounds
	warmNext()
}

// warmNext asks for the next idle moment to run one step (warm held).
func warmNext() {
	if warm.rounds <= 0 {
		return
	}
	err := browser.WhenIdle(func() {
		warm.Lock()
		defer warm.Unlock()
		if warm.rounds <= 0 {
			return
		}
		if warm.w == nil {
			warm.w = oplog.NewWarmer(warmOps)
		}
		// An error ends the round early; it only leaves the merge as slow
		// as it would have been (oplog's TestWarm keeps it from failing).
		warm.steps++
		if more, err := warm.w.Step(); !more || err != nil {
			warm.w = nil
			warm.rounds--
		}
		warmNext()
	})
	if err != nil {
		warm.rounds = 0 // no requestIdleCallback: no warm-up
	}
}

// stopWarm drops what is left of the warm-up: a file was picked.
func stopWarm() {
	warm.Lock()
	defer warm.Unlock()
	warm.rounds, warm.w = 0, nil
}
