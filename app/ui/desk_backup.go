package ui

import (
	"strconv"
	"strings"
	"time"

	"breachdesk/app/browser"
	"breachdesk/app/incident"
	"breachdesk/app/vault"

	json "github.com/goccy/go-json"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// metaBackups is the meta record holding when incidents were last exported.
const metaBackups = "backups"

// importLimit is the largest file the import reads: a sealed export of the
// largest plain file incident.MaxFileBytes allows.
const importLimit = vault.MaxEnvelopeBytes

// backupMeta is when incidents were last exported: all of them at once, and
// each one alone.
type backupMeta struct {
	All time.Time            `json:"all"`
	IDs map[string]time.Time `json:"ids,omitempty"`
}

// decodeBackups reads the meta record; anything unreadable counts as never.
func decodeBackups(b []byte) backupMeta {
	var m backupMeta
	if len(b) == 0 || json.Unmarshal(b, &m) != nil {
		return backupMeta{}
	}
	return m
}

// last is when the incident id was last exported, alone or with all.
func (m backupMeta) last(id string) time.Time {
	t := m.All
	if u := m.IDs[id]; u.After(t) {
		t = u
	}
	return t
}

// lastAny is the time of the most recent export of any kind.
func (m backupMeta) lastAny() time.Time {
	t := m.All
	for _, u := range m.IDs {
		if u.After(t) {
			t = u
		}
	}
	return t
}

// notBackedUp lists the incidents changed since they were last exported.
func notBackedUp(incs []*incident.Incident, m backupMeta) []*incident.Incident {
	var out []*incident.Incident
	for _, inc := range incs {
		if inc.UpdatedAt.After(m.last(inc.ID)) {
			out = append(out, inc)
		}
	}
	return out
}

// Backups returns when incidents were last exported.
func (d *Desk) Backups() backupMeta { return d.backups }

// NotBackedUp lists the incidents with changes not yet exported.
func (d *Desk) NotBackedUp() []*incident.Incident { return notBackedUp(d.List(), d.backups) }

// exportName is the file name of an export: all incidents, or one.
func exportName(inc *incident.Incident, sealed bool, now time.Time) string {
	name := "breachdesk-backup-" + now.Format("20060102-1504")
	if inc != nil {
		name = "breachdesk-" + safeName(inc.ID) + "-" + now.Format("20060102-1504")
	}
	if sealed {
		return name + ".sealed.json"
	}
	return name + ".json"
}

// safeName keeps the letters, digits and dashes of s (an id) for a file name.
func safeName(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 128 && (r == '-' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 {
		return "incident"
	}
	return b.String()
}

// Export writes the incidents as a file (all of them when inc is nil), sealed
// with passphrase when it is not "", offers it as a download and records the
// time of the backup. done gets the error.
func (d *Desk) Export(ctx app.Context, inc *incident.Incident, passphrase string, done func(ctx app.Context, err error)) {
	now := time.Now()
	incs := d.List()
	if inc != nil {
		incs = []*incident.Incident{inc}
	}
	plain, err := incident.EncodeExport(incs, now)
	if err != nil {
		done(ctx, err)
		return
	}
	m := backupMeta{All: d.backups.All, IDs: map[string]time.Time{}}
	for k, v := range d.backups.IDs {
		m.IDs[k] = v
	}
	if inc == nil {
		m.All = now
	} else {
		m.IDs[inc.ID] = now
	}
	name := exportName(inc, passphrase != "", now)
	d.job(ctx, func(io *deskIO) func(app.Context) {
		data := plain
		var err error
		if passphrase != "" {
			var key *browser.Key
			if key, err = browser.NewKey(passphrase); err == nil {
				data, err = vault.SealExport(key, plain)
			}
		}
		if err == nil {
			err = browser.Download(name, "application/json", data)
		}
		var merr error
		if err == nil && io.store != nil && !d.wiped {
			if b, e := json.Marshal(m); e == nil {
				merr = io.store.PutMeta(metaBackups, b)
			}
		}
		return func(ctx app.Context) {
			if err == nil {
				d.backups = m
				if merr != nil && isQuota(merr) {
					d.full = true
				}
			}
			done(ctx, err)
		}
	})
}

// importResult is what an import did, or why it refused the file.
type importResult struct {
	Problems incident.Problems // errors: nothing was imported
	Warnings incident.Problems // shown; the file was imported
	Added    []importedIncident
	Err      error // reading, opening or storing failed: nothing was imported
}

// importedIncident is one incident added by an import.
type importedIncident struct {
	ID, Title string
	OldID     string // the id in the file, when it was taken and a new one given
}

// readImport decodes and validates an export (or single-incident) file. Any
// error in any incident refuses the whole file; warnings are returned for
// showing. It is pure: the same code path for the file input and for tests.
func readImport(data []byte) ([]*incident.Incident, incident.Problems, incident.Problems) {
	kind := incident.Sniff(data)
	e, err := incident.DecodeExport(data)
	if err != nil {
		return nil, incident.ProblemsOf(err), nil
	}
	var errs, warns incident.Problems
	for i, inc := range e.Incidents {
		for _, p := range incident.Validate(inc) {
			if kind == incident.FileExport {
				p.Path = prefixPath("incidents["+strconv.Itoa(i)+"]", p.Path)
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
	return e.Incidents, nil, warns
}

func prefixPath(prefix, path string) string {
	switch {
	case path == "":
		return prefix
	case path[0] == '[':
		return prefix + path
	}
	return prefix + "." + path
}

// planImport gives a fresh id to every incoming incident whose id is taken (by
// an incident here, a record that could not be read, or an earlier one of the
// same file), so an import never replaces anything.
func planImport(incs []*incident.Incident, taken func(id string) bool, fresh func() string) []importedIncident {
	out := make([]importedIncident, len(incs))
	seen := map[string]bool{}
	for i, inc := range incs {
		out[i] = importedIncident{ID: inc.ID, Title: inc.Title}
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

// ImportFile imports an export file (opened first with passphrase when it is
// sealed) into new incidents, written in one transaction (sealed when the desk
// is protected). A file with any error changes nothing.
func (d *Desk) ImportFile(ctx app.Context, data []byte, passphrase string, done func(ctx app.Context, r importResult)) {
	if d.store == nil || d.Locked() || d.stale != "" || d.wiped {
		done(ctx, importResult{Err: errLocked})
		return
	}
	// The caller's context: its component re-renders with the result (a
	// refused file changes nothing in the desk, so no observer would).
	ctx.Async(func() {
		plain := data
		var err error
		if incident.Sniff(data) == incident.FileSealed {
			plain, err = openExport(data, passphrase)
		}
		ctx.Dispatch(func(ctx app.Context) {
			if err != nil {
				done(ctx, importResult{Err: err})
				return
			}
			d.importPlain(ctx, plain, done)
		})
	})
}

// openExport opens a sealed export file with passphrase. Blocks.
func openExport(file []byte, passphrase string) ([]byte, error) {
	kdf, err := vault.ExportKDF(file)
	if err != nil {
		return nil, err
	}
	key, err := browser.DeriveKey(passphrase, kdf)
	if err != nil {
		return nil, err
	}
	return vault.OpenExport(key, file)
}

func (d *Desk) importPlain(ctx app.Context, plain []byte, done func(ctx app.Context, r importResult)) {
	incs, errs, warns := readImport(plain)
	if len(errs) > 0 {
		done(ctx, importResult{Problems: errs, Warnings: warns})
		return
	}
	added := planImport(incs, d.taken, newID)
	records := map[string][]byte{}
	for _, inc := range incs {
		b, err := incident.Encode(inc)
		if err != nil {
			done(ctx, importResult{Err: err})
			return
		}
		records[inc.ID] = b
	}
	d.job(ctx, func(io *deskIO) func(app.Context) {
		batch := browser.Batch{Incidents: map[string][]byte{}}
		var err error
		for id, b := range records {
			if io.key != nil {
				b, err = vault.SealRecord(io.key, b)
			} else if io.protected {
				err = errLocked
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
		return func(ctx app.Context) {
			if err != nil {
				if isQuota(err) {
					d.full = true
				}
				done(ctx, importResult{Err: err})
				return
			}
			for _, inc := range incs {
				d.incidents[inc.ID] = inc
				d.announce(opPut, inc.ID)
			}
			done(ctx, importResult{Added: added, Warnings: warns})
		}
	})
}
