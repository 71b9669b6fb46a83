//go:build js && wasm

package browser

import "testing"

// TestPrint: window.print returns at once in headless Chromium (no dialog).
func TestPrint(t *testing.T) {
	if err := Print(); err != nil {
		t.Fatal(err)
	}
}
