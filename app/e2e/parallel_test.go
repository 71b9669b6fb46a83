//go:build e2e

package e2e

// The suite runs its tests side by side: each has its own Chromium, profile,
// network (the recording proxy) and download folder, and nothing else is
// shared but the generated sites, which are only read. How many run at once
// is E2E_PARALLEL (default 3: the suite is CPU-bound on 2 cores, and a third
// browser fills the time the others wait for DevTools or the disk; 4 was not
// slower in the one comparison made, at a different load); the tests whose
// figures are timings do not call parallel and run alone, before the others.

import (
	"os"
	"strconv"
	"sync"
	"testing"
	"time"
)

// parallel makes t run beside the other parallel tests once a slot is free.
// go test releases all of them at once (.ci/e2e-run sets -parallel high) and
// in no particular order: the first E2E_PARALLEL to ask get the slots, and
// each slot freed goes to the longest test waiting, so that no long test
// starts last and runs alone at the end.
//
// go test's time for a parallel test counts its wait for a slot too: the
// log says how long it waited and how long it ran.
func parallel(t *testing.T) {
	t.Helper()
	t.Parallel()
	asked := time.Now()
	slots.acquire(t.Name())
	got := time.Now()
	t.Cleanup(func() {
		slots.release()
		t.Logf("slot: waited %v, ran %v", got.Sub(asked).Round(100*time.Millisecond), time.Since(got).Round(100*time.Millisecond))
	})
}

// longTests are the tests that take longest, longest first (seconds alone on
// the idle machine in the comments); the others follow in the order they come.
var longTests = []string{
	"TestVaultChangeCrash",      // 110
	"TestScreens",               // 42
	"TestA11yEveryPage",         // 38
	"TestQuotaFullKeepsTheEdit", // 38
	"TestVaultIdleLock",         // 33
	"TestDraftsXSS",             // 33
	"TestSessionNoEgress",       // 20
	"TestSafetyHostileFiles",    // 16
	"TestVaultRemoveProtection", // 16
}

// slots admits the parallel tests E2E_PARALLEL at a time.
var slots = newSlots()

type slotQueue struct {
	mu      sync.Mutex
	free    int
	waiting []slotWaiter
}

type slotWaiter struct {
	rank  int // lower goes first
	ready chan struct{}
}

func newSlots() *slotQueue {
	n, err := strconv.Atoi(os.Getenv("E2E_PARALLEL"))
	if err != nil || n < 1 {
		n = 3
	}
	return &slotQueue{free: n}
}

func rankOf(name string) int {
	for i, n := range longTests {
		if n == name {
			return i
		}
	}
	return len(longTests)
}

func (q *slotQueue) acquire(name string) {
	q.mu.Lock()
	if q.free > 0 {
		q.free--
		q.mu.Unlock()
		return
	}
	w := slotWaiter{rank: rankOf(name), ready: make(chan struct{})}
	q.waiting = append(q.waiting, w)
	q.mu.Unlock()
	<-w.ready
}

// release hands the slot to the waiting test that goes first (the longest;
// among the others, the one that came first).
func (q *slotQueue) release() {
	q.mu.Lock()
	defer q.mu.Unlock()
	if len(q.waiting) == 0 {
		q.free++
		return
	}
	best := 0
	for i, w := range q.waiting {
		if w.rank < q.waiting[best].rank {
			best = i
		}
	}
	w := q.waiting[best]
	q.waiting = append(q.waiting[:best], q.waiting[best+1:]...)
	close(w.ready)
}
