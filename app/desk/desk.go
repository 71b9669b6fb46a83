package desk

import (
	"crypto/rand"
	"encoding/hex"
	"sort"
	"sync"
	"sync/atomic"

	"breachdesk/app/incident"
	"breachdesk/app/rules"
	"breachdesk/app/vault"
)

// Config is what a desk is made of.
type Config struct {
	// Open opens the store; Load calls it once, in the background.
	Open func() (Store, error)
	Keys Keys
	Tabs Tabs // nil: no channel (the check before each write still sees another tab's change)
	Loop Loop
	// OnChange is called on the desk's goroutine after anything a page
	// shows has changed (not after EditQuietly).
	OnChange func()
	// NewID returns a fresh incident id; nil: 16 random hex digits.
	NewID func() string
	// Rules returns the law as data; nil: rules.Default.
	Rules func() (*rules.Set, error)
	// Files opens the store of attached files (evidence.go), which a change
	// of protection re-seals; nil: there is none.
	Files func() (FileStore, error)
}

// Desk holds the incidents of this browser and writes them back as they
// change. See the package documentation for its rules.
type Desk struct {
	cfg  Config
	loop Loop

	fileProblems []FileError // of the last change of protection (evidence.go)

	rules    *rules.Set
	rulesErr error

	loading, loaded bool
	loadErr         error
	store           Store
	incidents       map[string]*incident.Incident
	encoders        map[string]*incident.Encoder // by incident, for its saves (encode)
	unreadable      map[string]string            // records that could not be read (kept, never deleted)

	dirty     map[string]bool
	ver       map[string]int // bumped by every edit
	saveTimer bool           // the save is timed (SaveDelay)
	saveWaits bool           // the save is due, waiting for an edit's paint or SaveQuiet
	saveArmed bool           // it runs after the next paint
	saveEpoch int            // which due save a SaveQuiet timer or a paint belongs to
	writing   bool
	flushNext bool // a save came due while writing: it starts as soon as the write ends
	saveErr   error
	full      bool // the last write failed because the storage is full

	typed map[string]map[string]typedText // texts typed since the last save, by incident and path (typed.go)

	// Protection (protect.go, lock.go).
	prot      vault.Protection
	lock      *vault.Lock
	key       vault.Cipher
	locked    []Record          // records read while locked, opened at unlock
	held      map[string][]byte // sealed edits kept in memory over a lock (not yet written)
	seals     *seals            // sealed copies ready for PageHide
	sealing   map[string]bool   // incidents whose sealing for PageHide runs
	reprotect bool              // a change of protection is being written: PageHide writes nothing
	activity  atomic.Int64      // the user's last keystroke or click (Unix ms)
	// beforeLock, when set, takes what the user typed but has not yet
	// committed (a field still focused) before a lock forgets it.
	beforeLock func()

	// Other tabs (tabs.go).
	tab      string
	conflict map[string]string // id → why its write was stopped ("changed", "deleted")
	external map[string]bool   // another tab announced a change of the record
	stale    string            // "protection" or "wipe": another tab changed everything; nothing is written
	wiped    bool

	backups   Backups        // backup.go
	readiness readinessState // readiness_store.go
	boards    boardMemo      // board.go
	ops       opsState       // ops.go: the change logs

	io deskIO
}

// deskIO is what the storage jobs share; a job holds mu for its whole run, so
// jobs never interleave and each takes its decisions with the store's state
// at hand.
type deskIO struct {
	mu        sync.Mutex
	store     Store
	key       vault.Cipher
	protected bool
	keyCheck  []byte            // the key check this tab knows; another one means another tab changed protection
	stored    map[string][]byte // what this tab last read or wrote, by id
	noWait    map[string][]byte // written by PageHide, not confirmed
	written   map[string]int    // the version of each incident last written by a job: an older one is not written over it
	// logEpoch counts, by incident, the times this tab read its log again
	// as stored (Reload, KeepMine, a log another tab wrote first): a
	// write of a log this tab held before is not written over the one read.
	logEpoch map[string]int
}

