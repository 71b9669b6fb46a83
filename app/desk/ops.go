package desk

import (
	stdjson "encoding/json"
	"errors"
	"strings"
	"time"
	"unicode/utf8"

	"breachdesk/app/incident"
	"breachdesk/app/oplog"
	"breachdesk/app/vault"

	json "github.com/goccy/go-json"
)

// Every edit of an incident is also recorded as signed operations
// (app/oplog), so that several people can work on one incident through
// change packets and anyone can see who changed what.
//
// The log of an incident is kept next to it, in the incidents' store under
// an id of the desk's own (logRecord): it is sealed and opened with the
// incidents when the desk is protected, rewritten with them by a change of
// protection, and never listed as an incident. So is the person's name and
// role on this browser (identityRecord).
//
// When an edit is saved (flush), the difference between what the log holds
// (base, the fold of the log) and the incident now is drafted as operations,
// signed by the device key on another goroutine (WebCrypto answers later),
// appended, and the log written with the incident in one transaction. An
// incident without a log gets a first operation of kind Imported holding its
// whole state (migration). A write of the incident without its log (at page
// hide) loses none of this device's edits: base then lags behind the
// incident, and the next save records the difference. A lock writes the
// logs not written yet with their incidents (unwrittenLogs), so that what a
// merge brought is never recorded again as this device's own.
//
// One thing at a time per incident (opsState.busy): a signing, or the merge
// of a packet, which runs once every edit is recorded (whenRecorded), so
// that a merge never folds over an edit not yet in the log.

// Records of the desk's own in the incidents' store. An incident's id is a
// name without control characters (incident.Validate), so none starts with
// ownPrefix.
const (
	ownPrefix      = "\x1f"
	logPrefix      = ownPrefix + "log:"
	identityRecord = ownPrefix + "identity"
)

func logRecord(id string) string { return logPrefix + id }

func isOwnRecord(id string) bool { return strings.HasPrefix(id, ownPrefix) }

// Identity is who works on this browser: the name and role that every
// operation it makes carries (set once in the settings, changeable; a change
// applies to the operations made after it).
type Identity struct {
	Name string `json:"name"`
	Role string `json:"role,omitempty"`
}

// opsState is the operation logs of the desk's incidents.
type opsState struct {
	signer oplog.Signer
	me     Identity
	gen    int // bumped when the logs are dropped (lock): a signing of before is thrown away

	logs map[string]*oplog.Log
	// base is the fold of logs[id], what the next edit is diffed from:
	// the incident a merge or an opening folded, or nil once an edit is
	// recorded, when baseData holds it in its stored form (the bytes the
	// save encoded: no copy of the incident is kept, and the next save
	// encodes only the incident, DiffStored).
	base     map[string]*incident.Incident
	baseData map[string][]byte
	busy     map[string]bool     // a signing runs
	waiting  map[string][]func() // run once nothing runs and every edit is recorded
	logErr   map[string]error    // a stored log that could not be read: nothing is recorded
	// unopened are the logs read from the store and not yet opened
	// (openLog): opening one folds every operation again (a 1,000-event
	// incident's log: a large share of a first screen's time in wasm), and
	// no first screen needs one, so each is opened when first needed, or
	// once the browser is idle (recordLater).
	unopened  map[string][]byte
	idleArmed bool  // OpenLogs waits for the browser to be idle (recordLater)
	err       error // the last recording or writing failed

	conflicts map[string]conflictMemo
	changes   map[string]changesMemo
	at        map[string]int  // the incident's version base was taken at (absent: not known, diff to find out)
	logDirty  map[string]bool // logs recorded and not yet written (scheduleLog)
	// merged holds, for each incident a merge changed, the merged log until
	// it is stored: PageHide must not write the incident without it, or the
	// next load would record the peer's operations as this device's own.
	merged map[string]logMark
	// epoch is, by incident, deskIO.logEpoch when this tab took the log it
	// holds: a signing started on a log dropped since is thrown away, and
	// a write of it refused (one chain per device: see writeLogThen).
	epoch map[string]int
	// stored is, by incident, the log as this tab last read it from the
	// store or wrote it (and how many operations it held then): a log
	// still so is not written again before it is handed out, only checked.
	stored map[string]logMark
	// writing is, by incident, the last write of its log under way (Quiet).
	writing  map[string]*logWrite
	logTimer bool
	// imported holds the change logs an import file carried of incidents
	// here, by the id of the copy it added (MergeImported); dropped with
	// the logs at a lock, and by the next import.
	imported map[string]heldImport
}

