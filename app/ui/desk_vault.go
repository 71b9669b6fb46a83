package ui

import (
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"breachdesk/app/browser"
	"breachdesk/app/incident"
	"breachdesk/app/vault"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// errLocked is a write attempted on a protected desk without its key.
var errLocked = errors.New("ui: the incidents are locked")

// errBusy is a change of protection asked while another is being written.
var errBusy = errors.New("ui: busy")

// readProtection reads the stored protection setting; none stored means
// unprotected.
func readProtection(s *browser.Store) (vault.Protection, error) {
	b, err := s.Setting(vault.SettingProtection)
	if errors.Is(err, browser.ErrNotFound) {
		return vault.Protection{IdleTimeout: vault.DefaultIdleTimeout}, nil
	}
	if err != nil {
		return vault.Protection{}, err
	}
	return vault.DecodeProtection(b)
}

func isQuota(err error) bool { return errors.Is(err, browser.ErrQuotaExceeded) }

// Protected reports whether a passphrase protects the incidents.
func (d *Desk) Protected() bool { return d.prot.Protected() }

// Locked reports whether the incidents are protected and no key is in memory:
// pages show the unlock screen instead of any incident.
func (d *Desk) Locked() bool { return d.loaded && d.prot.Protected() && d.key == nil }

// IdleTimeout is the idle lock time (0: never).
func (d *Desk) IdleTimeout() time.Duration { return d.prot.IdleTimeout }

// lastActivity is the time of the user's last keystroke or click (Unix ms),
// written by the window's event listeners.
var lastActivity atomic.Int64

func (d *Desk) activity(now time.Time) { lastActivity.Store(now.UnixMilli()) }

// startIdle listens to the user's activity and ticks the lock (and the retry
// of a write refused for lack of space) every few seconds from a goroutine (never a loop of ctx.After: go-app's test engine
// would wait for it forever).
func (d *Desk) startIdle(ctx app.Context) {
	for _, ev := range []string{"keydown", "pointerdown", "wheel"} {
		_, _ = browser.OnWindowEvent(ev, func() { d.activity(time.Now()) })
	}
	c := d.ctxFor(ctx)
	go func() {
		t := time.NewTicker(5 * time.Second)
		defer t.Stop()
		for range t.C {
			d.ctxFor(c).Dispatch(func(ctx app.Context) { d.tick(ctx, time.Now()) })
		}
	}()
}

// tick applies the idle time, and tries again to write the edits kept in
// memory while the storage was full (space may have been freed since).
func (d *Desk) tick(ctx app.Context, now time.Time) {
	if d.full && len(d.dirty) > 0 && !d.writing && !d.saveTimer {
		d.flush(ctx)
	}
	if d.lock == nil || d.key == nil {
		return
	}
	if ms := lastActivity.Load(); ms > 0 {
		d.lock.Touch(time.UnixMilli(ms))
	}
	if d.lock.Tick(now) {
		d.Lock(ctx)
	}
}

// sealSoon seals an incident's current version in the background, for the
// page-hide write.
func (d *Desk) sealSoon(ctx app.Context, id string) {
	if d.sealing[id] || d.key == nil {
		return
	}
	inc := d.incidents[id]
	if inc == nil {
		return
	}
	plain, err := incident.Encode(inc)
	if err != nil {
		return
	}
	d.sealing[id] = true
	key, ver := d.key, d.ver[id]
	c := d.ctxFor(ctx)
	c.Async(func() {
		data, err := vault.SealRecord(key, plain)
		d.ctxFor(c).Dispatch(func(ctx app.Context) {
			d.sealing[id] = false
			if err != nil || d.key != key {
				return
			}
			d.sealed[id] = sealedCopy{ver: ver, data: data}
			if d.ver[id] != ver {
				d.sealSoon(ctx, id)
			}
		})
	})
}

// flushHeld writes, on page hide, the sealed edits kept over a lock.
func (d *Desk) flushHeld() {
	if d.store == nil || d.stale != "" || d.wiped || d.reprotect {
		return
	}
	for id, data := range d.held {
		if d.conflict[id] == "" && d.store.PutNoWait(id, data) == nil {
			d.io.noWait[id] = data
		}
	}
}

// Unlock derives the key of passphrase, checks it against the stored key check
// and opens every record. A wrong passphrase changes nothing. done gets the
// error (nil when unlocked) and how long the key derivation took.
func (d *Desk) Unlock(ctx app.Context, passphrase string, done func(ctx app.Context, err error, took time.Duration)) {
	if !d.Locked() {
		done(ctx, nil, 0)
		return
	}
	check := d.prot.KeyCheck
	d.job(ctx, func(io *deskIO) func(app.Context) {
		start := time.Now()
		key, err := unlockKey(passphrase, check)
		took := time.Since(start)
		var recs []browser.Record
		if err == nil {
			recs, err = io.store.List()
		}
		if err == nil {
			io.key = key
			for _, r := range recs {
				io.stored[r.ID] = r.Data
			}
		}
		return func(ctx app.Context) {
			if err == nil {
				d.key = key
				d.locked = nil
				d.incidents = map[string]*incident.Incident{}
				d.takeRecords(recs, key)
				d.restoreHeld(key)
				d.lock.Unlocked(time.Now())
				d.activity(time.Now())
				for id := range d.dirty {
					d.sealSoon(ctx, id)
				}
				if len(d.dirty) > 0 {
					d.scheduleFlush(ctx)
				}
			}
			done(ctx, err, took)
		}
	})
}

// unlockKey derives the key of passphrase with the key check's parameters and
// checks it. Blocks for the key derivation.
func unlockKey(passphrase string, check []byte) (*browser.Key, error) {
	kdf, err := vault.KeyCheckKDF(check)
	if err != nil {
		return nil, err
	}
	key, err := browser.DeriveKey(passphrase, kdf)
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
func (d *Desk) Lock(ctx app.Context) {
	if d.key == nil {
		return
	}
	if d.beforeLock != nil {
		d.beforeLock(ctx) // still with the key: its write is sealed with it
	}
	key := d.key
	var jobs []saveJob
	for id := range d.dirty {
		if inc := d.incidents[id]; inc != nil {
			if b, err := incident.Encode(inc); err == nil {
				jobs = append(jobs, saveJob{id: id, ver: d.ver[id], plain: b})
			}
		}
	}
	conflicts := map[string]string{}
	for id, why := range d.conflict {
		conflicts[id] = why
	}
	d.key = nil
	d.incidents = map[string]*incident.Incident{}
	d.drafts = draftsMemo{} // it holds the facts too
	d.dirty = map[string]bool{}
	d.sealed = map[string]sealedCopy{}
	dropReadiness()
	d.lock.Lock()
	d.changed(ctx)
	d.job(ctx, func(io *deskIO) func(app.Context) {
		var ok []saveJob
		for _, j := range jobs {
			if conflicts[j.id] == "" {
				ok = append(ok, j)
			}
		}
		res, stale := io.save(ok)
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
		var recs []browser.Record
		if io.store != nil {
			recs, _ = io.store.List()
		}
		return func(ctx app.Context) {
			d.saved(ctx, res, stale)
			for id, b := range held {
				d.held[id] = b
			}
			d.locked = recs
		}
	})
}

// Protect seals every incident with a key derived from passphrase and stores
// the key check with them, in one transaction: either every record is sealed
// and the key check stored, or nothing changed.
func (d *Desk) Protect(ctx app.Context, passphrase string, idle time.Duration, done func(ctx app.Context, err error)) {
	if d.prot.Protected() || d.store == nil || d.reprotect {
		done(ctx, errBusy)
		return
	}
	d.reprotectJob(ctx, done, func(io *deskIO, snap []saveJob) (*browser.Key, vault.Protection, browser.Batch, error) {
		return sealAll(io, passphrase, idle, nil, snap)
	})
}

// ChangePassphrase checks the current passphrase, then re-seals every record
// with a key derived from the new one and stores the new key check, in one
// transaction.
func (d *Desk) ChangePassphrase(ctx app.Context, current, next string, done func(ctx app.Context, err error)) {
	d.withCurrentKey(ctx, current, done, func(io *deskIO, old *browser.Key, idle time.Duration, snap []saveJob) (*browser.Key, vault.Protection, browser.Batch, error) {
		return sealAll(io, next, idle, old, snap)
	})
}

// RemoveProtection checks the passphrase, then stores every record plain and
// a protection without key check, in one transaction.
func (d *Desk) RemoveProtection(ctx app.Context, current string, done func(ctx app.Context, err error)) {
	d.withCurrentKey(ctx, current, done, func(io *deskIO, old *browser.Key, idle time.Duration, snap []saveJob) (*browser.Key, vault.Protection, browser.Batch, error) {
		prot := vault.Protection{IdleTimeout: idle}
		batch, err := plainAll(io, old, prot, snap)
		return nil, prot, batch, err
	})
}

// withCurrentKey runs a change of a protected store: the passphrase typed as
// the current one must open the stored key check (in the job, off the UI
// loop), and its key is handed to reseal.
func (d *Desk) withCurrentKey(ctx app.Context, current string, done func(app.Context, error),
	reseal func(io *deskIO, old *browser.Key, idle time.Duration, snap []saveJob) (*browser.Key, vault.Protection, browser.Batch, error)) {
	if d.key == nil || d.store == nil || d.reprotect {
		done(ctx, errBusy)
		return
	}
	check, idle := d.prot.KeyCheck, d.prot.IdleTimeout
	d.reprotectJob(ctx, done, func(io *deskIO, snap []saveJob) (*browser.Key, vault.Protection, browser.Batch, error) {
		old, err := unlockKey(current, check)
		if err != nil {
			return nil, vault.Protection{}, browser.Batch{}, err
		}
		return reseal(io, old, idle, snap)
	})
}

// reprotectJob writes the records build makes from a snapshot of every
// incident in one transaction, and only then takes the new key and
// protection: a failure anywhere leaves the store and the desk as they were.
func (d *Desk) reprotectJob(ctx app.Context, done func(app.Context, error),
	build func(io *deskIO, snap []saveJob) (*browser.Key, vault.Protection, browser.Batch, error)) {
	snap := d.snapshot()
	d.reprotect = true
	d.job(ctx, func(io *deskIO) func(app.Context) {
		key, prot, batch, err := build(io, snap)
		if err == nil {
			err = io.store.Apply(batch)
		}
		if err == nil {
			io.commit(key, prot, batch)
		}
		return func(ctx app.Context) { d.protectionDone(ctx, key, prot, snap, err, done) }
	})
}

// SetIdleTimeout stores a new idle lock time.
func (d *Desk) SetIdleTimeout(ctx app.Context, idle time.Duration, done func(ctx app.Context, err error)) {
	if err := vault.ValidateIdleTimeout(idle); err != nil || d.store == nil {
		done(ctx, err)
		return
	}
	p := d.prot
	p.IdleTimeout = idle
	d.job(ctx, func(io *deskIO) func(app.Context) {
		b, err := p.Encode()
		if err == nil {
			err = io.store.PutSetting(vault.SettingProtection, b)
		}
		return func(ctx app.Context) {
			if err == nil {
				d.prot = p
				_ = d.lock.SetIdleTimeout(idle)
				d.lock.Touch(time.Now())
			}
			done(ctx, err)
		}
	})
}

// snapshot is the plain bytes of every incident in memory, with their versions.
func (d *Desk) snapshot() []saveJob {
	var out []saveJob
	for id, inc := range d.incidents {
		if b, err := incident.Encode(inc); err == nil {
			out = append(out, saveJob{id: id, ver: d.ver[id], plain: b})
		}
	}
	return out
}

// sealAll derives a new key for passphrase and seals every record with it: the
// snapshot's from memory, the others as stored (opened with old when they are
// sealed), and the readiness checklist. It changes nothing: the caller
// applies the batch, in one transaction with the new key check.
func sealAll(io *deskIO, passphrase string, idle time.Duration, old vault.Cipher, snap []saveJob) (*browser.Key, vault.Protection, browser.Batch, error) {
	var batch browser.Batch
	key, err := browser.NewKey(passphrase)
	if err != nil {
		return nil, vault.Protection{}, batch, err
	}
	check, err := vault.NewKeyCheck(key)
	if err != nil {
		return nil, vault.Protection{}, batch, err
	}
	prot := vault.Protection{KeyCheck: check, IdleTimeout: idle}
	pb, err := prot.Encode()
	if err != nil {
		return nil, vault.Protection{}, batch, err
	}
	recs, err := io.store.List()
	if err != nil {
		return nil, vault.Protection{}, batch, err
	}
	plain := map[string][]byte{}
	for _, r := range recs {
		b := r.Data
		if vault.IsSealed(b) {
			if old == nil {
				return nil, vault.Protection{}, batch, fmt.Errorf("ui: record %q is sealed already", r.ID)
			}
			if b, err = vault.OpenRecord(old, b); err != nil {
				return nil, vault.Protection{}, batch, fmt.Errorf("%s: %w", r.ID, err)
			}
		}
		plain[r.ID] = b
	}
	for _, j := range snap {
		plain[j.id] = j.plain
	}
	batch.Incidents = map[string][]byte{}
	for id, b := range plain {
		if batch.Incidents[id], err = vault.SealRecord(key, b); err != nil {
			return nil, vault.Protection{}, batch, err
		}
	}
	batch.Settings = map[string][]byte{vault.SettingProtection: pb}
	rp, _, err := readinessPlain(io.store, old)
	if err != nil {
		return nil, vault.Protection{}, batch, err
	}
	if rp != nil {
		if batch.Settings[settingReadiness], err = vault.SealRecord(key, rp); err != nil {
			return nil, vault.Protection{}, batch, err
		}
	}
	return key, prot, batch, nil
}

// plainAll opens every stored record and the readiness checklist with old
// (memory's version for the snapshot) for storing plain under prot.
func plainAll(io *deskIO, old vault.Cipher, prot vault.Protection, snap []saveJob) (browser.Batch, error) {
	var batch browser.Batch
	pb, err := prot.Encode()
	if err != nil {
		return batch, err
	}
	recs, err := io.store.List()
	if err != nil {
		return batch, err
	}
	batch.Incidents = map[string][]byte{}
	for _, r := range recs {
		b := r.Data
		if vault.IsSealed(b) {
			if b, err = vault.OpenRecord(old, b); err != nil {
				return batch, fmt.Errorf("%s: %w", r.ID, err)
			}
		}
		batch.Incidents[r.ID] = b
	}
	for _, j := range snap {
		batch.Incidents[j.id] = j.plain
	}
	batch.Settings = map[string][]byte{vault.SettingProtection: pb}
	rp, _, err := readinessPlain(io.store, old)
	if err != nil {
		return batch, err
	}
	if rp != nil {
		batch.Settings[settingReadiness] = rp
	}
	return batch, nil
}

// commit records, with the storage held, what a protection change wrote.
func (io *deskIO) commit(key *browser.Key, prot vault.Protection, batch browser.Batch) {
	io.key = key
	io.protected, io.keyCheck = prot.Protected(), prot.KeyCheck
	for id, b := range batch.Incidents {
		io.stored[id] = b
	}
	io.noWait = map[string][]byte{}
}

// protectionDone takes the result of Protect, ChangePassphrase or
// RemoveProtection back to the UI. Edits made meanwhile stay dirty.
func (d *Desk) protectionDone(ctx app.Context, key *browser.Key, prot vault.Protection, snap []saveJob, err error, done func(app.Context, error)) {
	d.reprotect = false
	if err == nil {
		d.prot = prot
		d.key = key
		d.sealed = map[string]sealedCopy{}
		for _, j := range snap {
			if d.ver[j.id] == j.ver {
				delete(d.dirty, j.id)
			}
		}
		if prot.Protected() {
			d.lock.Unlocked(time.Now())
			_ = d.lock.SetIdleTimeout(prot.IdleTimeout)
			for id := range d.dirty {
				d.sealSoon(ctx, id)
			}
		} else {
			d.lock.Unprotect()
		}
		d.announce(opProtection, "")
		if len(d.dirty) > 0 {
			d.scheduleFlush(ctx)
		}
	}
	done(ctx, err)
}
