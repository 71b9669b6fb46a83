package desk

import (
	"errors"
	"time"

	"breachdesk/app/incident"
	"breachdesk/app/oplog"
	"breachdesk/app/vault"
)

// Sharing changes through files: a packet holds the whole log of an
// incident (every operation the other side may lack: a packet merges
// idempotently, so sending what they have already costs only bytes), or
// for one peer device only what it has not shown it has (SharePacketFor), sealed
// with a passphrase chosen for the recipient. Importing a packet merges it
// into the incident of the same id, or adds the incident when this browser
// does not have it.

// PacketName is the file name of a change packet of inc.
func PacketName(inc *incident.Incident, now time.Time) string {
	return "breachdesk-changes-" + safeName(inc.ID) + "-" + now.Format("20060102-1504") + ".sealed.json"
}

// SharePacket writes the change packet of the incident id, sealed with
// passphrase, once every edit is recorded, and hands it to done with its
// file name. It holds the whole log.
func (d *Desk) SharePacket(id, passphrase string, done func(name string, data []byte, err error)) {
	d.SharePacketFor(id, "", passphrase, done)
}

// Peer is another device whose changes are in an incident's log: the
// person who signs there, and how many operations of this browser's log
// it may lack (all but what it has shown it has: oplog.Log.Shown).
type Peer struct {
	Device, Author, Role string
	Lacks                int
}

// Peers returns the other devices of the incident id's log, in the order
// of their latest change, newest first.
func (d *Desk) Peers(id string) []Peer {
	d.openLog(id)
	l := d.ops.logs[id]
	if l == nil {
		return nil
	}
	self, have := d.Device(), l.Vector()
	var out []Peer
	for _, h := range l.Heads() {
		if h.Device == self {
			continue
		}
		lacks, shown := 0, l.Shown(h.Device)
		for dev, n := range have {
			lacks += int(n - min(n, shown[dev]))
		}
		out = append(out, Peer{Device: h.Device, Author: h.Author, Role: h.Role, Lacks: lacks})
	}
	return out
}

// SharePacketFor is SharePacket for one peer device: the packet holds only
// the operations that device may lack, since what it has shown it has
// (oplog.Log.Shown); "" or a device without changes here: the whole log.
// A peer that lost operations since cannot take it (its browser refuses
// the packet naming the missing operations): send the whole log then.
func (d *Desk) SharePacketFor(id, device, passphrase string, done func(name string, data []byte, err error)) {
	if passphrase == "" {
		done("", nil, ErrNoPassphrase)
		return
	}
	if d.incidents[id] == nil {
		done("", nil, ErrNotFound)
		return
	}
	if d.ops.signer == nil {
		done("", nil, ErrNoDevice)
		return
	}
	if d.conflict[id] != "" {
		done("", nil, ErrTabConflict)
		return
	}
	gen := d.ops.gen
	d.whenRecorded(id, func(err error) {
		if err != nil {
			done("", nil, err)
			return
		}
		l, inc := d.ops.logs[id], d.incidents[id]
		if l == nil || inc == nil {
			done("", nil, ErrNoLog)
			return
		}
		var since oplog.Vector
		if device != "" {
			since = l.Shown(device)
		}
		plain := l.Packet(since).Encode()
		name := PacketName(inc, d.loop.Now())
		// What is shared is written first: recorded again after a crash,
		// the same changes would be another history of this device; and
		// written over another tab's log, they would be too. A log another
		// tab changed first is not shared (writeLogThen).
		d.writeLogThen(id, func(ok bool) {
			switch {
			case d.lockedSince(gen):
				done("", nil, ErrLocked)
				return
			case !ok:
				done("", nil, ErrTabConflict)
				return
			}
			d.loop.Async(func() {
				key, err := d.cfg.Keys.New(passphrase)
				var data []byte
				if err == nil {
					data, err = oplog.Seal(key, plain)
				}
				d.loop.Dispatch(func() {
					if d.lockedSince(gen) {
						// Locked while sealing: a share of before the
						// lock is not handed out after it.
						done("", nil, ErrLocked)
						return
					}
					done(name, data, err)
				})
			})
		})
	})
}

