package desk

import (
	"sort"
	"sync"
	"time"
)

// MemStore is a Store in memory, for native tests and examples. It can be
// shared by several desks (tabs of one browser), made to refuse writes as a
// full storage does (SetFull), and it keeps every value ever written
// (Written), so a test can prove that nothing plain reached it.
type MemStore struct {
	mu         sync.Mutex
	parts      map[string]map[string][]byte // "incidents", "settings", "meta"
	updated    map[string]time.Time
	full       bool
	written    []Written
	interrupts int
}

// Written is one value written to a MemStore.
type Written struct {
	Part, Name string // Part: "incidents", "settings" or "meta"
	Data       []byte
	NoWait     bool // by PutNoWait or PutSettingNoWait (the page was going away)
}

// NewMemStore returns an empty store.
func NewMemStore() *MemStore {
	return &MemStore{parts: map[string]map[string][]byte{
		"incidents": {}, "settings": {}, "meta": {},
	}, updated: map[string]time.Time{}}
}

// SetFull makes every write fail with ErrFull (true) or succeed again.
func (s *MemStore) SetFull(full bool) {
	s.mu.Lock()
	s.full = full
	s.mu.Unlock()
}

// Written returns every value written so far, in order.
func (s *MemStore) Written() []Written {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Written(nil), s.written...)
}

// Raw returns a copy of what part ("incidents", "settings", "meta") holds.
func (s *MemStore) Raw(part string) map[string][]byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := map[string][]byte{}
	for k, v := range s.parts[part] {
		out[k] = append([]byte(nil), v...)
	}
	return out
}

// Set writes a value as another program would (a test's setup), bypassing
// SetFull and the log.
func (s *MemStore) Set(part, name string, data []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if data == nil {
		delete(s.parts[part], name)
		return
	}
	s.parts[part][name] = append([]byte(nil), data...)
}

func (s *MemStore) get(part, name string) ([]byte, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	b, ok := s.parts[part][name]
	if !ok {
		return nil, ErrNotFound
	}
	return append([]byte(nil), b...), nil
}

func (s *MemStore) put(part, name string, data []byte, noWait bool) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.full {
		return ErrFull
	}
	s.parts[part][name] = append([]byte(nil), data...)
	s.updated[part+"/"+name] = time.Now()
	s.written = append(s.written, Written{Part: part, Name: name, Data: append([]byte(nil), data...), NoWait: noWait})
	return nil
}

// List returns every incident record, ordered by id.
func (s *MemStore) List() ([]Record, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Record, 0, len(s.parts["incidents"]))
	for id, b := range s.parts["incidents"] {
		out = append(out, Record{ID: id, Data: append([]byte(nil), b...), UpdatedAt: s.updated["incidents/"+id]})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

func (s *MemStore) Get(id string) ([]byte, error)          { return s.get("incidents", id) }
func (s *MemStore) Put(id string, data []byte) error       { return s.put("incidents", id, data, false) }
func (s *MemStore) PutNoWait(id string, data []byte) error { return s.put("incidents", id, data, true) }
func (s *MemStore) Setting(name string) ([]byte, error)    { return s.get("settings", name) }
func (s *MemStore) PutSetting(name string, data []byte) error {
	return s.put("settings", name, data, false)
}
func (s *MemStore) PutSettingNoWait(name string, data []byte) error {
	return s.put("settings", name, data, true)
}
func (s *MemStore) Meta(name string) ([]byte, error)       { return s.get("meta", name) }
func (s *MemStore) PutMeta(name string, data []byte) error { return s.put("meta", name, data, false) }
func (s *MemStore) PutMetaNoWait(name string, data []byte) error {
	return s.put("meta", name, data, true)
}

// Interrupt counts the interrupts (a MemStore has nothing running in
// between calls).
func (s *MemStore) Interrupt() {
	s.mu.Lock()
	s.interrupts++
	s.mu.Unlock()
}

// Interrupts is how often Interrupt was called.
func (s *MemStore) Interrupts() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.interrupts
}

// Delete removes an incident record.
func (s *MemStore) Delete(id string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.parts["incidents"], id)
	return nil
}

// Apply writes a batch: all of it, or nothing when the store is full.
func (s *MemStore) Apply(b Batch) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.full && (len(b.Incidents)+len(b.Settings)+len(b.Meta)) > 0 {
		return ErrFull
	}
	for _, part := range []struct {
		name string
		m    map[string][]byte
	}{{"incidents", b.Incidents}, {"settings", b.Settings}, {"meta", b.Meta}} {
		for k, v := range part.m {
			s.parts[part.name][k] = append([]byte(nil), v...)
			s.written = append(s.written, Written{Part: part.name, Name: k, Data: append([]byte(nil), v...)})
		}
	}
	for _, id := range b.DeleteIncident {
		delete(s.parts["incidents"], id)
	}
	return nil
}

