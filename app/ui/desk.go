package ui

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"runtime"
	"sort"
	"sync"
	"time"

	"breachdesk/app/browser"
	"breachdesk/app/incident"
	"breachdesk/app/rules"
	"breachdesk/app/vault"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// stateDesk is the go-app state that pages observe: its value is a revision
// number, bumped whenever the desk's incidents or status change.
const stateDesk = "desk.rev"

// saveDelay is how long an edit waits for more edits before it is written:
// every edit reaches IndexedDB within about this long.
const saveDelay = 400 * time.Millisecond

// actionBind is the global action through which the desk gets a context whose
// source is the document's body: it never dismounts, so the desk's timers and
// storage results are never dropped when the user leaves the page that made
// the edit (a page's own ctx.Dispatch is ignored once the page is gone).
const actionBind = "desk.bind"

func init() {
	app.Handle(actionBind, func(ctx app.Context, a app.Action) {
		ctx.Dispatch(func(ctx app.Context) { desk.base, desk.bound = ctx, true })
	})
}

// Desk holds the incidents of this browser and writes them back as they
// change. Its methods run on go-app's UI goroutine; storage calls run in
// ctx.Async, one at a time (io.mu), and hand their results back with
// dispatch.
//
// When the incidents are protected with a passphrase (desk_vault.go) every
// record is sealed before it is written, and nothing is written while the
// desk is locked. Before each write the desk checks that the record is still
// what this tab last read or wrote: another tab's change is shown, never
// silently overwritten (desk_tabs.go).
type Desk struct {
	rules    *rules.Set
	rulesErr error

	base  app.Context // bound to the body (actionBind); see dispatch
	bound bool

	store     *browser.Store
	loading   bool
	loaded    bool
	loadErr   error
	incidents map[string]*incident.Incident
	// Problems of stored records that could not be read (kept, never deleted).
	unreadable map[string]string

	dirty     map[string]bool
	ver       map[string]int // bumped by every Touch
	saveTimer bool
	writing   bool
	saveErr   error
	full      bool // the last write failed because storage is full
	rev       int

	// Protection (desk_vault.go).
	prot      vault.Protection
	lock      *vault.Lock
	key       *browser.Key
	locked    []browser.Record  // records read while locked, opened at unlock
	held      map[string][]byte // sealed edits kept in memory over a lock (not yet written)
	sealed    map[string]sealedCopy
	sealing   map[string]bool
	reprotect bool // a change of protection is being written: page hide writes nothing

	// Other tabs (desk_tabs.go).
	tab      string
	channel  *browser.Channel
	conflict map[string]string // id → why its write was stopped ("changed", "deleted")
	external map[string]bool   // another tab announced a change of the record
	stale    string            // "protection" or "wipe": another tab changed everything; nothing is written
	wiped    bool

	// beforeLock, when a page sets it, takes what the user typed but has
	// not yet committed (a field still focused) before a lock forgets it.
	beforeLock func(app.Context)

	drafts draftsMemo // the last drafts derived (drafts.go)

	// Backups (desk_backup.go).
	backups backupMeta

	io deskIO
}

// deskIO is what the storage jobs share; a job holds mu for its whole run, so
// jobs never interleave and the sealing decision is taken with the store's
// state at hand.
type deskIO struct {
	mu        sync.Mutex
	store     *browser.Store
	key       *browser.Key
	protected bool
	keyCheck  []byte            // the key check this tab knows; another one means another tab changed protection
	stored    map[string][]byte // what this tab last read or wrote, by id
	noWait    map[string][]byte // written on page hide, not confirmed
}

// sealedCopy is an incident's record sealed for the version ver of its edits:
// kept ready so that the page-hide write, which cannot wait for WebCrypto, is
// synchronous.
type sealedCopy struct {
	ver  int
	data []byte
}

// desk is the one desk of the app.
var desk = newDesk()

func newDesk() *Desk {
	return &Desk{
		incidents: map[string]*incident.Incident{}, dirty: map[string]bool{}, unreadable: map[string]string{},
		ver: map[string]int{}, held: map[string][]byte{}, sealed: map[string]sealedCopy{}, sealing: map[string]bool{},
		conflict: map[string]string{}, external: map[string]bool{}, tab: newID(),
		io: deskIO{stored: map[string][]byte{}, noWait: map[string][]byte{}},
	}
}

