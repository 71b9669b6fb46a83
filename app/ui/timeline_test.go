package ui

import (
	"reflect"
	"testing"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/catalog"
	"breachdesk/app/incident"
)

func TestEventDraftReadsOrNamesTheField(t *testing.T) {
	loc := loadLocation("Asia/Tokyo")
	ev, probs := eventDraft{Kind: "ministry_order", At: "2026-11-22T09:30", Jurisdiction: " us-ca ", Note: " n ", Due: "2026-11-29T17:00"}.event(loc)
	if probs != nil {
		t.Fatalf("problems %v", probs)
	}
	if want := time.Date(2026, 11, 22, 9, 30, 0, 0, loc); !ev.At.Equal(want) || ev.Jurisdiction != "US-CA" || ev.Note != "n" ||
		ev.Due == nil || !ev.Due.Equal(time.Date(2026, 11, 29, 17, 0, 0, 0, loc)) {
		t.Errorf("event = %+v", ev)
	}
	// A due date only belongs to an order.
	if ev, _ := (eventDraft{Kind: "contained", At: "2026-11-22T09:30", Due: "2026-11-29T17:00"}).event(loc); ev.Due != nil {
		t.Error("a containment got a due date")
	}
	for _, c := range []struct {
		d    eventDraft
		want map[string]string
	}{
		{eventDraft{Kind: "contained", At: "22/11 9h"}, map[string]string{"at": "tl.err.at"}},
		{eventDraft{Kind: "contained"}, map[string]string{"at": "tl.err.atMissing"}},
		{eventDraft{Kind: "nonsense", At: "2026-11-22T09:30"}, map[string]string{"kind": "tl.err.kind"}},
		{eventDraft{Kind: "report_prelim", At: "2026-11-22T09:30", Jurisdiction: "Japan"}, map[string]string{"jur": "tl.err.jur"}},
		{eventDraft{Kind: "ministry_order", At: "2026-11-22T09:30", Due: "soon"}, map[string]string{"due": "tl.err.due"}},
		{eventDraft{Kind: "ministry_order", At: "2026-11-22T09:30", Due: "2026-11-21T09:30"}, map[string]string{"due": "tl.err.dueBefore"}},
	} {
		if _, got := c.d.event(loc); !reflect.DeepEqual(got, c.want) {
			t.Errorf("%+v: problems %v, want %v", c.d, got, c.want)
		}
		for _, k := range c.want {
			for _, l := range catalog.Langs {
				if s := catalog.T(l, k, "X"); s == "["+k+"]" {
					t.Errorf("%s missing in %s", k, l)
				}
			}
		}
	}
}

func TestPlaceFindingsBeforeTheEventThatEndsThem(t *testing.T) {
	d := func(day int) time.Time { return time.Date(2026, 11, day, 9, 0, 0, 0, time.UTC) }
	events := []incident.Event{
		{ID: "1", Kind: incident.EvDetected, At: d(1)},
		{ID: "2", Kind: incident.EvAware, At: d(3)},
		{ID: "3", Kind: incident.EvContained, At: d(7)},
	}
	to := d(7)
	fs := []assess.Finding{
		{ID: "tl.contain", To: incident.EvContained, ToAt: &to},
		{ID: "tl.prelim", To: incident.EvReportPrelim},
	}
	before, open := placeFindings(events, fs)
	if len(before[2]) != 1 || before[2][0].ID != "tl.contain" || len(before) != 1 {
		t.Errorf("before = %v", before)
	}
	if len(open) != 1 || open[0].ID != "tl.prelim" {
		t.Errorf("open = %v", open)
	}
}

func TestDayHeadingAndGap(t *testing.T) {
	day := time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC) // a Sunday
	if got := dayHeading(catalog.JA, day); got != "2026年11月22日（日）" {
		t.Errorf("JA day = %q", got)
	}
	if got := dayHeading(catalog.EN, day); got != "Sunday 22 November 2026" {
		t.Errorf("EN day = %q", got)
	}
	if got := gapText(catalog.EN, 6*24*time.Hour+2*time.Hour); got != catalog.T(catalog.EN, "tl.gap", span(catalog.EN, 6*24*time.Hour+2*time.Hour)) {
		t.Errorf("gap = %q", got)
	}
	if got := gapText(catalog.JA, 0); got != "同時刻" {
		t.Errorf("gap 0 = %q", got)
	}
}