// New returns a desk; nothing is read until Load.
func New(cfg Config) *Desk {
	if cfg.NewID == nil {
		cfg.NewID = newID
	}
	if cfg.Rules == nil {
		cfg.Rules = rules.Default
	}
	if cfg.OnChange == nil {
		cfg.OnChange = func() {}
	}
	return &Desk{
		cfg: cfg, loop: cfg.Loop,
		incidents: map[string]*incident.Incident{}, dirty: map[string]bool{}, unreadable: map[string]string{},
		ver: map[string]int{}, held: map[string][]byte{}, seals: newSeals(), sealing: map[string]bool{},
		conflict: map[string]string{}, external: map[string]bool{}, tab: newID(),
		readiness: readinessState{seals: newSeals()},
		io:        deskIO{stored: map[string][]byte{}, noWait: map[string][]byte{}, written: map[string]int{}, logEpoch: map[string]int{}},
	}
}

// Rules returns the law as data, loaded once.
func (d *Desk) Rules() (*rules.Set, error) {
	if d.rules == nil && d.rulesErr == nil {
		d.rules, d.rulesErr = d.cfg.Rules()
	}
	return d.rules, d.rulesErr
}

func (d *Desk) changed() { d.cfg.OnChange() }

// setKey takes key as the key of the records (nil: none in memory); the
// sealed copies made with another key are forgotten.
func (d *Desk) setKey(key vault.Cipher) {
	d.key = key
	d.seals.newKey()
	d.readiness.seals.newKey()
}

// job runs fn in the background with the storage to itself, then its result
// on the desk's goroutine, and tells the pages.
func (d *Desk) job(fn func(io *deskIO) func()) {
	d.loop.Async(func() {
		d.io.mu.Lock()
		done := fn(&d.io)
		d.io.mu.Unlock()
		d.loop.Dispatch(func() {
			if done != nil {
				done()
			}
			d.changed()
		})
	})
}

// Load opens the store and reads the protection setting, the backup times and
// every incident, once; later calls do nothing. Protected records stay
// sealed until Unlock. Its end is told through OnChange (Loaded).
func (d *Desk) Load() {
	if d.loading || d.loaded {
		return
	}
	d.loading = true
	d.job(func(io *deskIO) func() {
		s, err := d.cfg.Open()
		var (
			recs    []Record
			prot    vault.Protection
			protErr error
			meta    []byte
			typed   []byte
		)
		if err == nil {
			prot, protErr = readProtection(s)
			meta, _ = s.Meta(metaBackups)
			typed, _ = s.Meta(metaTyped)
			recs, err = s.List()
		}
		io.store = s
		if protErr == nil {
			io.protected, io.keyCheck = prot.Protected(), prot.KeyCheck
		}
		for _, r := range recs {
			io.stored[r.ID] = r.Data
		}
		return func() {
			d.loading, d.loaded = false, true
			d.store, d.loadErr = s, err
			if err == nil && protErr != nil {
				// An unreadable protection setting: read nothing and write
				// nothing rather than risk writing plain records.
				d.loadErr, d.store = protErr, nil
			}
			if err != nil {
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
				d.applyTyped(typed)
			}
			d.startTabs()
			d.loop.Every(TickEvery, d.tick)
			d.loadReadiness()
		}
	})
}

