package desk

import (
	"strconv"
	"time"

	"breachdesk/app/incident"
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
}

// ReadImport decodes and validates an export (or single-incident) file. Any
// error in any incident refuses the whole file; warnings are returned for
// showing. It is pure: the file input and the tests run the same code.
func ReadImport(data []byte) ([]*incident.Incident, incident.Problems, incident.Problems) {
	incs, _, errs, warns := readImport(data)
	return incs, errs, warns
}

// readImport is ReadImport, with when the file was written.
func readImport(data []byte) ([]*incident.Incident, time.Time, incident.Problems, incident.Problems) {
	kind := incident.Sniff(data)
	e, err := incident.DecodeExport(data)
	if err != nil {
		return nil, time.Time{}, incident.ProblemsOf(err), nil
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
		return nil, time.Time{}, errs, warns
	}
	return e.Incidents, e.ExportedAt, nil, warns
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
	d.loop.Async(func() {
		plain := data
		var err error
		if incident.Sniff(data) == incident.FileSealed {
			plain, err = d.openExport(data, passphrase)
		}
		d.loop.Dispatch(func() {
			if err != nil {
				done(ImportResult{Err: err})
				return
			}
			d.importPlain(plain, done)
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

func (d *Desk) importPlain(plain []byte, done func(r ImportResult)) {
	incs, exported, errs, warns := readImport(plain)
	if len(errs) > 0 {
		done(ImportResult{Problems: errs, Warnings: warns})
		return
	}
	added := planImport(incs, d.taken, d.cfg.NewID)
	for i := range added {
		a := &added[i]
		a.Exported, a.FileUpdated = exported, incs[i].UpdatedAt
		if here := d.incidents[a.OldID]; a.OldID != "" && here != nil {
			a.Here, a.HereUpdated = here.Title, here.UpdatedAt
		}
	}
	records := map[string][]byte{}
	for _, inc := range incs {
		b, err := incident.Encode(inc)
		if err != nil {
			done(ImportResult{Err: err})
			return
		}
		records[inc.ID] = b
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
			for _, inc := range incs {
				d.incidents[inc.ID] = inc
				d.announce(opPut, inc.ID)
				d.record(inc.ID, nil) // its log begins with what the file held
			}
			done(ImportResult{Added: added, Warnings: warns})
		}
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
	d.Delete(copy) // announces the change
	return true
}
