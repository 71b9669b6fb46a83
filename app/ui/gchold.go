package ui

import (
	"math"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"time"

	"breachdesk/app/browser"
)

// The garbage collector is held from a file's pick until just after the
// import's result is painted. In WebAssembly the collector runs on the one
// thread the page has: a collection that starts while a 10,000-operation
// packet is read, checked and merged is marked by the merge itself (its
// allocations assist), and scans the whole heap (the incidents, their logs,
// the pages) for garbage that can as well be collected just after the
// result is shown. Memory is bounded meanwhile: a collection still runs
// when the Go memory grows by more than gcHeadroom during the hold (a
// packet is at most 24 MB; its merge allocates a few times its size).
const (
	gcHeadroom = 256 << 20
	// gcHoldMax releases a hold that nothing released (a page in the
	// background paints no frame).
	gcHoldMax = 2 * time.Second
)

var gcHeld struct {
	sync.Mutex
	n       int // holds under way
	percent int // GOGC before the first
	limit   int64
}

// holdGC holds the collector until the returned release (idempotent) is
// called, or gcHoldMax has passed. Holds nest.
func holdGC() (release func()) {
	gcHeld.Lock()
	defer gcHeld.Unlock()
	if gcHeld.n == 0 {
		s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}}
		metrics.Read(s)
		limit := int64(math.MaxInt64)
		if s[0].Value.Kind() == metrics.KindUint64 {
			limit = int64(s[0].Value.Uint64()) + gcHeadroom
		}
		gcHeld.limit = debug.SetMemoryLimit(limit)
		gcHeld.percent = debug.SetGCPercent(-1)
	}
	gcHeld.n++
	var once sync.Once
	release = func() {
		once.Do(func() {
			gcHeld.Lock()
			defer gcHeld.Unlock()
			if gcHeld.n--; gcHeld.n == 0 {
				debug.SetGCPercent(gcHeld.percent)
				debug.SetMemoryLimit(gcHeld.limit)
			}
		})
	}
	time.AfterFunc(gcHoldMax, release)
	return release
}

// releaseAfterPaint releases a hold just after the browser's next paint
// that shows what go-app renders of the changes made so far (the import's
// result: goLoop.afterRender).
func releaseAfterPaint(release func()) {
	if release == nil {
		return
	}
	loop.afterRender(func() {
		if err := browser.AfterPaint(release); err != nil {
			release()
		}
	})
}
