package desk_test

import (
	"slices"
	"testing"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/desk"
	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// A filing recorded in the ledger puts its event on the timeline (offered
// with the filing): the PPC 速報 filed at X becomes a report_prelim event at
// X for Japan, the engine then counts the duty done at X (the deadlines and
// drafts read the timeline), and recording the filing again adds nothing.
// An undated report event is dated rather than repeated.
func TestFilingPutsItsEventOnTheTimeline(t *testing.T) {
	rs, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	inc := scenarioNamed(t, "01-travel-targeted-email.json")
	kept := inc.Events[:0]
	for _, ev := range inc.Events {
		if ev.Kind != incident.EvReportPrelim && ev.Kind != incident.EvReportFinal {
			kept = append(kept, ev)
		}
	}
	inc.Events = slices.Clone(kept)
	now := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	prelim := func() desk.LedgerRow {
		t.Helper()
		for _, r := range desk.Ledger(inc, assessed(t, inc, now)) {
			if r.Jur.ID == "JP" && r.Ob.ID == "jp.report.prelim" {
				return r
			}
		}
		t.Fatal("no row for the PPC 速報")
		return desk.LedgerRow{}
	}
	row := prelim()
	if row.Ob.State == assess.StateDone || row.Ob.State == assess.StateDoneLate {
		t.Fatalf("the 速報 is done before it is filed: %s", row.Ob.State)
	}
	filed := row.Ob.Due.Add(-time.Hour).Truncate(time.Minute)
	ev, ok := desk.FilingEvent(rs, inc, row, filed)
	if !ok || ev.Kind != incident.EvReportPrelim || ev.Jurisdiction != "JP" || !ev.At.Equal(filed) || ev.ID != "" {
		t.Fatalf("the filing's event: %+v, %v", ev, ok)
	}
	desk.RecordFiling(inc, row, incident.Filing{ID: "f1", At: filed, Reference: "PPC-1"}, "Sato", now)
	desk.AddFilingEvent(inc, ev)
	row = prelim()
	if row.Ob.State != assess.StateDone || row.Ob.DoneAt == nil || !row.Ob.DoneAt.Equal(filed) {
		t.Errorf("after the filing, the 速報 is %s done at %v, want done at %v", row.Ob.State, row.Ob.DoneAt, filed)
	}
	n := len(inc.Events)
	if _, ok := desk.FilingEvent(rs, inc, row, filed.Add(30*time.Second)); ok {
		t.Error("recording the filing again offers its event again")
	}
	if len(inc.Events) != n {
		t.Error("FilingEvent changed the timeline")
	}

	// An undated 速報 on the timeline is dated by the filing, not repeated.
	inc.Events = slices.Clone(kept)
	desk.AddEvent(inc, incident.Event{Kind: incident.EvReportPrelim})
	undated := inc.Events[len(inc.Events)-1].ID
	ev, ok = desk.FilingEvent(rs, inc, prelim(), filed)
	if !ok || ev.ID != undated {
		t.Fatalf("with an undated 速報: %+v, %v", ev, ok)
	}
	desk.AddFilingEvent(inc, ev)
	count := 0
	for _, e := range inc.Events {
		if e.Kind == incident.EvReportPrelim {
			count++
			if !e.At.Equal(filed) {
				t.Errorf("the 速報 is dated %v", e.At)
			}
		}
	}
	if count != 1 {
		t.Errorf("%d 速報 events, want 1", count)
	}

	// A 速報 recorded as planned (F63) is done once filed: dated, no longer
	// planned (a planned event has no date), so that the duty counts it.
	inc.Events = slices.Clone(kept)
	desk.AddEvent(inc, incident.Event{Kind: incident.EvReportPrelim, Planned: true})
	ev, ok = desk.FilingEvent(rs, inc, prelim(), filed)
	if !ok || ev.Planned {
		t.Fatalf("with a planned 速報: %+v, %v", ev, ok)
	}
	desk.AddFilingEvent(inc, ev)
	for _, e := range inc.Events {
		if e.Kind == incident.EvReportPrelim && (e.Planned || !e.At.Equal(filed)) {
			t.Errorf("the planned 速報 after the filing: %+v", e)
		}
	}
}