// PacketResult is what importing a change packet did.
type PacketResult struct {
	ID, Title string
	New       bool // the incident was not on this browser: it was added
	Added     int  // operations new here (0: the packet changed nothing)
	Conflicts int  // conflicts of the incident after the merge
	// Err is why nothing changed: vault.ErrWrongPassphrase, an *oplog.Error
	// naming the problem (tampered, truncated, reordered, replayed…), or
	// another error.
	Err error
}

// ImportPacket merges a change packet file (opened with passphrase when it
// is sealed) into its incident, or adds the incident when this browser does
// not have it. On any error nothing changes.
func (d *Desk) ImportPacket(file []byte, passphrase string, done func(r PacketResult)) {
	fail := func(err error) { done(PacketResult{Err: err}) }
	if d.store == nil || d.Locked() || d.stale != "" || d.wiped {
		fail(ErrLocked)
		return
	}
	if d.ops.signer == nil {
		fail(ErrNoDevice)
		return
	}
	gen := d.ops.gen
	d.loop.Async(func() {
		p, err := d.readPacket(file, passphrase)
		d.loop.Dispatch(func() {
			if d.lockedSince(gen) {
				fail(ErrLocked) // locked while reading: nothing is merged
				return
			}
			if err != nil {
				fail(err)
				return
			}
			d.mergePacket(p, done)
		})
	})
}

// readPacket decodes a packet file, opening it first when it is sealed. Blocks.
func (d *Desk) readPacket(file []byte, passphrase string) (*oplog.Packet, error) {
	p, err := oplog.DecodePacket(file)
	var pe *oplog.Error
	if err == nil || !errors.As(err, &pe) || pe.Code != oplog.CodeSealed {
		return p, err
	}
	if passphrase == "" {
		return nil, vault.ErrWrongPassphrase
	}
	kdf, err := oplog.SealedKDF(file)
	if err != nil {
		return nil, err
	}
	key, err := d.cfg.Keys.Derive(passphrase, kdf)
	if err != nil {
		return nil, err
	}
	plain, err := oplog.Unseal(key, file)
	if err != nil {
		return nil, err
	}
	return oplog.DecodePacket(plain)
}

// mergePacket merges p once every edit of its incident is recorded.
func (d *Desk) mergePacket(p *oplog.Packet, done func(r PacketResult)) {
	id := p.Incident
	fail := func(err error) { done(PacketResult{ID: id, Err: err}) }
	if d.incidents[id] == nil {
		if d.taken(id) {
			fail(ErrUnknownIDKey) // a record of that id that cannot be read
			return
		}
		m, err := oplog.Open(p, oplog.ECDSAVerifier{})
		if err != nil {
			fail(err)
			return
		}
		d.ops.init()
		delete(d.ops.unopened, id) // a log of no incident: this one replaces it
		inc := m.Incident.Clone()
		d.ops.logs[id], d.ops.base[id] = m.Log, m.Incident
		d.ops.conflicts[id] = conflictMemo{log: m.Log, n: m.Log.Len(), cs: m.Conflicts}
		d.incidents[id] = inc
		d.touchMerged(inc)
		d.ops.at[id] = d.ver[id]
		d.ops.merged[id] = logMark{m.Log, m.Log.Len()}
		done(PacketResult{ID: id, Title: inc.Title, New: true, Added: m.Added, Conflicts: len(m.Conflicts)})
		d.changed()
		d.writeMerged(id)
		return
	}
	if d.conflict[id] != "" {
		// This tab's version is not written: a merge into it would not be
		// either, and a reload would drop it.
		fail(ErrTabConflict)
		return
	}
	d.whenRecorded(id, func(err error) {
		if err != nil {
			fail(err)
			return
		}
		cur, l := d.incidents[id], d.ops.logs[id]
		if cur == nil {
			fail(ErrNotFound)
			return
		}
		if err := d.ops.logErr[id]; err != nil {
			fail(err)
			return
		}
		if l == nil {
			fail(ErrNoLog)
			return
		}
		m, err := oplog.Merge(l, p, oplog.ECDSAVerifier{})
		if err != nil {
			fail(err)
			return
		}
		r := PacketResult{ID: id, Title: cur.Title, Added: m.Added, Conflicts: len(m.Conflicts)}
		if m.Added == 0 {
			done(r) // nothing new: nothing changes
			return
		}
		d.ops.logs[id], d.ops.base[id] = m.Log, m.Incident
		d.ops.conflicts[id] = conflictMemo{log: m.Log, n: m.Log.Len(), cs: m.Conflicts}
		adoptMerged(cur, m.Incident)
		d.touchMerged(cur)
		d.ops.at[id] = d.ver[id]
		d.ops.merged[id] = logMark{m.Log, m.Log.Len()}
		done(r)
		d.changed()
		d.writeMerged(id)
	})
}

