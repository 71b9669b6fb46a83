package ui

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"sort"
	"time"

	"breachdesk/app/browser"
	"breachdesk/app/incident"
	"breachdesk/app/rules"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// stateDesk is the go-app state that pages observe: its value is a revision
// number, bumped whenever the desk's incidents or status change.
const stateDesk = "desk.rev"

// saveDelay is how long an edit waits for more edits before it is written:
// every edit reaches IndexedDB within about this long.
const saveDelay = 400 * time.Millisecond

// Desk holds the incidents of this browser and writes them back as they
// change. Its methods run on go-app's UI goroutine; storage calls run in
// ctx.Async and hand their results back with ctx.Dispatch.
type Desk struct {
	rules    *rules.Set
	rulesErr error

	store     *browser.Store
	loading   bool
	loaded    bool
	loadErr   error
	incidents map[string]*incident.Incident
	// Problems of stored records that could not be read (kept, never deleted).
	unreadable map[string]string

	dirty     map[string]bool
	saveTimer bool
	saveErr   error
	saving    int
	rev       int
}

// desk is the one desk of the app.
var desk = &Desk{incidents: map[string]*incident.Incident{}, dirty: map[string]bool{}, unreadable: map[string]string{}}

// Rules returns the law as data, loaded once.
func (d *Desk) Rules() (*rules.Set, error) {
	if d.rules == nil && d.rulesErr == nil {
		d.rules, d.rulesErr = rules.Default()
	}
	return d.rules, d.rulesErr
}

// observeDesk re-renders the component whenever the desk changes, and starts
// loading the stored incidents on first use.
func observeDesk(ctx app.Context, rev *int) {
	ctx.ObserveState(stateDesk, rev)
	desk.load(ctx)
}

func (d *Desk) changed(ctx app.Context) {
	d.rev++
	ctx.SetState(stateDesk, d.rev)
}

// load opens the store and reads every incident, once.
func (d *Desk) load(ctx app.Context) {
	if d.loading || d.loaded || !app.IsClient {
		return
	}
	d.loading = true
	ctx.Async(func() {
		s, err := browser.OpenStore(context.Background())
		var recs []browser.Record
		if err == nil {
			recs, err = s.List()
		}
		ctx.Dispatch(func(ctx app.Context) {
			d.loading = false
			d.loaded = true
			d.store = s
			d.loadErr = err
			for _, r := range recs {
				inc, derr := incident.Decode(r.Data)
				if derr != nil {
					d.unreadable[r.ID] = derr.Error()
					continue
				}
				d.incidents[inc.ID] = inc
			}
			d.changed(ctx)
		})
	})
	if release, err := browser.OnPageHide(func() { d.flushNow() }); err == nil {
		_ = release
	}
}

// Loaded reports whether the stored incidents have been read.
func (d *Desk) Loaded() bool { return d.loaded }

// List returns the incidents, most recently changed first.
func (d *Desk) List() []*incident.Incident {
	list := make([]*incident.Incident, 0, len(d.incidents))
	for _, inc := range d.incidents {
		list = append(list, inc)
	}
	sort.Slice(list, func(i, j int) bool {
		if !list[i].UpdatedAt.Equal(list[j].UpdatedAt) {
			return list[i].UpdatedAt.After(list[j].UpdatedAt)
		}
		return list[i].ID < list[j].ID
	})
	return list
}

// Get returns the incident with id, or nil.
func (d *Desk) Get(id string) *incident.Incident { return d.incidents[id] }

// Create starts a new incident and stores it.
func (d *Desk) Create(ctx app.Context, title string, now time.Time) *incident.Incident {
	inc := incident.New(newID(), now)
	inc.Title = title
	d.incidents[inc.ID] = inc
	d.Touch(ctx, inc, now)
	return inc
}

// Duplicate copies an incident as a drill.
func (d *Desk) Duplicate(ctx app.Context, src *incident.Incident, title string, now time.Time) *incident.Incident {
	inc := src.Clone()
	inc.ID = newID()
	inc.Title = title
	inc.Drill = true
	inc.CreatedAt = now
	d.incidents[inc.ID] = inc
	d.Touch(ctx, inc, now)
	return inc
}

// Touch records that inc was edited: it is written within saveDelay, and
// every observing page re-renders with the new facts.
func (d *Desk) Touch(ctx app.Context, inc *incident.Incident, now time.Time) {
	inc.UpdatedAt = now
	d.dirty[inc.ID] = true
	d.changed(ctx)
	if !d.saveTimer {
		d.saveTimer = true
		ctx.After(saveDelay, d.flush)
	}
}

// flush writes every changed incident.
func (d *Desk) flush(ctx app.Context) {
	d.saveTimer = false
	if d.store == nil {
		if d.loaded {
			return // no storage: the error is shown
		}
		d.saveTimer = true
		ctx.After(saveDelay, d.flush)
		return
	}
	for id := range d.dirty {
		inc := d.incidents[id]
		delete(d.dirty, id)
		if inc == nil {
			continue
		}
		data, err := incident.Encode(inc)
		if err != nil {
			d.saveErr = err
			d.changed(ctx)
			continue
		}
		d.saving++
		s := d.store
		ctx.Async(func() {
			err := s.Put(id, data)
			ctx.Dispatch(func(ctx app.Context) {
				d.saving--
				d.saveErr = err
				if err != nil {
					d.dirty[id] = true // keep it: nothing is lost, and the next edit retries
				}
				d.changed(ctx)
			})
		})
	}
}

// flushNow starts writing every changed incident at once, without waiting:
// the page is being hidden or closed.
func (d *Desk) flushNow() {
	if d.store == nil {
		return
	}
	for id := range d.dirty {
		if inc := d.incidents[id]; inc != nil {
			if data, err := incident.Encode(inc); err == nil {
				_ = d.store.PutNoWait(id, data)
			}
		}
	}
}

// Delete removes an incident from this browser.
func (d *Desk) Delete(ctx app.Context, id string) {
	delete(d.incidents, id)
	delete(d.dirty, id)
	d.changed(ctx)
	if d.store == nil {
		return
	}
	s := d.store
	ctx.Async(func() {
		err := s.Delete(id)
		ctx.Dispatch(func(ctx app.Context) {
			d.saveErr = err
			d.changed(ctx)
		})
	})
}

// Status is what the desk says about storage.
type Status struct {
	Loading    bool
	LoadErr    error
	SaveErr    error
	Saving     bool
	Unreadable map[string]string
}

// Status returns the storage status for the status line.
func (d *Desk) Status() Status {
	return Status{Loading: !d.loaded, LoadErr: d.loadErr, SaveErr: d.saveErr,
		Saving: d.saving > 0 || len(d.dirty) > 0, Unreadable: d.unreadable}
}

func newID() string {
	b := make([]byte, 8)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}
