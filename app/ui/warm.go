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
//
// The merge also needs memory: a 10,000-operation packet's merged log grew
// the app's WebAssembly memory by 9-10 MB before its result was painted,
// and the first write to each new 4 KiB page is a page fault (2-4 ms a MB
// on this machine idle, 17-21 ms a MB when it was busy). So after its
// rounds the warm-up makes warmHeadroom of memory ready: it allocates it,
// writes one byte of each page, warmTouch at a step, and lets the
// collection that ends the warm-up free it. Go keeps freed memory (in
// WebAssembly nothing is given back), and the merge's allocations then
// take pages already written: in Chromium the memory grew 0 MB before the
// paint, against 9.0-9.5 MB without.
const (
	warmRounds = 4   // rounds of an oplog.Warmer in a page load
	warmOps    = 250 // operations each
	// warmWait is the longest a step waits for an idle moment, so that
	// the rounds end within a few seconds even on a page seldom idle: the
	// steps must be done before the file comes.
	warmWait = 50 * time.Millisecond
	// warmHeadroom is the memory made ready for the merge (a packet of
	// 10,000 operations needs 9-10 MB before its paint), warmTouch how
	// much of it a step writes (a few ms), osPage the page the system
	// maps on a first write.
	warmHeadroom = 12 << 20
	warmTouch    = 2 << 20
	osPage       = 4 << 10
)

// warm is the warm-up's state, touched on go-app's UI goroutine only.
var warm struct {
	running bool
	done    int // rounds run to their end
	w       *oplog.Warmer
	steps   int    // steps of the rounds run (for the tests)
	room    []byte // the headroom being written, after the rounds
	touched int    // bytes of room written
	touches int    // steps that wrote room (for the tests)
	ended   bool   // the headroom was freed: the warm-up is over
	// gen counts the pauses: an idle moment asked for before a pause
	// runs nothing after it, even if the warm-up resumed meanwhile (two
	// chains of steps would run otherwise).
	gen int
}

// warmMerge starts or resumes the warm-up, unless it is under way or done
// (on the UI goroutine: from the share page).
func warmMerge() {
	if !app.IsClient || warm.running || warm.ended {
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
	gen := warm.gen
	if err := browser.WhenIdleWithin(func() { loop.Dispatch(func() { warmIf(gen, warmStep) }) }, warmWait); err != nil {
		warm.running, warm.room = false, nil // no requestIdleCallback: no warm-up
	}
}

// warmIf runs fn unless the warm-up was paused since gen.
func warmIf(gen int, fn func()) {
	if gen == warm.gen {
		fn()
	}
}

// warmStep runs one step of the warm-up and asks for the next: a step of
// a round while rounds are left, then a step writing the headroom.
func warmStep() {
	if !warm.running {
		return
	}
	if warm.done >= warmRounds {
		warmTouchStep()
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
		warm.done++
	}
	warmNext()
}

// warmTouchStep writes warmTouch more of the headroom, one byte a page;
// once all of it is written, the collection that ends the warm-up frees
// it at the next idle moment.
func warmTouchStep() {
	if warm.room == nil {
		warm.room, warm.touched = make([]byte, warmHeadroom), 0
	}
	warm.touches++
	end := min(warm.touched+warmTouch, len(warm.room))
	for i := warm.touched; i < end; i += osPage {
		warm.room[i] = 1
	}
	if warm.touched = end; warm.touched < len(warm.room) {
		warmNext()
		return
	}
	// The rounds' garbage (a few MB) and the headroom are collected now,
	// at an idle moment, rather than by a collection that would start
	// while the user's file is read.
	gen := warm.gen
	if err := browser.WhenIdleWithin(func() { loop.Dispatch(func() { warmIf(gen, warmCollect) }) }, warmWait); err != nil {
		warm.running, warm.room = false, nil
	}
}

// warmCollect ends the warm-up with a collection of its garbage, unless a
// file was picked meanwhile (the import holds the collector).
func warmCollect() {
	if warm.running {
		warm.running, warm.room, warm.ended = false, nil, true
		runtime.GC()
	}
}

// stopWarm pauses the warm-up: a file was picked (on the UI goroutine: from
// its change event). The round under way starts again when it resumes,
// and so does the headroom's writing (the part written is garbage then).
func stopWarm() {
	warm.running, warm.w, warm.room = false, nil, nil
	warm.gen++
}
