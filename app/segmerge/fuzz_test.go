package segmerge

import (
	"bytes"
	"testing"
)

// Any input: an error or a module that initialises memory as the input does;
// never a panic.
func FuzzMerge(f *testing.F) {
	f.Add(wasmModule(memorySec(1), dataSec(active(0x20, "def"), active(0x10, "abc"), active(0x1000, "xyz"))), 16)
	f.Add(wasmModule(memorySec(1), dataSec(active(2, "bbbb"), active(0, "aaaa"), passive("p"), activeIn(1, 8, "o"))), 1<<30)
	f.Add(wasmModule(memorySec(1), sec(secDataCount, []byte{1}), dataSec(active(0, "a"))), 0)
	f.Add(wasmModule(sec(secImport, []byte{1, 1, 'm', 1, 'g', 0x03, 0x7f, 0x00}), memorySec(1), dataSec(atGlobal(0, "b"))), 8)
	f.Add(wasmModule(memorySec(1), dataSec(active(0, "a")), customSec("name", []byte{9, 4, 1, 0, 1, 'd'})), 8)
	f.Fuzz(func(t *testing.T, mod []byte, maxGap int) {
		out, r, err := Merge(mod, maxGap)
		if err != nil {
			return
		}
		if r.Skipped != "" {
			if !bytes.Equal(out, mod) {
				t.Fatal("a skipped module was changed")
			}
			return
		}
		a, errA := Image(mod, 1<<20)
		b, errB := Image(out, 1<<20)
		if (errA == nil) != (errB == nil) {
			t.Fatalf("Image: %v before, %v after", errA, errB)
		}
		if errA == nil && !bytes.Equal(a, b) {
			t.Fatal("the merged module initialises memory differently")
		}
	})
}
