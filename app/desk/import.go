package desk

import (
	"bytes"
	"errors"
	"slices"
	"strconv"
	"time"

	"breachdesk/app/incident"
	"breachdesk/app/oplog"
	"breachdesk/app/vault"
)

// ImportResult is what an import did, or why it refused the file.
type ImportResult struct {
	Problems incident.Problems // errors: nothing was imported
	Warnings incident.Problems // shown; the file was imported
	Added    []Imported
	Err      error // reading, opening or storing failed: nothing was imported
}

// Imported is one incident added by an import.
type Imported struct {
	ID, Title string
	OldID     string // the id in the file, when it was taken and a new one given
	// When OldID names an incident here (the file holds a copy of it): that
	// one's title and last change, the copy's last change and when the file
	// was written, for the page to show where each comes from and to offer
	// to replace the one here (ReplaceWithImported) rather than keep two.
	Here        string
	HereUpdated time.Time
	FileUpdated time.Time
	Exported    time.Time
	// CanMerge: the file carries the change log of the incident and it
	// shares its origin with the log here, so that the file's changes can
	// be merged into the one here (MergeImported) as a change packet's are.
	CanMerge bool
	// LogLeftOut: the file says the incident's change log was left out of
	// it when it was exported (ExportResult.LogsLeftOut): it is added
	// without its history, which is in the browser it came from.
	LogLeftOut bool
}

// LogError is why an import file was refused for the change log it carries
// of an incident (ID, Title: as in the file): altered, cut, signed by
// another key (Err an *oplog.Error naming the problem), the log of another
// incident or of none in the file (ErrLogForeign), or a log whose facts are
// not the incident's (ErrLogMismatch: the incident was edited in the file).
// Nothing was imported.
type LogError struct {
	ID, Title string
	Err       error
}

func (e *LogError) Error() string {
	return "desk: the change log of " + strconv.Quote(e.ID) + ": " + e.Err.Error()
}
func (e *LogError) Unwrap() error { return e.Err }

// Errors of an import's change logs (LogError) and of MergeImported.
var (
	ErrLogForeign  = errors.New("desk: the change log is not that of an incident of the file")
	ErrLogMismatch = errors.New("desk: the incident in the file is not what its change log says")
	ErrNotHeld     = errors.New("desk: the file's change log is no longer held: import the file again")
	ErrCopyChanged = errors.New("desk: the imported copy was changed since the import")
)

// ReadImport decodes and validates an export (or single-incident) file. Any
// error in any incident refuses the whole file; warnings are returned for
// showing. It is pure: the file input and the tests run the same code.
func ReadImport(data []byte) ([]*incident.Incident, incident.Problems, incident.Problems) {
	e, errs, warns := readImport(data)
	if e == nil {
		return nil, errs, warns
	}
	return e.Incidents, errs, warns
}

// readImport is ReadImport, with when the file was written and its logs.
func readImport(data []byte) (*incident.Export, incident.Problems, incident.Problems) {
	kind := incident.Sniff(data)
	e, err := incident.DecodeExport(data)
	if err != nil {
		return nil, incident.ProblemsOf(err), nil
	}
	var errs, warns incident.Problems
	for i, inc := range e.Incidents {
		for _, p := range incident.Validate(inc) {
			if kind == incident.FileExport {
				p = p.Under("incidents[" + strconv.Itoa(i) + "]")
			}
			if p.Severity == incident.SeverityError {
				errs = append(errs, p)
			} else {
				warns = append(warns, p)
			}
		}
		if len(errs) > incident.MaxProblems {
			break
		}
	}
	if len(errs) > 0 {
		return nil, errs, warns
	}
	return e, nil, warns
}

