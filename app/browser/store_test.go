//go:build js && wasm

package browser

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"github.com/hack-pad/safejs"
)

var dbSeq int

// testStore opens a fresh database of its own, deleted after the test.
func testStore(t *testing.T) *Store {
	t.Helper()
	dbSeq++
	name := fmt.Sprintf("breachdesk-test-%d-%d", time.Now().UnixNano(), dbSeq)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s, err := openStore(ctx, name)
	if err != nil {
		t.Fatalf("openStore: %v", err)
	}
	t.Cleanup(func() {
		s.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := deleteDB(ctx, name); err != nil {
			t.Errorf("deleteDB: %v", err)
		}
	})
	return s
}

func TestStoreRoundTrip(t *testing.T) {
	s := testStore(t)
	if _, err := s.Get("inc-1"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Get missing: %v", err)
	}
	before := time.Now().Add(-time.Second)
	data := []byte(`{"id":"inc-1","title":"顧客名簿の誤送信"}`)
	if err := s.Put("inc-1", data); err != nil {
		t.Fatal(err)
	}
	if err := s.Put("inc-0", []byte{}); err != nil { // empty values are values
		t.Fatal(err)
	}
	got, err := s.Get("inc-1")
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("Get: %q %v", got, err)
	}
	if err := s.Put("inc-1", []byte("v2")); err != nil {
		t.Fatal(err)
	}
	recs, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 2 || recs[0].ID != "inc-0" || len(recs[0].Data) != 0 || recs[1].ID != "inc-1" || string(recs[1].Data) != "v2" {
		t.Fatalf("List: %+v", recs)
	}
	if recs[1].UpdatedAt.Before(before) || recs[1].UpdatedAt.After(time.Now().Add(time.Second)) {
		t.Fatalf("UpdatedAt %v", recs[1].UpdatedAt)
	}
	if err := s.Delete("inc-1"); err != nil {
		t.Fatal(err)
	}
	if err := s.Delete("never-was"); err != nil {
		t.Fatalf("Delete missing: %v", err)
	}
	if _, err := s.Get("inc-1"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Get deleted: %v", err)
	}
	if recs, _ := s.List(); len(recs) != 1 {
		t.Fatalf("List after delete: %+v", recs)
	}
}

func TestStoreSettingsAndMeta(t *testing.T) {
	s := testStore(t)
	if _, err := s.Setting("keycheck"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Setting missing: %v", err)
	}
	if err := s.PutSetting("keycheck", []byte("sealed")); err != nil {
		t.Fatal(err)
	}
	if err := s.PutMeta("lastBackup", []byte("2026-11-22T10:00:00+09:00")); err != nil {
		t.Fatal(err)
	}
	if v, err := s.Setting("keycheck"); err != nil || string(v) != "sealed" {
		t.Fatalf("Setting: %q %v", v, err)
	}
	if v, err := s.Meta("lastBackup"); err != nil || string(v) != "2026-11-22T10:00:00+09:00" {
		t.Fatalf("Meta: %q %v", v, err)
	}
	if _, err := s.Get("keycheck"); !errors.Is(err, ErrNotFound) {
		t.Fatal("a setting shows among incidents")
	}
}

// TestPutManyAtomic: a batch where IndexedDB refuses one put in the middle
// writes nothing, and leaves what was there before.
func TestPutManyAtomic(t *testing.T) {
	s := testStore(t)
	if err := s.Put("b", []byte("old b")); err != nil {
		t.Fatal(err)
	}
	if err := s.PutSetting("keycheck", []byte("old check")); err != nil {
		t.Fatal(err)
	}
	testPutKey = func(key string) any {
		if key == "c" {
			return safejs.Null() // not a valid key: put throws DataError
		}
		return key
	}
	err := s.Apply(Batch{
		Incidents: map[string][]byte{"a": []byte("new a"), "b": []byte("new b"), "c": []byte("new c"), "d": []byte("new d")},
		Settings:  map[string][]byte{"keycheck": []byte("new check")},
	})
	testPutKey = nil
	if jsErrorName(err) != "DataError" {
		t.Fatalf("Apply with a bad key: %v, want a DataError", err)
	}
	recs, err := s.List()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1 || recs[0].ID != "b" || string(recs[0].Data) != "old b" {
		t.Fatalf("after the failed batch: %+v", recs)
	}
	if v, _ := s.Setting("keycheck"); string(v) != "old check" {
		t.Fatalf("setting after the failed batch: %q", v)
	}

	// the same batch without the fault is written whole
	if err := s.PutMany(map[string][]byte{"a": []byte("new a"), "b": []byte("new b"), "c": []byte("new c")}); err != nil {
		t.Fatal(err)
	}
	if recs, _ := s.List(); len(recs) != 3 || string(recs[1].Data) != "new b" {
		t.Fatalf("after PutMany: %+v", recs)
	}
}

// TestApplyAbortAfterIssue: an abort after every put was issued (as when the
// disk is full at commit) also leaves nothing.
func TestApplyAbortAfterIssue(t *testing.T) {
	s := testStore(t)
	err := s.write([]string{StoreIncidents}, func(txn safejs.Value) error {
		for _, id := range []string{"x", "y"} {
			if err := put(txn, StoreIncidents, id, []byte(id), time.Now()); err != nil {
				return err
			}
		}
		return errors.New("simulated failure after the puts")
	})
	if err == nil {
		t.Fatal("no error")
	}
	if recs, _ := s.List(); len(recs) != 0 {
		t.Fatalf("aborted writes are visible: %+v", recs)
	}
}

