package desk

import (
	"errors"
	"time"

	"breachdesk/app/incident"
	"breachdesk/app/vault"
)

// readProtection reads the stored protection setting; none stored means
// unprotected.
func readProtection(s Store) (vault.Protection, error) {
	b, err := s.Setting(vault.SettingProtection)
	if errors.Is(err, ErrNotFound) {
		return vault.Protection{IdleTimeout: vault.DefaultIdleTimeout}, nil
	}
	if err != nil {
		return vault.Protection{}, err
	}
	return vault.DecodeProtection(b)
}

// Protected reports whether a passphrase protects the incidents.
func (d *Desk) Protected() bool { return d.prot.Protected() }

// Locked reports whether the incidents are protected and no key is in memory:
// pages show the unlock screen instead of any incident.
func (d *Desk) Locked() bool { return d.loaded && d.prot.Protected() && d.key == nil }

// IdleTimeout is the idle lock time (0: never).
func (d *Desk) IdleTimeout() time.Duration { return d.prot.IdleTimeout }

// Active records the user's activity (a keystroke, a click) at t: the idle
// lock counts from the last one. Safe to call from any goroutine.
func (d *Desk) Active(t time.Time) { d.activity.Store(t.UnixMilli()) }

// SetBeforeLock sets the function a lock calls first (nil: none), while the
// key is still there: a page saves with it what the user typed into a field
// not yet left.
func (d *Desk) SetBeforeLock(fn func()) { d.beforeLock = fn }

// tick applies the idle time, and tries again to write the edits kept in
// memory while the storage was full (space may have been freed since).
func (d *Desk) tick() {
	if d.full && len(d.dirty) > 0 && !d.writing && !d.saveTimer {
		d.flush()
	}
	d.readinessRetry()
	if d.lock == nil || d.key == nil {
		return
	}
	if ms := d.activity.Load(); ms > 0 {
		d.lock.Touch(time.UnixMilli(ms))
	}
	if d.lock.Tick(d.loop.Now()) {
		d.Lock()
	}
}

// Unlock derives the key of passphrase, checks it against the stored key check
// and opens every record. A wrong passphrase changes nothing. done gets the
// error (nil when unlocked) and how long the key derivation took.
func (d *Desk) Unlock(passphrase string, done func(err error, took time.Duration)) {
	if !d.Locked() {
		done(nil, 0)
		return
	}
	check := d.prot.KeyCheck
	d.job(func(io *deskIO) func() {
		start := time.Now()
		key, err := d.unlockKey(passphrase, check)
		took := time.Since(start)
		var recs []Record
		if err == nil {
			recs, err = io.store.List()
		}
		if err == nil {
			io.key = key
			for _, r := range recs {
				io.stored[r.ID] = r.Data
			}
		}
		return func() {
			if err == nil {
				d.setKey(key)
				d.locked = nil
				d.incidents = map[string]*incident.Incident{}
				d.takeRecords(recs, key)
				d.restoreHeld(key)
				now := d.loop.Now()
				d.lock.Unlocked(now)
				d.Active(now)
				for id := range d.dirty {
					d.sealAhead(id)
				}
				if len(d.dirty) > 0 {
					d.scheduleFlush()
				}
				d.loadReadiness()
			}
			done(err, took)
		}
	})
}

// unlockKey derives the key of passphrase with the key check's parameters and
// checks it. Blocks for the key derivation.
func (d *Desk) unlockKey(passphrase string, check []byte) (vault.Cipher, error) {
	kdf, err := vault.KeyCheckKDF(check)
	if err != nil {
		return nil, err
	}
	key, err := d.cfg.Keys.Derive(passphrase, kdf)
	if err != nil {
		return nil, err
	}
	if err := vault.CheckKey(key, check); err != nil {
		return nil, err
	}
	return key, nil
}

// restoreHeld puts back the edits sealed in memory at the last lock.
func (d *Desk) restoreHeld(key vault.Cipher) {
	for id, data := range d.held {
		plain, err := vault.OpenRecord(key, data)
		if err != nil {
			continue
		}
		inc, err := incident.Decode(plain)
		if err != nil {
			continue
		}
		d.incidents[id] = inc
		d.dirty[id] = true
		delete(d.held, id)
	}
}

// Lock writes the pending edits sealed, drops the key and every opened
// incident from memory. Edits that cannot be written (storage full, another
// tab's change) are kept sealed in memory and come back at the next unlock.
// A change log not written as it is in memory is written with its incident
// (unwrittenLogs). What waited for a signing or a merge ends with ErrLocked.
func (d *Desk) Lock() {
	if d.key == nil {
		return
	}
	if d.beforeLock != nil {
		d.beforeLock() // still with the key: its write is sealed with it
	}
	key := d.key
	var jobs []saveJob
	logs := d.unwrittenLogs()
	for _, id := range sortedIDs(d.incidents) {
		inc := d.incidents[id]
		lj, withLog := logs[id]
		if inc == nil || !d.dirty[id] && !withLog {
			continue
		}
		if b, err := incident.Encode(inc); err == nil {
			jobs = append(jobs, saveJob{id: id, ver: d.ver[id], plain: b, log: lj})
		}
	}
	conflicts := map[string]string{}
	for id, why := range d.conflict {
		conflicts[id] = why
	}
	d.setKey(nil)
	d.incidents = map[string]*incident.Incident{}
	d.encoders = nil       // they hold the events' bytes
	d.boards = boardMemo{} // it holds the facts too
	waiting := d.dropOps() // and so do the change logs
	d.dirty = map[string]bool{}
	d.dropReadiness()
	d.lock.Lock()
	d.changed()
	d.job(func(io *deskIO) func() {
		var ok []saveJob
		for _, j := range jobs {
			if conflicts[j.id] == "" {
				ok = append(ok, j)
			}
		}
		res, stale := io.save(ok, sealsAt{})
		written := map[string]bool{}
		for _, r := range res {
			if r.err == nil && r.conflict == "" {
				written[r.id] = true
			}
		}
		held := map[string][]byte{}
		for _, j := range jobs {
			if !written[j.id] {
				if b, err := vault.SealRecord(key, j.plain); err == nil {
					held[j.id] = b
				}
			}
		}
		io.key = nil
		var recs []Record
		if io.store != nil {
			recs, _ = io.store.List()
		}
		return func() {
			d.saved(res, stale)
			for id, b := range held {
				d.held[id] = b
			}
			d.locked = recs
		}
	})
	for _, fn := range waiting {
		fn()
	}
}

// SetIdleTimeout stores a new idle lock time.
func (d *Desk) SetIdleTimeout(idle time.Duration, done func(err error)) {
	if err := vault.ValidateIdleTimeout(idle); err != nil || d.store == nil {
		if err == nil {
			err = ErrNoStore
		}
		done(err)
		return
	}
	p := d.prot
	p.IdleTimeout = idle
	d.job(func(io *deskIO) func() {
		b, err := p.Encode()
		if err == nil {
			err = io.store.PutSetting(vault.SettingProtection, b)
		}
		return func() {
			if err == nil {
				d.prot = p
				_ = d.lock.SetIdleTimeout(idle)
				d.lock.Touch(d.loop.Now())
			}
			done(err)
		}
	})
}
