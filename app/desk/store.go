package desk

import (
	"errors"
	"time"
)

// Store is where the desk keeps its records: in the browser, app/browser's
// IndexedDB database (adapted in app/ui/bind_store.go); in native tests, a
// MemStore. Every method but PutNoWait and PutSettingNoWait may block: the
// desk calls them from Loop.Async, one job at a time.
//
// Three kinds of records, each a name and bytes: incidents (an incident's
// JSON, or a sealed envelope of it), settings (the protection, the readiness
// checklist) and meta (bookkeeping such as the time of the last backup).
type Store interface {
	// List returns every incident record.
	List() ([]Record, error)
	// Get returns an incident record's bytes, or an error matching ErrNotFound.
	Get(id string) ([]byte, error)
	// Put writes an incident record and returns once it is stored.
	Put(id string, data []byte) error
	// PutNoWait starts writing an incident record and returns at once: the
	// page is going away and nothing may block (see Desk.PageHide).
	PutNoWait(id string, data []byte) error
	// Delete removes an incident record (a missing one is not an error).
	Delete(id string) error
	// Apply writes a batch in one transaction: all of it or nothing.
	Apply(Batch) error
	// Setting returns a setting's bytes, or an error matching ErrNotFound.
	Setting(name string) ([]byte, error)
	// PutSetting writes a setting and returns once it is stored.
	PutSetting(name string, data []byte) error
	// PutSettingNoWait starts writing a setting and returns at once.
	PutSettingNoWait(name string, data []byte) error
	// Meta returns a bookkeeping value, or an error matching ErrNotFound.
	Meta(name string) ([]byte, error)
	// PutMeta writes a bookkeeping value.
	PutMeta(name string, data []byte) error
	// PutMetaNoWait starts writing a bookkeeping value and returns at once
	// (the typed record, put in a keystroke's turn).
	PutMetaNoWait(name string, data []byte) error
	// Interrupt aborts the store's own reads and writes still running, but
	// the NoWait ones; they fail with an error matching ErrInterrupted. The
	// page is being left: a write queued behind a running one may be
	// dropped with the page (IndexedDB in Chromium), so PageHide clears the
	// way for its own.
	Interrupt()
}

// Record is one stored incident record.
type Record struct {
	ID        string
	Data      []byte
	UpdatedAt time.Time
}

// Batch is a set of writes applied in one transaction (Store.Apply).
type Batch struct {
	Incidents      map[string][]byte // put
	DeleteIncident []string
	Settings       map[string][]byte // put
	Meta           map[string][]byte // put
}

// Errors a Store's errors match (with errors.Is); the browser's adapter maps
// IndexedDB's own onto them.
var (
	// ErrNotFound: no record under that name.
	ErrNotFound = errors.New("desk: not found")
	// ErrFull: the storage refused a write for lack of space. The desk keeps
	// the edit in memory, says so, and writes it once space is back.
	ErrFull = errors.New("desk: storage is full")
	// ErrInterrupted: the page being left cut a read or write short (the
	// browser's store aborts its own running transactions so that the
	// page-hide write goes first). It is no failure to show: the edit stays
	// to be written.
	ErrInterrupted = errors.New("desk: interrupted by the page being left")
)

// Errors of the desk itself.
var (
	// ErrLocked: the incidents are protected and no key is in memory.
	ErrLocked = errors.New("desk: the incidents are locked")
	// ErrBusy: a change of protection is already being written, or none can
	// start in this state.
	ErrBusy = errors.New("desk: busy")
	// ErrStaleProtection: another tab changed the protection since this one
	// read it; nothing is written until this tab is reloaded.
	ErrStaleProtection = errors.New("desk: another tab changed the protection")
	// ErrNoStore: the store could not be opened (or was wiped).
	ErrNoStore = errors.New("desk: no storage")
)

func isFull(err error) bool { return errors.Is(err, ErrFull) }

func isInterrupted(err error) bool { return errors.Is(err, ErrInterrupted) }
