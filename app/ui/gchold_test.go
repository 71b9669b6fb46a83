package ui

import (
	"math"
	"runtime/debug"
	"testing"
)

// gcPercent reads GOGC without changing it.
func gcPercent() int {
	v := debug.SetGCPercent(-1)
	debug.SetGCPercent(v)
	return v
}

// A hold turns the collector off with a memory limit above the memory in
// use; holds nest; the last release puts GOGC and the limit back, and a
// release twice counts once.
func TestHoldGC(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(150))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))
	a := holdGC()
	if got := gcPercent(); got != -1 {
		t.Fatalf("GOGC %d during a hold", got)
	}
	if limit := debug.SetMemoryLimit(-1); limit <= gcHeadroom || limit == math.MaxInt64 {
		t.Fatalf("memory limit %d during a hold", limit)
	}
	b := holdGC()
	a()
	a()
	if got := gcPercent(); got != -1 {
		t.Fatalf("GOGC %d while a second hold is under way", got)
	}
	b()
	if got := gcPercent(); got != 150 {
		t.Fatalf("GOGC %d after the holds, want 150", got)
	}
	if limit := debug.SetMemoryLimit(-1); limit != math.MaxInt64 {
		t.Fatalf("memory limit %d after the holds", limit)
	}
	b()
	if got := gcPercent(); got != 150 {
		t.Fatalf("GOGC %d after a release again", got)
	}
}