func TestQuotaErrorMaps(t *testing.T) {
	ctor, err := global("DOMException")
	if err != nil {
		t.Fatal(err)
	}
	ex, err := ctor.New("The quota has been exceeded.", "QuotaExceededError")
	if err != nil {
		t.Fatal(err)
	}
	e := toJSError(ex)
	if !errors.Is(fmt.Errorf("saving: %w", e), ErrQuotaExceeded) {
		t.Fatalf("%v does not match ErrQuotaExceeded", e)
	}
	if Text(e, "ja") == Text(e, "en") || Text(e, "en") == e.Error() {
		t.Fatalf("texts: %q / %q", Text(e, "ja"), Text(e, "en"))
	}
}

func TestStoreClosed(t *testing.T) {
	s := testStore(t)
	s.Close()
	if err := s.Put("a", nil); !errors.Is(err, ErrClosed) {
		t.Fatalf("Put after Close: %v", err)
	}
	if _, err := s.List(); !errors.Is(err, ErrClosed) {
		t.Fatalf("List after Close: %v", err)
	}
}

// TestWipe deletes a database another Store keeps open (it closes on
// versionchange, as another tab would), and localStorage.
func TestWipe(t *testing.T) {
	name := fmt.Sprintf("breachdesk-wipe-%d", time.Now().UnixNano())
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	s, err := openStore(ctx, name)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Put("a", []byte("secret")); err != nil {
		t.Fatal(err)
	}
	ls, _ := global("localStorage")
	_, _ = ls.Call("setItem", "breachdesk-test", "x")
	openMu.Lock()
	delete(opened, s) // as if opened by another tab: it must close on versionchange
	openMu.Unlock()
	if err := wipe(ctx, name); err != nil {
		t.Fatal(err)
	}
	if err := s.Put("b", nil); !errors.Is(err, ErrClosed) {
		t.Fatalf("Put after wipe: %v", err)
	}
	if v, _ := ls.Call("getItem", "breachdesk-test"); !v.IsNull() {
		t.Fatal("localStorage survived")
	}
	s2, err := openStore(ctx, name)
	if err != nil {
		t.Fatal(err)
	}
	defer func() { s2.Close(); _ = deleteDB(ctx, name) }()
	if recs, err := s2.List(); err != nil || len(recs) != 0 {
		t.Fatalf("after wipe: %+v %v", recs, err)
	}
}

func TestEstimatePersist(t *testing.T) {
	usage, quota, err := Estimate()
	if err != nil {
		t.Fatal(err)
	}
	if usage < 0 || quota <= 0 || usage > quota {
		t.Fatalf("usage %d quota %d", usage, quota)
	}
	t.Logf("storage estimate: usage %d B, quota %d MB", usage, quota>>20)
	p, err := Persist()
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("persist granted: %v (headless Chromium decides by its heuristics)", p)
}

// TestPutNoWait: a write started without waiting is seen by the next read
// (IndexedDB orders transactions on the same store).
func TestPutNoWait(t *testing.T) {
	s := testStore(t)
	if err := s.PutNoWait("inc-1", []byte("flushed on pagehide")); err != nil {
		t.Fatal(err)
	}
	if v, err := s.Get("inc-1"); err != nil || string(v) != "flushed on pagehide" {
		t.Fatalf("%q %v", v, err)
	}
}

// TestInterrupt: a page-hide write queued behind one of the store's own
// transactions still running (kept busy here by a chain of reads) is not
// aborted by Interrupt, which aborts the running one: the queued write then
// runs at once and is stored; the aborted call reports ErrAborted.
func TestInterrupt(t *testing.T) {
	s := testStore(t)
	if err := s.Put("inc", []byte("old")); err != nil {
		t.Fatal(err)
	}
	busy, err := s.txn("readwrite", StoreIncidents)
	if err != nil {
		t.Fatal(err)
	}
	w, err := watchTxn(busy)
	if err != nil {
		t.Fatal(err)
	}
	st, err := call(busy, "objectStore", StoreIncidents)
	if err != nil {
		t.Fatal(err)
	}
	var again safejs.Func
	again, err = safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		if req, err := call(st, "get", "inc"); err == nil {
			_ = req.Set("onsuccess", again.Value())
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	defer again.Release()
	first, err := call(st, "get", "inc")
	if err != nil {
		t.Fatal(err)
	}
	_ = first.Set("onsuccess", again.Value())

	if err := s.PutNoWait("inc", []byte("left the page")); err != nil {
		t.Fatal(err)
	}
	s.Interrupt()
	if err := w.wait(); !errors.Is(err, ErrAborted) {
		t.Fatalf("the running transaction ended with %v, want ErrAborted", err)
	}
	if v, err := s.Get("inc"); err != nil || string(v) != "left the page" {
		t.Fatalf("after Interrupt the record is %q (%v), want the page-hide write", v, err)
	}
}
