//go:build js && wasm

package browser

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"testing"
	"time"
)

// Files keeps a file's bytes under its key, in a database of its own, until
// it is deleted; deleting a missing key is no error.
func TestFiles(t *testing.T) {
	name := fmt.Sprintf("breachdesk-evidence-test-%d", time.Now().UnixNano())
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s, err := openDB(ctx, name, EvidenceDBVersion, StoreFiles)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		s.Close()
		_ = deleteDB(ctx, name)
	})
	f := &Files{s: s}
	data := bytes.Repeat([]byte{0, 1, 2, 0xff}, 1<<18) // 1 MB, every byte value kind
	if err := f.Put("i1/v1", data); err != nil {
		t.Fatal(err)
	}
	if err := f.Put("i0/v9", []byte("x")); err != nil {
		t.Fatal(err)
	}
	if keys, err := f.Keys(); err != nil || len(keys) != 2 || keys[0] != "i0/v9" || keys[1] != "i1/v1" {
		t.Errorf("Keys = %v, %v", keys, err)
	}
	got, err := f.Get("i1/v1")
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("Get: %d bytes, %v", len(got), err)
	}
	if _, err := f.Get("i1/v2"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Get of a missing file: %v", err)
	}
	if err := f.Delete("i1/v1"); err != nil {
		t.Fatal(err)
	}
	if _, err := f.Get("i1/v1"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Get after Delete: %v", err)
	}
	if err := f.Delete("i1/v1"); err != nil {
		t.Errorf("Delete of a missing file: %v", err)
	}
}