// checkLogs checks each change log of an import file against its incident:
// it must be a packet of that incident's id whose every operation verifies
// (as a packet's, oplog.Open) and whose facts are the incident's. Blocks (a
// long log takes a while). The logs checked are returned by incident id.
func checkLogs(incs []*incident.Incident, logs map[string][]byte) (map[string]*oplog.Packet, *LogError) {
	if len(logs) == 0 {
		return nil, nil
	}
	byID := make(map[string]*incident.Incident, len(incs))
	for _, inc := range incs {
		byID[inc.ID] = inc
	}
	out := make(map[string]*oplog.Packet, len(logs))
	for _, id := range sortedIDs(logs) {
		inc := byID[id]
		if inc == nil {
			return nil, &LogError{ID: id, Err: ErrLogForeign}
		}
		fail := func(err error) (map[string]*oplog.Packet, *LogError) {
			return nil, &LogError{ID: id, Title: inc.Title, Err: err}
		}
		p, err := oplog.DecodePacket(logs[id])
		if err != nil {
			return fail(err)
		}
		if p.Incident != id {
			return fail(ErrLogForeign)
		}
		m, err := oplog.Open(p, oplog.ECDSAVerifier{})
		if err != nil {
			return fail(err)
		}
		if ops, err := oplog.Diff(m.Incident, inc); err != nil || len(ops) > 0 {
			return fail(ErrLogMismatch)
		}
		out[id] = p
	}
	return out, nil
}

// commonOrigin reports whether the log here of the incident id and the
// operations ops share an operation: they are two histories of one
// incident, which a merge joins (two incidents that only share an id, such
// as one imported from an export without a log, would conflict everywhere).
func (d *Desk) commonOrigin(id string, ops []oplog.Op) bool {
	d.openLog(id)
	l := d.ops.logs[id]
	if l == nil || d.ops.logErr[id] != nil {
		return false
	}
	hashes := make(map[string]bool, len(ops))
	for i := range ops {
		hashes[ops[i].Hash] = true
	}
	for _, op := range l.Ops() {
		if hashes[op.Hash] {
			return true
		}
	}
	return false
}

// heldImport is the change log of a file's incident imported as a copy of
// the one here (Here), held until it is merged, or the next import.
type heldImport struct {
	here string
	p    *oplog.Packet
	ver  int // the copy's version when added: merging drops the copy, unless changed since
}

// planImport gives a fresh id to every incoming incident whose id is taken (by
// an incident here, a record that could not be read, or an earlier one of the
// same file), so an import never replaces anything.
func planImport(incs []*incident.Incident, taken func(id string) bool, fresh func() string) []Imported {
	out := make([]Imported, len(incs))
	seen := map[string]bool{}
	for i, inc := range incs {
		out[i] = Imported{ID: inc.ID, Title: inc.Title}
		if inc.ID == "" || taken(inc.ID) || seen[inc.ID] {
			id := fresh()
			for taken(id) || seen[id] {
				id = fresh()
			}
			out[i].OldID, out[i].ID = inc.ID, id
			inc.ID = id
		}
		seen[inc.ID] = true
	}
	return out
}

// taken reports whether id names anything stored or held here.
func (d *Desk) taken(id string) bool {
	if d.incidents[id] != nil || d.unreadable[id] != "" || d.held[id] != nil {
		return true
	}
	_, ok := d.io.stored[id]
	return ok
}

// Import adds the incidents of an export file (opened first with passphrase
// when it is sealed) as new incidents, written in one transaction (sealed
// when the desk is protected). A file with any error changes nothing.
func (d *Desk) Import(data []byte, passphrase string, done func(r ImportResult)) {
	if d.store == nil || d.Locked() || d.stale != "" || d.wiped {
		done(ImportResult{Err: ErrLocked})
		return
	}
	gen := d.ops.gen
	d.loop.Async(func() {
		plain := data
		var err error
		if incident.Sniff(data) == incident.FileSealed {
			plain, err = d.openExport(data, passphrase)
		}
		var (
			e          *incident.Export
			errs, warn incident.Problems
			logs       map[string]*oplog.Packet
			lerr       *LogError
		)
		if err == nil {
			if e, errs, warn = readImport(plain); len(errs) == 0 {
				logs, lerr = checkLogs(e.Incidents, e.Logs)
			}
		}
		d.loop.Dispatch(func() {
			switch {
			case d.lockedSince(gen):
				done(ImportResult{Err: ErrLocked}) // locked while reading: nothing is added
			case err != nil:
				done(ImportResult{Err: err})
			case len(errs) > 0:
				done(ImportResult{Problems: errs, Warnings: warn})
			case lerr != nil:
				done(ImportResult{Err: lerr, Warnings: warn})
			default:
				d.importPlain(e, logs, warn, done)
			}
		})
	})
}