// Rules returns the law as data, loaded once.
func (d *Desk) Rules() (*rules.Set, error) {
	if d.rules == nil && d.rulesErr == nil {
		d.rules, d.rulesErr = rules.Default()
	}
	return d.rules, d.rulesErr
}

// observeDesk re-renders the component whenever the desk changes, and starts
// loading the stored incidents on first use.
func observeDesk(ctx app.Context, rev *int) {
	ctx.ObserveState(stateDesk, rev)
	desk.load(ctx)
}

func (d *Desk) changed(ctx app.Context) {
	d.rev++
	ctx.SetState(stateDesk, d.rev)
}

// ctxFor returns the context to use for timers and results: the body's once
// bound, else the caller's.
func (d *Desk) ctxFor(ctx app.Context) app.Context {
	if d.bound {
		return d.base
	}
	return ctx
}

// job runs fn in the background with the storage to itself, then done on the
// UI goroutine.
func (d *Desk) job(ctx app.Context, fn func(io *deskIO) func(ctx app.Context)) {
	c := d.ctxFor(ctx)
	c.Async(func() {
		d.io.mu.Lock()
		done := fn(&d.io)
		d.io.mu.Unlock()
		d.ctxFor(c).Dispatch(func(ctx app.Context) {
			if done != nil {
				done(ctx)
			}
			d.changed(ctx)
		})
	})
}

// load opens the store and reads the protection setting, the backup times and
// every incident, once. Protected records stay sealed until Unlock.
func (d *Desk) load(ctx app.Context) {
	if d.loading || d.loaded || !app.IsClient {
		return
	}
	d.loading = true
	ctx.NewAction(actionBind)
	d.job(ctx, func(io *deskIO) func(app.Context) {
		s, err := browser.OpenStore(context.Background())
		var (
			recs    []browser.Record
			prot    vault.Protection
			protErr error
			meta    []byte
		)
		if err == nil {
			prot, protErr = readProtection(s)
			meta, _ = s.Meta(metaBackups)
			recs, err = s.List()
		}
		io.store = s
		if protErr == nil {
			io.protected, io.keyCheck = prot.Protected(), prot.KeyCheck
		}
		for _, r := range recs {
			io.stored[r.ID] = r.Data
		}
		return func(ctx app.Context) {
			d.loading = false
			d.loaded = true
			d.store = s
			d.loadErr = err
			if err == nil && protErr != nil {
				// An unreadable protection setting: read nothing and write
				// nothing rather than risk writing plain records.
				d.loadErr = protErr
				d.store = nil
			}
			d.prot = prot
			d.lock, _ = vault.NewLock(prot.Protected(), prot.IdleTimeout)
			if d.lock == nil {
				d.lock, _ = vault.NewLock(prot.Protected(), vault.DefaultIdleTimeout)
			}
			d.backups = decodeBackups(meta)
			if prot.Protected() {
				d.locked = recs
			} else {
				d.takeRecords(recs, nil)
			}
			d.startTabs(ctx)
			d.startIdle(ctx)
			installTestHooks(ctx)
		}
	})
	// The page is going away: the last keystroke's input event may have been
	// handed to go-app's loop and not yet run (its goroutine is ready, ours
	// runs first). Yielding lets it record the edit, then everything dirty is
	// written. When the page is being left, the store's own transactions
	// still running are aborted first: a page-hide write queued behind a
	// timed save's transaction is dropped with the page.
	if release, err := browser.OnPageHide(func(leaving bool) {
		runtime.Gosched()
		if leaving && d.store != nil && len(d.dirty) > 0 && d.canWrite() && !d.reprotect {
			d.store.Interrupt()
		}
		d.flushNow()
	}); err == nil {
		_ = release
	}
}

// takeRecords decodes stored records into the desk (opening sealed ones with
// key). A record that cannot be read is listed as unreadable, never deleted; a
// plain record found on a protected desk is marked for sealing.
func (d *Desk) takeRecords(recs []browser.Record, key vault.Cipher) {
	for _, r := range recs {
		data := r.Data
		sealed := vault.IsSealed(data)
		if sealed {
			if key == nil {
				d.unreadable[r.ID] = "sealed record on an unprotected device"
				continue
			}
			plain, err := vault.OpenRecord(key, data)
			if err != nil {
				d.unreadable[r.ID] = err.Error()
				continue
			}
			data = plain
		}
		inc, derr := incident.Decode(data)
		if derr != nil {
			d.unreadable[r.ID] = derr.Error()
			continue
		}
		delete(d.unreadable, r.ID)
		d.incidents[inc.ID] = inc
		if key != nil && !sealed {
			d.dirty[inc.ID] = true // seal it at the next save
		}
	}
}