// Quiet reports whether nothing is being recorded or written: no edit
// being signed, no change log or incident being written, none waiting for
// its timed save. The end-to-end suite's import hook waits for it, so that
// one file's import has written all it will before the next is tried.
func (d *Desk) Quiet() bool {
	return len(d.ops.busy) == 0 && len(d.ops.writing) == 0 && len(d.dirty) == 0 && !d.writing && !d.saveTimer
}

// logWrite is a write of a log under way, and what runs at its end.
type logWrite struct {
	mark logMark
	fns  []func(ok bool)
}

// logMark is a log as it was at one moment: operations are only appended
// to a Log, and a merge makes a new one.
type logMark struct {
	l *oplog.Log
	n int
}

type changesMemo struct {
	log     *oplog.Log
	n       int
	f       oplog.Filter
	entries []oplog.Entry
	authors []string
}

type conflictMemo struct {
	log *oplog.Log
	n   int
	cs  []oplog.Conflict
}

func (s *opsState) init() {
	if s.logs == nil {
		s.logs, s.base, s.baseData = map[string]*oplog.Log{}, map[string]*incident.Incident{}, map[string][]byte{}
		s.busy, s.waiting = map[string]bool{}, map[string][]func(){}
		s.logErr, s.conflicts = map[string]error{}, map[string]conflictMemo{}
		s.changes, s.at, s.logDirty = map[string]changesMemo{}, map[string]int{}, map[string]bool{}
		s.unopened = map[string][]byte{}
	}
	if s.epoch == nil {
		s.epoch = map[string]int{}
	}
	if s.stored == nil {
		s.stored = map[string]logMark{}
	}
	if s.writing == nil {
		s.writing = map[string]*logWrite{}
	}
	if s.merged == nil {
		s.merged = map[string]logMark{}
	}
}

// dropOps forgets every log (they hold the facts): at a lock. It returns
// what waited for a signing or a merge (whenRecorded): the caller runs it
// once locked, and each ends with ErrLocked.
func (d *Desk) dropOps() []func() {
	s := &d.ops
	var waiting []func()
	for _, id := range sortedIDs(s.waiting) {
		waiting = append(waiting, s.waiting[id]...)
	}
	signer := s.signer
	*s = opsState{signer: signer, gen: s.gen + 1, epoch: s.epoch}
	s.init()
	return waiting
}

// lockedSince reports whether the desk was locked since gen (d.ops.gen
// then) or is locked now: what started before ends with ErrLocked, and
// does nothing more.
func (d *Desk) lockedSince(gen int) bool { return d.ops.gen != gen || d.Locked() }

// unwrittenLogs returns the logs in memory that are not stored as they are
// (a merge's, written after the next paint; a long one's, within
// LogWriteDelay), by incident, with the epoch each was taken in: a lock
// writes them with their incidents while it still has the key. Dropped,
// the incident written without its log would be recorded again at the
// unlock as this device's own edits, the operations a peer's merge brought
// with them.
func (d *Desk) unwrittenLogs() map[string]logJob {
	s := &d.ops
	out := map[string]logJob{}
	for id, l := range s.logs {
		if l == nil || d.incidents[id] == nil || d.conflict[id] != "" || s.logErr[id] != nil {
			continue
		}
		if s.stored[id] != (logMark{l, l.Len()}) {
			out[id] = logJob{l: l, ep: s.epoch[id]}
		}
	}
	return out
}

// logJob is a change log to write with its incident's save (saveJob).
type logJob struct {
	l  *oplog.Log
	ep int // the epoch of the log (opsState.epoch)
}

// SetDevice gives the desk the device key that signs this browser's
// operations (in the browser a non-extractable WebCrypto key read from, or
// made and stored in, IndexedDB; natively oplog.ECDSAKey). Edits made before
// are recorded now.
func (d *Desk) SetDevice(s oplog.Signer) {
	d.ops.init()
	d.ops.signer = s
	d.recordLater()
	d.changed()
}