// writeMerged writes the incident id and its merged log once the pages
// have shown the result of the merge: encoding a long log (10,000
// operations: 3 MB) takes longer than the merge's paint may wait, and
// nothing shown needs it. On a loop that can tell when the browser
// painted (Painter), it runs just after the next paint, or SaveQuiet from
// now when no frame comes (a page in the background paints none): long
// before the incident's own save (SaveDelay), so that the incident is not
// stored with facts its stored log lacks. Elsewhere it runs next. If the
// write fails, the pages say so (OpsError, or the storage is full) and
// the merged log stays in memory, written with the next change.
func (d *Desk) writeMerged(id string) {
	p, ok := d.loop.(Painter)
	if !ok {
		d.loop.Dispatch(func() { d.writeLog(id) })
		return
	}
	written := false
	write := func() {
		if !written {
			written = true
			// The pages say "saving" until it is stored (MergePending).
			d.writeLogThen(id, func(bool) { d.changed() })
		}
	}
	p.AfterPaint(write)
	d.loop.After(SaveQuiet, write)
}

// MergePending reports whether a merge into the incident id (a packet, or
// an import merged) is shown but its log is not stored yet: it is written
// just after the merge's paint (writeMerged), and a page left before that
// loses the merge (PageHide does not write an incident ahead of its log; the
// packet can be imported again). The pages say so until it is stored, and
// the browser asks before the page is left (LeaveWouldLose).
func (d *Desk) MergePending(id string) bool {
	m, ok := d.ops.merged[id]
	return ok && d.ops.logs[id] == m.l
}

// LeaveWouldLose reports whether leaving the page now would lose something
// shown as done: a merge whose log is not stored yet (MergePending).
func (d *Desk) LeaveWouldLose() bool {
	for id := range d.ops.merged {
		if d.MergePending(id) {
			return true
		}
	}
	return false
}

// adoptMerged puts the merged facts into cur (pages hold the pointer),
// keeping what this browser's user typed and has not submitted: it is not
// part of the shared log (oplog leaves "unsubmitted" out).
func adoptMerged(cur, merged *incident.Incident) {
	typing := cur.Unsubmitted
	*cur = *merged.Clone()
	cur.Unsubmitted = typing
}

// touchMerged records that a merge changed inc: derived views are derived
// again and it is saved; its time is the latest change's (Fold's), not now.
func (d *Desk) touchMerged(inc *incident.Incident) {
	at := inc.UpdatedAt
	d.touch(inc)
	inc.UpdatedAt = at
}

// Conflicts returns the conflicts of the incident id: the same value changed
// on two sides since their common ancestor, until someone who has seen both
// settles it.
func (d *Desk) Conflicts(id string) []oplog.Conflict {
	d.openLog(id)
	l := d.ops.logs[id]
	if l == nil {
		return nil
	}
	if m, ok := d.ops.conflicts[id]; ok && m.log == l && m.n == l.Len() {
		return m.cs
	}
	cs := l.Conflicts()
	d.ops.conflicts[id] = conflictMemo{log: l, n: l.Len(), cs: cs}
	return cs
}

// Settle is how a conflict is settled.
type Settle struct {
	Keep  bool   // keep this browser's side ("keep mine")
	Take  int    // else, with Value nil: take side Take ("take theirs")
	Value []byte // a new value (canonical JSON, oplog.Value); with New
	New   bool
}

