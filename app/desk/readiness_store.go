package desk

import (
	"errors"
	"fmt"

	"breachdesk/app/incident"
	"breachdesk/app/vault"
)

// The readiness checklist holds names and numbers of people, so it is kept
// like an incident: plain on an unprotected desk, sealed with the incidents'
// key on a protected one (a vault record envelope under SettingReadiness).
// Its reads and writes are desk jobs, so they never interleave with a change
// of protection, which re-seals or opens it in the same transaction as the
// incidents (sealAll, plainAll). While the desk is locked it is neither read
// nor kept in memory. An edit not yet confirmed stored is written by
// PageHide, as the incidents are.

// readinessState is the checklist of this browser as the desk holds it.
type readinessState struct {
	loading, loaded bool
	r               Readiness
	err             error // reading it failed: shown, and never overwritten by a save
	saveErr         error
	saving          int
	retry           bool     // the last write was interrupted: write it again
	ver, stored     int      // edits made, and the last one known stored
	prefill         []string // incidents created before the checklist was read
	seals           *seals   // sealed copies for PageHide (protected desk)
}

// ReadinessStatus is what the readiness page says about the checklist.
type ReadinessStatus struct {
	Loaded  bool  // read (or known absent); false while locked
	Err     error // it could not be read: shown, and never overwritten
	SaveErr error
	Saving  bool
}

// Readiness returns the checklist (zero until it is read) and its status.
func (d *Desk) Readiness() (Readiness, ReadinessStatus) {
	s := &d.readiness
	return s.r, ReadinessStatus{Loaded: s.loaded, Err: s.err, SaveErr: s.saveErr, Saving: s.saving > 0}
}

// readinessPlain returns the stored checklist's plain bytes, opening a
// sealed one with key; nil when none is stored. wasPlain reports that it was
// stored plain.
func readinessPlain(s Store, key vault.Cipher) (b []byte, wasPlain bool, err error) {
	b, err = s.Setting(SettingReadiness)
	if errors.Is(err, ErrNotFound) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	if !vault.IsSealed(b) {
		return b, true, nil
	}
	if key == nil {
		return nil, false, ErrLocked
	}
	if b, err = vault.OpenRecord(key, b); err != nil {
		return nil, false, fmt.Errorf("readiness: %w", err)
	}
	return b, false, nil
}

// loadReadiness reads the checklist once the store is open and, when
// protected, unlocked: at Load and after each Unlock.
func (d *Desk) loadReadiness() {
	s := &d.readiness
	if s.loaded || s.loading || !d.loaded || d.Locked() {
		return
	}
	if d.store == nil {
		s.loaded, s.err = true, d.loadErr
		d.readinessLoaded()
		return
	}
	s.loading = true
	d.job(func(io *deskIO) func() {
		b, wasPlain, err := readinessPlain(io.store, io.key)
		var r Readiness
		if err == nil && b != nil {
			r, err = decodeReadiness(b)
		}
		return func() {
			s.loading = false
			if d.Locked() {
				return // locked meanwhile: read at the next unlock
			}
			s.loaded, s.r, s.err = true, r, err
			if err == nil && wasPlain && d.Protected() {
				d.writeReadiness(r) // stored plain before the protection covered it: seal it now
			}
			d.readinessLoaded()
		}
	})
}

// readinessLoaded pre-fills the incidents created while it was being read.
func (d *Desk) readinessLoaded() {
	ids := d.readiness.prefill
	d.readiness.prefill = nil
	for _, id := range ids {
		d.prefillNew(id)
	}
}

// prefillNew copies the checklist into the new incident id: now when the
// checklist is read, else when it is (the incident is stored meanwhile as it
// is, and again once pre-filled).
func (d *Desk) prefillNew(id string) {
	s := &d.readiness
	if !s.loaded {
		s.prefill = append(s.prefill, id)
		d.loadReadiness()
		return
	}
	if s.err != nil || s.r.Empty() {
		return
	}
	d.Edit(id, func(inc *incident.Incident) { prefill(inc, s.r) })
}

