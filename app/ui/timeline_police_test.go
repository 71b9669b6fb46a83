package ui

import (
	"testing"

	"breachdesk/app/catalog"
	"breachdesk/app/incident"
)

// The timeline form records what a police event was and who made it (F74),
// only on a police event, and shows it back; an event of another kind drops
// them as it drops a detection's source.
func TestEventDraftPoliceActAndFiler(t *testing.T) {
	loc := loadLocation("Asia/Tokyo")
	var d eventDraft
	for k, v := range map[string]string{"kind": "police", "at": "2025-10-12T23:00", "police": "damage_report", "by": "staff"} {
		d.set(k, v)
	}
	ev, probs := d.event(loc)
	if probs != nil {
		t.Fatalf("problems %v", probs)
	}
	if ev.Police != "damage_report" || ev.By != "staff" {
		t.Errorf("police event read as %+v", ev)
	}
	if back := draftOf(ev, loc); back.Police != d.Police || back.By != d.By {
		t.Errorf("edit form shows %+v", back)
	}
	if d2 := d; d2.key() == (eventDraft{Kind: d.Kind, At: d.At}).key() {
		t.Errorf("the draft's key ignores the police fields")
	}
	d.Kind = "contained"
	if ev, _ := d.event(loc); ev.Police != "" || ev.By != "" {
		t.Errorf("a containment keeps police fields: %+v", ev)
	}
	for _, l := range []catalog.Lang{catalog.JA, catalog.EN} {
		got := eventFacts(l, &incident.Incident{}, incident.Event{Kind: incident.EvPolice, Police: "damage_report", By: "staff"})
		if got == nil {
			t.Fatalf("%s: nothing shown for a 被害届 by staff", l)
		}
	}
	for _, s := range incident.PoliceActs {
		for _, l := range []catalog.Lang{catalog.JA, catalog.EN} {
			if !catalog.Has(l, "pol."+s) {
				t.Errorf("%s: no label for %s", l, s)
			}
		}
	}
	for _, s := range incident.Filers {
		for _, l := range []catalog.Lang{catalog.JA, catalog.EN} {
			if !catalog.Has(l, "by."+s) {
				t.Errorf("%s: no label for %s", l, s)
			}
		}
	}
}