// SettleConflict settles the conflict at path of the incident id as s says:
// an operation that has seen every side, signed by this device.
func (d *Desk) SettleConflict(id, path string, s Settle, done func(err error)) {
	if d.ops.signer == nil {
		done(ErrNoDevice)
		return
	}
	gen := d.ops.gen
	d.whenRecorded(id, func(err error) {
		if err != nil {
			done(err)
			return
		}
		l := d.ops.logs[id]
		var c *oplog.Conflict
		for _, x := range d.Conflicts(id) {
			if x.Path == path {
				c = &x
				break
			}
		}
		if l == nil || c == nil {
			done(errors.New("desk: that conflict is settled already"))
			return
		}
		var op oplog.Op
		switch {
		case s.New:
			op = c.Resolve(s.Value)
		case s.Keep:
			var ok bool
			if op, ok = c.Keep(d.Device()); !ok {
				done(errors.New("desk: this browser has no side in that conflict"))
				return
			}
		default:
			if s.Take < 0 || s.Take >= len(c.Sides) {
				done(errors.New("desk: no such side"))
				return
			}
			op = c.Take(s.Take)
		}
		settled := false
		after := func() {
			switch {
			case settled:
			case d.ops.gen != gen:
				done(ErrLocked) // locked while signing: not settled
			default:
				done(errOr(d.ops.err, errors.New("desk: the conflict could not be settled")))
			}
		}
		started := d.sign(id, l, []oplog.Op{op}, false, after, func() {
			inc, err := l.Fold()
			if err != nil {
				d.ops.err = err
				return
			}
			d.ops.base[id] = inc
			if cur := d.incidents[id]; cur != nil {
				adoptMerged(cur, inc)
				d.touchMerged(cur)
				d.ops.at[id] = d.ver[id]
			}
			settled = true
			done(nil)
		})
		if !started {
			done(errOr(d.ops.err, errors.New("desk: the conflict could not be settled")))
		}
	})
}

// History lists the changes of the value at path of the incident id (who,
// when, from → to), oldest first.
func (d *Desk) History(id, path string) []oplog.Entry {
	d.openLog(id)
	if l := d.ops.logs[id]; l != nil {
		return l.History(path)
	}
	return nil
}

// Changes returns the change log of the incident id, filtered (the same
// slice until the log or the filter changes: do not modify it).
func (d *Desk) Changes(id string, f oplog.Filter) []oplog.Entry {
	d.openLog(id)
	l := d.ops.logs[id]
	if l == nil {
		return nil
	}
	m := d.ops.changes[id]
	if m.log == l && m.n == l.Len() && m.f == f && m.entries != nil {
		return m.entries
	}
	if m.log != l || m.n != l.Len() {
		m.authors = nil
	}
	m.log, m.n, m.f, m.entries = l, l.Len(), f, l.Changes(f)
	if m.entries == nil {
		m.entries = []oplog.Entry{}
	}
	d.ops.changes[id] = m
	return m.entries
}

// Authors lists the people of the change log of the incident id, in the
// order of their first change.
func (d *Desk) Authors(id string) []string {
	d.openLog(id)
	l := d.ops.logs[id]
	if l == nil {
		return nil
	}
	if m := d.ops.changes[id]; m.log == l && m.n == l.Len() && m.authors != nil {
		return m.authors
	}
	out := l.Authors()
	m := d.ops.changes[id]
	if m.log != l || m.n != l.Len() {
		m = changesMemo{log: l, n: l.Len()}
	}
	m.authors = out
	d.ops.changes[id] = m
	return out
}

// Recorded reports whether every edit of the incident id is in its log and
// nothing runs on it (the tests wait for it).
func (d *Desk) Recorded(id string) bool {
	d.openLog(id)
	inc, l := d.incidents[id], d.ops.logs[id]
	if inc == nil || l == nil || d.ops.busy[id] {
		return false
	}
	old, err := d.baseStored(id)
	if err != nil {
		return false
	}
	data, err := incident.Encode(inc)
	if err != nil {
		return false
	}
	ops, err := oplog.DiffStored(id, old, data)
	return err == nil && len(ops) == 0
}

func errOr(err, or error) error {
	if err != nil {
		return err
	}
	return or
}