// Device is this browser's device id (the fingerprint of its key), "" until
// SetDevice.
func (d *Desk) Device() string {
	if d.ops.signer == nil {
		return ""
	}
	return oplog.DeviceID(d.ops.signer.PublicKey())
}

// Identity returns the name and role set on this browser (zero until set).
func (d *Desk) Identity() Identity { return d.ops.me }

// author is who the operations of this browser name: the identity, or the
// device while no name is set.
func (d *Desk) author() oplog.Author {
	if d.ops.me.Name != "" {
		return oplog.Author{Name: d.ops.me.Name, Role: d.ops.me.Role}
	}
	dev := d.Device()
	if len(dev) > 8 {
		dev = dev[:8]
	}
	return oplog.Author{Name: "unnamed " + dev}
}

// Errors of identity and sharing.
var (
	ErrNoName       = errors.New("desk: a name is needed")
	ErrNameTooLong  = errors.New("desk: a name or role is one line of at most 200 characters")
	ErrNoDevice     = errors.New("desk: the device key is not ready")
	ErrNoLog        = errors.New("desk: this incident has no change log yet")
	ErrUnknownIDKey = errors.New("desk: the packet is for an incident that cannot be read here")
	ErrNoPassphrase = errors.New("desk: a passphrase is needed to seal the packet")
	// ErrTabConflict: another tab of this browser changed the incident (or
	// its change log) since this tab read it; this tab's changes are not
	// written, so none is handed out until the user reloads the incident
	// or keeps this tab's version (Reload, KeepMine).
	ErrTabConflict = errors.New("desk: another tab changed this incident: reload it or keep this tab's version first")
)

// SetIdentity stores the name and role of the person working on this
// browser (sealed on a protected desk, as an incident is).
func (d *Desk) SetIdentity(id Identity, done func(err error)) {
	id.Name, id.Role = strings.TrimSpace(id.Name), strings.TrimSpace(id.Role)
	switch {
	case id.Name == "":
		done(ErrNoName)
		return
	case !oneLine(id.Name) || !oneLine(id.Role):
		done(ErrNameTooLong)
		return
	case !d.canWrite():
		done(ErrLocked)
		return
	}
	plain, err := stdjson.Marshal(id)
	if err != nil {
		done(err)
		return
	}
	d.job(func(io *deskIO) func() {
		data, err := io.sealOwn(plain)
		if err == nil {
			err = io.store.Put(identityRecord, data)
		}
		if err == nil {
			io.stored[identityRecord] = data
		}
		return func() {
			if err == nil {
				d.ops.me = id
			}
			done(err)
		}
	})
}

func oneLine(s string) bool {
	if !utf8.ValidString(s) || utf8.RuneCountInString(s) > incident.MaxNameRunes {
		return false
	}
	for _, r := range s {
		if r < 0x20 || r == 0x7f {
			return false
		}
	}
	return true
}

// sealOwn seals a record of the desk's own as the incidents are.
func (io *deskIO) sealOwn(plain []byte) ([]byte, error) {
	if io.key != nil {
		return vault.SealRecord(io.key, plain)
	}
	if io.protected {
		return nil, ErrLocked
	}
	return plain, nil
}

// takeOwnRecord reads a record of the desk's own (opened already): the
// identity or an incident's log. One stored plain on a protected desk is
// sealed at its next write.
func (d *Desk) takeOwnRecord(id string, data []byte) {
	d.ops.init()
	switch {
	case id == identityRecord:
		var me Identity
		if err := json.Unmarshal(data, &me); err == nil {
			d.ops.me = me
		}
	case strings.HasPrefix(id, logPrefix):
		d.ops.unopened[strings.TrimPrefix(id, logPrefix)] = data
	}
}

// openLog opens the stored log of the incident id if it is not open yet:
// every reader of d.ops.logs, base or logErr of an incident calls it first.
func (d *Desk) openLog(id string) {
	d.ops.init()
	data, ok := d.ops.unopened[id]
	if !ok {
		return
	}
	delete(d.ops.unopened, id)
	p, err := oplog.DecodePacket(data)
	var m *oplog.Merged
	if err == nil {
		m, err = oplog.Open(p, oplog.ECDSAVerifier{})
	}
	if err != nil {
		d.ops.logErr[id] = err
		return
	}
	delete(d.ops.logErr, id)
	d.ops.logs[id], d.ops.base[id] = m.Log, m.Incident
	d.ops.stored[id] = logMark{m.Log, m.Log.Len()} // read from the store as it is
}

