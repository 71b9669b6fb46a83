//go:build js && wasm

package browser

import (
	"testing"

	"github.com/hack-pad/safejs"
)

// OnBeforeUnload has the browser ask before leaving only while its function
// says something would be lost, and stops once released.
func TestOnBeforeUnloadAsksOnlyWhenSomethingWouldBeLost(t *testing.T) {
	lose := false
	release, err := OnBeforeUnload(func() bool { return lose })
	if err != nil {
		t.Fatal(err)
	}
	leave := func() bool {
		t.Helper()
		ctor, err := safejs.Global().Get("Event")
		if err != nil {
			t.Fatal(err)
		}
		opts, err := safejs.ValueOf(map[string]any{"cancelable": true})
		if err != nil {
			t.Fatal(err)
		}
		ev, err := ctor.New("beforeunload", opts)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := safejs.Global().Call("dispatchEvent", ev); err != nil {
			t.Fatal(err)
		}
		asked, err := ev.Get("defaultPrevented")
		if err != nil {
			t.Fatal(err)
		}
		b, _ := asked.Bool()
		return b
	}
	if leave() {
		t.Error("asked before leaving with nothing to lose")
	}
	lose = true
	if !leave() {
		t.Error("not asked before leaving while a merge is not stored")
	}
	release()
	if leave() {
		t.Error("still asked after release")
	}
}