// Loaded reports whether the stored incidents have been read.
func (d *Desk) Loaded() bool { return d.loaded }

// List returns the incidents, most recently changed first.
func (d *Desk) List() []*incident.Incident {
	list := make([]*incident.Incident, 0, len(d.incidents))
	for _, inc := range d.incidents {
		list = append(list, inc)
	}
	sort.Slice(list, func(i, j int) bool {
		if !list[i].UpdatedAt.Equal(list[j].UpdatedAt) {
			return list[i].UpdatedAt.After(list[j].UpdatedAt)
		}
		return list[i].ID < list[j].ID
	})
	return list
}

// Get returns the incident with id, or nil.
func (d *Desk) Get(id string) *incident.Incident { return d.incidents[id] }

// Create starts a new incident and stores it.
func (d *Desk) Create(ctx app.Context, title string, now time.Time) *incident.Incident {
	inc := incident.New(newID(), now)
	inc.Title = title
	d.incidents[inc.ID] = inc
	d.Touch(ctx, inc, now)
	return inc
}

// Duplicate copies an incident as a drill.
func (d *Desk) Duplicate(ctx app.Context, src *incident.Incident, title string, now time.Time) *incident.Incident {
	inc := src.Clone()
	inc.ID = newID()
	inc.Title = title
	inc.Drill = true
	inc.CreatedAt = now
	d.incidents[inc.ID] = inc
	d.Touch(ctx, inc, now)
	return inc
}

// Touch records that inc was edited: it is written within saveDelay, and
// every observing page re-renders with the new facts. On a protected desk the
// record is sealed at once, so that a page-hide write has it ready.
func (d *Desk) Touch(ctx app.Context, inc *incident.Incident, now time.Time) {
	d.touch(ctx, inc, now)
	d.changed(ctx)
}

// TouchQuietly records an edit as Touch does, without telling the pages and
// without the render go-app does after the event handler ctx belongs to: for
// a keystroke the page shows already (the field's own text) and from which it
// derives nothing else. The next render of any page has it.
func (d *Desk) TouchQuietly(ctx app.Context, inc *incident.Incident, now time.Time) {
	ctx.PreventUpdate()
	d.touch(ctx, inc, now)
}

func (d *Desk) touch(ctx app.Context, inc *incident.Incident, now time.Time) {
	inc.UpdatedAt = now
	d.dirty[inc.ID] = true
	d.ver[inc.ID]++
	d.activity(now)
	if d.key != nil {
		d.sealSoon(ctx, inc.ID)
	}
	d.scheduleFlush(ctx)
}

func (d *Desk) scheduleFlush(ctx app.Context) {
	if !d.saveTimer {
		d.saveTimer = true
		d.ctxFor(ctx).After(saveDelay, d.flush)
	}
}

// canWrite reports whether records may be written now.
func (d *Desk) canWrite() bool {
	return d.store != nil && d.stale == "" && !d.wiped && !(d.prot.Protected() && d.key == nil)
}

// saveJob is one record to write: its plain bytes at version ver.
type saveJob struct {
	id    string
	ver   int
	plain []byte
}

// saveResult is how writing one record went.
type saveResult struct {
	id       string
	ver      int
	err      error
	conflict string // "changed" or "deleted" by another tab
	data     []byte // what was written
}

// flush writes every changed incident, one job for all.
func (d *Desk) flush(ctx app.Context) {
	d.saveTimer = false
	if d.store == nil && !d.loaded {
		d.scheduleFlush(ctx) // not loaded yet: try again
		return
	}
	if !d.canWrite() {
		return // nothing is lost: the edits stay dirty, and the page says why
	}
	if d.writing {
		d.scheduleFlush(ctx)
		return
	}
	var jobs []saveJob
	for id := range d.dirty {
		if d.conflict[id] != "" {
			continue
		}
		inc := d.incidents[id]
		if inc == nil {
			delete(d.dirty, id)
			continue
		}
		data, err := incident.Encode(inc)
		if err != nil {
			d.saveErr = err
			continue
		}
		jobs = append(jobs, saveJob{id: id, ver: d.ver[id], plain: data})
	}
	if len(jobs) == 0 {
		return
	}
	d.writing = true
	d.job(ctx, func(io *deskIO) func(app.Context) {
		res, stale := io.save(jobs)
		return func(ctx app.Context) {
			d.writing = false
			d.saved(ctx, res, stale)
		}
	})
}