// OpenLog opens the stored log of the incident id, if it is not open yet,
// and records the edits not yet in it, now: a page where the user edits
// calls it for its first screen, so that opening the log (hundreds of
// milliseconds for a long one in wasm) does not land on the first
// keystrokes' saves. A page that only shows (the dashboard) leaves it for
// when the browser is idle.
func (d *Desk) OpenLog(id string) {
	d.ops.init()
	if _, ok := d.ops.unopened[id]; !ok {
		return
	}
	d.openLog(id)
	d.record(id, nil)
}

// OpenLogs opens the stored logs not opened yet and records the edits not
// yet in them (an incident written without its log at page hide): what
// Load leaves for after the first screen. A page calls it once it is
// painted; before, an edit, a packet or a page that shows a log opens the
// log it needs.
func (d *Desk) OpenLogs() {
	d.ops.init()
	for _, id := range sortedIDs(d.ops.unopened) {
		d.openLog(id)
	}
	d.recordAll()
}

// LogError is why the stored change log of the incident id could not be
// read (nil when it was): then nothing of the incident is recorded, and the
// stored log is kept as it is.
func (d *Desk) LogError(id string) error {
	d.openLog(id)
	return d.ops.logErr[id]
}

// OpsError is the last error of recording or writing a change log.
func (d *Desk) OpsError() error { return d.ops.err }

// canRecord reports whether edits can be recorded now.
func (d *Desk) canRecord() bool { return d.ops.signer != nil && d.loaded && d.canWrite() }

// recordAll records the edits of every incident not yet in its log
// (an incident without a log gets its first operation).
func (d *Desk) recordAll() {
	if !d.canRecord() {
		return
	}
	for _, id := range sortedIDs(d.incidents) {
		d.record(id, nil)
	}
}

// Idler is what a Loop may also do in a browser: run fn on the desk's
// goroutine once the browser is idle (the first screen painted, the work it
// started done).
type Idler interface {
	WhenIdle(fn func())
}

// recordLater opens the stored logs and records the edits not yet in them
// (OpenLogs) once the browser is idle, on a loop that can tell (Idler); at
// once elsewhere. Load and SetDevice leave it for then: no first screen
// needs a log, and an edit, a packet or a page that shows a log opens the one
// it needs before.
func (d *Desk) recordLater() {
	i, ok := d.loop.(Idler)
	if !ok {
		d.OpenLogs()
		return
	}
	if d.ops.idleArmed {
		return
	}
	d.ops.idleArmed = true
	i.WhenIdle(func() {
		d.ops.idleArmed = false
		d.OpenLogs()
	})
}

// whenRecorded runs fn once every edit of the incident id is in its log
// and nothing runs on it; at once when that is so. It runs fn with no log
// too when edits cannot be recorded (no device key yet). fn gets ErrLocked
// when the desk is locked, or was locked meanwhile (a lock drops the logs
// and runs what waited: dropOps); then it must only report it.
func (d *Desk) whenRecorded(id string, fn func(err error)) {
	gen := d.ops.gen
	run := func() {
		if d.lockedSince(gen) {
			fn(ErrLocked)
			return
		}
		fn(nil)
	}
	if d.Locked() {
		run()
		return
	}
	d.openLog(id)
	if d.ops.busy[id] {
		d.ops.waiting[id] = append(d.ops.waiting[id], run)
		return
	}
	if !d.canRecord() || !d.record(id, run) {
		run()
	}
}

// record drafts the edits of the incident id since its log's base and has
// the device sign them; then runs fn. It reports false (and does not keep fn)
// when there was nothing to record.
func (d *Desk) record(id string, fn func()) bool { return d.recordStored(id, fn, nil) }

