package desk

import (
	"errors"
	"sync"

	"breachdesk/app/incident"
	"breachdesk/app/vault"
)

func (d *Desk) scheduleFlush() {
	if !d.saveTimer {
		d.saveTimer = true
		d.loop.After(SaveDelay, d.saveDue)
	}
}

// Painter is what a Loop may also do in a browser: run fn on the desk's
// goroutine just after the browser has painted its next frame.
type Painter interface {
	AfterPaint(fn func())
}

// saveDue is the save timer's end. Encoding a large incident takes a frame's
// time (1,000 events: ~15 ms in wasm), and the desk's goroutine is the page's:
// a key pressed while it encodes waits. So, on a loop that can tell when the
// browser painted, the write waits for the next edit to be painted and runs
// just after it, when the typist's next key is furthest away (a brisk typist
// presses one every ~125 ms); if no edit comes within SaveQuiet, the user
// has paused and it runs then (and if the paint does not come within
// another SaveQuiet, the page is not painting, and it runs then). Elsewhere
// it runs at once.
func (d *Desk) saveDue() {
	d.saveTimer = false
	if _, ok := d.loop.(Painter); !ok {
		d.flush()
		return
	}
	d.saveWaits = true
	d.saveEpoch++
	epoch := d.saveEpoch
	waiting := func() bool { return d.saveWaits && d.saveEpoch == epoch }
	d.loop.After(SaveQuiet, func() {
		switch {
		case !waiting():
		case !d.saveArmed:
			d.flush()
		default:
			// An edit's paint is awaited: it comes within a few frames
			// on a page in view, never on one in the background (no
			// frames), where the save runs SaveQuiet later.
			d.loop.After(SaveQuiet, func() {
				if waiting() {
					d.flush()
				}
			})
		}
	})
}

// Sooner is what a Loop may also do in a browser: run fn on the desk's
// goroutine in a task of its own, after the input and the other tasks
// already waiting (a key pressed meanwhile).
type Sooner interface {
	Soon(fn func())
}

// soon runs fn in a task of its own on a loop that can (Sooner), else
// through Dispatch.
func (d *Desk) soon(fn func()) {
	if s, ok := d.loop.(Sooner); ok {
		s.Soon(fn)
		return
	}
	d.loop.Dispatch(fn)
}

// edited is told of every edit: a due save waiting for one runs after its
// paint.
func (d *Desk) edited() {
	p, ok := d.loop.(Painter)
	if !ok || !d.saveWaits || d.saveArmed {
		return
	}
	d.saveArmed = true
	epoch := d.saveEpoch
	p.AfterPaint(func() {
		d.saveArmed = false
		if d.saveWaits && d.saveEpoch == epoch {
			d.flush()
		}
	})
}

// canWrite reports whether records may be written now.
func (d *Desk) canWrite() bool {
	return d.store != nil && d.stale == "" && !d.wiped && !(d.prot.Protected() && d.key == nil)
}

// saveJob is one record to write: its plain bytes at version ver, and
// the incident's change log with it when log.l is not nil (a lock's).
type saveJob struct {
	id    string
	ver   int
	plain []byte
	log   logJob
}

// saveResult is how writing one record went.
type saveResult struct {
	id       string
	ver      int
	err      error
	conflict string // "changed" or "deleted" by another tab
}

// flush writes every changed incident, one job for all.
func (d *Desk) flush() {
	d.saveWaits = false
	if d.store == nil && !d.loaded {
		d.scheduleFlush() // not loaded yet: try again
		return
	}
	if !d.canWrite() {
		return // nothing is lost: the edits stay dirty, and the page says why
	}
	// Each changed incident is encoded once, for its save and for the
	// record of its edits (diffed from the log's base in stored form),
	// which runs in a task of its own just after: encoding a large incident
	// and diffing it each take a few milliseconds in wasm, and a key
	// pressed meanwhile is handled between the two, not after both.
	stored := map[string]saveJob{}
	for id := range d.dirty {
		inc := d.incidents[id]
		if inc == nil {
			delete(d.dirty, id)
			continue
		}
		data, err := d.encode(id, inc)
		if err != nil {
			d.saveErr = err
			continue
		}
		stored[id] = saveJob{id: id, ver: d.ver[id], plain: data}
	}
	d.soon(func() { d.recordDirty(stored) })
	if d.writing {
		// Not another SaveDelay after this write: on a loaded machine a
		// write takes hundreds of milliseconds, and an edit would wait for
		// the write, the delay again and its own write.
		d.flushNext = true
		return
	}
	var jobs []saveJob
	for id, j := range stored {
		if d.conflict[id] == "" {
			jobs = append(jobs, j) // at the version encoded: a later one stays dirty
		}
	}
	if len(jobs) == 0 {
		return
	}
	d.writing = true
	ahead := sealsAt{d.seals, d.seals.generation()}
	// The pages are told of a save's end only when what they show of it
	// changed (an error, a full storage, a conflict): a save that went
	// well changes nothing on screen, and telling them would render the
	// page in view again (a 1,000-event incident's facts: a frame or two)
	// at every save while the user types.
	d.quietJob(func(io *deskIO) func() {
		res, stale := io.save(jobs, ahead)
		return func() {
			d.writing = false
			shown := d.saveShown()
			d.saved(res, stale)
			if d.saveShown() != shown {
				d.changed()
			}
		}
	})
}

