//go:build js && wasm

package ui

import (
	"strings"
	"testing"
	"time"

	"breachdesk/app/incident"
)

// The wizard's moments each have a "now" button, and its question about
// knowing says that a possible leak is enough to start the clock.
func TestWizardNowButtonsAndPossibleLeak(t *testing.T) {
	resetLang(t)
	inc := incident.New(theDesk.NewID(), time.Now())
	testDesk(t, nil, inc)
	p := &WizardPage{incidentPage: incidentPage{id: inc.ID}, step: 1}
	e := mount(t, p)
	if got := p.JSValue().Get("textContent").String(); !strings.Contains(got, "おそれ") {
		t.Errorf("the question about knowing does not speak of a possible leak: %q", got)
	}
	before := time.Now().Add(-time.Minute)
	p.JSValue().Call("querySelector", "#f-at-detected-now").Call("click")
	e.ConsumeAll()
	ev, ok := inc.FirstEvent(incident.EvDetected)
	if !ok || ev.At.Before(before) || ev.At.After(time.Now()) {
		t.Fatalf("detection after 'now': %+v, %v", ev, ok)
	}
	if got := p.JSValue().Call("querySelector", "#f-at-detected").Get("value").String(); got != datetimeLocal(ev.At, inc.Location()) {
		t.Errorf("the field shows %q", got)
	}
	if _, ok := inc.FirstEvent(incident.EvAware); ok {
		t.Error("another moment was set")
	}
}

// A moment of the first hour known only by its day: chosen so, the field
// takes a date alone and the moment is recorded by its day, never at a
// 00:00 nobody typed; the field shows the date as typed.
func TestWizardMomentKnownByItsDay(t *testing.T) {
	resetLang(t)
	inc := incident.New(theDesk.NewID(), time.Now())
	testDesk(t, nil, inc)
	p := &WizardPage{incidentPage: incidentPage{id: inc.ID}, step: 1}
	e := mount(t, p)
	clType(clQuery(t, p, "#f-at-aware-prec"), "day", "change")
	e.ConsumeAll()
	in := clQuery(t, p, "#f-at-aware")
	if typ := in.Get("type").String(); typ != "text" {
		t.Fatalf("the field for a day is of type %q", typ)
	}
	clType(in, "2026-03-15", "change")
	e.ConsumeAll()
	ev, ok := inc.FirstEvent(incident.EvAware)
	if !ok || ev.Precision != incident.Day || !ev.At.Equal(time.Date(2026, 3, 15, 0, 0, 0, 0, inc.Location())) {
		t.Fatalf("knowing on 2026-03-15: %+v, %v", ev, ok)
	}
	if got := clQuery(t, p, "#f-at-aware").Get("value").String(); got != "2026-03-15" {
		t.Errorf("the field shows %q", got)
	}
	if p.JSValue().Call("querySelector", "#f-at-aware-problem").Truthy() {
		t.Error("a problem is shown for a day")
	}
}