// baseStored is the stored form of the incident id's log base, encoded by
// the incident's Encoder when only the base is held (after a load or a
// merge): its events are mostly the incident's, whose next save then copies
// their bytes.
func (d *Desk) baseStored(id string) ([]byte, error) {
	s := &d.ops
	if b := s.base[id]; b != nil {
		return d.encode(id, b)
	}
	if data, ok := s.baseData[id]; ok {
		return data, nil
	}
	return nil, errors.New("desk: the change log has no base")
}

// storedNow is the stored form of the incident id (inc) as it is now: the
// bytes its last record encoded (and the save wrote) when no edit came
// since, else encoded now.
func (d *Desk) storedNow(id string, inc *incident.Incident) ([]byte, error) {
	s := &d.ops
	if v, ok := s.at[id]; ok && v == d.ver[id] && s.base[id] == nil {
		if data, ok := s.baseData[id]; ok {
			return data, nil
		}
	}
	return d.encode(id, inc)
}

// recordStored is record with the incident's stored form as it is now
// (incident.Encode's bytes, which the save writes too; nil: encoded here).
func (d *Desk) recordStored(id string, fn func(), data []byte) bool {
	s := &d.ops
	d.openLog(id)
	inc := d.incidents[id]
	if inc == nil || s.busy[id] || s.logErr[id] != nil || !d.canRecord() {
		if s.busy[id] && fn != nil {
			s.waiting[id] = append(s.waiting[id], fn)
			return true
		}
		return false
	}
	l := s.logs[id]
	if v, ok := s.at[id]; ok && l != nil && v == d.ver[id] {
		return false // no edit since base was taken
	}
	ver := d.ver[id]
	var err error
	if data == nil {
		data, err = d.encode(id, inc)
	}
	var ops []oplog.Op
	if err == nil && l == nil {
		l = oplog.New(id)
		if ops, err = oplog.DiffStored(id, nil, data); err == nil && len(ops) > 0 {
			ops[0].Kind = oplog.Imported
		}
	} else if err == nil {
		var old []byte
		if old, err = d.baseStored(id); err == nil {
			ops, err = oplog.DiffStored(id, old, data)
		}
	}
	if err != nil {
		s.err = err
		return false
	}
	if len(ops) == 0 {
		if s.logs[id] != nil {
			s.at[id] = ver
		}
		return false
	}
	// A long log, or the log of a large incident, waits for more edits
	// (LogWriteDelay); a new or short one is written at once, as the
	// incident is.
	lazy := s.logs[id] != nil && (l.Len() >= LazyLogOps || len(data) >= LazyLogBytes)
	return d.sign(id, l, ops, lazy, fn, func() {
		s.base[id], s.baseData[id] = nil, data
		s.at[id] = ver
	})
}

// sign drafts ops as the next ones of this device in l, has them signed on
// another goroutine and, back here, appends them (the incident's log is
// then l), runs then, writes the log with the incident, and runs fn.
//
// With lazy the log is written within LogWriteDelay, else at once.
func (d *Desk) sign(id string, l *oplog.Log, ops []oplog.Op, lazy bool, fn, then func()) bool {
	s := &d.ops
	draft, err := l.Draft(ops, d.author(), s.signer.PublicKey(), d.loop.Now())
	if err != nil {
		s.err = err
		return false
	}
	s.busy[id] = true
	if fn != nil {
		s.waiting[id] = append(s.waiting[id], fn)
	}
	signer, gen, ep := s.signer, s.gen, s.epoch[id]
	d.loop.Async(func() {
		sig, err := signer.Sign(draft.Message())
		d.loop.Dispatch(func() {
			if s.gen != gen {
				// Locked meanwhile: the edits are recorded at the next
				// unlock, and what waited ended then (dropOps).
				return
			}
			if s.epoch[id] != ep {
				return // the log was read again as stored meanwhile (reloadLog): these operations would fork it
			}
			delete(s.busy, id)
			if err == nil {
				_, err = l.Commit(draft, sig)
			}
			hadErr := s.err != nil
			if err != nil {
				s.err = err
			} else {
				s.err = nil
				s.logs[id] = l
				then()
				if lazy {
					d.scheduleLog(id)
				} else {
					d.writeLog(id)
				}
			}
			d.runWaiting(id)
			if err != nil || hadErr {
				d.changed() // the pages say so, or stop saying so
			}
			// Else the pages are not told: a page that shows the log
			// (Share, Change log) is not where one types, and the save
			// itself told them already. A render every save would slow
			// typing on a long incident.
		})
	})
	return true
}

