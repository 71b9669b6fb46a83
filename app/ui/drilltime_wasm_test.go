//go:build js && wasm

package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/catalog"
	"breachdesk/app/draft"
	"breachdesk/app/drill"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

const prelim = "jp.report.prelim" // the 速報 to the PPC

// drillAt puts on the desk the travel drill with its clock paused at day 9,
// 12:00 after its start (the injects up to then applied): the data theft
// became known at day 4, so the 速報 (due within 5 days of that) is overdue in
// drill time, while on the real clock (day 0) it is not due yet. It returns
// the incident and its drill time.
func drillAt(t *testing.T) (*incident.Incident, time.Time) {
	t.Helper()
	s := drill.Find("travel-targeted-email")
	inc, err := drill.Start(s, theDesk.NewID(), "ja", "step", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	r, err := drill.RunOf(inc)
	if err != nil {
		t.Fatal(err)
	}
	sim := r.State.Day0.Add(9*24*time.Hour + 12*time.Hour)
	r.State.Clock = drill.Clock{Start: r.State.Clock.Start, Origin: sim, Speed: 0}
	next, fired, err := drill.Tick(inc, r.Script, sim, "ja")
	if err != nil || len(fired) == 0 {
		t.Fatalf("tick: %v (%d fired)", err, len(fired))
	}
	r.Store(next)
	testDesk(t, nil, next)
	if got := incidentNow(next, time.Time{}); !got.Equal(sim) {
		t.Fatalf("incidentNow = %v, want the drill time %v", got, sim)
	}
	return next, sim
}

// stateAt is the engine's state of an obligation at an instant.
func stateAt(t *testing.T, inc *incident.Incident, at time.Time, id string) (assess.Obligation, bool) {
	t.Helper()
	rs, err := theDesk.Rules()
	if err != nil {
		t.Fatal(err)
	}
	for _, j := range assess.Evaluate(inc, rs, at).Jurisdictions {
		for _, ob := range j.Obligations {
			if ob.ID == id {
				return ob, true
			}
		}
	}
	return assess.Obligation{}, false
}

// Every view of a drill incident reads the drill's clock, not the real one:
// the dashboard's and the incident list's countdowns, the timeline's "now"
// and the default time of a new event, the checklist's due marks and the
// time a step is marked done, the packet's "as of" and deadline marks, and
// the date of the drafts. The test fails if any of them takes time.Now().
func TestDrillTimeInEveryView(t *testing.T) {
	resetLang(t)
	inc, sim := drillAt(t)
	loc := inc.Location()
	ob, ok := stateAt(t, inc, sim, prelim)
	if !ok || ob.State != assess.StateOverdue || ob.Due == nil {
		t.Fatalf("engine at drill time: 速報 %+v, want overdue with a due date", ob)
	}
	if real, _ := stateAt(t, inc, time.Now(), prelim); real.State == assess.StateOverdue {
		t.Fatal("the 速報 is overdue on the real clock too: the test could not tell the clocks apart")
	}
	overdueBy := catalog.T(catalog.JA, "due.overdue", span(catalog.JA, ob.Due.Sub(sim)))

	t.Run("dashboard", func(t *testing.T) {
		p := &DashboardPage{incidentPage: incidentPage{id: inc.ID}}
		mount(t, p)
		li := p.JSValue().Call("querySelector", `#overdue li[data-obligation="`+prelim+`"]`)
		if !li.Truthy() {
			t.Fatalf("the 速報 is not listed as overdue:\n%s", p.JSValue().Get("textContent").String())
		}
		if got := li.Call("querySelector", ".bd-countdown").Get("textContent").String(); !strings.HasPrefix(got, overdueBy) {
			t.Errorf("countdown %q, want %q (drill time)", got, overdueBy)
		}
	})

	t.Run("incident list", func(t *testing.T) {
		p := &HomePage{}
		mount(t, p)
		row := p.JSValue().Call("querySelector", `#incident-list tr[data-id="`+inc.ID+`"]`)
		if !row.Truthy() {
			t.Fatal("the drill is not listed")
		}
		if got := row.Get("textContent").String(); !strings.Contains(got, overdueBy) {
			t.Errorf("row %q does not say %q (drill time)", got, overdueBy)
		}
	})

	t.Run("timeline", func(t *testing.T) {
		p := &TimelinePage{incidentPage: incidentPage{id: inc.ID}}
		e := mount(t, p)
		if got, want := queryText(t, p, "#tl-now"), catalog.T(catalog.JA, "tl.now", when(sim, loc, sim)); got != want {
			t.Errorf("now marker %q, want %q", got, want)
		}
		if got, want := clQuery(t, p, "#tl-add-at").Get("value").String(), datetimeLocal(sim, loc); got != want {
			t.Errorf("a new event defaults to %q, want the drill time %q", got, want)
		}
		clType(clQuery(t, p, "#tl-add-at"), "2001-01-01T00:00", "input")
		e.ConsumeAll()
		clQuery(t, p, "#tl-add-now").Call("click")
		e.ConsumeAll()
		if got, want := clQuery(t, p, "#tl-add-at").Get("value").String(), datetimeLocal(sim, loc); got != want {
			t.Errorf(`"now" sets %q, want the drill time %q`, got, want)
		}
	})

	t.Run("checklist", func(t *testing.T) {
		p := &ChecklistPage{incidentPage: incidentPage{id: inc.ID}}
		e := mount(t, p)
		rs, _ := theDesk.Rules()
		a := assess.Evaluate(inc, rs, sim)
		checked := 0
		for _, s := range a.Steps {
			if s.Applies != assess.Yes || s.Due == nil || (s.State != assess.StateOverdue && s.State != assess.StateDue) {
				continue
			}
			row := p.JSValue().Call("querySelector", "#step-"+stepDOMID(s.ID))
			if !row.Truthy() {
				continue // a step shown elsewhere (e.g. done by an event)
			}
			checked++
			if cls := row.Get("className").String(); !strings.Contains(cls, "cl-step-"+string(s.State)) {
				t.Errorf("step %s: class %q, want state %s (drill time)", s.ID, cls, s.State)
			}
			cd := row.Call("querySelector", ".bd-countdown")
			var rel string
			if left := s.Due.Sub(sim); left < 0 {
				rel = catalog.T(catalog.JA, "due.overdue", span(catalog.JA, left))
			} else {
				rel = catalog.T(catalog.JA, "due.in", span(catalog.JA, left))
			}
			if !cd.Truthy() || cd.Get("textContent").String() != rel {
				t.Errorf("step %s: countdown %v, want %q", s.ID, cd, rel)
			}
		}
		if checked == 0 {
			t.Fatal("no step with a deadline due at drill time: nothing checked")
		}
		clQuery(t, p, "#st-pb-internal-report-done").Call("click")
		e.ConsumeAll()
		st := theDesk.Get(inc.ID).Steps[stepReport]
		if st.DoneAt == nil || !st.DoneAt.Equal(sim) {
			t.Errorf("done at %v, want the drill time %v", st.DoneAt, sim)
		}
	})

	t.Run("packet", func(t *testing.T) {
		p := &PacketPage{incidentPage: incidentPage{id: inc.ID}}
		mount(t, p)
		if got, want := queryText(t, p, "#pk-asof"), stamp(catalog.JA, sim, loc); got != want {
			t.Errorf("as of %q, want the drill time %q", got, want)
		}
		row := p.JSValue().Call("querySelector", `#pk-deadlines tr[data-obligation="`+prelim+`"]`)
		if !row.Truthy() || !strings.Contains(row.Get("className").String(), "bd-pk-overdue") {
			t.Errorf("the packet does not mark the 速報 overdue")
		} else if got := row.Get("textContent").String(); !strings.Contains(got, overdueBy) {
			t.Errorf("packet row %q does not say %q", got, overdueBy)
		}
	})

	t.Run("drafts", func(t *testing.T) {
		p := &DraftsPage{incidentPage: incidentPage{id: inc.ID}, kind: draft.KindPPC, docLang: "ja"}
		mount(t, p)
		set := p.derive(p.board())
		if set.doc == nil || set.doc.Kind != draft.KindPPC {
			t.Fatal("the report to the PPC is not shown")
		}
		s, r := sim.In(loc), time.Now().In(loc)
		want := fmt.Sprintf("%d年%d月%d日", s.Year(), int(s.Month()), s.Day())
		real := fmt.Sprintf("%d年%d月%d日", r.Year(), int(r.Month()), r.Day())
		found := false
		for _, sec := range set.doc.Sections {
			for _, pr := range sec.Paras {
				if !strings.Contains(pr.Text, "報告日：") {
					continue
				}
				found = true
				el := app.Window().GetElementByID("para-" + pr.ID)
				if !el.Truthy() {
					t.Fatalf("paragraph %s not shown", pr.ID)
				}
				if got := el.Get("textContent").String(); !strings.Contains(got, "報告日："+want) || strings.Contains(got, "報告日："+real) {
					t.Errorf("the draft is dated %q, want the drill's date %s", got, want)
				}
			}
		}
		if !found {
			t.Fatalf("the draft shown (%s) has no date paragraph", set.doc.ID)
		}
	})
}

// While a drill's clock runs, an open page re-renders every second (a
// simulated day may pass in a real minute); otherwise every 30 seconds.
func TestTickFastWhileADrillRuns(t *testing.T) {
	inc, _ := drillAt(t)
	if runningDrill(inc.ID) {
		t.Fatal("a paused drill counts as running")
	}
	if err := drill.Retime(inc, time.Now(), "1m"); err != nil {
		t.Fatal(err)
	}
	if !runningDrill(inc.ID) || !anyRunningDrill() {
		t.Fatal("a drill at a day per minute does not count as running")
	}
	real := clTestIncident(t)
	if runningDrill(real.ID) {
		t.Fatal("a real incident counts as a running drill")
	}
}

// In the drill room, what the team records is confirmed at once and listed
// in the team's record with its drill time (the scenario's own events are
// not: they are the news).
func TestDrillRoomConfirmsAndLogsWhatTheTeamRecords(t *testing.T) {
	resetLang(t)
	inc, sim := drillAt(t)
	p := &DrillsPage{incidentPage: incidentPage{id: inc.ID}}
	e := mount(t, p)
	if got := queryText(t, p, "#drill-log"); !strings.Contains(got, catalog.T(catalog.JA, "drill.logEmpty")) {
		t.Errorf("before anything is recorded the log says %q", got)
	}
	clType(clQuery(t, p, "#drill-event-kind"), "report_prelim", "change")
	clType(clQuery(t, p, "#drill-event-jur"), "JP", "change")
	// A submit event, as the button fires (a click in the test page would
	// also submit the form natively and reload the page).
	clQuery(t, p, "#drill-event-form").Call("dispatchEvent",
		app.Window().Get("Event").New("submit", map[string]any{"bubbles": true, "cancelable": true}))
	e.ConsumeAll()
	loc := inc.Location()
	if got, want := queryText(t, p, "#drill-recorded"), catalog.T(catalog.JA, "drill.recorded",
		catalog.T(catalog.JA, "drill.ev.report_prelim"), when(sim, loc, sim), 9); got != want {
		t.Errorf("confirmation %q, want %q", got, want)
	}
	log := queryText(t, p, "#drill-log")
	if !strings.Contains(log, catalog.T(catalog.JA, "ev.report_prelim")) || !strings.Contains(log, when(sim, loc, sim)) {
		t.Errorf("the team's record %q lacks the 速報 at drill time", log)
	}
	if strings.Contains(log, catalog.T(catalog.JA, "ev.detected")) {
		t.Errorf("the scenario's own events are in the team's record: %q", log)
	}
}
