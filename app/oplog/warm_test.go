package oplog

import "testing"

// A Warmer must run its whole merge without an error: a failure would stop
// it early and leave the code it is there to warm cold (the share page
// ignores its error, as nothing the user asked for depends on it).
func TestWarm(t *testing.T) {
	for _, n := range []int{1, 50, 251} {
		w := NewWarmer(n)
		for {
			more, err := w.Step()
			if err != nil {
				t.Fatalf("NewWarmer(%d): %v", n, err)
			}
			if !more {
				break
			}
		}
		if w.m == nil || w.m.Added != n {
			t.Fatalf("NewWarmer(%d) merged %v", n, w.m)
		}
	}
	w := NewWarmer(120)
	steps := 0
	for {
		more, err := w.Step()
		if err != nil {
			t.Fatal(err)
		}
		steps++
		if !more {
			break
		}
	}
	if steps != 7 || w.m == nil || w.m.Added != 120 || w.m.Log.Len() != 121 {
		t.Errorf("%d steps, merged %v; want 7 steps ending in a merge of 120 edits onto the import", steps, w.m)
	}
	if more, err := w.Step(); more || err != nil {
		t.Errorf("a step after the last: %v, %v", more, err)
	}
}
