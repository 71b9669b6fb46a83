//go:build !js

package ui

import (
	"strings"
	"testing"
	"time"

	"breachdesk/app/catalog"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TestApproxTimeKeptByTheForm: an event "about 14:10" can be entered in the
// form (a day, approximate, with a time), is shown with its time, and
// saving it again from the form keeps the time (F1040: the form took a day
// only and dropped the time of an approximate event read from a file).
func TestApproxTimeKeptByTheForm(t *testing.T) {
	tokyo, _ := time.LoadLocation("Asia/Tokyo")
	d := eventDraft{Kind: string(incident.EvIntrusion), Precision: string(incident.Approx), At: "2025-12-12", Time: "14:10"}
	ev, probs := d.event(tokyo)
	if probs != nil {
		t.Fatalf("the form did not read: %v", probs)
	}
	if want := time.Date(2025, 12, 12, 14, 10, 0, 0, tokyo); !ev.At.Equal(want) || !ev.AboutTime() {
		t.Fatalf("read as %v (about a time: %v), want about %v", ev.At, ev.AboutTime(), want)
	}
	// Full-width digits and 「14時10分」 read as well; no time: about the day.
	for in, want := range map[string]string{"１４：１０": "14:10", "14時10分": "14:10", "9:05": "09:05", "": ""} {
		d.Time = in
		ev, probs := d.event(tokyo)
		if probs != nil {
			t.Errorf("%q: %v", in, probs)
			continue
		}
		got := ""
		if ev.AboutTime() {
			got = ev.At.In(tokyo).Format("15:04")
		}
		if got != want {
			t.Errorf("%q read as %q, want %q", in, got, want)
		}
	}
	for _, bad := range []string{"25:00", "14:70", "afternoon"} {
		d.Time = bad
		if _, probs := d.event(tokyo); probs["time"] == "" {
			t.Errorf("%q was read", bad)
		}
	}
	// Opened for editing, the time is in the form; saved, it is kept.
	about := incident.Event{Kind: incident.EvIntrusion, At: time.Date(2025, 12, 12, 14, 10, 0, 0, tokyo), Precision: incident.Approx}
	dr := draftOf(about, tokyo)
	if dr.At != "2025-12-12" || dr.Time != "14:10" {
		t.Errorf("draft of an event about 14:10: %+v", dr)
	}
	if back, probs := dr.event(tokyo); probs != nil || !back.At.Equal(about.At) || back.Precision != incident.Approx {
		t.Errorf("saved again: %v (%v), want %v", back.At, probs, about.At)
	}
	// Shown with its time, in both languages.
	now := time.Date(2026, 1, 5, 12, 0, 0, 0, tokyo)
	for l, want := range map[catalog.Lang]string{catalog.JA: "2025/12/12 14:10頃", catalog.EN: "about 14:10 on 12 Dec 2025"} {
		if got := eventWhen(l, about, tokyo, now); got != want {
			t.Errorf("%s: eventWhen %q, want %q", l, got, want)
		}
	}
	for l, want := range map[catalog.Lang]string{catalog.JA: "14:10頃", catalog.EN: "about 14:10"} {
		if got := eventTime(l, about, tokyo); got != want {
			t.Errorf("%s: the timeline's time %q, want %q", l, got, want)
		}
	}
	if got := eventTime(catalog.EN, incident.Event{At: time.Date(2025, 12, 12, 0, 0, 0, 0, tokyo), Precision: incident.Approx}, tokyo); got != "about" {
		t.Errorf("about a day: %q", got)
	}
}

// TestLearnedDayKeptByTheForm: the day an event was learned of (F1043) is read
// from the form, kept when edited, refused when it is not a day, and shown
// on the timeline.
func TestLearnedDayKeptByTheForm(t *testing.T) {
	tokyo, _ := time.LoadLocation("Asia/Tokyo")
	d := eventDraft{Kind: string(incident.EvIntrusion), Precision: string(incident.Month), At: "2022-12", Learned: "2023年1月24日"}
	ev, probs := d.event(tokyo)
	if probs != nil || ev.Learned != "2023-01-24" {
		t.Fatalf("read as %q (%v)", ev.Learned, probs)
	}
	if back := draftOf(ev, tokyo); back.Learned != "2023-01-24" {
		t.Errorf("the edit form's day learned: %q", back.Learned)
	}
	for _, bad := range []string{"2023-01", "1/24", "yesterday"} {
		d.Learned = bad
		if _, probs := d.event(tokyo); probs["learned"] == "" {
			t.Errorf("%q was read as a day", bad)
		}
	}
	for l, want := range map[catalog.Lang]string{catalog.JA: "2023/01/24に判明", catalog.EN: "learned of on 24 Jan 2023"} {
		if got := eventFacts(l, &incident.Incident{}, ev); got == nil || !strings.Contains(dumped(got), want) {
			t.Errorf("%s: the timeline does not say %q", l, want)
		}
	}
}

// dumped is an element as the DOM goldens write it.
func dumped(v app.UI) string {
	var b strings.Builder
	dumpUI(&b, v, 0)
	return b.String()
}

// TestForNoticeKeptByTheForm: whether an announcement stands as the notice
// (F771) is read from the form for an announcement only, kept when edited,
// and shown on the timeline.
func TestForNoticeKeptByTheForm(t *testing.T) {
	tokyo, _ := time.LoadLocation("Asia/Tokyo")
	d := eventDraft{Kind: string(incident.EvPublic), Precision: string(incident.Day), At: "2025-05-21", ForNotice: "no"}
	ev, probs := d.event(tokyo)
	if probs != nil || ev.ForNotice != incident.No {
		t.Fatalf("read as %q (%v)", ev.ForNotice, probs)
	}
	if back := draftOf(ev, tokyo); back.ForNotice != "no" {
		t.Errorf("the edit form's answer: %q", back.ForNotice)
	}
	d.Kind = string(incident.EvNoticePersons)
	if ev, _ := d.event(tokyo); ev.ForNotice != incident.Unknown {
		t.Errorf("a notice keeps an announcement's answer: %q", ev.ForNotice)
	}
	for l, want := range map[catalog.Lang]string{catalog.JA: "本人への通知に代わるものではない", catalog.EN: "not the notice to the persons"} {
		if got := eventFacts(l, &incident.Incident{}, incident.Event{Kind: incident.EvPublic, ForNotice: incident.No}); got == nil || !strings.Contains(dumped(got), want) {
			t.Errorf("%s: the timeline does not say %q", l, want)
		}
	}
}
