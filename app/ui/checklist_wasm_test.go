//go:build js && wasm

package ui

import (
	"strings"
	"testing"
	"time"

	"breachdesk/app/catalog"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// clTestIncident puts an incident on the desk: an intrusion detected two hours
// ago, known one hour ago, 1,001 persons' names and card numbers.
func clTestIncident(t *testing.T) *incident.Incident {
	t.Helper()
	now := time.Now()
	inc := incident.New(theDesk.NewID(), now)
	inc.Title = "test " + t.Name()
	inc.Cause.Kind = incident.CauseUnauthorizedAccess
	inc.Main().Categories = []incident.Category{{ID: "name"}, {ID: "card"}}
	inc.Main().Persons = incident.FigureOf(incident.Count{Known: true, N: 1001})
	inc.Events = []incident.Event{
		{ID: theDesk.NewID(), Kind: incident.EvDetected, At: now.Add(-2 * time.Hour).Truncate(time.Minute)},
		{ID: theDesk.NewID(), Kind: incident.EvAware, At: now.Add(-time.Hour).Truncate(time.Minute)},
	}
	testDesk(t, nil, inc)
	return inc
}

// clQuery finds an element in the page, or fails.
func clQuery(t *testing.T, c app.Composer, sel string) app.Value {
	t.Helper()
	el := c.JSValue().Call("querySelector", sel)
	if !el.Truthy() {
		t.Fatalf("no element %s", sel)
	}
	return el
}

// clType sets an input's value and fires the event a user's typing fires.
func clType(el app.Value, v, event string) {
	el.Set("value", v)
	el.Call("dispatchEvent", app.Window().Get("Event").New(event, map[string]any{"bubbles": true}))
}

const stepReport = "pb.internal.report" // "tell those responsible", always applies

func TestChecklistMarkDoneRecordsWhoAndWhen(t *testing.T) {
	resetLang(t)
	inc := clTestIncident(t)
	p := &ChecklistPage{incidentPage: incidentPage{id: inc.ID}}
	e := mount(t, p)

	clQuery(t, p, "#step-pb-internal-report")
	clType(clQuery(t, p, "#st-pb-internal-report-owner"), "佐藤", "input")
	e.ConsumeAll()
	before := time.Now()
	clQuery(t, p, "#st-pb-internal-report-done").Call("click")
	e.ConsumeAll()

	st := inc.Steps[stepReport]
	if st.Status != incident.StepDone || st.Owner != "佐藤" || st.DoneBy != "佐藤" {
		t.Fatalf("step state = %+v", st)
	}
	if st.DoneAt == nil || st.DoneAt.Before(before.Add(-time.Second)) || st.DoneAt.After(time.Now()) {
		t.Fatalf("DoneAt = %v, want about %v", st.DoneAt, before)
	}
	// Re-rendered: the row says done, by whom, and offers the "done by" field.
	row := clQuery(t, p, "#step-pb-internal-report")
	if cls := row.Get("className").String(); !strings.Contains(cls, "cl-step-done") {
		t.Errorf("row class = %q, want cl-step-done", cls)
	}
	when := clQuery(t, p, "#step-pb-internal-report .cl-when").Get("textContent").String()
	if !strings.Contains(when, "佐藤") || !strings.HasPrefix(when, "完了") {
		t.Errorf("done line = %q", when)
	}
	if got := clQuery(t, p, "#st-pb-internal-report-doneby").Get("value").String(); got != "佐藤" {
		t.Errorf("done-by field = %q", got)
	}
	if sel := clQuery(t, p, "#st-pb-internal-report-status").Get("value").String(); sel != "done" {
		t.Errorf("status select = %q", sel)
	}
	// Who recorded it and when (no name set on this browser: it says so).
	if st.EnteredAt == nil || st.EnteredAt.Before(before.Add(-time.Second)) {
		t.Errorf("EnteredAt = %v", st.EnteredAt)
	}
	if got := clQuery(t, p, "#st-pb-internal-report-entered").Get("textContent").String(); !strings.Contains(got, "記録した人：名前の設定なし") {
		t.Errorf("entered line = %q", got)
	}
	// Back to "doing" forgets when it was done.
	clType(clQuery(t, p, "#st-pb-internal-report-status"), "doing", "change")
	e.ConsumeAll()
	if st := inc.Steps[stepReport]; st.Status != incident.StepDoing || st.DoneAt != nil || st.Owner != "佐藤" {
		t.Errorf("after doing: %+v", st)
	}
}

func TestChecklistRefusesNotApplicableWithoutReason(t *testing.T) {
	resetLang(t)
	inc := clTestIncident(t)
	p := &ChecklistPage{incidentPage: incidentPage{id: inc.ID}}
	e := mount(t, p)

	clType(clQuery(t, p, "#st-pb-internal-report-status"), "na", "change")
	e.ConsumeAll()
	if st := inc.Steps[stepReport]; st.Status == incident.StepNA {
		t.Fatal("a step was marked not applicable without a reason")
	}
	msg := clQuery(t, p, "#st-pb-internal-report-na-problem")
	if msg.Get("textContent").String() != catalog.T(catalog.JA, "cl.naNeedsReason") || msg.Call("getAttribute", "role").String() != "alert" {
		t.Errorf("message = %q", msg.Get("textContent").String())
	}
	if sel := clQuery(t, p, "#st-pb-internal-report-status").Get("value").String(); sel != "todo" {
		t.Errorf("the select shows %q after the refusal, want todo", sel)
	}
	// The confirm button refuses too while the reason is empty.
	clQuery(t, p, "#st-pb-internal-report-na-confirm").Call("click")
	e.ConsumeAll()
	if inc.Steps[stepReport].Status == incident.StepNA {
		t.Fatal("confirmed without a reason")
	}
	clType(clQuery(t, p, "#st-pb-internal-report-na"), "訓練のため", "input")
	e.ConsumeAll()
	clQuery(t, p, "#st-pb-internal-report-na-confirm").Call("click")
	e.ConsumeAll()
	if st := inc.Steps[stepReport]; st.Status != incident.StepNA || st.NAReason != "訓練のため" {
		t.Fatalf("after a reason: %+v", st)
	}
	if cls := clQuery(t, p, "#step-pb-internal-report").Get("className").String(); !strings.Contains(cls, "cl-step-na") {
		t.Errorf("row class = %q", cls)
	}
}

// Steps follow the facts, and what was written for a hidden step is kept and said.
func TestChecklistStepsFollowTheFactsAndKeepNotes(t *testing.T) {
	resetLang(t)
	inc := clTestIncident(t)
	p := &ChecklistPage{incidentPage: incidentPage{id: inc.ID}}
	e := mount(t, p)

	clQuery(t, p, "#step-pb-contain-isolate") // cyber cause: isolate
	clType(clQuery(t, p, "#st-pb-contain-isolate-note"), "VLAN 切り離し済み", "input")
	e.ConsumeAll()
	if p.JSValue().Call("querySelector", "#cl-hidden").Truthy() {
		t.Fatal("hidden-steps line shown while nothing is hidden")
	}

	// The cause changes (as on the facts page); the next edit that renders
	// the page (a status; a note's keystroke renders nothing) shows it.
	inc.Cause.Kind = incident.CauseMisdelivery
	clType(clQuery(t, p, "#st-pb-internal-report-status"), "doing", "change")
	e.ConsumeAll()
	if p.JSValue().Call("querySelector", "#step-pb-contain-isolate").Truthy() {
		t.Fatal("the isolate step is still shown for a misdelivery")
	}
	clQuery(t, p, "#step-pb-misdelivery-recover")
	hidden := clQuery(t, p, "#cl-hidden").Get("textContent").String()
	if !strings.Contains(hidden, "1 件") || !strings.Contains(hidden, "感染・侵入した機器の隔離") {
		t.Errorf("hidden line = %q", hidden)
	}
	if inc.Steps["pb.contain.isolate"].Note != "VLAN 切り離し済み" {
		t.Error("the note of the hidden step was lost")
	}

	inc.Cause.Kind = incident.CauseUnauthorizedAccess
	clType(clQuery(t, p, "#st-pb-internal-report-status"), "todo", "change")
	e.ConsumeAll()
	if got := clQuery(t, p, "#st-pb-contain-isolate-note").Get("value").String(); got != "VLAN 切り離し済み" {
		t.Errorf("note after the step came back = %q", got)
	}
}
