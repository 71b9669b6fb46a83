//go:build js && wasm

package ui

import (
	"testing"
	"time"
)

// resetWarm puts the warm-up back as a new page load has it.
func resetWarm() {
	warm.Lock()
	defer warm.Unlock()
	warm.started, warm.rounds, warm.w, warm.steps = false, 0, nil, 0
}

// warmState reads the warm-up's rounds left and steps run.
func warmState() (rounds, steps int) {
	warm.Lock()
	defer warm.Unlock()
	return warm.rounds, warm.steps
}

// In Chromium, the share page's warm-up runs every step of its rounds in
// idle moments (requestIdleCallback), once per page load.
func TestWarmMergeRunsInIdleMoments(t *testing.T) {
	resetWarm()
	defer resetWarm()
	warmMerge()
	if rounds, steps := warmState(); rounds != warmRounds || steps != 0 {
		t.Fatalf("just started: %d rounds left, %d steps run; want %d, 0 (nothing runs before an idle moment)", rounds, steps, warmRounds)
	}
	deadline := time.Now().Add(60 * time.Second)
	for {
		rounds, steps := warmState()
		if rounds == 0 {
			if want := warmRounds * 7; steps != want {
				t.Fatalf("%d steps run, want %d (7 a round)", steps, want)
			}
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("after 60 s: %d rounds left, %d steps run", rounds, steps)
		}
		time.Sleep(20 * time.Millisecond) // the page's event loop runs meanwhile
	}
	warmMerge() // a second share page: nothing again
	if rounds, steps := warmState(); rounds != 0 || steps != warmRounds*7 {
		t.Errorf("started again: %d rounds, %d steps", rounds, steps)
	}
}

// A file picked stops what is left of the warm-up.
func TestWarmMergeStopsAtAPick(t *testing.T) {
	resetWarm()
	defer resetWarm()
	warmMerge()
	stopWarm()
	time.Sleep(500 * time.Millisecond)
	if rounds, steps := warmState(); rounds != 0 || steps != 0 {
		t.Errorf("stopped before any idle moment: %d rounds left, %d steps run; want none", rounds, steps)
	}
}