// takeRecords decodes stored records into the desk (opening sealed ones with
// key). A record that cannot be read is listed as unreadable, never deleted; a
// plain record found on a protected desk is marked for sealing.
func (d *Desk) takeRecords(recs []Record, key vault.Cipher) {
	for _, r := range recs {
		if isOwnRecord(r.ID) {
			d.takeOwn(r, key)
			continue
		}
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
		inc, err := incident.Decode(data)
		if err != nil {
			d.unreadable[r.ID] = err.Error()
			continue
		}
		delete(d.unreadable, r.ID)
		d.incidents[inc.ID] = inc
		if key != nil && !sealed {
			d.dirty[inc.ID] = true // seal it at the next save
		}
	}
	d.recordLater()
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

// Get returns the incident with id, or nil. The pointer stays the incident's
// for as long as the desk holds it (a reload from another tab's version
// writes into it); change it only through Edit.
func (d *Desk) Get(id string) *incident.Incident { return d.incidents[id] }

// Version is the number of edits of the incident id this session: a page
// that derives something from the facts derives it again when it moves.
func (d *Desk) Version(id string) int { return d.ver[id] }

// Create starts a new incident named title, pre-filled from the readiness
// checklist (at once when it is read, else as soon as it is), and stores it.
func (d *Desk) Create(title string) *incident.Incident {
	inc := incident.New(d.cfg.NewID(), d.loop.Now())
	inc.Title = title
	d.Add(inc)
	d.prefillNew(inc.ID)
	return inc
}

// Duplicate copies the incident id as a drill named title.
func (d *Desk) Duplicate(id, title string) *incident.Incident {
	src := d.incidents[id]
	if src == nil {
		return nil
	}
	inc := src.Clone()
	inc.ID = d.cfg.NewID()
	inc.Title = title
	inc.Drill = true
	inc.Unsubmitted = nil // what was being typed in the incident stays with it
	inc.CreatedAt = d.loop.Now()
	d.Add(inc)
	return inc
}

// Add stores an incident made elsewhere (a drill begun from its scenario)
// under its id.
func (d *Desk) Add(inc *incident.Incident) {
	d.incidents[inc.ID] = inc
	d.touch(inc)
	d.changed()
}

// NewID returns a fresh incident id.
func (d *Desk) NewID() string { return d.cfg.NewID() }

// Edit changes the incident id with fn and records the edit: it is written
// within SaveDelay, and the pages are told. It reports false when there is
// no such incident.
func (d *Desk) Edit(id string, fn func(inc *incident.Incident)) bool {
	if !d.EditQuietly(id, fn) {
		return false
	}
	d.changed()
	return true
}

// EditQuietly records an edit as Edit does without telling the pages: for a
// keystroke the page shows already (the field's own text) and from which it
// derives nothing else. The next render of any page has it.
func (d *Desk) EditQuietly(id string, fn func(inc *incident.Incident)) bool {
	inc := d.incidents[id]
	if inc == nil {
		return false
	}
	fn(inc)
	d.touch(inc)
	return true
}

// Notify tells the pages that the desk changed: after EditQuietly, when the
// page finds that the edit changes what it shows after all.
func (d *Desk) Notify() { d.changed() }

func (d *Desk) touch(inc *incident.Incident) {
	now := d.loop.Now()
	inc.UpdatedAt = now
	d.dirty[inc.ID] = true
	d.ver[inc.ID]++
	d.Active(now)
	if d.key != nil {
		d.sealAhead(inc.ID)
	}
	d.edited()
	d.scheduleFlush()
}

// Delete removes an incident from this browser.
func (d *Desk) Delete(id string) {
	delete(d.incidents, id)
	delete(d.encoders, id)
	delete(d.dirty, id)
	delete(d.conflict, id)
	delete(d.external, id)
	d.typedSaved(id)
	d.seals.drop(id)
	d.deleteLog(id)
	d.changed()
	if d.store == nil || d.stale != "" || d.wiped {
		return
	}
	d.job(func(io *deskIO) func() {
		err := io.store.Delete(id)
		if err == nil {
			err = io.store.Delete(logRecord(id))
			delete(io.stored, logRecord(id))
		}
		if err == nil {
			delete(io.stored, id)
			d.deleteFiles(id) // evidence.go
		}
		return func() {
			d.saveErr = err
			if err == nil {
				d.announce(opDelete, id)
			}
		}
	})
}

// sortedIDs returns the keys of m in order.
func sortedIDs[V any](m map[string]V) []string {
	ids := make([]string, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

func newID() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
