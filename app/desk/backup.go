package desk

import (
	"bytes"
	"cmp"
	stdjson "encoding/json"
	"slices"
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

// ExportResult is what an export did: Err is why no file was written;
// LogsLeftOut, the incidents of a file written whose change log it does not
// hold although they have one (the file names them too, under
// "logsLeftOut").
type ExportResult struct {
	Err         error
	LogsLeftOut []LeftOut
}

// LeftOut is an incident whose change log an export left out, and why:
// TooLarge, the file would be past what an import reads
// (incident.MaxFileBytes) with it (Bytes is the log's size); else the log
// was not in step with the incident (another tab changed it, or it could
// not be read or recorded yet).
type LeftOut struct {
	ID, Title string
	TooLarge  bool
	Bytes     int
}

// Export is ExportThen for a caller that needs only the error.
func (d *Desk) Export(id, passphrase string, save func(name string, data []byte) error, done func(err error)) {
	d.ExportThen(id, passphrase, save, func(r ExportResult) { done(r.Err) })
}

// ExportThen writes the incident id as an export file (all incidents when id
// is ""), sealed with passphrase when it is not "", and hands it to save (in
// the background: it may block, as a download does). When save succeeds the
// time of the backup is recorded. done gets what it did.
//
// Each incident goes with its change log (signed, with the devices' public
// keys), once every edit is in it and it is written (what leaves the device
// is stored first, as with a packet), so that the file re-imported where the
// incident is can be merged as a change packet is (MergeImported). The logs
// take the room the facts leave in what a file may hold
// (incident.MaxFileBytes, the most an import reads), the smallest first. A
// log left out, past that room or not in step with its incident, is named
// in the file and in the result: the facts are the backup, and the history
// stays here (a change packet holds a log alone).
func (d *Desk) ExportThen(id, passphrase string, save func(name string, data []byte) error, done func(r ExportResult)) {
	incs := d.List()
	if id != "" {
		one := d.incidents[id]
		if one == nil {
			done(ExportResult{Err: ErrNotFound})
			return
		}
		incs = []*incident.Incident{one}
	}
	ids := make([]string, len(incs))
	for i, inc := range incs {
		ids[i] = inc.ID
	}
	d.logsForExport(ids, func(logs map[string][]byte, notInStep []string, err error) {
		if err != nil {
			done(ExportResult{Err: err})
			return
		}
		d.export(id, passphrase, logs, notInStep, save, done)
	})
}

// logsForExport hands fn the change logs of the incidents ids that hold every
// edit of their incident, each written first, in the packet's form, and the
// incidents that have a log not in step; or ErrLocked when the desk was
// locked meanwhile (the incidents are no longer in memory).
func (d *Desk) logsForExport(ids []string, fn func(logs map[string][]byte, notInStep []string, err error)) {
	if d.ops.signer == nil || !d.canRecord() {
		// Nothing is recorded now: no log can be in step.
		var has []string
		for _, id := range ids {
			if d.hasLog(id) {
				has = append(has, id)
			}
		}
		fn(nil, has, nil)
		return
	}
	gen := d.ops.gen
	inStep := map[string]bool{}
	for _, id := range ids {
		inStep[id] = true
	}
	var next func(i int)
	next = func(i int) {
		if i == len(ids) {
			logs := map[string][]byte{}
			var notInStep []string
			for _, id := range ids {
				if !inStep[id] || !d.Recorded(id) || d.ops.logDirty[id] {
					if d.hasLog(id) {
						notInStep = append(notInStep, id)
					}
					continue
				}
				logs[id] = d.ops.logs[id].Encode()
			}
			fn(logs, notInStep, nil)
			return
		}
		id := ids[i]
		d.whenRecorded(id, func(err error) {
			if err != nil {
				fn(nil, nil, err)
				return
			}
			// Written first, and only over the log it grew from: one
			// another tab changed first is left out (writeLogThen).
			d.writeLogThen(id, func(ok bool) {
				if d.lockedSince(gen) {
					fn(nil, nil, ErrLocked)
					return
				}
				if !ok {
					delete(inStep, id)
				}
				next(i + 1)
			})
		})
	}
	next(0)
}

// hasLog reports whether the incident id has a change log here (opened,
// stored and not opened yet, or unreadable).
func (d *Desk) hasLog(id string) bool {
	d.ops.init()
	_, unopened := d.ops.unopened[id]
	return d.ops.logs[id] != nil || unopened || d.ops.logErr[id] != nil
}

// fitLogs encodes the export of incs with as many of logs as a file may
// hold (incident.MaxFileBytes), the smallest first, naming the others and
// those of notInStep in it; it returns the file and what was left out.
func fitLogs(incs []*incident.Incident, logs map[string][]byte, notInStep []string, now time.Time) ([]byte, []LeftOut, error) {
	title := map[string]string{}
	for _, inc := range incs {
		title[inc.ID] = inc.Title
	}
	ids := make([]string, 0, len(logs))
	for id := range logs {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b string) int {
		return cmp.Or(cmp.Compare(len(logs[a]), len(logs[b])), cmp.Compare(a, b))
	})
	var (
		out   []byte
		err   error
		taken = len(ids)
	)
	for {
		var left []LeftOut
		names := slices.Clone(notInStep)
		for _, id := range notInStep {
			left = append(left, LeftOut{ID: id, Title: title[id]})
		}
		in := map[string][]byte{}
		for i, id := range ids {
			if i < taken {
				in[id] = logs[id]
				continue
			}
			names = append(names, id)
			left = append(left, LeftOut{ID: id, Title: title[id], TooLarge: true, Bytes: len(logs[id])})
		}
		slices.Sort(names)
		if out, err = incident.EncodeExportLeftOut(incs, in, names, now); err != nil {
			return nil, nil, err
		}
		if len(out) <= incident.MaxFileBytes || taken == 0 {
			return out, left, nil // with no log, the facts alone: an import says if they are too many
		}
		// Leave out logs, the largest first, until the file fits: as
		// many as it can hold go with it.
		over := len(out) - incident.MaxFileBytes
		for over > 0 && taken > 0 {
			taken--
			over -= len(logs[ids[taken]])
		}
	}
}

func (d *Desk) export(id, passphrase string, logs map[string][]byte, notInStep []string, save func(name string, data []byte) error, done func(r ExportResult)) {
	now := d.loop.Now()
	incs := d.List()
	var one *incident.Incident
	if id != "" {
		if one = d.incidents[id]; one == nil {
			done(ExportResult{Err: ErrNotFound})
			return
		}
		incs = []*incident.Incident{one}
	}
	plain, leftOut, err := fitLogs(incs, logs, notInStep, now)
	if err != nil {
		done(ExportResult{Err: err})
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
		if io.protected && io.key == nil {
			// Locked since the file was made (a lock's job ran first): a
			// file of before the lock is not handed out after it.
			err = ErrLocked
		}
		if err == nil && passphrase != "" {
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
			if b, e := stdjson.Marshal(m); e == nil {
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
			r := ExportResult{Err: err}
			if err == nil {
				r.LogsLeftOut = leftOut
			}
			done(r)
		}
	})
}
