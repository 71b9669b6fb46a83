package desk

import (
	"testing"
	"time"

	"breachdesk/app/incident"
)

// TestSameEvent: an event entered again (in the wizard, then on the
// timeline) is found, to warn before a duplicate is added; another kind,
// another minute or another party is not the same event.
func TestSameEvent(t *testing.T) {
	at := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	inc := incident.New("a", at)
	SetEvent(inc, incident.EvDetected, at) // as the wizard sets it
	if _, ok := SameEvent(inc, incident.Event{Kind: incident.EvDetected, At: at.Add(20 * time.Second)}); !ok {
		t.Error("the wizard's detection, entered again on the timeline, is not found")
	}
	for _, ev := range []incident.Event{
		{Kind: incident.EvContained, At: at},
		{Kind: incident.EvDetected, At: at.Add(time.Minute)},
		{Kind: incident.EvDetected, At: at, Party: "p1"},
	} {
		if _, ok := SameEvent(inc, ev); ok {
			t.Errorf("%+v is taken for the same event", ev)
		}
	}
}

// TestSetEventAsKeepsPrecision: the wizard's moment known by its day is
// recorded as a day, and a date and time typed later makes it exact again.
func TestSetEventAsKeepsPrecision(t *testing.T) {
	day := time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)
	inc := incident.New("a", day)
	SetEventAs(inc, incident.EvAware, day, incident.Day)
	if ev, ok := inc.FirstEvent(incident.EvAware); !ok || ev.Precision != incident.Day || !ev.At.Equal(day) {
		t.Fatalf("day-only knowing recorded as %+v, %v", ev, ok)
	}
	at := day.Add(9 * time.Hour)
	SetEvent(inc, incident.EvAware, at)
	if ev, _ := inc.FirstEvent(incident.EvAware); ev.Precision != incident.Exact || !ev.At.Equal(at) {
		t.Errorf("a time typed for a day-only moment: %+v", ev)
	}
	if n := len(inc.Events); n != 1 {
		t.Errorf("%d events, want the one moment", n)
	}
	// A containment recorded as planned (F63), then answered in the first
	// hour: done, no longer planned.
	inc.Events = append(inc.Events, incident.Event{ID: "c", Kind: incident.EvContained, Planned: true})
	SetEventAs(inc, incident.EvContained, day, incident.Day)
	if ev, ok := inc.FirstEvent(incident.EvContained); !ok || ev.Planned {
		t.Errorf("a planned containment dated: %+v, %v", ev, ok)
	}
}
