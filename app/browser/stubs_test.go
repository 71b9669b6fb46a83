//go:build !(js && wasm)

package browser

import (
	"context"
	"errors"
	"testing"
)

// TestStubs: outside a browser every call reports ErrNoBrowser, none panics.
func TestStubs(t *testing.T) {
	s, err := OpenStore(context.Background())
	_, _, e2 := Estimate()
	_, e3 := NewKey("x")
	_, e4 := TakeFile()
	_, e5 := NewChannel("x")
	for i, err := range []error{err, s.Put("a", nil), e2, e3, e4, e5, Download("a", "b", nil), CopyText(""), Print(), WipeAll(context.Background())} {
		if !errors.Is(err, ErrNoBrowser) {
			t.Errorf("%d: %v", i, err)
		}
	}
	if HasWebCrypto() {
		t.Error("HasWebCrypto")
	}
}
