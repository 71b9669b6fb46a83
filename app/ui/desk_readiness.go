package ui

import (
	"errors"
	"fmt"
	"time"

	"breachdesk/app/browser"
	"breachdesk/app/vault"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The readiness checklist holds names and numbers of people, so it is kept
// like an incident: plain on an unprotected desk, sealed with the incidents'
// key on a protected one (a vault record envelope under settingReadiness).
// Its reads and writes are desk jobs, so they never interleave with a change
// of protection, which re-seals or opens it in the same transaction as the
// incidents (sealAll, plainAll). While the desk is locked it is neither read
// nor kept in memory.

// errStaleProtection is a write refused because another tab changed the
// protection since this tab read it.
var errStaleProtection = errors.New("ui: another tab changed the protection")

// readinessPlain returns the stored checklist's plain bytes, opening a
// sealed one with key; nil when none is stored. wasPlain reports that it was
// stored plain.
func readinessPlain(s *browser.Store, key vault.Cipher) (b []byte, wasPlain bool, err error) {
	b, err = s.Setting(settingReadiness)
	if errors.Is(err, browser.ErrNotFound) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	if !vault.IsSealed(b) {
		return b, true, nil
	}
	if key == nil {
		return nil, false, errLocked
	}
	if b, err = vault.OpenRecord(key, b); err != nil {
		return nil, false, fmt.Errorf("readiness: %w", err)
	}
	return b, false, nil
}

// loadReadiness reads the checklist once the desk has opened the store (and,
// when protected, is unlocked), then runs then on the UI goroutine.
func (d *Desk) loadReadiness(ctx app.Context, then func(app.Context)) {
	if readiness.loaded {
		if then != nil {
			then(ctx)
		}
		return
	}
	if then != nil {
		readiness.waiting = append(readiness.waiting, then)
	}
	if readiness.loading || !d.loaded || d.Locked() {
		return // started, or not readable yet: called again when the desk changes
	}
	if d.store == nil {
		readiness.loaded = true
		readiness.err = d.loadErr
		d.readinessLoaded(ctx)
		return
	}
	readiness.loading = true
	d.job(ctx, func(io *deskIO) func(app.Context) {
		var key vault.Cipher
		if io.key != nil {
			key = io.key
		}
		b, wasPlain, err := readinessPlain(io.store, key)
		var r Readiness
		if err == nil && b != nil {
			r, err = decodeReadiness(b)
		}
		return func(ctx app.Context) {
			readiness.loading = false
			if d.Locked() {
				return // locked meanwhile: read at the next unlock
			}
			readiness.loaded = true
			readiness.r, readiness.err = r, err
			if err == nil && wasPlain && d.Protected() {
				d.writeReadiness(ctx, r) // stored plain before the protection covered it: seal it now
			}
			d.readinessLoaded(ctx)
		}
	})
}

func (d *Desk) readinessLoaded(ctx app.Context) {
	w := readiness.waiting
	readiness.waiting = nil
	for _, f := range w {
		f(ctx)
	}
	d.changed(ctx)
}

// saveReadiness writes an edited checklist.
func (d *Desk) saveReadiness(ctx app.Context, r Readiness) {
	r.UpdatedAt = time.Now()
	d.writeReadiness(ctx, r)
}

// writeReadiness writes the checklist as it is, sealed when the desk is
// protected.
func (d *Desk) writeReadiness(ctx app.Context, r Readiness) {
	readiness.r = r
	if readiness.err != nil || d.store == nil || d.wiped {
		d.changed(ctx)
		return
	}
	b, err := encodeReadiness(r)
	if err != nil {
		readiness.saveErr = err
		d.changed(ctx)
		return
	}
	readiness.saving++
	key, check := d.key, d.prot.KeyCheck
	d.job(ctx, func(io *deskIO) func(app.Context) {
		err := io.putReadiness(b, key, check)
		return func(ctx app.Context) {
			readiness.saving--
			readiness.saveErr = err
			switch {
			case errors.Is(err, errStaleProtection):
				d.stale = "protection"
			case isQuota(err):
				d.full = true
			}
		}
	})
}

// putReadiness stores the checklist's plain bytes with the storage held:
// sealed with the desk's key, or with key when the desk was locked since the
// edit (check tells that the protection is still the one key belongs to).
func (io *deskIO) putReadiness(plain []byte, key *browser.Key, check []byte) error {
	if io.store == nil {
		return browser.ErrClosed
	}
	if p, err := readProtection(io.store); err != nil || p.Protected() != io.protected || string(p.KeyCheck) != string(io.keyCheck) {
		return errStaleProtection
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
	case io.protected:
		return errLocked
	}
	return io.store.PutSetting(settingReadiness, data)
}

// dropReadiness forgets the checklist (at a lock): it is read again, and
// opened with the key, after the next unlock.
func dropReadiness() {
	readiness.r = Readiness{}
	readiness.loaded, readiness.err, readiness.saveErr = false, nil, nil
}
