//go:build js && wasm

package ui

import (
	"testing"
	"time"

	"breachdesk/app/incident"
)

// The English name is a field of the organisation; a bidi override in it is
// named beside the field.
func TestFactsEnglishName(t *testing.T) {
	p, e, inc := mountFacts(t)
	factsType(t, e, p, "#fx-org-nameEn", "Sample Co., Ltd.", "input")
	if inc.Org.NameEn != "Sample Co., Ltd." {
		t.Fatalf("nameEn = %q", inc.Org.NameEn)
	}
	factsType(t, e, p, "#fx-org-nameEn", "Sample\u202ECo.", "input")
	if !factsQuery(t, p, "#fx-org-nameEn-check").Truthy() {
		t.Error("no problem beside the English name")
	}
}

// The police are a party: named, with contact and reference; the date they
// were first consulted is the timeline's police event concerning them:
// picked, it is added; moved, it moves; emptied, it goes unless the event
// holds a note of its own.
func TestFactsPoliceParty(t *testing.T) {
	p, e, inc := mountFacts(t)
	factsType(t, e, p, "#fx-party-kind", "police", "change")
	factsQuery(t, p, "#fx-party-add").Call("click")
	e.ConsumeAll()
	police := inc.PartiesOf(incident.PartyPolice)
	if len(police) != 1 {
		t.Fatalf("parties after adding the police: %+v", inc.Parties)
	}
	for sel, v := range map[string]string{
		"#fx-parties-0-name": "警視庁 サイバー犯罪対策課", "#fx-parties-0-contact": "架空警部補 03-0000-0000",
		"#fx-parties-0-reference": "第123号",
	} {
		factsType(t, e, p, sel, v, "input")
	}
	if pt, _ := inc.Party(police[0].ID); pt.Name != "警視庁 サイバー犯罪対策課" || pt.Contact != "架空警部補 03-0000-0000" || pt.Reference != "第123号" {
		t.Fatalf("police party %+v", pt)
	}
	factsType(t, e, p, "#fx-parties-0-consulted", "2026-03-20T10:30", "change")
	ev, ok := inc.FirstEvent(incident.EvPolice)
	if want := time.Date(2026, 3, 20, 10, 30, 0, 0, inc.Location()); !ok || !ev.At.Equal(want) || ev.Party != police[0].ID {
		t.Fatalf("police event %+v, %v; want at %v for %s", ev, ok, want, police[0].ID)
	}
	factsType(t, e, p, "#fx-parties-0-consulted", "2026-03-21T09:00", "change")
	if es := inc.EventsOf(incident.EvPolice); len(es) != 1 || es[0].ID != ev.ID || es[0].At.Day() != 21 {
		t.Fatalf("after moving: %+v", es)
	}
	for i := range inc.Events {
		if inc.Events[i].ID == ev.ID {
			inc.Events[i].Note = "被害届"
		}
	}
	factsType(t, e, p, "#fx-parties-0-consulted", "", "change")
	if len(inc.EventsOf(incident.EvPolice)) != 1 {
		t.Fatal("an event with a note was removed from the facts page")
	}
	for i := range inc.Events {
		if inc.Events[i].ID == ev.ID {
			inc.Events[i].Note = ""
		}
	}
	factsType(t, e, p, "#fx-parties-0-consulted", "", "change")
	if len(inc.EventsOf(incident.EvPolice)) != 0 {
		t.Fatal("an emptied date did not remove the bare event")
	}
}

// An entrustor can stand for all the clients of a service (F302): asked of
// entrustors only, and stored on the party.
func TestFactsEntrustorClients(t *testing.T) {
	p, e, inc := mountFacts(t)
	factsType(t, e, p, "#fx-party-kind", "entrustor", "change")
	factsQuery(t, p, "#fx-party-add").Call("click")
	e.ConsumeAll()
	es := inc.PartiesOf(incident.PartyEntrustor)
	if len(es) != 1 {
		t.Fatalf("parties after adding an entrustor: %+v", inc.Parties)
	}
	if factsHas(p, "#fx-parties-0-relation") {
		t.Error("what the clients are to the persons is asked of one entrustor")
	}
	factsClick(t, e, p, "#fx-parties-0-clients-yes")
	if pt, _ := inc.Party(es[0].ID); pt.Clients != incident.Yes {
		t.Fatalf("clients after yes: %q", pt.Clients)
	}
	// Standing for many clients, it says what they are to the persons
	// (F545), stored on the party.
	factsType(t, e, p, "#fx-parties-0-relation", "皆さまが応募された企業", "input")
	if pt, _ := inc.Party(es[0].ID); pt.Relation != "皆さまが応募された企業" {
		t.Errorf("relation after typing: %q", pt.Relation)
	}
}
