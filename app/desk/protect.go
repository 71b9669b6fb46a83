package desk

import (
	"fmt"
	"time"

	"breachdesk/app/incident"
	"breachdesk/app/vault"
)

// Protect seals every incident and the readiness checklist with a key derived
// from passphrase and stores the key check with them, in one transaction:
// either every record is sealed and the key check stored, or nothing changed.
func (d *Desk) Protect(passphrase string, idle time.Duration, done func(err error)) {
	if d.prot.Protected() || d.store == nil || d.reprotect {
		done(ErrBusy)
		return
	}
	d.reprotectJob(done, func(io *deskIO, snap []saveJob) (vault.Cipher, vault.Protection, Batch, error) {
		return d.sealAll(io, passphrase, idle, nil, snap)
	})
}

// ChangePassphrase checks the current passphrase, then re-seals every record
// with a key derived from the new one and stores the new key check, in one
// transaction. A wrong current passphrase changes nothing.
func (d *Desk) ChangePassphrase(current, next string, done func(err error)) {
	d.withCurrentKey(current, done, func(io *deskIO, old vault.Cipher, idle time.Duration, snap []saveJob) (vault.Cipher, vault.Protection, Batch, error) {
		return d.sealAll(io, next, idle, old, snap)
	})
}

// RemoveProtection checks the passphrase, then stores every record plain and
// a protection without key check, in one transaction.
func (d *Desk) RemoveProtection(current string, done func(err error)) {
	d.withCurrentKey(current, done, func(io *deskIO, old vault.Cipher, idle time.Duration, snap []saveJob) (vault.Cipher, vault.Protection, Batch, error) {
		prot := vault.Protection{IdleTimeout: idle}
		batch, err := plainAll(io, old, prot, snap)
		return nil, prot, batch, err
	})
}

// withCurrentKey runs a change of a protected store: the passphrase typed as
// the current one must open the stored key check (in the job, off the desk's
// goroutine), and its key is handed to reseal.
func (d *Desk) withCurrentKey(current string, done func(error),
	reseal func(io *deskIO, old vault.Cipher, idle time.Duration, snap []saveJob) (vault.Cipher, vault.Protection, Batch, error)) {
	if d.key == nil || d.store == nil || d.reprotect {
		done(ErrBusy)
		return
	}
	check, idle := d.prot.KeyCheck, d.prot.IdleTimeout
	d.reprotectJob(done, func(io *deskIO, snap []saveJob) (vault.Cipher, vault.Protection, Batch, error) {
		old, err := d.unlockKey(current, check)
		if err != nil {
			return nil, vault.Protection{}, Batch{}, err
		}
		return reseal(io, old, idle, snap)
	})
}

// reprotectJob writes the records build makes from a snapshot of every
// incident in one transaction, and only then takes the new key and
// protection: a failure anywhere leaves the store and the desk as they were.
func (d *Desk) reprotectJob(done func(error), build func(io *deskIO, snap []saveJob) (vault.Cipher, vault.Protection, Batch, error)) {
	snap := d.snapshot()
	d.reprotect = true
	d.job(func(io *deskIO) func() {
		prev := io.key
		key, prot, batch, err := build(io, snap)
		var (
			files map[string][]byte
			left  []FileError
		)
		if err == nil {
			files, left, err = d.resealFiles(prev, key) // evidence.go
		}
		if err == nil {
			// The typed record (typed.go) is plain: emptied in the same
			// transaction (the snapshot holds what it held).
			if batch.Meta == nil {
				batch.Meta = map[string][]byte{}
			}
			batch.Meta[metaTyped] = []byte("{}")
			err = io.store.Apply(batch)
		}
		if err == nil {
			io.commit(key, prot, batch)
			left = append(left, d.writeFiles(files)...)
		}
		return func() {
			if err == nil {
				d.fileProblems = left
			}
			d.protectionDone(key, prot, snap, err, done)
		}
	})
}

// snapshot is the plain bytes of every incident in memory, with their versions.
func (d *Desk) snapshot() []saveJob {
	var out []saveJob
	for _, id := range sortedIDs(d.incidents) {
		if b, err := incident.Encode(d.incidents[id]); err == nil {
			out = append(out, saveJob{id: id, ver: d.ver[id], plain: b})
		}
	}
	return out
}