// SaveReadiness stores an edited checklist (dated now). It is in memory at
// once, and written sealed when the desk is protected.
func (d *Desk) SaveReadiness(r Readiness) {
	r.UpdatedAt = d.loop.Now()
	d.writeReadiness(r)
}

// writeReadiness writes the checklist as it is, sealed when the desk is
// protected.
func (d *Desk) writeReadiness(r Readiness) {
	s := &d.readiness
	s.r = r
	s.ver++
	if s.err != nil || d.store == nil || d.wiped {
		d.changed()
		return
	}
	b, err := encodeReadiness(r)
	if err != nil {
		s.saveErr = err
		d.changed()
		return
	}
	key, check, ver := d.key, d.prot.KeyCheck, s.ver
	ahead := sealsAt{s.seals, s.seals.generation()}
	if key != nil {
		d.loop.Async(func() {
			if data, err := vault.SealRecord(key, b); err == nil {
				ahead.offer(SettingReadiness, ver, data)
			}
		})
	}
	s.saving++
	d.changed()
	d.job(func(io *deskIO) func() {
		err := io.putReadiness(b, key, check, ahead, ver)
		return func() {
			s.saving--
			s.saveErr = err
			switch {
			case err == nil:
				s.stored = max(s.stored, ver)
			case isInterrupted(err):
				s.saveErr = nil // written again at the next tick
				s.retry = true
			case errors.Is(err, ErrStaleProtection):
				d.stale = "protection"
			case isFull(err):
				d.full = true
			}
		}
	})
}

// putReadiness stores the checklist's plain bytes with the storage held:
// sealed with the desk's key, or with key when the desk was locked since the
// edit (check tells that the protection is still the one key belongs to).
func (io *deskIO) putReadiness(plain []byte, key vault.Cipher, check []byte, ahead sealsAt, ver int) error {
	if io.store == nil {
		return ErrNoStore
	}
	p, err := readProtection(io.store)
	if isInterrupted(err) {
		return err
	}
	if err != nil || p.Protected() != io.protected || string(p.KeyCheck) != string(io.keyCheck) {
		return ErrStaleProtection
	}
	k := io.key
	if k == nil && io.protected && key != nil && string(check) == string(io.keyCheck) {
		k = key
	}
	data := plain
	switch {
	case k != nil:
		var err error
		if data, err = vault.SealRecord(k, plain); err != nil {
			return err
		}
		ahead.offer(SettingReadiness, ver, data)
	case io.protected:
		return ErrLocked
	}
	return io.store.PutSetting(SettingReadiness, data)
}

// readinessUnsaved reports whether an edit of the checklist is not yet
// known stored.
func (d *Desk) readinessUnsaved() bool {
	s := &d.readiness
	return s.loaded && s.err == nil && s.ver > s.stored
}

// readinessPageHide writes, at page hide, an edit of the checklist not yet
// known stored: plain, or its newest sealed copy.
func (d *Desk) readinessPageHide() {
	s := &d.readiness
	if !d.readinessUnsaved() {
		return
	}
	if d.prot.Protected() {
		if c, ok := s.seals.newest(SettingReadiness); ok && c.ver > s.stored {
			_ = d.store.PutSettingNoWait(SettingReadiness, c.data)
		}
		return
	}
	if b, err := encodeReadiness(s.r); err == nil {
		_ = d.store.PutSettingNoWait(SettingReadiness, b)
	}
}

// readinessRetry writes again an edit refused for lack of space or
// interrupted.
func (d *Desk) readinessRetry() {
	s := &d.readiness
	if s.loaded && s.saving == 0 && s.ver > s.stored && (s.retry || isFull(s.saveErr)) {
		s.retry = false
		d.writeReadiness(s.r)
	}
}

// dropReadiness forgets the checklist (at a lock): it is read again, and
// opened with the key, after the next unlock.
func (d *Desk) dropReadiness() {
	s := &d.readiness
	s.r = Readiness{}
	s.loaded, s.err, s.saveErr = false, nil, nil
	s.ver, s.stored = 0, 0
}
