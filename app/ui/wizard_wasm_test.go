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
