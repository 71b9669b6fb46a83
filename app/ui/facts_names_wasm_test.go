//go:build js && wasm

package ui

import (
	"strings"
	"testing"
	"time"

	"breachdesk/app/incident"
)

// The English name, the police and the card company are fields of the facts
// page: typed, they are facts; a bad one is shown beside its field.
func TestFactsNamesPoliceCard(t *testing.T) {
	p, e, inc := mountFacts(t)
	for sel, v := range map[string]string{
		"#fx-org-nameEn": "Sample Co., Ltd.", "#fx-police-station": "警視庁 サイバー犯罪対策課",
		"#fx-police-contact": "架空警部補 03-0000-0000", "#fx-police-reference": "第123号",
		"#fx-card-acquirer": "架空カード株式会社", "#fx-card-contact": "加盟店業務部",
	} {
		factsType(t, e, p, sel, v, "input")
	}
	police, card := inc.PartiesOf(incident.PartyPolice), inc.PartiesOf(incident.PartyCard)
	if inc.Org.NameEn != "Sample Co., Ltd." || len(police) != 1 || len(card) != 1 ||
		police[0].Name != "警視庁 サイバー犯罪対策課" || police[0].Contact != "架空警部補 03-0000-0000" || police[0].Reference != "第123号" ||
		card[0].Name != "架空カード株式会社" || card[0].Contact != "加盟店業務部" {
		t.Fatalf("facts: %q %+v", inc.Org.NameEn, inc.Parties)
	}
	// The card fields are in the organisation's section, the police in their own.
	if !factsQuery(t, p, "#sec-org #fx-card-acquirer").Truthy() || !factsQuery(t, p, "#sec-police #fx-police-at").Truthy() {
		t.Error("fields in the wrong section")
	}
	// A bidi override in the English name is named beside the field.
	factsType(t, e, p, "#fx-org-nameEn", "Sample\u202ECo.", "input")
	if !factsQuery(t, p, "#fx-org-nameEn-check").Truthy() {
		t.Error("no problem beside the English name")
	}
	factsType(t, e, p, "#fx-org-nameEn", "Sample Co., Ltd.", "input")

	// The date is the timeline's police event: picked, it is added; moved, it moves.
	factsType(t, e, p, "#fx-police-at", "2026-03-20T10:30", "change")
	ev, ok := inc.FirstEvent(incident.EvPolice)
	if want := time.Date(2026, 3, 20, 10, 30, 0, 0, inc.Location()); !ok || !ev.At.Equal(want) {
		t.Fatalf("police event %+v, %v; want at %v", ev, ok, want)
	}
	factsType(t, e, p, "#fx-police-at", "2026-03-21T09:00", "change")
	if es := inc.EventsOf(incident.EvPolice); len(es) != 1 || es[0].ID != ev.ID || es[0].At.Day() != 21 {
		t.Fatalf("after moving: %+v", es)
	}
	// Emptied, it goes, unless the event has a note of its own.
	for i := range inc.Events {
		if inc.Events[i].ID == ev.ID {
			inc.Events[i].Note = "被害届"
		}
	}
	factsType(t, e, p, "#fx-police-at", "", "change")
	if len(inc.EventsOf(incident.EvPolice)) != 1 {
		t.Fatal("an event with a note was removed from the facts page")
	}
	if got := factsQuery(t, p, "#fx-police-at-problem").Get("textContent").String(); !strings.Contains(got, "時系列") {
		t.Errorf("no message about the timeline: %q", got)
	}
	for i := range inc.Events {
		inc.Events[i].Note = ""
	}
	factsType(t, e, p, "#fx-police-at", "", "change")
	if len(inc.EventsOf(incident.EvPolice)) != 0 {
		t.Fatal("emptying the date left the police event")
	}
	if p.JSValue().Call("querySelector", "#fx-police-at-problem").Truthy() {
		t.Error("the message stayed")
	}
}