// runWaiting runs what waits for the incident id, once every edit is
// recorded (an edit made while signing is recorded first).
func (d *Desk) runWaiting(id string) {
	s := &d.ops
	fns := s.waiting[id]
	if len(fns) == 0 {
		return
	}
	delete(s.waiting, id)
	for i, fn := range fns {
		if s.busy[id] || d.record(id, nil) {
			s.waiting[id] = append(s.waiting[id], fns[i:]...)
			return
		}
		fn()
	}
}

// LogWriteDelay is how long a long change log (LazyLogOps operations or
// more), or the log of a large incident (stored in LazyLogBytes or more),
// waits for more edits before it is written: such a log is a large record
// (its first operation holds the whole incident), written with the incident
// again, and writing both at every save would slow typing (a 1,000-event
// incident: ~1 MB a save). An edit recorded and not yet written is recorded
// again from the incident should the page die first; a packet is shared
// only once the log is written; a merge and a settlement are written at
// once. A shorter log of a smaller incident is written with each save.
const (
	LogWriteDelay = 3 * time.Second
	LazyLogOps    = 1000
	LazyLogBytes  = 100_000
)

// scheduleLog writes the log of the incident id within LogWriteDelay.
func (d *Desk) scheduleLog(id string) {
	s := &d.ops
	s.logDirty[id] = true
	if s.logTimer {
		return
	}
	s.logTimer = true
	gen := s.gen
	d.loop.After(LogWriteDelay, func() {
		if s.gen != gen {
			return // dropped meanwhile (a lock), which wrote them (unwrittenLogs)
		}
		s.logTimer = false
		for _, id := range sortedIDs(s.logDirty) {
			d.writeLog(id)
		}
	})
}

// writeLog writes the incident id and its log at once.
func (d *Desk) writeLog(id string) { d.writeLogThen(id, nil) }

