package desk

// Status is what the desk says about storage.
type Status struct {
	Loading    bool
	LoadErr    error
	SaveErr    error // other than a full storage (Full)
	Saving     bool
	Unreadable map[string]string
	Full       bool // the storage is full: the edits stay in memory; export now
}

// Status returns the storage status for the status line.
func (d *Desk) Status() Status {
	return Status{Loading: !d.loaded, LoadErr: d.loadErr, SaveErr: d.saveErr, Full: d.full,
		Saving: d.writing || len(d.dirty) > 0, Unreadable: d.unreadable}
}

// Wipe deletes everything of Breach Desk in this browser with erase (in the
// background); from the moment it starts nothing more is written, not even
// by PageHide, and the other tabs are told.
func (d *Desk) Wipe(erase func() error, done func(err error)) {
	d.wiped = true
	d.announce(opWipe, "")
	d.loop.Async(func() {
		d.io.mu.Lock()
		d.io.store = nil
		err := erase()
		d.io.mu.Unlock()
		d.loop.Dispatch(func() {
			d.store = nil
			done(err)
			d.changed()
		})
	})
}

// Wiped reports whether Wipe has been called.
func (d *Desk) Wiped() bool { return d.wiped }
