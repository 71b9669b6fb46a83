package incident

import (
	"reflect"
	"testing"
	"time"
)

// A Checker returns what Validate returns after every kind of change, the
// time line's changes made in place included.
func TestCheckerIsValidate(t *testing.T) {
	inc := largeIncident()
	var c Checker
	due := at(20, 9)
	steps := []struct {
		name string
		edit func(inc *Incident)
	}{
		{"as is", func(*Incident) {}},
		{"another field", func(inc *Incident) { inc.Org.Name = "架空\x07商事" }},
		{"a note in place", func(inc *Incident) { inc.Events[500].Note = "bad \u202e bidi" }},
		{"a kind in place", func(inc *Incident) { inc.Events[3].Kind = "nonsense" }},
		{"a time in place", func(inc *Incident) { inc.Events[7].At = time.Date(1900, 1, 1, 0, 0, 0, 0, jst) }},
		{"a due date", func(inc *Incident) { inc.Events[9].Due = &due }},
		{"the due date in place", func(inc *Incident) { *inc.Events[9].Due = at(1, 0).Add(-48 * time.Hour) }},
		{"a duplicate id", func(inc *Incident) { inc.Events[10].ID = inc.Events[11].ID }},
		{"a jurisdiction", func(inc *Incident) { inc.Events[12].Jurisdiction = "japan" }},
		{"an event added", func(inc *Incident) { inc.Events = append(inc.Events, Event{ID: "new", Kind: EvOther}) }},
		{"an event removed", func(inc *Incident) { inc.Events = inc.Events[1:] }},
		{"the time zone", func(inc *Incident) { inc.TimeZone = "America/New_York" }},
		{"no events", func(inc *Incident) { inc.Events = nil }},
		{"events again", func(inc *Incident) { inc.Events = largeIncident().Events }},
	}
	for _, s := range steps {
		s.edit(inc)
		got, want := c.Validate(inc), Validate(inc)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("after %s: Checker.Validate differs from Validate:\n got %v\nwant %v", s.name, got, want)
		}
		if again := c.Validate(inc); !reflect.DeepEqual(again, want) {
			t.Fatalf("after %s, checked twice: %v, want %v", s.name, again, want)
		}
	}
	if got := c.Validate(nil); !reflect.DeepEqual(got, Validate(nil)) {
		t.Errorf("nil: %v", got)
	}
}

func BenchmarkCheckerOtherField1000Events(b *testing.B) {
	inc := largeIncident()
	var c Checker
	b.ReportAllocs()
	for b.Loop() {
		inc.Org.Name = inc.Org.Name[:min(len(inc.Org.Name), 50)] + "x"
		c.Validate(inc)
	}
}

func BenchmarkValidateOtherField1000Events(b *testing.B) {
	inc := largeIncident()
	b.ReportAllocs()
	for b.Loop() {
		inc.Org.Name = inc.Org.Name[:min(len(inc.Org.Name), 50)] + "x"
		Validate(inc)
	}
}

// sameEvents compares every field of an Event: a field added to Event must be
// compared there too, or the Checker could return a stale time line's problems.
func TestSameEventsKnowsEveryField(t *testing.T) {
	if n := reflect.TypeFor[Event]().NumField(); n != 23 {
		t.Fatalf("Event has %d fields: compare the new one in sameEvent, then update this count", n)
	}
}
