//go:build js && wasm

package browser

import (
	"testing"
	"time"
)

// AfterPaint runs its function once, after a frame, never during the call.
func TestAfterPaintRunsAfterAFrame(t *testing.T) {
	done := make(chan int, 2)
	calls := 0
	if err := AfterPaint(func() { calls++; done <- calls }); err != nil {
		t.Fatal(err)
	}
	if calls != 0 {
		t.Fatal("AfterPaint ran its function during the call")
	}
	select {
	case n := <-done:
		if n != 1 {
			t.Fatalf("called %d times", n)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("AfterPaint never ran its function")
	}
	select {
	case <-done:
		t.Fatal("AfterPaint ran its function twice")
	case <-time.After(200 * time.Millisecond):
	}
}

// Soon runs its function once, later, never during the call.
func TestSoonRunsLater(t *testing.T) {
	done := make(chan int, 2)
	calls := 0
	if err := Soon(func() { calls++; done <- calls }); err != nil {
		t.Fatal(err)
	}
	if calls != 0 {
		t.Fatal("Soon ran its function during the call")
	}
	select {
	case n := <-done:
		if n != 1 {
			t.Fatalf("called %d times", n)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Soon never ran its function")
	}
	select {
	case <-done:
		t.Fatal("Soon ran its function twice")
	case <-time.After(200 * time.Millisecond):
	}
}
