//go:build js && wasm

package browser

import (
	"context"
	"errors"
	"sort"
	"sync"
	"sync/atomic"
	"time"

	"github.com/hack-pad/safejs"
)

// Store is the open IndexedDB database. Its methods block until IndexedDB
// answers: call them from a goroutine (go-app's ctx.Async), never from a
// JavaScript callback. Writes wait until the transaction has committed, with
// durability "strict" (flushed to disk), so a returned nil means saved.
type Store struct {
	db     safejs.Value
	name   string
	closed atomic.Bool
	onVC   safejs.Func

	mu      sync.Mutex
	running map[int]safejs.Value // transactions not yet finished, but the page-hide writes'
	nextTxn int
}

var (
	openMu sync.Mutex
	opened = map[*Store]bool{} // closed by WipeAll before it deletes the database
)

// OpenStore opens (and on first use creates) the database DBName. ctx bounds the
// wait, for example while another tab upgrades it.
func OpenStore(ctx context.Context) (*Store, error) { return openStore(ctx, DBName) }

func openStore(ctx context.Context, name string) (*Store, error) {
	return openDB(ctx, name, DBVersion, StoreIncidents, StoreSettings, StoreMeta)
}

// openDB opens (and on first use creates) the database name at version,
// with the object stores named.
func openDB(ctx context.Context, name string, version int, stores ...string) (*Store, error) {
	db, err := openRequest(ctx, name, version, func(db safejs.Value) { createStores(db, stores) })
	if err != nil {
		return nil, err
	}
	s := &Store{db: db, name: name, running: map[int]safejs.Value{}}
	// Another tab deleting or upgrading the database: let it, and fail from now on.
	s.onVC, err = safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		s.closeDB()
		return nil
	})
	if err != nil {
		_, _ = db.Call("close")
		return nil, err
	}
	if err := db.Set("onversionchange", s.onVC.Value()); err != nil {
		s.closeDB()
		return nil, jsErr(err)
	}
	openMu.Lock()
	opened[s] = true
	openMu.Unlock()
	return s, nil
}

// createStores runs inside onupgradeneeded: it must not block.
func createStores(db safejs.Value, stores []string) {
	names, _ := db.Get("objectStoreNames")
	for _, n := range stores {
		if has, err := names.Call("contains", n); err == nil {
			if b, _ := has.Bool(); b {
				continue
			}
		}
		opts, err := newObject()
		if err != nil {
			return
		}
		_ = opts.Set("keyPath", "key")
		_, _ = db.Call("createObjectStore", n, opts)
	}
}

// Close closes the database. The Store cannot be used after.
func (s *Store) Close() {
	s.closeDB()
	openMu.Lock()
	delete(opened, s)
	openMu.Unlock()
}

func (s *Store) closeDB() {
	if s.closed.Swap(true) {
		return
	}
	_, _ = s.db.Call("close")
	_ = s.db.Set("onversionchange", safejs.Null())
	s.onVC.Release()
}

// newTxn creates a transaction on stores; a readwrite one is "strict" (its
// commit waits for the disk).
func (s *Store) newTxn(mode string, stores ...string) (safejs.Value, error) {
	if mode == "readwrite" {
		return s.newTxnDurability(mode, "strict", stores...)
	}
	return s.newTxnDurability(mode, "", stores...)
}

// newTxnDurability creates a transaction on stores with the durability
// asked for ("" for the browser's default).
func (s *Store) newTxnDurability(mode, durability string, stores ...string) (safejs.Value, error) {
	if s.closed.Load() {
		return safejs.Undefined(), ErrClosed
	}
	names := make([]any, len(stores))
	for i, n := range stores {
		names[i] = n
	}
	opts, err := newObject()
	if err != nil {
		return safejs.Undefined(), err
	}
	if durability != "" {
		_ = opts.Set("durability", durability)
	}
	t, err := call(s.db, "transaction", names, mode, opts)
	if errors.Is(err, ErrClosed) {
		s.closeDB()
		return safejs.Undefined(), ErrClosed
	}
	return t, err
}

