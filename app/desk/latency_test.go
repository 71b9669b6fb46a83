package desk_test

import (
	"testing"

	"breachdesk/app/desk"
	"breachdesk/app/incident"
)

// slowStore is a MemStore whose Put waits, while slow, until the test lets
// it go on: a write that takes long, on a loaded machine.
type slowStore struct {
	*desk.MemStore
	slow    bool
	started chan struct{}
	goOn    chan struct{}
}

func (s *slowStore) Put(id string, data []byte) error {
	if s.slow {
		s.started <- struct{}{}
		<-s.goOn
	}
	return s.MemStore.Put(id, data)
}

// An edit made while a save is writing is written as soon as that write
// ends when its own save came due meanwhile, not SaveDelay later again: on
// a machine at load 20 a write took most of a second, and an edit waited
// for the write, SaveDelay again and its own write. TestSoakKillMidTyping
// (make soak) lost, on a protected desk, words typed 1.2 s before Chromium
// was killed that way.
func TestEditDueDuringAWriteIsWrittenNext(t *testing.T) {
	for _, pass := range []string{"", passA} {
		s := &slowStore{MemStore: desk.NewMemStore(), started: make(chan struct{}, 1), goOn: make(chan struct{})}
		loop := &goLoop{ManualLoop: desk.NewManualLoop(t0)}
		d := desk.New(desk.Config{Open: func() (desk.Store, error) { return s, nil }, Keys: goKeys{}, Loop: loop})
		d.Load()
		loop.Run()
		if pass != "" {
			done, check := must(t, "protect")
			d.Protect(pass, 0, done)
			loop.Run()
			check()
		}
		inc := d.Create("Slow disk")
		loop.Advance(desk.SaveDelay)

		d.EditQuietly(inc.ID, func(inc *incident.Incident) { inc.Story.Summary = "one" })
		loop.Run()
		s.slow = true
		loop.async(true)
		loop.Advance(desk.SaveDelay) // the save of "one" starts, and waits for the disk
		<-s.started
		loop.async(false)
		d.EditQuietly(inc.ID, func(inc *incident.Incident) { inc.Story.Summary = "one two" })
		loop.Run()
		loop.Advance(desk.SaveDelay) // its save comes due while "one" is being written
		s.slow = false
		close(s.goOn)
		loop.wait() // "one" written; "one two" at once, at the same instant
		if got := stored(t, s.MemStore, inc.ID, pass).Story.Summary; got != "one two" {
			t.Fatalf("protected %v: when the first write ended, %q is stored, want the edit due meanwhile, \"one two\"", pass != "", got)
		}
	}
}