// openExport opens a sealed export file with passphrase. Blocks.
func (d *Desk) openExport(file []byte, passphrase string) ([]byte, error) {
	kdf, err := vault.ExportKDF(file)
	if err != nil {
		return nil, err
	}
	key, err := d.cfg.Keys.Derive(passphrase, kdf)
	if err != nil {
		return nil, err
	}
	return vault.OpenExport(key, file)
}

// importPlain adds the incidents of a file read and checked. An incident new
// here keeps the change log the file carries (its history goes with it); a
// copy of an incident here is added under a new id with a log of its own,
// and when the file's log shares its origin with the one here it is held
// for MergeImported.
func (d *Desk) importPlain(e *incident.Export, logs map[string]*oplog.Packet, warns incident.Problems, done func(r ImportResult)) {
	incs := e.Incidents
	fileIDs := make([]string, len(incs))
	for i, inc := range incs {
		fileIDs[i] = inc.ID
	}
	added := planImport(incs, d.taken, d.cfg.NewID)
	adopt := map[string]*oplog.Merged{}
	held := map[string]heldImport{}
	again := map[int]bool{} // incs of the file whose earlier copy is offered again, not added
	for i := range added {
		a := &added[i]
		a.Exported, a.FileUpdated = e.ExportedAt, incs[i].UpdatedAt
		a.LogLeftOut = logs[fileIDs[i]] == nil && slices.Contains(e.LogsLeftOut, fileIDs[i])
		if here := d.incidents[a.OldID]; a.OldID != "" && here != nil {
			a.Here, a.HereUpdated = here.Title, here.UpdatedAt
		}
		p := logs[fileIDs[i]]
		switch {
		case p == nil:
		case a.OldID == "":
			m, err := oplog.Open(p, oplog.ECDSAVerifier{})
			if err != nil { // checked already: cannot happen
				done(ImportResult{Err: &LogError{ID: a.ID, Title: a.Title, Err: err}})
				return
			}
			adopt[a.ID] = m
		case a.Here != "" && d.commonOrigin(a.OldID, p.Ops):
			a.CanMerge = true
			if x := d.untouchedCopy(incs[i], a.OldID); x != "" {
				// The same file was imported before and its offer lost
				// (held in memory: the page was reloaded since): its copy
				// is offered again rather than a second one added.
				again[i], a.ID = true, x
			}
			held[a.ID] = heldImport{here: a.OldID, p: p}
		}
	}
	records := map[string][]byte{}
	for i, inc := range incs {
		if again[i] {
			continue
		}
		b, err := incident.Encode(inc)
		if err != nil {
			done(ImportResult{Err: err})
			return
		}
		records[inc.ID] = b
		if m := adopt[inc.ID]; m != nil {
			records[logRecord(inc.ID)] = m.Log.Encode()
		}
	}
	d.job(func(io *deskIO) func() {
		batch := Batch{Incidents: map[string][]byte{}}
		var err error
		for id, b := range records {
			if io.key != nil {
				b, err = vault.SealRecord(io.key, b)
			} else if io.protected {
				err = ErrLocked
			}
			if err != nil {
				break
			}
			batch.Incidents[id] = b
		}
		if err == nil {
			err = io.store.Apply(batch)
		}
		if err == nil {
			for id, b := range batch.Incidents {
				io.stored[id] = b
			}
		}
		return func() {
			if err != nil {
				if isFull(err) {
					d.full = true
				}
				done(ImportResult{Err: err})
				return
			}
			d.ops.init()
			d.ops.imported = map[string]heldImport{}
			for i := range again {
				h := held[added[i].ID]
				h.ver = d.ver[added[i].ID]
				d.ops.imported[added[i].ID] = h
			}
			for i, inc := range incs {
				if again[i] {
					continue
				}
				d.incidents[inc.ID] = inc
				d.announce(opPut, inc.ID)
				if m := adopt[inc.ID]; m != nil {
					delete(d.ops.unopened, inc.ID) // the file's log replaces the stored one
					d.ops.logs[inc.ID], d.ops.base[inc.ID] = m.Log, m.Incident
					d.ops.conflicts[inc.ID] = conflictMemo{log: m.Log, n: m.Log.Len(), cs: m.Conflicts}
				}
				if h, ok := held[inc.ID]; ok {
					h.ver = d.ver[inc.ID]
					d.ops.imported[inc.ID] = h
				}
				d.record(inc.ID, nil) // without a log, its log begins with what the file held
			}
			done(ImportResult{Added: added, Warnings: warns})
		}
	})
}