// put issues a put of one record in txn; it does not wait.
func put(txn safejs.Value, store, key string, data []byte, now time.Time) error {
	st, err := call(txn, "objectStore", store)
	if err != nil {
		return err
	}
	v, err := newObject()
	if err != nil {
		return err
	}
	arr, err := toUint8Array(data)
	if err != nil {
		return err
	}
	if err := errors.Join(v.Set("key", key), v.Set("data", arr), v.Set("updatedAt", now.UnixMilli())); err != nil {
		return jsErr(err)
	}
	if testPutKey != nil {
		_ = v.Set("key", testPutKey(key))
	}
	_, err = call(st, "put", v)
	return err
}

// testPutKey lets a test replace a key with an invalid one, to make IndexedDB
// itself refuse a put in the middle of a batch.
var testPutKey func(key string) any

// write runs fn in a readwrite transaction on stores and waits for the commit.
// An error from fn aborts the transaction: nothing it issued is written.
func (s *Store) write(stores []string, fn func(txn safejs.Value) error) error {
	txn, err := s.txn("readwrite", stores...)
	if err != nil {
		return err
	}
	w, err := watchTxn(txn)
	if err != nil {
		abort(txn)
		return err
	}
	if err := fn(txn); err != nil {
		abort(txn)
		_ = w.wait()
		return err
	}
	return w.wait()
}

// Put stores an incident's bytes under its id.
func (s *Store) Put(id string, data []byte) error { return s.putIn(StoreIncidents, id, data) }

// PutNoWait starts storing an incident's bytes and returns without waiting for
// the commit: for pagehide and visibilitychange handlers, which must not block.
// It asks for the commit at once (IDBTransaction.commit) rather than at the
// end of the event's task, so that a page being torn down right after has
// already sent it.
func (s *Store) PutNoWait(id string, data []byte) error {
	return s.putNoWait(StoreIncidents, id, data)
}

// PutSettingNoWait starts storing a setting, as PutNoWait an incident.
func (s *Store) PutSettingNoWait(key string, data []byte) error {
	return s.putNoWait(StoreSettings, key, data)
}

// PutMetaNoWait starts storing a bookkeeping value, as PutNoWait an
// incident, but with durability "relaxed": it is the typed record (desk),
// put on every keystroke, which must outlive the page's process, not a power
// cut (the timed save's strict write covers that within a second). A relaxed
// commit is done once the browser's storage has the data, without waiting
// for the disk's flush, so it is over sooner after the keystroke, and no
// flush per keystroke holds back the other writes.
func (s *Store) PutMetaNoWait(key string, data []byte) error {
	return s.putNoWaitDurability(StoreMeta, key, data, "relaxed")
}

func (s *Store) putNoWait(store, key string, data []byte) error {
	return s.putNoWaitDurability(store, key, data, "strict")
}

func (s *Store) putNoWaitDurability(store, key string, data []byte, durability string) error {
	txn, err := s.newTxnDurability("readwrite", durability, store)
	if err != nil {
		return err
	}
	if err := put(txn, store, key, data, time.Now()); err != nil {
		abort(txn)
		return err
	}
	if c, err := txn.Get("commit"); err == nil && c.Type() == safejs.TypeFunction {
		_, _ = txn.Call("commit")
	}
	return nil
}

// PutMany stores many incidents in one transaction: all of them or none.
func (s *Store) PutMany(records map[string][]byte) error {
	return s.Apply(Batch{Incidents: records})
}