// writeLogThen writes the incident id and its log in one transaction,
// sealed on a protected desk, then runs fn (nil: nothing) with whether the
// log stored is now the one this tab holds.
//
// Two tabs of one browser sign with one device key, so their operations are
// one chain, and a log is written only over the one it grew from: the log
// stored is the one this tab last read or wrote (deskIO.stored), and this
// tab has not read it again since it took the log it holds (epoch). So the
// stored log only ever grows along one chain per device, and what a packet
// or an export hands out is stored first: no honest sequence of edits in
// two tabs makes a second history of the device. When another tab changed
// the incident's record, nothing is written here and the tab conflict says
// so (Reload takes the other tab's incident and log; KeepMine records this
// tab's version after the other tab's operations). When only the log
// changed (the other tab recorded the same facts: the first operation of an
// incident stored before logs, or a log it wrote after its incident), this
// tab takes the stored log, records its own edits after it, and writes.
func (d *Desk) writeLogThen(id string, fn func(ok bool)) {
	if fn == nil {
		fn = func(bool) {}
	}
	delete(d.ops.logDirty, id)
	d.openLog(id)
	l, inc := d.ops.logs[id], d.incidents[id]
	if l == nil || inc == nil || !d.canWrite() {
		fn(false)
		return
	}
	// A log as this tab last read or wrote it is only checked: written
	// again, it would tell the other tabs of a change that is none.
	mark := logMark{l, l.Len()}
	unchanged := d.ops.stored[id] == mark
	again := func() {} // before writing again: this write is over
	if !unchanged {
		w := &logWrite{mark: mark, fns: []func(bool){fn}}
		d.ops.writing[id] = w
		again = func() {
			if d.ops.writing[id] == w {
				delete(d.ops.writing, id)
			}
		}
		fn = func(ok bool) {
			again()
			for _, f := range w.fns {
				f(ok)
			}
		}
	}
	var incPlain, logPlain []byte
	if !unchanged {
		var err error
		if incPlain, err = d.storedNow(id, inc); err != nil {
			d.ops.err = err
			fn(false)
			return
		}
		logPlain = l.Encode()
	}
	ver, ep, gen := d.ver[id], d.ops.epoch[id], d.ops.gen
	d.quietJob(func(io *deskIO) func() {
		if io.logEpoch[id] != ep {
			// This tab read the log again since (Reload, KeepMine): the
			// one it held then is not written.
			return func() { fn(false) }
		}
		if !unchanged && ver < io.written[id] {
			// A newer version of the incident is written already: write
			// the log again with the version now in memory.
			return func() { again(); d.writeLogThen(id, fn) }
		}
		var err error
		cur, gerr := io.store.Get(id)
		switch {
		case gerr != nil && !errors.Is(gerr, ErrNotFound):
			err = gerr
		case gerr != nil && io.stored[id] != nil:
			return func() { d.tabConflict(id, "deleted"); fn(false) }
		case gerr == nil && string(cur) != string(io.stored[id]) && string(cur) != string(io.noWait[id]):
			return func() { d.tabConflict(id, "changed"); fn(false) }
		}
		if err == nil {
			curLog, lerr := io.store.Get(logRecord(id))
			switch {
			case lerr != nil && !errors.Is(lerr, ErrNotFound):
				err = lerr
			case lerr == nil && string(curLog) != string(io.stored[logRecord(id)]):
				// Only the log changed: take it, record this tab's edits after it.
				io.stored[logRecord(id)] = curLog
				io.logEpoch[id]++
				ep := io.logEpoch[id]
				return func() {
					d.ops.epoch[id] = ep
					if d.ops.gen != gen {
						fn(false) // locked meanwhile: the log is read at the unlock
						return
					}
					d.reloadLog(id, &Record{ID: logRecord(id), Data: curLog})
					d.runWaiting(id)
					again()
					d.whenRecorded(id, func(err error) {
						if err != nil {
							fn(false)
							return
						}
						d.writeLogThen(id, fn)
					})
				}
			case lerr != nil && io.stored[logRecord(id)] != nil:
				// Deleted meanwhile (with its incident, which the check
				// above finds first): not written back.
				return func() { fn(false) }
			}
		}
		if err == nil && unchanged {
			return func() { fn(true) } // stored as this tab holds it, and nobody changed it
		}
		batch := Batch{Incidents: map[string][]byte{}}
		if err == nil {
			batch.Incidents[id], err = io.sealOwn(incPlain)
		}
		if err == nil {
			batch.Incidents[logRecord(id)], err = io.sealOwn(logPlain)
		}
		if err == nil {
			err = io.store.Apply(batch)
		}
		if err == nil {
			for k, b := range batch.Incidents {
				io.stored[k] = b
			}
			io.written[id] = ver
			delete(io.noWait, id)
		}
		return func() {
			if d.ops.gen != gen {
				// Locked meanwhile: the logs of before are dropped. This
				// one was written sealed, or not at all (without the key
				// sealOwn refuses).
				if err == nil {
					d.announce(opPut, id)
				}
				fn(false)
				return
			}
			if err != nil {
				if isFull(err) {
					d.full = true
				} else if !isInterrupted(err) {
					d.ops.err = err
				}
				d.changed()
				fn(false)
				return
			}
			d.ops.stored[id] = mark
			if m, ok := d.ops.merged[id]; ok && m.l == mark.l && mark.n >= m.n {
				delete(d.ops.merged, id)
			}
			d.announce(opPut, id)
			fn(true)
		}
	})
}

// putWithLog writes the incident id (data, sealed already) and its change
// log lj.l, sealed, in one transaction, as writeLogThen does, for a lock.
// The log only goes over the one it grew from (stored as this tab last read
// or wrote it, and not read again since: lj.ep); otherwise another tab's
// log is kept and the incident is written alone, as before logs were
// written at a lock. Holds the storage.
func (io *deskIO) putWithLog(id string, data []byte, lj logJob) error {
	batch := Batch{Incidents: map[string][]byte{id: data}}
	cur, err := io.store.Get(logRecord(id))
	had := io.stored[logRecord(id)]
	switch {
	case err != nil && !errors.Is(err, ErrNotFound):
		return err
	case io.logEpoch[id] != lj.ep, err == nil && string(cur) != string(had), err != nil && had != nil:
	default:
		if batch.Incidents[logRecord(id)], err = io.sealOwn(lj.l.Encode()); err != nil {
			return err
		}
	}
	if err := io.store.Apply(batch); err != nil {
		return err
	}
	if b, ok := batch.Incidents[logRecord(id)]; ok {
		io.stored[logRecord(id)] = b
	}
	return nil
}

