//go:build js && wasm

package browser

import (
	"slices"
	"testing"
	"time"

	"github.com/hack-pad/safejs"
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

// AfterPaintBehind runs its function after the frame and behind what waits
// then: a message and a timer posted from a frame callback asked for after
// it run first (with AfterPaint's timer the order was the browser's choice).
func TestAfterPaintBehindYields(t *testing.T) {
	var order []string
	done := make(chan struct{}, 1)
	if err := AfterPaintBehind(func() { order = append(order, "fn"); done <- struct{}{} }); err != nil {
		t.Fatal(err)
	}
	raf, err := global("requestAnimationFrame")
	if err != nil {
		t.Fatal(err)
	}
	setTimeout, err := global("setTimeout")
	if err != nil {
		t.Fatal(err)
	}
	channel, err := global("MessageChannel")
	if err != nil {
		t.Fatal(err)
	}
	onMessage, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any { order = append(order, "message"); return nil })
	if err != nil {
		t.Fatal(err)
	}
	defer onMessage.Release()
	onTimer, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any { order = append(order, "timer"); return nil })
	if err != nil {
		t.Fatal(err)
	}
	defer onTimer.Release()
	frame, err := safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		ch, err := channel.New()
		if err != nil {
			t.Error(err)
			return nil
		}
		port1, _ := ch.Get("port1")
		port2, _ := ch.Get("port2")
		_ = port1.Set("onmessage", onMessage.Value())
		_, _ = port2.Call("postMessage", 0)
		_, _ = setTimeout.Invoke(onTimer.Value(), 0)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	defer frame.Release()
	if _, err := raf.Invoke(frame.Value()); err != nil {
		t.Fatal(err)
	}
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("AfterPaintBehind never ran its function")
	}
	if want := []string{"message", "timer", "fn"}; !slices.Equal(order, want) && !slices.Equal(order, []string{"timer", "message", "fn"}) {
		t.Errorf("order %v, want the frame's message and timer before fn", order)
	}
}
