package ui

import (
	"reflect"
	"strings"
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

// An event is dated as well as it is known: by day, about a day, by month or
// year (at the start of it), or not yet; a date that does not read at the
// precision chosen is named. Party, source (a detection's only) and sets
// are kept.
func TestEventDraftPrecision(t *testing.T) {
	loc := loadLocation("Asia/Tokyo")
	for _, c := range []struct {
		prec, at string
		want     time.Time
	}{
		{"day", "2026-03-15", time.Date(2026, 3, 15, 0, 0, 0, 0, loc)},
		{"approx", "2026年3月15日", time.Date(2026, 3, 15, 0, 0, 0, 0, loc)},
		{"month", "2026-03", time.Date(2026, 3, 1, 0, 0, 0, 0, loc)},
		{"month", "2026-03-15", time.Date(2026, 3, 1, 0, 0, 0, 0, loc)},
		{"year", "2014", time.Date(2014, 1, 1, 0, 0, 0, 0, loc)},
	} {
		ev, probs := eventDraft{Kind: "intrusion", Precision: c.prec, At: c.at}.event(loc)
		if probs != nil || !ev.At.Equal(c.want) || string(ev.Precision) != c.prec {
			t.Errorf("%s %q: %+v, %v", c.prec, c.at, ev, probs)
		}
	}
	ev, probs := eventDraft{Kind: "forensic", Precision: precUndated, At: "ignored", Party: "p1", Sets: []string{"d2"}}.event(loc)
	if probs != nil || ev.Dated() || ev.Precision != incident.Exact || ev.Party != "p1" || len(ev.Sets) != 1 {
		t.Errorf("undated: %+v, %v", ev, probs)
	}
	if ev.Planned {
		t.Errorf("an undated step is planned: %+v", ev)
	}
	// A step only planned (F63): no date, and marked so that no document
	// states it as done; it opens again as planned, never as done undated.
	ev, probs = eventDraft{Kind: "forensic", Precision: precPlanned, At: "2026-03-15T10:30"}.event(loc)
	if probs != nil || ev.Dated() || !ev.Planned {
		t.Errorf("planned: %+v, %v", ev, probs)
	}
	if d := draftOf(ev, loc); d.Precision != precPlanned || d.At != "" {
		t.Errorf("draft of a planned event: %+v", d)
	}
	// Listed (timeline, meeting paper) as planned, not as done on a day not recorded.
	if got := eventWhen(catalog.JA, ev, loc, time.Time{}); got != "予定（未実施）" {
		t.Errorf("a planned event is listed as %q", got)
	}
	for _, d := range []eventDraft{{Kind: "intrusion", Precision: "day", At: "2026-03"}, {Kind: "intrusion", Precision: "year", At: "soon"}} {
		if _, probs := d.event(loc); probs["at"] != "tl.err.day" {
			t.Errorf("%+v: problems %v", d, probs)
		}
	}
	if ev, _ := (eventDraft{Kind: "contained", At: "2026-11-22T09:30", Source: "police"}).event(loc); ev.Source != "" {
		t.Error("a containment kept a source")
	}
	if ev, _ := (eventDraft{Kind: "detected", At: "2026-11-22T09:30", Source: "police"}).event(loc); ev.Source != "police" {
		t.Error("a detection lost its source")
	}
	// The form carries what was typed over to another precision.
	d := eventDraft{At: "2026-03-15T10:30"}
	d.setPrecision("month", loc)
	if d.At != "2026-03" {
		t.Errorf("to month: %q", d.At)
	}
	d.setPrecision("", loc)
	if d.At != "2026-03-01T00:00" {
		t.Errorf("back to exact: %q", d.At)
	}
	// An undated event opens as undated, a dated-by-day one with its day.
	if d := draftOf(incident.Event{Kind: incident.EvForensic}, loc); d.Precision != precUndated || d.At != "" {
		t.Errorf("draft of an undated event: %+v", d)
	}
	if d := draftOf(incident.Event{Kind: incident.EvIntrusion, At: time.Date(2026, 3, 15, 0, 0, 0, 0, loc), Precision: incident.Approx}, loc); d.At != "2026-03-15" {
		t.Errorf("draft of an approximate event: %+v", d)
	}
}

// TestGapAsWellAsKnown: the line between two events tells hours only when
// both instants are known; from "some time in March" to 1 December it is
// 245 to 275 days, not the 275 d 0 h counted from 1 March.
func TestGapAsWellAsKnown(t *testing.T) {
	tokyo, _ := time.LoadLocation("Asia/Tokyo")
	at := func(m time.Month, d, h int) time.Time { return time.Date(2026, m, d, h, 0, 0, 0, tokyo) }
	march := incident.Event{At: at(3, 1, 0), Precision: incident.Month}
	det := incident.Event{At: at(12, 1, 0)}
	about := incident.Event{At: at(12, 2, 0), Precision: incident.Approx}
	for _, c := range []struct {
		prev, ev incident.Event
		want     string
	}{
		{march, det, "245 to 275 days later"},
		{det, about, "next day"},
		{det, incident.Event{At: at(12, 1, 0), Precision: incident.Day}, "same day"},
		{det, incident.Event{At: at(12, 3, 9)}, catalog.T(catalog.EN, "tl.gap", span(catalog.EN, 57*time.Hour))},
		{about, incident.Event{At: at(12, 9, 0), Precision: incident.Day}, "7 days later"},
	} {
		if got := gapBetween(catalog.EN, c.prev, c.ev, tokyo); got != c.want {
			t.Errorf("%v (%s) → %v (%s): %q, want %q", c.prev.At, c.prev.Precision, c.ev.At, c.ev.Precision, got, c.want)
		}
	}
	if got := gapBetween(catalog.JA, march, det, tokyo); got != "245〜275日後" {
		t.Errorf("JA: %q", got)
	}
}

// TestStartAsWellAsKnown: the instant a clock starts from is shown with a
// time of day only when one was given (the dashboard's contested clock, a
// duty's count from the detection, the packet).
func TestStartAsWellAsKnown(t *testing.T) {
	tokyo, _ := time.LoadLocation("Asia/Tokyo")
	now := time.Date(2026, 12, 5, 12, 0, 0, 0, tokyo)
	day := time.Date(2026, 12, 2, 0, 0, 0, 0, tokyo)
	for _, c := range []struct {
		p          incident.Precision
		en, packet string
	}{
		{incident.Exact, "12/02 00:00 JST", "2026-12-02 00:00 JST"},
		{incident.Day, "2 Dec 2026", "2 Dec 2026"},
		{incident.Approx, "about 2 Dec 2026", "about 2 Dec 2026"},
	} {
		if got := startWhen(catalog.EN, day, c.p, tokyo, now); got != c.en {
			t.Errorf("%q: startWhen %q, want %q", c.p, got, c.en)
		}
		if got := stampAs(catalog.EN, day, c.p, tokyo, now); got != c.packet {
			t.Errorf("%q: stampAs %q, want %q", c.p, got, c.packet)
		}
	}
	if got := startWhen(catalog.JA, time.Date(2026, 3, 1, 0, 0, 0, 0, tokyo), incident.Month, tokyo, now); strings.Contains(got, "00:00") || !strings.Contains(got, "2026年3月") {
		t.Errorf("a month: %q", got)
	}
}
