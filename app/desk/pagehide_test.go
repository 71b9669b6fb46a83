package desk_test

import (
	"sync"
	"testing"

	"breachdesk/app/desk"
	"breachdesk/app/incident"
)

// The page is left while a timed save is still writing (its transaction
// waiting for the disk, on a busy machine). The page-hide write must not
// queue behind it: Chromium drops a transaction still waiting when the page
// is torn down, even with its commit asked for, and the running one dies
// with the page too. TestDurabilityPageHide lost the last key that way, on
// the protected desk (whose timed save also waits for WebCrypto, so it
// runs longer): the sealed copy was ready and written, and never stored.
// pageStore below behaves as IndexedDB did there; without Store.Interrupt
// at page hide the key is lost.
func TestPageLeftDuringASave(t *testing.T) {
	for _, pass := range []string{"", passA} {
		name := "plain"
		if pass != "" {
			name = "protected"
		}
		t.Run(name, func(t *testing.T) {
			s := newPageStore()
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
			inc := d.Create("Leaving")
			loop.Advance(desk.SaveDelay)
			d.Edit(inc.ID, func(inc *incident.Incident) { inc.Story.Summary = "start." })
			loop.Run() // its sealed copy, on a protected desk

			// The timed save starts and waits in its write.
			s.setBlock(true)
			loop.async(true)
			loop.Advance(desk.SaveDelay)
			<-s.started
			loop.async(false)
			// The last key, its sealed copy ready, then the page is left.
			d.EditQuietly(inc.ID, func(inc *incident.Incident) { inc.Story.Summary += "P" })
			loop.Run()
			d.PageHide(true)
			s.teardown()
			loop.wait()

			got := stored(t, s.MemStore, inc.ID, pass)
			if got == nil || got.Story.Summary != "start.P" {
				summary := "<none>"
				if got != nil {
					summary = got.Story.Summary
				}
				t.Fatalf("stored %q after the page was left, want the last key: \"start.P\"", summary)
			}
			if pass != "" {
				if w := plainWritten(s.MemStore, "start."); len(w) > 0 {
					t.Errorf("plain text written on a protected desk: %v", w)
				}
			}
		})
	}
}

// pageStore is a MemStore with IndexedDB's ordering as a page being torn
// down sees it: a Put runs until the test's page is torn down (a write
// waiting for the disk); a PutNoWait issued meanwhile waits behind it; when
// the page is torn down, the running write and those waiting are dropped.
// Interrupt aborts the running writes (they fail with ErrInterrupted), so
// that what comes after runs at once.
type pageStore struct {
	*desk.MemStore
	mu      sync.Mutex
	running int
	abort   chan struct{}
	waiting []func()
	dead    bool
	block   bool
	started chan struct{}
}

func newPageStore() *pageStore {
	return &pageStore{MemStore: desk.NewMemStore(), abort: make(chan struct{}), started: make(chan struct{}, 1)}
}

// setBlock sets whether Put now runs until the page is torn down (or
// Interrupt): from the timed save of interest on.
func (s *pageStore) setBlock(on bool) {
	s.mu.Lock()
	s.block = on
	s.mu.Unlock()
}

func (s *pageStore) Put(id string, data []byte) error {
	s.mu.Lock()
	if s.dead {
		s.mu.Unlock()
		return desk.ErrInterrupted
	}
	if !s.block {
		s.mu.Unlock()
		return s.MemStore.Put(id, data)
	}
	s.running++
	abort := s.abort
	s.mu.Unlock()
	s.started <- struct{}{}
	<-abort // aborted by Interrupt, or the page torn down
	return desk.ErrInterrupted
}

func (s *pageStore) PutNoWait(id string, data []byte) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.running > 0 {
		s.waiting = append(s.waiting, func() { _ = s.MemStore.PutNoWait(id, data) })
		return nil
	}
	return s.MemStore.PutNoWait(id, data)
}

func (s *pageStore) Interrupt() {
	s.mu.Lock()
	defer s.mu.Unlock()
	close(s.abort)
	s.abort, s.running = make(chan struct{}), 0
	for _, w := range s.waiting {
		w()
	}
	s.waiting = nil
}

// teardown drops the running write and every one waiting behind it.
func (s *pageStore) teardown() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.dead, s.waiting = true, nil
	close(s.abort)
	s.abort = make(chan struct{})
}

// goLoop is a ManualLoop whose Async runs on a goroutine of its own while
// async(true): a job can then wait in the store while the test goes on.
type goLoop struct {
	*desk.ManualLoop
	mu   sync.Mutex
	goes bool
	wg   sync.WaitGroup
}

func (l *goLoop) Async(fn func()) {
	l.mu.Lock()
	goes := l.goes
	l.mu.Unlock()
	if !goes {
		l.ManualLoop.Async(fn)
		return
	}
	l.wg.Add(1)
	go func() { defer l.wg.Done(); fn() }()
}

// async sets whether Async runs on its own goroutine; the store's writes
// block meanwhile.
func (l *goLoop) async(on bool) {
	l.mu.Lock()
	l.goes = on
	l.mu.Unlock()
}

// wait waits for the jobs on their own goroutines, then runs the queue.
func (l *goLoop) wait() {
	l.wg.Wait()
	l.Run()
}

// Typing on a protected desk: while the last key's sealing has not ended,
// PageHide writes the newest sealed copy there is, which holds every key
// but the last ones (it used to write nothing then, losing every key since
// the last timed save).
func TestPageHideWritesTheNewestSealedCopy(t *testing.T) {
	s := desk.NewMemStore()
	d := newTab(t, s, nil)
	inc := d.Create("Typing")
	protect(t, d, passA, 0)
	d.settle()
	d.EditQuietly(inc.ID, func(inc *incident.Incident) { inc.Story.Summary = "first words" })
	d.EditQuietly(inc.ID, func(inc *incident.Incident) { inc.Story.Summary += ", the last key" })
	d.loop.Step() // the first sealing ends; the second has not started
	d.PageHide(false)
	if got := stored(t, s, inc.ID, passA).Story.Summary; got != "first words" {
		t.Fatalf("stored %q after the page was hidden, want the newest sealed copy %q", got, "first words")
	}
	d.settle()
	if got := stored(t, s, inc.ID, passA).Story.Summary; got != "first words, the last key" {
		t.Errorf("after the timed save: %q", got)
	}
}
