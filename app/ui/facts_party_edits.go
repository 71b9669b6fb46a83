package ui

import (
	"strings"
	"time"

	"breachdesk/app/catalog"
	"breachdesk/app/desk"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// What the controls of a party's card do: each reads the party's id from
// the control (data-party) and edits that party, found again by id.

// eventParty is the party the control that fired belongs to, and its index.
func (p *FactsPage) eventParty(ctx app.Context) (string, int, bool) {
	id := dataAttr(ctx, "party")
	inc := p.inc()
	if inc == nil || id == "" {
		return "", 0, false
	}
	for i := range inc.Parties {
		if inc.Parties[i].ID == id {
			return id, i, true
		}
	}
	return "", 0, false
}

// onParty changes the party id with fn.
func onParty(id string, fn func(p *incident.Party)) func(inc *incident.Incident) {
	return func(inc *incident.Incident) {
		for i := range inc.Parties {
			if inc.Parties[i].ID == id {
				fn(&inc.Parties[i])
			}
		}
	}
}

func (p *FactsPage) onPartyText(ctx app.Context, e app.Event) {
	id, i, ok := p.eventParty(ctx)
	key := dataAttr(ctx, "fact")
	get, known := partyTexts[key]
	if !ok || !known {
		return
	}
	v := value(ctx)
	p.tryEdit(ctx, partyPath(i)+"."+key, onParty(id, func(pt *incident.Party) { *get(pt) = v }))
}

func (p *FactsPage) onPartyKind(ctx app.Context, e app.Event) {
	id, i, ok := p.eventParty(ctx)
	if !ok {
		return
	}
	v := incident.PartyKind(value(ctx))
	p.tryEdit(ctx, partyPath(i)+".kind", onParty(id, func(pt *incident.Party) {
		pt.Kind = v
		if v != incident.PartyMinistry {
			pt.Delegated = incident.Unknown
		}
		if v != incident.PartyEntrustor {
			pt.OrgKind = ""
		}
	}))
}

// onPartyOrgKind records what an entrustor is (F49: a local public body
// before 2023-04-01 does not exempt its processor).
func (p *FactsPage) onPartyOrgKind(ctx app.Context, e app.Event) {
	id, i, ok := p.eventParty(ctx)
	if !ok {
		return
	}
	v := incident.OrgKind(value(ctx))
	p.tryEdit(ctx, partyPath(i)+".orgKind", onParty(id, func(pt *incident.Party) { pt.OrgKind = v }))
}

func (p *FactsPage) onPartyDelegated(ctx app.Context, e app.Event) {
	id, _, ok := p.eventParty(ctx)
	if !ok {
		return
	}
	v := readTri(value(ctx))
	p.change(onParty(id, func(pt *incident.Party) { pt.Delegated = v }))
}

func (p *FactsPage) onPartyClients(ctx app.Context, e app.Event) {
	id, _, ok := p.eventParty(ctx)
	if !ok {
		return
	}
	v := readTri(value(ctx))
	p.change(onParty(id, func(pt *incident.Party) { pt.Clients = v }))
}

func (p *FactsPage) onPartyKindNew(ctx app.Context, e app.Event) {
	p.newPartyKind = value(ctx)
	ctx.PreventUpdate()
}

// onPartyAdd adds a party of the kind chosen and moves the focus to its name.
func (p *FactsPage) onPartyAdd(ctx app.Context, e app.Event) {
	inc := p.inc()
	if inc == nil {
		return
	}
	if len(inc.Parties) >= incident.MaxParties {
		p.partiesStatus = catalog.T(p.lang, "parties.tooMany", incident.MaxParties)
		return
	}
	kind := incident.PartyKind(p.newPartyKind)
	if kind == "" {
		kind = incident.PartyKinds[0]
	}
	n := len(inc.Parties)
	p.change(func(inc *incident.Incident) { desk.AddParty(inc, kind, "") })
	p.partiesStatus = catalog.T(p.lang, "parties.added", catalog.T(p.lang, "party."+string(kind)))
	ctx.Defer(func(app.Context) { factsFocus(fieldID(partyPath(n) + ".name")) })
}

func (p *FactsPage) onPartyRemove(ctx app.Context, e app.Event) {
	p.confirmParty = dataAttr(ctx, "party")
	ctx.Defer(func(app.Context) { focusID("fx-party-remove-yes") })
}

func (p *FactsPage) onPartyRemoveNo(ctx app.Context, e app.Event) {
	id := p.confirmParty
	p.confirmParty = ""
	ctx.Defer(func(app.Context) { focusID("fx-party-remove-" + id) })
}

func (p *FactsPage) onPartyRemoveYes(ctx app.Context, e app.Event) {
	id, i, ok := p.eventParty(ctx)
	p.confirmParty = ""
	if !ok {
		return
	}
	name := partyTitle(p.lang, p.inc().Parties[i])
	p.change(func(inc *incident.Incident) { desk.RemoveParty(inc, id) })
	p.clearInputProblems("fx-parties-")
	p.partiesStatus = catalog.T(p.lang, "parties.removed", name)
	ctx.Defer(func(app.Context) { focusID("fx-party-add") })
}

// onPoliceAt dates when the police were first consulted: it moves the first
// police event concerning them, or adds one. Emptied, it removes that event
// only when the event holds nothing else (no note, no jurisdiction):
// otherwise it says to delete it on the timeline.
func (p *FactsPage) onPoliceAt(ctx app.Context, e app.Event) {
	id, i, ok := p.eventParty(ctx)
	inc := p.inc()
	if !ok {
		return
	}
	field := fieldID(partyPath(i) + ".consulted")
	first := (&factsForm{inc: inc}).firstOfKind(inc.Parties[i])
	ev, has := desk.PartyEvent(inc, incident.EvPolice, id, first)
	s := strings.TrimSpace(value(ctx))
	if s == "" {
		switch {
		case !has:
			p.setInputProblem(field, "")
		case strings.TrimSpace(ev.Note) != "" || ev.Jurisdiction != "":
			p.setInputProblem(field, catalog.T(p.lang, "facts.police.atKeep"))
		default:
			p.setInputProblem(field, "")
			p.change(func(inc *incident.Incident) { desk.RemoveEvent(inc, ev.ID) })
		}
		return
	}
	at, err := parseDatetimeLocal(s, inc.Location())
	if err != nil {
		p.setInputProblem(field, catalog.T(p.lang, "facts.badDateTime"))
		return
	}
	p.setInputProblem(field, "")
	p.change(func(inc *incident.Incident) { desk.SetPartyEvent(inc, incident.EvPolice, id, ev.ID, at) })
}

// onPoliceNow records that the police are being consulted now.
func (p *FactsPage) onPoliceNow(ctx app.Context, e app.Event) {
	id, i, ok := p.eventParty(ctx)
	inc := p.inc()
	if !ok {
		return
	}
	first := (&factsForm{inc: inc}).firstOfKind(inc.Parties[i])
	ev, _ := desk.PartyEvent(inc, incident.EvPolice, id, first)
	at := incidentNow(inc, p.real()).In(inc.Location()).Truncate(time.Minute)
	p.setInputProblem(fieldID(partyPath(i)+".consulted"), "")
	p.change(func(inc *incident.Incident) { desk.SetPartyEvent(inc, incident.EvPolice, id, ev.ID, at) })
	setField(fieldID(partyPath(i)+".consulted"), datetimeLocal(at, inc.Location()))
}