// Apply writes a batch in one transaction: all of it or nothing.
func (s *Store) Apply(b Batch) error {
	stores := b.stores()
	if len(stores) == 0 {
		return nil
	}
	now := time.Now()
	return s.write(stores, func(txn safejs.Value) error {
		for _, part := range []struct {
			store string
			m     map[string][]byte
		}{{StoreIncidents, b.Incidents}, {StoreSettings, b.Settings}, {StoreMeta, b.Meta}} {
			for _, k := range sortedKeys(part.m) {
				if err := put(txn, part.store, k, part.m[k], now); err != nil {
					return err
				}
			}
		}
		if len(b.DeleteIncident) > 0 {
			st, err := call(txn, "objectStore", StoreIncidents)
			if err != nil {
				return err
			}
			for _, id := range b.DeleteIncident {
				if _, err := call(st, "delete", id); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

func sortedKeys(m map[string][]byte) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Get returns an incident's bytes, or ErrNotFound.
func (s *Store) Get(id string) ([]byte, error) {
	r, err := s.getIn(StoreIncidents, id)
	return r.Data, err
}

// Record returns an incident's record (bytes and time of the last write), or ErrNotFound.
func (s *Store) Record(id string) (Record, error) { return s.getIn(StoreIncidents, id) }

// List returns every incident record, ordered by id.
func (s *Store) List() ([]Record, error) {
	txn, err := s.txn("readonly", StoreIncidents)
	if err != nil {
		return nil, err
	}
	st, err := call(txn, "objectStore", StoreIncidents)
	if err != nil {
		return nil, err
	}
	req, err := call(st, "getAll")
	if err != nil {
		return nil, err
	}
	all, err := awaitRequest(context.Background(), req)
	if err != nil {
		return nil, err
	}
	n, err := all.Length()
	if err != nil {
		return nil, err
	}
	recs := make([]Record, 0, n)
	for i := 0; i < n; i++ {
		v, err := all.Index(i)
		if err != nil {
			return nil, err
		}
		r, err := toRecord(v)
		if err != nil {
			return nil, err
		}
		recs = append(recs, r)
	}
	return recs, nil
}

// Delete removes an incident; deleting a missing one is not an error.
func (s *Store) Delete(id string) error { return s.Apply(Batch{DeleteIncident: []string{id}}) }

// Setting returns a setting's bytes, or ErrNotFound.
func (s *Store) Setting(key string) ([]byte, error) {
	r, err := s.getIn(StoreSettings, key)
	return r.Data, err
}

// PutSetting stores a setting.
func (s *Store) PutSetting(key string, data []byte) error { return s.putIn(StoreSettings, key, data) }

// Meta returns a bookkeeping value, or ErrNotFound.
func (s *Store) Meta(key string) ([]byte, error) {
	r, err := s.getIn(StoreMeta, key)
	return r.Data, err
}

// PutMeta stores a bookkeeping value.
func (s *Store) PutMeta(key string, data []byte) error { return s.putIn(StoreMeta, key, data) }

func (s *Store) putIn(store, key string, data []byte) error {
	now := time.Now()
	return s.write([]string{store}, func(txn safejs.Value) error {
		return put(txn, store, key, data, now)
	})
}

func (s *Store) getIn(store, key string) (Record, error) {
	txn, err := s.txn("readonly", store)
	if err != nil {
		return Record{}, err
	}
	st, err := call(txn, "objectStore", store)
	if err != nil {
		return Record{}, err
	}
	req, err := call(st, "get", key)
	if err != nil {
		return Record{}, err
	}
	v, err := awaitRequest(context.Background(), req)
	if err != nil {
		return Record{}, err
	}
	if v.IsUndefined() || v.IsNull() {
		return Record{}, ErrNotFound
	}
	return toRecord(v)
}

func toRecord(v safejs.Value) (Record, error) {
	k, err := v.Get("key")
	if err != nil {
		return Record{}, err
	}
	id, err := k.String()
	if err != nil {
		return Record{}, err
	}
	d, err := v.Get("data")
	if err != nil {
		return Record{}, err
	}
	data, err := fromBytes(d)
	if err != nil {
		return Record{}, err
	}
	r := Record{ID: id, Data: data}
	if u, err := v.Get("updatedAt"); err == nil && u.Type() == safejs.TypeNumber {
		ms, _ := u.Float()
		r.UpdatedAt = time.UnixMilli(int64(ms))
	}
	return r, nil
}
