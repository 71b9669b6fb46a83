//go:build js && wasm

package ui

import (
	"runtime/metrics"
	"testing"
	"time"
)

// resetWarm puts the warm-up back as a new page load has it.
func resetWarm() {
	warm.running, warm.done, warm.w, warm.steps = false, 0, nil, 0
	warm.room, warm.touched, warm.touches, warm.ended = nil, 0, 0, false
}

// heapFree is the memory the Go heap holds and does not use: what new
// allocations take before the heap grows.
func heapFree() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/free:bytes"}, {Name: "/memory/classes/heap/released:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64() + s[1].Value.Uint64()
}

// waitWarm waits up to 60 s for done, the page's event loop running
// meanwhile.
func waitWarm(t *testing.T, e interface{ ConsumeAll() }, what string, done func() bool) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for !done() {
		if time.Now().After(deadline) {
			t.Fatalf("after 60 s, %s: running %v, %d rounds done, %d steps, %d headroom steps", what, warm.running, warm.done, warm.steps, warm.touches)
		}
		time.Sleep(5 * time.Millisecond) // the page's event loop runs meanwhile
		e.ConsumeAll()
	}
}

// In Chromium, opening the share page runs the warm-up: every step of its
// rounds, each at an idle moment, once per page load.
func TestWarmMergeRunsInIdleMoments(t *testing.T) {
	resetWarm()
	defer resetWarm()
	e := mount(t, &SharePage{})
	if !warm.running && warm.done == 0 {
		t.Fatal("the share page mounted, and no warm-up started")
	}
	deadline := time.Now().Add(60 * time.Second)
	for warm.running {
		if time.Now().After(deadline) {
			t.Fatalf("after 60 s: %d rounds done, %d steps run", warm.done, warm.steps)
		}
		time.Sleep(20 * time.Millisecond) // the page's event loop runs meanwhile
		e.ConsumeAll()
	}
	if want := warmRounds * 7; warm.steps != want {
		t.Fatalf("%d steps run, want %d (7 a round)", warm.steps, want)
	}
	if warm.done != warmRounds {
		t.Errorf("%d rounds done, want %d", warm.done, warmRounds)
	}
	// Then the headroom: written a part at a step, and freed by the
	// collection that ends the warm-up, so the heap holds that much
	// ready for the merge.
	if want := warmHeadroom / warmTouch; warm.touches != want || !warm.ended || warm.room != nil {
		t.Errorf("headroom: %d steps wrote it (want %d), ended %v, still held %v", warm.touches, want, warm.ended, warm.room != nil)
	}
	if free := heapFree(); free < warmHeadroom {
		t.Errorf("after the warm-up the heap holds %.1f MB unused, want at least the headroom's %d MB", float64(free)/(1<<20), warmHeadroom>>20)
	}
	warmMerge() // another share page: nothing again
	if warm.running || warm.steps != warmRounds*7 || warm.touches != warmHeadroom/warmTouch {
		t.Errorf("started again: running %v, %d steps, %d headroom steps", warm.running, warm.steps, warm.touches)
	}
}

// A file picked pauses the warm-up; the share page resumes it (shown
// again, or its import ended), and the round the pick cut short runs again
// from its start.
func TestWarmMergePausesAtAPick(t *testing.T) {
	resetWarm()
	defer resetWarm()
	e := mount(t, &SharePage{})
	waitWarm(t, e, "no step ran", func() bool { return warm.steps >= 1 })
	if warm.done != 0 {
		t.Fatalf("a round ended before the pick: %d", warm.done)
	}
	stopWarm()
	steps := warm.steps
	time.Sleep(300 * time.Millisecond) // an idle moment asked for comes, and runs nothing
	e.ConsumeAll()
	if warm.running || warm.w != nil || warm.steps != steps {
		t.Fatalf("paused: running %v, round under way %v, %d steps; want paused after %d", warm.running, warm.w != nil, warm.steps, steps)
	}
	warmMerge()
	waitWarm(t, e, "resumed", func() bool { return !warm.running })
	if warm.done != warmRounds || warm.steps != steps+warmRounds*7 {
		t.Errorf("resumed: %d rounds, %d steps; want %d rounds and %d steps (the cut round whole again)", warm.done, warm.steps, warmRounds, steps+warmRounds*7)
	}
	if !warm.ended || warm.room != nil {
		t.Errorf("resumed: ended %v, headroom still held %v", warm.ended, warm.room != nil)
	}
}

// A file picked while the headroom is being written pauses that too: the
// part written is dropped (the import may need the memory), and the share
// page's resume writes all of it again before the warm-up ends. The test
// runs the first headroom step itself, so that the pick always lands
// between two steps.
func TestWarmMergePausesWhileWritingTheHeadroom(t *testing.T) {
	resetWarm()
	defer resetWarm()
	e := mount(t, &SharePage{})
	stopWarm()
	warm.done, warm.running = warmRounds, true // the rounds run: the headroom next
	warmTouchStep()
	if warm.touches != 1 || warm.touched != warmTouch || warm.room == nil || warm.ended {
		t.Fatalf("one headroom step: %d steps, %d bytes written, held %v, ended %v", warm.touches, warm.touched, warm.room != nil, warm.ended)
	}
	stopWarm()
	if warm.running || warm.room != nil {
		t.Fatalf("paused: running %v, headroom still held %v", warm.running, warm.room != nil)
	}
	time.Sleep(3 * warmWait) // the step asked for before the pause comes, and runs nothing
	e.ConsumeAll()
	if warm.touches != 1 {
		t.Fatalf("paused, yet %d headroom steps ran", warm.touches)
	}
	warmMerge()
	waitWarm(t, e, "resumed", func() bool { return !warm.running })
	if !warm.ended || warm.room != nil || warm.touches != 1+warmHeadroom/warmTouch {
		t.Errorf("resumed: ended %v, held %v, %d headroom steps; want %d (all of it again)", warm.ended, warm.room != nil, warm.touches, 1+warmHeadroom/warmTouch)
	}
}