// tabConflict stops the writes of the incident id: another tab changed
// ("changed") or deleted ("deleted") it. The pages say so.
func (d *Desk) tabConflict(id, why string) {
	if d.conflict[id] == "" && d.incidents[id] != nil {
		d.conflict[id] = why
		d.changed()
	}
}

// deleteLog forgets the log of the incident id (the incident is deleted).
func (d *Desk) deleteLog(id string) {
	s := &d.ops
	s.init()
	delete(s.logs, id)
	delete(s.base, id)
	delete(s.baseData, id)
	delete(s.logErr, id)
	delete(s.conflicts, id)
	delete(s.changes, id)
	delete(s.at, id)
	delete(s.logDirty, id)
	delete(s.unopened, id)
	delete(s.stored, id)
}

// takeOwn reads a stored record of the desk's own, opening it with key
// when it is sealed. One that cannot be opened is left as it is.
func (d *Desk) takeOwn(r Record, key vault.Cipher) {
	data := r.Data
	if vault.IsSealed(data) {
		if key == nil {
			return
		}
		plain, err := vault.OpenRecord(key, data)
		if err != nil {
			if id, ok := strings.CutPrefix(r.ID, logPrefix); ok {
				d.ops.init()
				d.ops.logErr[id] = err
			}
			return
		}
		data = plain
	}
	d.takeOwnRecord(r.ID, data)
}

// recordDirty records the edits of the incidents changed since their last
// save, and of those in stored: the stored form of the incidents a save
// encoded, each at a version (used when it is still the incident's).
func (d *Desk) recordDirty(stored map[string]saveJob) {
	if !d.canRecord() {
		return
	}
	ids := map[string]bool{}
	for id := range d.dirty {
		ids[id] = true
	}
	for id := range stored {
		ids[id] = true
	}
	for _, id := range sortedIDs(ids) {
		var data []byte
		if j, ok := stored[id]; ok && j.ver == d.ver[id] {
			data = j.plain
		}
		d.recordStored(id, nil, data)
	}
}

// AuthorName is the name this browser's changes are recorded under now.
func (d *Desk) AuthorName() string { return d.author().Name }

// readLog reads the log of the incident id as stored, for reloadLog (nil
// when there is none), and starts a new epoch of it: a write of the log this
// tab held before is refused. Returns the epoch. Holds the storage.
func (io *deskIO) readLog(id string) (*Record, int) {
	io.logEpoch[id]++
	b, err := io.store.Get(logRecord(id))
	if err != nil {
		delete(io.stored, logRecord(id))
		return nil, io.logEpoch[id]
	}
	io.stored[logRecord(id)] = b
	return &Record{ID: logRecord(id), Data: b}, io.logEpoch[id]
}

// reloadLog takes the incident's log as another tab stored it, r (nil: none),
// dropping the one this tab holds with the operations this tab recorded and
// did not write (never handed out: a packet or an export is written
// first), and a signing that runs. The edits of the incident in memory not
// in r are recorded again, after r's operations, by the next record. The
// caller sets d.ops.epoch first and runs what waits (runWaiting) once the
// incident in memory is the one to keep.
func (d *Desk) reloadLog(id string, r *Record) {
	d.ops.init()
	delete(d.ops.busy, id)
	delete(d.ops.logDirty, id)
	delete(d.ops.logs, id)
	delete(d.ops.base, id)
	delete(d.ops.baseData, id)
	delete(d.ops.at, id)
	delete(d.ops.unopened, id)
	delete(d.ops.logErr, id)
	delete(d.ops.stored, id)
	if r != nil {
		d.takeOwn(*r, d.key)
	}
}

// quietJob is job without telling the pages at its end (its result does
// that itself when it must).
func (d *Desk) quietJob(fn func(io *deskIO) func()) {
	d.loop.Async(func() {
		d.io.mu.Lock()
		done := fn(&d.io)
		d.io.mu.Unlock()
		d.loop.Dispatch(func() {
			if done != nil {
				done()
			}
		})
	})
}
