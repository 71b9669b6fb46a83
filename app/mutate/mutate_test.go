package mutate

import (
	"bytes"
	"testing"
)

// The same seed gives the same files; the files differ from their seed.
func TestMutatorIsReproducible(t *testing.T) {
	seed := []byte(`{"a": [1, 2, {"b": "c"}], "d": {"e": null}}`)
	a, b := New(7, seed), New(7, seed)
	changed := 0
	for range 200 {
		x, wx := a.Next()
		y, wy := b.Next()
		if !bytes.Equal(x, y) || wx != wy {
			t.Fatalf("two mutators of one seed differ: %q (%s) and %q (%s)", x, wx, y, wy)
		}
		if !bytes.Equal(x, seed) {
			changed++
		}
	}
	if changed < 180 {
		t.Errorf("only %d of 200 files differ from their seed", changed)
	}
}