// storedPlain opens every stored record (with old when it is sealed; a
// sealed record without old is an error) and puts the snapshot's over them.
func storedPlain(io *deskIO, old vault.Cipher, snap []saveJob) (map[string][]byte, error) {
	recs, err := io.store.List()
	if err != nil {
		return nil, err
	}
	plain := map[string][]byte{}
	for _, r := range recs {
		b := r.Data
		if vault.IsSealed(b) {
			if old == nil {
				return nil, fmt.Errorf("desk: record %q is sealed already", r.ID)
			}
			if b, err = vault.OpenRecord(old, b); err != nil {
				return nil, fmt.Errorf("%s: %w", r.ID, err)
			}
		}
		plain[r.ID] = b
	}
	for _, j := range snap {
		plain[j.id] = j.plain
	}
	return plain, nil
}

// sealAll derives a new key for passphrase and seals every record with it: the
// snapshot's from memory, the others as stored (opened with old when they are
// sealed), and the readiness checklist. It changes nothing: the caller
// applies the batch, in one transaction with the new key check.
func (d *Desk) sealAll(io *deskIO, passphrase string, idle time.Duration, old vault.Cipher, snap []saveJob) (vault.Cipher, vault.Protection, Batch, error) {
	fail := func(err error) (vault.Cipher, vault.Protection, Batch, error) {
		return nil, vault.Protection{}, Batch{}, err
	}
	key, err := d.cfg.Keys.New(passphrase)
	if err != nil {
		return fail(err)
	}
	check, err := vault.NewKeyCheck(key)
	if err != nil {
		return fail(err)
	}
	prot := vault.Protection{KeyCheck: check, IdleTimeout: idle}
	pb, err := prot.Encode()
	if err != nil {
		return fail(err)
	}
	plain, err := storedPlain(io, old, snap)
	if err != nil {
		return fail(err)
	}
	batch := Batch{Incidents: map[string][]byte{}, Settings: map[string][]byte{vault.SettingProtection: pb}}
	for id, b := range plain {
		if batch.Incidents[id], err = vault.SealRecord(key, b); err != nil {
			return fail(err)
		}
	}
	rp, _, err := readinessPlain(io.store, old)
	if err != nil {
		return fail(err)
	}
	if rp != nil {
		if batch.Settings[SettingReadiness], err = vault.SealRecord(key, rp); err != nil {
			return fail(err)
		}
	}
	return key, prot, batch, nil
}

// plainAll opens every stored record and the readiness checklist with old
// (memory's version for the snapshot) for storing plain under prot.
func plainAll(io *deskIO, old vault.Cipher, prot vault.Protection, snap []saveJob) (Batch, error) {
	pb, err := prot.Encode()
	if err != nil {
		return Batch{}, err
	}
	plain, err := storedPlain(io, old, snap)
	if err != nil {
		return Batch{}, err
	}
	batch := Batch{Incidents: plain, Settings: map[string][]byte{vault.SettingProtection: pb}}
	rp, _, err := readinessPlain(io.store, old)
	if err != nil {
		return Batch{}, err
	}
	if rp != nil {
		batch.Settings[SettingReadiness] = rp
	}
	return batch, nil
}

// commit records, with the storage held, what a protection change wrote.
func (io *deskIO) commit(key vault.Cipher, prot vault.Protection, batch Batch) {
	io.key = key
	io.protected, io.keyCheck = prot.Protected(), prot.KeyCheck
	for id, b := range batch.Incidents {
		io.stored[id] = b
	}
	io.noWait = map[string][]byte{}
}

// protectionDone takes the result of Protect, ChangePassphrase or
// RemoveProtection back to the desk. Edits made meanwhile stay dirty.
func (d *Desk) protectionDone(key vault.Cipher, prot vault.Protection, snap []saveJob, err error, done func(error)) {
	d.reprotect = false
	if err == nil {
		d.prot = prot
		d.setKey(key)
		for _, j := range snap {
			if d.ver[j.id] == j.ver {
				delete(d.dirty, j.id)
				delete(d.typed, j.id)
			}
		}
		if prot.Protected() {
			d.lock.Unlocked(d.loop.Now())
			_ = d.lock.SetIdleTimeout(prot.IdleTimeout)
			for id := range d.dirty {
				d.sealAhead(id)
			}
		} else {
			d.lock.Unprotect()
		}
		d.announce(opProtection, "")
		if len(d.dirty) > 0 {
			d.scheduleFlush()
		}
	}
	done(err)
}