// encode is the stored form of the incident id (inc), as incident.Encode
// writes it, by the incident's own Encoder: the events unchanged since the
// last time are copied, not encoded again (a key typed in a form of a
// 1,000-event incident waits for less of a save).
func (d *Desk) encode(id string, inc *incident.Incident) ([]byte, error) {
	e := d.encoders[id]
	if e == nil {
		if d.encoders == nil {
			d.encoders = map[string]*incident.Encoder{}
		}
		e = &incident.Encoder{}
		d.encoders[id] = e
	}
	return e.Encode(inc)
}

// saveShown is what the pages show of the saves.
type saveShown struct {
	err       string // its message: an error's type may not be comparable
	full      bool
	stale     string
	conflicts int
}

func (d *Desk) saveShown() saveShown {
	s := saveShown{full: d.full, stale: d.stale, conflicts: len(d.conflict)}
	if d.saveErr != nil {
		s.err = d.saveErr.Error()
	}
	return s
}

// save writes jobs with the storage held; each sealed record is also offered
// to seals, before it is written, so that PageHide never writes an older
// one over it. stale is set when the protection stored is not the one this
// tab knows (another tab changed it): then nothing is written.
func (io *deskIO) save(jobs []saveJob, ahead sealsAt) (res []saveResult, stale bool) {
	if io.store == nil {
		return nil, false
	}
	p, err := readProtection(io.store)
	if isInterrupted(err) {
		for _, j := range jobs {
			res = append(res, saveResult{id: j.id, ver: j.ver, err: err})
		}
		return res, false
	}
	if err != nil || p.Protected() != io.protected || string(p.KeyCheck) != string(io.keyCheck) {
		return nil, true
	}
	for _, j := range jobs {
		r := saveResult{id: j.id, ver: j.ver}
		if j.ver < io.written[j.id] {
			res = append(res, r) // a newer version is written already (with its change log)
			continue
		}
		cur, err := io.store.Get(j.id)
		switch {
		case err != nil && !errors.Is(err, ErrNotFound):
			r.err = err
		case err != nil && io.stored[j.id] != nil:
			r.conflict = "deleted"
		case err == nil && string(cur) != string(io.stored[j.id]) && string(cur) != string(io.noWait[j.id]):
			r.conflict = "changed"
		}
		if r.err == nil && r.conflict == "" {
			data := j.plain
			if io.key != nil {
				if c, ok := ahead.at(j.id, j.ver); ok {
					data = c // sealed after the edit already (sealAhead), with this key
				} else if data, r.err = vault.SealRecord(io.key, j.plain); r.err == nil {
					ahead.offer(j.id, j.ver, data)
				}
			} else if io.protected {
				r.err = ErrLocked
			}
			if r.err == nil {
				if j.log.l != nil {
					r.err = io.putWithLog(j.id, data, j.log)
				} else {
					r.err = io.store.Put(j.id, data)
				}
				if r.err == nil {
					io.stored[j.id] = data
					io.written[j.id] = j.ver
					delete(io.noWait, j.id)
				}
			}
		}
		res = append(res, r)
	}
	return res, false
}

// saved takes the results of a save job back to the desk.
func (d *Desk) saved(res []saveResult, stale bool) {
	if stale {
		d.stale = "protection"
		return
	}
	d.saveErr, d.full = nil, false
	retry := false
	for _, r := range res {
		switch {
		case r.conflict != "":
			d.conflict[r.id] = r.conflict
		case isInterrupted(r.err):
			retry = true // not written, not failed: the edit stays dirty
		case r.err != nil:
			if isFull(r.err) {
				d.full = true
			} else {
				d.saveErr = r.err
			}
		default:
			if d.ver[r.id] == r.ver {
				delete(d.dirty, r.id)
				d.typedSaved(r.id)
			}
			d.announce(opPut, r.id)
		}
	}
	next := d.flushNext
	d.flushNext = false
	switch {
	case len(d.dirty) == 0 || !retry && (d.saveErr != nil || d.full):
	case next && !retry:
		d.flush() // edits made while writing, already due
	default:
		d.scheduleFlush() // edits made while writing
	}
}

