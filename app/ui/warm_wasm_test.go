//go:build js && wasm

package ui

import (
	"testing"
	"time"
)

// resetWarm puts the warm-up back as a new page load has it.
func resetWarm() {
	warm.running, warm.done, warm.w, warm.steps = false, 0, nil, 0
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
	warmMerge() // another share page: nothing again
	if warm.running || warm.steps != warmRounds*7 {
		t.Errorf("started again: running %v, %d steps", warm.running, warm.steps)
	}
}

// A file picked pauses the warm-up; the share page resumes it (shown
// again, or its import ended), and the round the pick cut short runs again
// from its start.
func TestWarmMergePausesAtAPick(t *testing.T) {
	resetWarm()
	defer resetWarm()
	e := mount(t, &SharePage{})
	wait := func(what string, done func() bool) {
		t.Helper()
		deadline := time.Now().Add(60 * time.Second)
		for !done() {
			if time.Now().After(deadline) {
				t.Fatalf("after 60 s, %s: running %v, %d rounds done, %d steps", what, warm.running, warm.done, warm.steps)
			}
			time.Sleep(10 * time.Millisecond) // the page's event loop runs meanwhile
			e.ConsumeAll()
		}
	}
	wait("no step ran", func() bool { return warm.steps >= 1 })
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
	wait("resumed", func() bool { return !warm.running })
	if warm.done != warmRounds || warm.steps != steps+warmRounds*7 {
		t.Errorf("resumed: %d rounds, %d steps; want %d rounds and %d steps (the cut round whole again)", warm.done, warm.steps, warmRounds, steps+warmRounds*7)
	}
}
