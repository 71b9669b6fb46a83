//go:build !(js && wasm)

package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"breachdesk/app/segmerge"
)

// breachdesk segmerge rewrites the file in place, keeping its mode, and
// leaves a file it cannot read as it was.
func TestSegmergeFile(t *testing.T) {
	mod := []byte("\x00asm\x01\x00\x00\x00" +
		"\x05\x03\x01\x00\x01" + // memory section: one memory of one page
		"\x0b\x0f\x02" + // data section: two segments
		"\x00\x41\x10\x0b\x02ab" + // "ab" at 16
		"\x00\x41\x20\x0b\x02cd") // "cd" at 32
	dir := t.TempDir()
	p := filepath.Join(dir, "app.wasm")
	if err := os.WriteFile(p, mod, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := segmergeFile(p, "", segmerge.DefaultMaxGap, 0); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(p)
	before, _ := segmerge.Image(mod, 1<<16)
	after, err := segmerge.Image(got, 1<<16)
	if err != nil || !bytes.Equal(before, after) || len(got) >= len(mod)+16 || bytes.Equal(got, mod) {
		t.Fatalf("rewritten module %x (%v)", got, err)
	}
	if st, _ := os.Stat(p); st.Mode().Perm() != 0o755 {
		t.Errorf("mode %v, want the input's 0755", st.Mode().Perm())
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("the folder holds %d files, want app.wasm alone", len(entries))
	}

	bad := filepath.Join(dir, "cut.wasm")
	if err := os.WriteFile(bad, mod[:len(mod)-1], 0o644); err != nil {
		t.Fatal(err)
	}
	if err := segmergeFile(bad, filepath.Join(dir, "out.wasm"), segmerge.DefaultMaxGap, 0); err == nil {
		t.Error("a module cut short was accepted")
	}
	if _, err := os.Stat(filepath.Join(dir, "out.wasm")); !os.IsNotExist(err) {
		t.Error("an output was written for a module cut short")
	}
}

// breachdesk segmerge -memory N: the module's memory starts at N MiB, its
// data as merged.
func TestSegmergeFileMemory(t *testing.T) {
	mod := []byte("\x00asm\x01\x00\x00\x00" +
		"\x05\x03\x01\x00\x01" + // memory section: one memory of one page
		"\x0b\x08\x01" + // data section: one segment
		"\x00\x41\x10\x0b\x02ab") // "ab" at 16
	p := filepath.Join(t.TempDir(), "app.wasm")
	if err := os.WriteFile(p, mod, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := segmergeFile(p, "", segmerge.DefaultMaxGap, 2); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(p)
	want := []byte("\x00asm\x01\x00\x00\x00" + "\x05\x03\x01\x00\x20" + "\x0b\x08\x01" + "\x00\x41\x10\x0b\x02ab")
	if !bytes.Equal(got, want) {
		t.Errorf("module %x, want %x (32 pages)", got, want)
	}
}