// ManualLoop is a Loop whose time moves only when the test says so, and
// whose work runs on the test's goroutine: Async and Dispatch queue their
// functions, Run runs the queue until it is empty, Step runs one, Advance
// moves the clock and runs the timers that come due. Everything is
// deterministic; nothing sleeps.
type ManualLoop struct {
	mu     sync.Mutex
	now    time.Time
	queue  []func()
	timers []*manualTimer
	seq    int
}

type manualTimer struct {
	at    time.Time
	every time.Duration
	fn    func()
	seq   int
}

// NewManualLoop returns a loop whose clock reads start.
func NewManualLoop(start time.Time) *ManualLoop { return &ManualLoop{now: start} }

func (l *ManualLoop) Now() time.Time {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.now
}

func (l *ManualLoop) Async(fn func())    { l.push(fn) }
func (l *ManualLoop) Dispatch(fn func()) { l.push(fn) }

func (l *ManualLoop) push(fn func()) {
	l.mu.Lock()
	l.queue = append(l.queue, fn)
	l.mu.Unlock()
}

func (l *ManualLoop) After(d time.Duration, fn func()) { l.timer(d, 0, fn) }
func (l *ManualLoop) Every(d time.Duration, fn func()) { l.timer(d, d, fn) }

func (l *ManualLoop) timer(d, every time.Duration, fn func()) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.seq++
	l.timers = append(l.timers, &manualTimer{at: l.now.Add(d), every: every, fn: fn, seq: l.seq})
}

// Pending is the number of queued functions.
func (l *ManualLoop) Pending() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.queue)
}

// Step runs the first queued function; false when none was queued.
func (l *ManualLoop) Step() bool {
	l.mu.Lock()
	if len(l.queue) == 0 {
		l.mu.Unlock()
		return false
	}
	fn := l.queue[0]
	l.queue = l.queue[1:]
	l.mu.Unlock()
	fn()
	return true
}

// Run runs queued functions (and those they queue) until none is left.
func (l *ManualLoop) Run() {
	for l.Step() {
	}
}

// Advance moves the clock forward by d, firing every timer that comes due in
// time order (and running the queue after each), then runs the queue.
func (l *ManualLoop) Advance(d time.Duration) {
	l.mu.Lock()
	end := l.now.Add(d)
	l.mu.Unlock()
	l.Run()
	for {
		l.mu.Lock()
		var next *manualTimer
		for _, t := range l.timers {
			if !t.at.After(end) && (next == nil || t.at.Before(next.at) || t.at.Equal(next.at) && t.seq < next.seq) {
				next = t
			}
		}
		if next == nil {
			l.now = end
			l.mu.Unlock()
			l.Run()
			return
		}
		if next.at.After(l.now) {
			l.now = next.at
		}
		if next.every > 0 {
			next.at = next.at.Add(next.every)
		} else {
			l.drop(next)
		}
		l.mu.Unlock()
		next.fn()
		l.Run()
	}
}

func (l *ManualLoop) drop(t *manualTimer) {
	for i, u := range l.timers {
		if u == t {
			l.timers = append(l.timers[:i], l.timers[i+1:]...)
			return
		}
	}
}

// TabHub connects the Tabs of several desks in one process, as a
// BroadcastChannel connects the tabs of a browser: a message posted by one
// reaches every other.
type TabHub struct {
	mu   sync.Mutex
	tabs []*memTab
}

type memTab struct {
	hub *TabHub
	fn  func([]byte)
}

// Tab returns a new member of the hub.
func (h *TabHub) Tab() Tabs {
	t := &memTab{hub: h}
	h.mu.Lock()
	h.tabs = append(h.tabs, t)
	h.mu.Unlock()
	return t
}

func (t *memTab) Post(msg []byte) error {
	t.hub.mu.Lock()
	var fns []func([]byte)
	for _, o := range t.hub.tabs {
		if o != t && o.fn != nil {
			fns = append(fns, o.fn)
		}
	}
	t.hub.mu.Unlock()
	for _, fn := range fns {
		fn(append([]byte(nil), msg...))
	}
	return nil
}

func (t *memTab) OnMessage(fn func([]byte)) error {
	t.hub.mu.Lock()
	t.fn = fn
	t.hub.mu.Unlock()
	return nil
}
