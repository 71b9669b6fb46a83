package ui

import (
	"testing"
	"time"

	"breachdesk/app/desk"
	"breachdesk/app/incident"
)

// testDesk puts, for the test, a desk on a store in memory in place of the
// app's, with incs on it. Its storage jobs and timers run when the test
// calls Run or Advance on the loop returned.
func testDesk(t *testing.T, store *desk.MemStore, incs ...*incident.Incident) *desk.ManualLoop {
	t.Helper()
	if store == nil {
		store = desk.NewMemStore()
	}
	ml := desk.NewManualLoop(time.Now())
	var d *desk.Desk
	d = desk.New(desk.Config{Open: func() (desk.Store, error) { return store, nil }, Keys: webKeys{}, Loop: ml, OnChange: func() { changedIfShown(d) }})
	d.Load()
	ml.Run()
	for _, inc := range incs {
		d.Add(inc)
	}
	old := theDesk
	theDesk = d
	t.Cleanup(func() { theDesk = old })
	return ml
}