// PageHide writes every changed incident and the readiness checklist at
// once, without waiting: the page is being hidden (leaving false) or left
// (true), and this may be the last moment anything runs. It runs inside the
// browser's event, so it cannot wait for WebCrypto: a protected desk writes
// the newest sealed copy of each record (sealAhead), which holds every edit
// but those of the last moments whose sealing had not finished.
//
// When the page is being left, the store's own running reads and writes are
// interrupted first (Store.Interrupt): a write queued behind them would be
// dropped with the page. The jobs they belonged to keep their edits to write
// again (ErrInterrupted), should the page live on (a page kept in the
// back-forward cache).
//
// Call it on the desk's goroutine or while that goroutine is parked (in the
// browser: from the event handler, Go being idle then).
func (d *Desk) PageHide(leaving bool) {
	if !d.canWrite() || d.reprotect {
		d.writeHeld(leaving)
		return
	}
	if leaving && (len(d.dirty) > 0 || d.readinessUnsaved()) {
		d.store.Interrupt()
	}
	for id := range d.dirty {
		if d.conflict[id] != "" {
			continue
		}
		if m, ok := d.ops.merged[id]; ok && d.ops.logs[id] == m.l {
			// A merge whose log is not stored yet (it is written just
			// after the merge's paint): the incident alone would be ahead
			// of its log, and the next load would record the peer's
			// operations as this device's. Left as stored, the merge is
			// lost with the page and the packet can be imported again.
			continue
		}
		inc := d.incidents[id]
		if inc == nil {
			continue
		}
		var data []byte
		if d.prot.Protected() {
			c, ok := d.seals.newest(id)
			if !ok {
				continue // no edit of it sealed yet: the stored record is the newest sealed one
			}
			data = c.data
		} else {
			b, err := d.encode(id, inc)
			if err != nil {
				continue
			}
			data = b
		}
		if d.store.PutNoWait(id, data) == nil {
			d.io.noWait[id] = data
		}
	}
	d.readinessPageHide()
}

// writeHeld writes, at page hide, the sealed edits kept over a lock.
func (d *Desk) writeHeld(leaving bool) {
	if d.store == nil || d.stale != "" || d.wiped || d.reprotect || len(d.held) == 0 {
		return
	}
	if leaving {
		d.store.Interrupt()
	}
	for id, data := range d.held {
		if d.conflict[id] == "" && d.store.PutNoWait(id, data) == nil {
			d.io.noWait[id] = data
		}
	}
}

// seals holds, for each incident, its newest sealed record: made by
// sealAhead after each edit and by the save jobs, kept ready for PageHide.
// The goroutines that seal store their result here themselves, under mu, so
// a sealed copy is ready the moment the cipher returns it. Each change of key
// starts a new generation and forgets the copies: a copy is kept only when
// it was asked for in the current one (sealed with the current key).
type seals struct {
	mu  sync.Mutex
	gen int
	m   map[string]sealedCopy
}

// sealedCopy is an incident's record sealed at version ver.
type sealedCopy struct {
	ver  int
	data []byte
}

func newSeals() *seals { return &seals{m: map[string]sealedCopy{}} }

// sealsAt is where a job offers what it sealed: seals, in the generation the
// job was made in (nil seals: nowhere).
type sealsAt struct {
	s   *seals
	gen int
}

func (a sealsAt) offer(id string, ver int, data []byte) {
	if a.s != nil {
		a.s.offer(id, ver, data, a.gen)
	}
}

// at returns id's sealed copy of version ver, when one was made in the
// generation of a (with the same key).
func (a sealsAt) at(id string, ver int) ([]byte, bool) {
	if a.s == nil {
		return nil, false
	}
	a.s.mu.Lock()
	defer a.s.mu.Unlock()
	c, ok := a.s.m[id]
	if !ok || a.s.gen != a.gen || c.ver != ver {
		return nil, false
	}
	return c.data, true
}

// newKey forgets every copy: the key changed.
func (s *seals) newKey() {
	s.mu.Lock()
	s.gen++
	s.m = map[string]sealedCopy{}
	s.mu.Unlock()
}

// generation is the current key's generation, to hand to offer.
func (s *seals) generation() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.gen
}

// offer keeps data as id's sealed copy when it was sealed in the current
// generation and ver is newer than the copy held.
func (s *seals) offer(id string, ver int, data []byte, gen int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if gen != s.gen {
		return
	}
	if c, ok := s.m[id]; !ok || ver > c.ver {
		s.m[id] = sealedCopy{ver: ver, data: data}
	}
}

// newest returns id's newest sealed copy.
func (s *seals) newest(id string) (sealedCopy, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	c, ok := s.m[id]
	return c, ok
}

func (s *seals) drop(id string) {
	s.mu.Lock()
	delete(s.m, id)
	s.mu.Unlock()
}

// sealAhead seals the incident's current version in the background, for
// PageHide. One sealing per incident runs at a time (typing seals no faster
// than WebCrypto answers); when it ends and the incident has moved on, the
// newest version is sealed next. The sealing goroutine keeps its result
// itself (seals), so PageHide has it the moment the cipher returns it.
func (d *Desk) sealAhead(id string) {
	inc := d.incidents[id]
	if inc == nil || d.key == nil || d.sealing[id] {
		return
	}
	plain, err := d.encode(id, inc)
	if err != nil {
		return
	}
	d.sealing[id] = true
	key, ver, s := d.key, d.ver[id], d.seals
	gen := s.generation()
	d.loop.Async(func() {
		if data, err := vault.SealRecord(key, plain); err == nil {
			s.offer(id, ver, data, gen)
		}
		d.loop.Dispatch(func() {
			delete(d.sealing, id)
			if d.ver[id] != ver && d.key != nil && s.generation() == gen {
				d.sealAhead(id)
			}
		})
	})
}
