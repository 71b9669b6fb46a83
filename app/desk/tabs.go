package desk

import (
	stdjson "encoding/json"
	"errors"

	"breachdesk/app/incident"
	"breachdesk/app/vault"

	json "github.com/goccy/go-json"
)

// Operations announced to the other tabs.
const (
	opPut        = "put"        // an incident record was written
	opDelete     = "delete"     // an incident record was deleted
	opProtection = "protection" // the passphrase was set, changed or removed
	opWipe       = "wipe"       // every piece of data was deleted
)

// tabMessage is one announcement.
type tabMessage struct {
	Tab string `json:"tab"`
	Op  string `json:"op"`
	ID  string `json:"id,omitempty"`
}

// startTabs listens to the other tabs.
func (d *Desk) startTabs() {
	if d.cfg.Tabs == nil {
		return
	}
	_ = d.cfg.Tabs.OnMessage(func(b []byte) {
		var m tabMessage
		if json.Unmarshal(b, &m) != nil || m.Tab == d.tab {
			return
		}
		d.loop.Dispatch(func() {
			d.heard(m)
			d.changed()
		})
	})
}

// announce tells the other tabs what this one wrote.
func (d *Desk) announce(op, id string) {
	if d.cfg.Tabs == nil {
		return
	}
	if b, err := stdjson.Marshal(tabMessage{Tab: d.tab, Op: op, ID: id}); err == nil {
		_ = d.cfg.Tabs.Post(b)
	}
}

// heard records another tab's announcement.
func (d *Desk) heard(m tabMessage) {
	switch m.Op {
	case opPut, opDelete:
		if d.incidents[m.ID] != nil || m.Op == opPut {
			d.external[m.ID] = true
		}
	case opProtection:
		d.stale = "protection"
	case opWipe:
		d.stale = "wipe"
	}
}

// Changed lists the incidents another tab changed, or whose write was
// stopped because another tab changed them first.
func (d *Desk) Changed() []string {
	seen := map[string]bool{}
	var ids []string
	for _, id := range append(sortedIDs(d.external), sortedIDs(d.conflict)...) {
		if !seen[id] {
			ids, seen[id] = append(ids, id), true
		}
	}
	return ids
}

// Conflict says why an incident's edits are not being written ("changed" or
// "deleted" by another tab; "" when they are).
func (d *Desk) Conflict(id string) string { return d.conflict[id] }

// Stale says what another tab changed for the whole device ("protection",
// "wipe"), or "": then this tab writes nothing until it is reloaded.
func (d *Desk) Stale() string { return d.stale }

// Reload reads an incident again as stored, dropping this tab's edits of it
// that were not written.
func (d *Desk) Reload(id string) {
	if d.store == nil {
		return
	}
	d.job(func(io *deskIO) func() {
		b, err := io.store.Get(id)
		var inc *incident.Incident
		if err == nil {
			io.stored[id] = b
			plain := b
			if vault.IsSealed(b) {
				if io.key == nil {
					err = ErrLocked
				} else {
					plain, err = vault.OpenRecord(io.key, b)
				}
			}
			if err == nil {
				inc, err = incident.Decode(plain)
			}
		} else if errors.Is(err, ErrNotFound) {
			delete(io.stored, id)
			err = nil
		}
		logRec, ep := io.readLog(id)
		return func() {
			if err != nil {
				// Nothing is read again: the log this tab holds is not
				// written either (its epoch is behind), until a reload works.
				d.saveErr = err
				return
			}
			d.ops.init()
			d.ops.epoch[id] = ep
			d.reloadLog(id, logRec)
			defer d.runWaiting(id)
			delete(d.dirty, id)
			delete(d.conflict, id)
			delete(d.external, id)
			d.typedSaved(id) // what was typed is dropped with the edits
			d.seals.drop(id)
			d.ver[id]++ // new facts: derived views are derived again
			if inc == nil {
				delete(d.incidents, id)
				delete(d.encoders, id)
				return
			}
			if cur := d.incidents[id]; cur != nil {
				*cur = *inc // pages hold the pointer
			} else {
				d.incidents[id] = inc
			}
		}
	})
}

// KeepMine writes this tab's version of an incident over the other tab's,
// which the user chose knowingly. The other tab's change log is kept, and
// this tab's version recorded after it: the difference from the other tab's
// version, as new operations of this device.
func (d *Desk) KeepMine(id string) {
	if d.store == nil || d.incidents[id] == nil {
		return
	}
	d.job(func(io *deskIO) func() {
		b, err := io.store.Get(id)
		switch {
		case err == nil:
			io.stored[id] = b
		case errors.Is(err, ErrNotFound):
			delete(io.stored, id)
		}
		// The other tab's log is kept: this tab's version is recorded
		// after its operations (one chain for the device).
		logRec, ep := io.readLog(id)
		return func() {
			d.ops.init()
			d.ops.epoch[id] = ep
			d.reloadLog(id, logRec)
			defer d.runWaiting(id)
			delete(d.conflict, id)
			delete(d.external, id)
			d.dirty[id] = true
			d.ver[id]++
			if d.key != nil {
				d.sealAhead(id)
			}
			d.scheduleFlush()
		}
	})
}