// save writes jobs with the storage held. stale is set when the protection
// stored is not the one this tab knows (another tab changed it): then nothing
// is written.
func (io *deskIO) save(jobs []saveJob) (res []saveResult, stale bool) {
	if io.store == nil {
		return nil, false
	}
	if p, err := readProtection(io.store); err != nil || p.Protected() != io.protected || string(p.KeyCheck) != string(io.keyCheck) {
		return nil, true
	}
	for _, j := range jobs {
		r := saveResult{id: j.id, ver: j.ver}
		cur, err := io.store.Get(j.id)
		switch {
		case err != nil && !errors.Is(err, browser.ErrNotFound):
			r.err = err
		case err != nil && io.stored[j.id] != nil:
			r.conflict = "deleted"
		case err == nil && string(cur) != string(io.stored[j.id]) && string(cur) != string(io.noWait[j.id]):
			r.conflict = "changed"
		}
		if r.err == nil && r.conflict == "" {
			data := j.plain
			if io.key != nil {
				data, r.err = vault.SealRecord(io.key, j.plain)
			} else if io.protected {
				r.err = errLocked
			}
			if r.err == nil {
				if r.err = io.store.Put(j.id, data); r.err == nil {
					io.stored[j.id] = data
					delete(io.noWait, j.id)
					r.data = data
				}
			}
		}
		res = append(res, r)
	}
	return res, false
}

// saved takes the results of a save job back to the UI.
func (d *Desk) saved(ctx app.Context, res []saveResult, stale bool) {
	if stale {
		d.stale = "protection"
		return
	}
	d.saveErr, d.full = nil, false
	for _, r := range res {
		switch {
		case r.conflict != "":
			d.conflict[r.id] = r.conflict
		case r.err != nil:
			if isQuota(r.err) {
				d.full = true
			} else {
				d.saveErr = r.err
			}
		default:
			if d.ver[r.id] == r.ver {
				delete(d.dirty, r.id)
			}
			d.announce(opPut, r.id)
		}
	}
	if len(d.dirty) > 0 && (d.saveErr == nil && !d.full) {
		d.scheduleFlush(ctx) // edits made while writing
	}
}

// flushNow writes every changed incident at once, without waiting: the page
// is being hidden or closed. It runs inside the browser's event handler, so it
// cannot wait for WebCrypto: a protected desk writes the sealed copy made
// after the last edit (sealSoon).
func (d *Desk) flushNow() {
	if !d.canWrite() || d.reprotect {
		d.flushHeld()
		return
	}
	for id := range d.dirty {
		if d.conflict[id] != "" {
			continue
		}
		inc := d.incidents[id]
		if inc == nil {
			continue
		}
		var data []byte
		if d.prot.Protected() {
			c, ok := d.sealed[id]
			if !ok || c.ver != d.ver[id] {
				continue // sealing is under way; the edit is at most milliseconds old
			}
			data = c.data
		} else {
			b, err := incident.Encode(inc)
			if err != nil {
				continue
			}
			data = b
		}
		if d.store.PutNoWait(id, data) == nil {
			d.io.noWait[id] = data
		}
	}
}

// Delete removes an incident from this browser.
func (d *Desk) Delete(ctx app.Context, id string) {
	delete(d.incidents, id)
	delete(d.dirty, id)
	delete(d.conflict, id)
	delete(d.external, id)
	d.changed(ctx)
	if d.store == nil || d.stale != "" || d.wiped {
		return
	}
	d.job(ctx, func(io *deskIO) func(app.Context) {
		err := io.store.Delete(id)
		if err == nil {
			delete(io.stored, id)
		}
		return func(ctx app.Context) {
			d.saveErr = err
			if err == nil {
				d.announce(opDelete, id)
			}
		}
	})
}

// Status is what the desk says about storage.
type Status struct {
	Loading    bool
	LoadErr    error
	SaveErr    error // other than a full storage (Full)
	Saving     bool
	Unreadable map[string]string
	Full       bool // storage is full: the edits stay in memory; export now
}

// Status returns the storage status for the status line.
func (d *Desk) Status() Status {
	return Status{Loading: !d.loaded, LoadErr: d.loadErr, SaveErr: d.saveErr, Full: d.full,
		Saving: d.writing || len(d.dirty) > 0, Unreadable: d.unreadable}
}

func newID() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
