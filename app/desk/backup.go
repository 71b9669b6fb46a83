package desk

import (
	"bytes"
	"strings"
	"time"

	"breachdesk/app/incident"
	"breachdesk/app/vault"

	json "github.com/goccy/go-json"
)

// metaBackups is the meta record holding when incidents were last exported.
const metaBackups = "backups"

// ImportLimit is the largest file an import reads: a sealed export of the
// largest plain file incident.MaxFileBytes allows.
const ImportLimit = vault.MaxEnvelopeBytes

// Backups is when incidents were last exported: all of them at once, and
// each one alone.
type Backups struct {
	All time.Time            `json:"all"`
	IDs map[string]time.Time `json:"ids,omitempty"`
}

// decodeBackups reads the meta record; anything unreadable counts as never.
func decodeBackups(b []byte) Backups {
	var m Backups
	if len(b) == 0 || json.Unmarshal(b, &m) != nil {
		return Backups{}
	}
	return m
}

// Last is when the incident id was last exported, alone or with all.
func (m Backups) Last(id string) time.Time {
	t := m.All
	if u := m.IDs[id]; u.After(t) {
		t = u
	}
	return t
}

// LastAny is the time of the most recent export of any kind.
func (m Backups) LastAny() time.Time {
	t := m.All
	for _, u := range m.IDs {
		if u.After(t) {
			t = u
		}
	}
	return t
}

// Backups returns when incidents were last exported.
func (d *Desk) Backups() Backups { return d.backups }

// NotBackedUp lists the incidents that need a backup (NeedsBackup).
func (d *Desk) NotBackedUp() []*incident.Incident {
	var out []*incident.Incident
	for _, inc := range d.List() {
		if d.NeedsBackup(inc) {
			out = append(out, inc)
		}
	}
	return out
}

// NeedsBackup reports whether inc changed since it was last exported and
// holds something to lose: a new incident holding nothing but its name and
// what the readiness checklist filled in (Untouched) does not, and is not
// reported as "changes not backed up".
func (d *Desk) NeedsBackup(inc *incident.Incident) bool {
	return inc.UpdatedAt.After(d.backups.Last(inc.ID)) && !d.Untouched(inc)
}

// Untouched reports whether inc is as Create made it: only its name may
// differ from a new incident pre-filled from the readiness checklist.
func (d *Desk) Untouched(inc *incident.Incident) bool {
	if inc.Drill || len(inc.Events) > 0 || len(inc.Parties) > 0 || len(inc.DataSets) != 1 {
		return false
	}
	ref := incident.New(inc.ID, inc.CreatedAt)
	if d.readiness.loaded && d.readiness.err == nil && !d.readiness.r.Empty() {
		prefill(ref, d.readiness.r)
	}
	ref.Title, ref.UpdatedAt = inc.Title, inc.UpdatedAt
	a, err1 := incident.Encode(inc)
	b, err2 := incident.Encode(ref)
	return err1 == nil && err2 == nil && bytes.Equal(a, b)
}

// ExportName is the file name of an export: of all incidents (inc nil), or
// of one.
func ExportName(inc *incident.Incident, sealed bool, now time.Time) string {
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

// Export writes the incident id as an export file (all incidents when id is
// ""), sealed with passphrase when it is not "", and hands it to save (in
// the background: it may block, as a download does). When save succeeds the
// time of the backup is recorded. done gets the error.
//
// Each incident goes with its change log (signed, with the devices' public
// keys), once every edit is in it and it is written (what leaves the device
// is stored first, as with a packet), so that the file re-imported where the
// incident is can be merged as a change packet is (MergeImported). An
// incident whose log is not in step with it goes without one, as do those
// past what a file may hold (incident.MaxFileBytes): the facts are the backup.
func (d *Desk) Export(id, passphrase string, save func(name string, data []byte) error, done func(err error)) {
	incs := d.List()
	if id != "" {
		one := d.incidents[id]
		if one == nil {
			done(ErrNotFound)
			return
		}
		incs = []*incident.Incident{one}
	}
	ids := make([]string, len(incs))
	for i, inc := range incs {
		ids[i] = inc.ID
	}
	d.logsForExport(ids, func(logs map[string][]byte) {
		d.export(id, passphrase, logs, save, done)
	})
}

// logsForExport hands fn the change logs of the incidents ids that hold every
// edit of their incident, each written first, in the packet's form.
func (d *Desk) logsForExport(ids []string, fn func(logs map[string][]byte)) {
	if d.ops.signer == nil || !d.canRecord() {
		fn(nil) // nothing is recorded now: no log can be in step
		return
	}
	inStep := map[string]bool{}
	for _, id := range ids {
		inStep[id] = true
	}
	var next func(i int)
	next = func(i int) {
		if i == len(ids) {
			logs := map[string][]byte{}
			size := 0
			for _, id := range ids {
				if !inStep[id] || !d.Recorded(id) || d.ops.logDirty[id] {
					continue
				}
				b := d.ops.logs[id].Packet(nil).Encode()
				if size+len(b) > incident.MaxFileBytes/2 {
					continue // leave room for the facts: the file must import
				}
				size += len(b)
				logs[id] = b
			}
			fn(logs)
			return
		}
		id := ids[i]
		d.whenRecorded(id, func() {
			// Written first, and only over the log it grew from: one
			// another tab changed first is left out (writeLogThen).
			d.writeLogThen(id, func(ok bool) {
				if !ok {
					delete(inStep, id)
				}
				next(i + 1)
			})
		})
	}
	next(0)
}

func (d *Desk) export(id, passphrase string, logs map[string][]byte, save func(name string, data []byte) error, done func(err error)) {
	now := d.loop.Now()
	incs := d.List()
	var one *incident.Incident
	if id != "" {
		if one = d.incidents[id]; one == nil {
			done(ErrNotFound)
			return
		}
		incs = []*incident.Incident{one}
	}
	plain, err := incident.EncodeExportLogs(incs, logs, now)
	if err != nil {
		done(err)
		return
	}
	m := Backups{All: d.backups.All, IDs: map[string]time.Time{}}
	for k, v := range d.backups.IDs {
		m.IDs[k] = v
	}
	if one == nil {
		m.All = now
	} else {
		m.IDs[one.ID] = now
	}
	name := ExportName(one, passphrase != "", now)
	wiped := d.wiped
	d.job(func(io *deskIO) func() {
		data := plain
		var err error
		if passphrase != "" {
			var key vault.Cipher
			if key, err = d.cfg.Keys.New(passphrase); err == nil {
				data, err = vault.SealExport(key, plain)
			}
		}
		if err == nil {
			err = save(name, data)
		}
		var merr error
		if err == nil && io.store != nil && !wiped {
			if b, e := json.Marshal(m); e == nil {
				merr = io.store.PutMeta(metaBackups, b)
			}
		}
		return func() {
			if err == nil {
				d.backups = m
				if isFull(merr) {
					d.full = true
				}
			}
			done(err)
		}
	})
}