// untouchedCopy is the id of an incident here, other than here, that an
// earlier import of the same file added as a copy of inc and that nobody
// changed since: its facts are inc's but for the id, and its log holds the
// one operation that import recorded. "" when there is none.
func (d *Desk) untouchedCopy(inc *incident.Incident, here string) string {
	want, err := incident.Encode(inc)
	if err != nil {
		return ""
	}
	for _, id := range sortedIDs(d.incidents) {
		x := d.incidents[id]
		if id == here || id == inc.ID || x.Title != inc.Title || !x.UpdatedAt.Equal(inc.UpdatedAt) || d.dirty[id] || d.ops.busy[id] {
			continue
		}
		d.openLog(id)
		if l := d.ops.logs[id]; l == nil || l.Len() != 1 {
			continue
		}
		c := x.Clone()
		c.ID = inc.ID
		if got, err := incident.Encode(c); err == nil && bytes.Equal(got, want) {
			return id
		}
	}
	return ""
}

// MergeImported merges the change log that an import file carried of the
// incident here (Imported.CanMerge) into its log, as ImportPacket merges a
// packet: the same checks, the same conflicts, nothing changed on error.
// The copy the import added is then removed, unless it was changed since
// (ErrCopyChanged: nothing is merged; replace it or keep both).
func (d *Desk) MergeImported(here, copy string, done func(r PacketResult)) {
	h, ok := d.ops.imported[copy]
	switch {
	case !ok || h.here != here:
		done(PacketResult{ID: here, Err: ErrNotHeld})
		return
	case d.incidents[here] == nil:
		done(PacketResult{ID: here, Err: ErrNotFound})
		return
	case d.incidents[copy] != nil && d.ver[copy] != h.ver:
		done(PacketResult{ID: here, Err: ErrCopyChanged})
		return
	case d.ops.signer == nil:
		done(PacketResult{ID: here, Err: ErrNoDevice})
		return
	case d.store == nil || d.Locked() || d.stale != "" || d.wiped:
		done(PacketResult{ID: here, Err: ErrLocked})
		return
	}
	d.mergePacket(h.p, func(r PacketResult) {
		if r.Err == nil {
			delete(d.ops.imported, copy)
			if d.incidents[copy] != nil {
				d.Delete(copy)
			}
		}
		done(r)
	})
}

// ReplaceWithImported puts the incident copy (added by an import, a copy of
// the incident here) in place of here, under here's id, and removes the
// copy: one incident, as the file has it. It reports false when either is
// missing.
func (d *Desk) ReplaceWithImported(here, copy string) bool {
	inc, old := d.incidents[copy], d.incidents[here]
	if inc == nil || old == nil || here == copy {
		return false
	}
	inc.ID = here
	d.incidents[here] = inc
	d.touch(inc)
	delete(d.ops.imported, copy)
	d.Delete(copy) // announces the change
	return true
}
