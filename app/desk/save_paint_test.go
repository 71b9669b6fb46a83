package desk_test

import (
	"testing"
	"time"

	"breachdesk/app/desk"
	"breachdesk/app/incident"
)

// paintLoop is a ManualLoop that paints when the test says so (desk.Painter).
type paintLoop struct {
	*desk.ManualLoop
	frame []func()
}

func (l *paintLoop) AfterPaint(fn func()) { l.frame = append(l.frame, fn) }

// paint ends a frame: what waited for it runs.
func (l *paintLoop) paint() {
	f := l.frame
	l.frame = nil
	for _, fn := range f {
		l.Dispatch(fn)
	}
	l.Run()
}

func newPaintTab(t *testing.T, s *desk.MemStore) (*desk.Desk, *paintLoop) {
	t.Helper()
	loop := &paintLoop{ManualLoop: desk.NewManualLoop(t0)}
	d := desk.New(desk.Config{
		Open:     func() (desk.Store, error) { return s, nil },
		Keys:     goKeys{},
		Loop:     loop,
		OnChange: func() {},
	})
	d.Load()
	loop.Run()
	if !d.Loaded() {
		t.Fatal("the desk did not load")
	}
	return d, loop
}

// In a browser the timed save runs just after the next keystroke is painted,
// not at whatever moment its timer ends (where it would hold up a key).
func TestSaveWaitsForAKeystrokesPaint(t *testing.T) {
	s := desk.NewMemStore()
	d, loop := newPaintTab(t, s)
	inc := d.Create("Typing")
	loop.Advance(desk.SaveDelay + desk.SaveQuiet)
	writes := len(s.Written())
	key := func(c string) {
		d.EditQuietly(inc.ID, func(inc *incident.Incident) { inc.Story.Summary += c })
	}
	key("a")
	loop.Advance(desk.SaveDelay) // the save is due: it waits for a key
	if n := len(s.Written()); n != writes {
		t.Fatalf("written when the timer ended (%d writes, want %d)", n, writes)
	}
	loop.Advance(100 * time.Millisecond) // the next key, 100 ms later
	key("b")
	loop.Run()
	if n := len(s.Written()); n != writes {
		t.Fatalf("written before the key was painted (%d writes, want %d)", n, writes)
	}
	loop.paint()
	if got := stored(t, s, inc.ID, ""); got == nil || got.Story.Summary != "ab" {
		t.Fatalf("after the key's paint, stored %+v", got)
	}
	if len(loop.frame) != 0 {
		t.Errorf("%d functions still wait for a paint", len(loop.frame))
	}
	// Stopping after a key: the save runs SaveQuiet after it was due.
	key("c")
	loop.Advance(desk.SaveDelay)
	loop.Advance(desk.SaveQuiet - time.Millisecond)
	if got := stored(t, s, inc.ID, ""); got.Story.Summary != "ab" {
		t.Fatalf("written before the pause was long enough: %q", got.Story.Summary)
	}
	loop.Advance(time.Millisecond)
	if got := stored(t, s, inc.ID, ""); got.Story.Summary != "abc" {
		t.Fatalf("not written after the pause: %q", got.Story.Summary)
	}
	// A page that does not paint (in the background: no frames) still
	// writes, SaveQuiet after the paint was asked for.
	key("d")
	loop.Advance(desk.SaveDelay)
	loop.Advance(10 * time.Millisecond)
	key("e")
	loop.Advance(desk.SaveQuiet - 10*time.Millisecond)
	if got := stored(t, s, inc.ID, ""); got.Story.Summary != "abc" {
		t.Fatalf("written while the paint may still come: %q", got.Story.Summary)
	}
	loop.Advance(desk.SaveQuiet)
	if got := stored(t, s, inc.ID, ""); got.Story.Summary != "abcde" {
		t.Fatalf("not written without frames: %q", got.Story.Summary)
	}
	writes = len(s.Written())
	loop.paint() // the late frame writes nothing more
	if n := len(s.Written()); n != writes {
		t.Errorf("the late paint wrote again (%d writes, want %d)", n, writes)
	}
}
