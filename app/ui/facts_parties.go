package ui

import (
	"strconv"
	"strings"
	"time"

	"breachdesk/app/catalog"
	"breachdesk/app/desk"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The parties of the incident: entrustors, ministries (one may receive the
// breach reports by delegation), the police, card companies, regulators and
// anyone else, each with its contact and the reference number it gave; the
// police with when they were first consulted (the timeline's police event).

// partyPath is the path of the party at index i.
func partyPath(i int) string { return "parties[" + strconv.Itoa(i) + "]" }

// partyTitle names a party: its name, or "Police (no name yet)".
func partyTitle(l catalog.Lang, p incident.Party) string {
	if strings.TrimSpace(p.Name) != "" {
		return p.Name
	}
	return catalog.T(l, "parties.unnamed", catalog.T(l, "party."+string(p.Kind)))
}

func (f *factsForm) partiesSection() app.UI {
	l := f.l
	cards := make([]app.UI, 0, len(f.inc.Parties))
	for i, p := range f.inc.Parties {
		cards = append(cards, f.partyCard(p, i))
	}
	kinds := enumOpts(l, incident.PartyKinds, "party.", "")
	opts := make([]app.UI, 0, len(kinds))
	for _, k := range kinds {
		opts = append(opts, el("option", "value", k.value).Text(k.label).Attr("selected", f.p.newPartyKind == k.value))
	}
	return f.section("parties",
		el("div").Body(app.If(len(cards) == 0, func() app.UI { // a wrapper that stays: see setsSection
			return elt("p.bd-empty-list#fx-parties-empty", catalog.T(l, "parties.none"))
		})),
		el("div.bd-parties").Body(cards...),
		el("div.bd-party-add").Body(
			elt("label[for=fx-party-kind]", catalog.T(l, "parties.addKind")),
			el("div.bd-with-now").Body(
				el("select#fx-party-kind").Body(opts...).On("change", f.p.onPartyKindNew),
				el("button[type=button]#fx-party-add").Text(catalog.T(l, "parties.add")).On("click", f.p.onPartyAdd),
			),
		),
		elt("p.bd-sr#fx-parties-status[role=status]", f.p.partiesStatus),
	)
}

func (f *factsForm) partyCard(p incident.Party, i int) app.UI {
	l, base, o := f.l, partyPath(i), owner{party: p.ID}
	kind := catalog.T(l, "party."+string(p.Kind))
	text := func(key string, multiline bool) app.UI {
		path := base + "." + key
		v := *partyTexts[key](&p)
		if multiline {
			return f.textField(path, el("textarea", "id", fieldID(path), "data-party", p.ID, "data-fact", key, "aria-describedby", f.describedBy(path), "value", v).
				Attr("rows", 2).On("input", f.p.onPartyText))
		}
		return f.textField(path, o.tag(key, void("input[type=text]", "id", fieldID(path), "aria-describedby", f.describedBy(path), "value", v).
			Attr("maxlength", incident.MaxNameRunes)).OnInput(f.p.onPartyText))
	}
	return el("fieldset", "class", "bd-party bd-party-"+string(p.Kind), "id", "party-"+p.ID).Body(
		elt("legend", catalog.T(l, "parties.legend", kind, partyTitle(l, p))),
		el("div.bd-set-grid").Body(
			f.selectField(base+".kind", enumOpts(l, incident.PartyKinds, "party.", ""), string(p.Kind), o, "kind", f.p.onPartyKind),
			text("name", false),
			text("contact", false),
			text("reference", false),
			app.If(p.Kind == incident.PartyMinistry, func() app.UI {
				return f.triGroup(base+".delegated", p.Delegated, o, "delegated", f.p.onPartyDelegated)
			}),
			app.If(p.Kind == incident.PartyEntrustor, func() app.UI {
				return f.selectField(base+".orgKind", enumOpts(l, incident.OrgKinds, "facts.kind.", "facts.f.parties.orgKind.none"), string(p.OrgKind), o, "orgKind", f.p.onPartyOrgKind)
			}),
			app.If(p.Kind == incident.PartyEntrustor, func() app.UI {
				return f.triGroup(base+".clients", p.Clients, o, "clients", f.p.onPartyClients)
			}),
			// What the clients are to the persons: asked of a party standing
			// for many clients, or once entered.
			app.If(p.Kind == incident.PartyEntrustor && p.Clients == incident.Yes || p.Relation != "", func() app.UI { return text("relation", false) }),
			app.If(p.Kind == incident.PartyPolice, func() app.UI { return f.policeAt(p, i) }),
		),
		text("note", true),
		f.partyRemove(p, i),
	)
}

// partyTexts are the texts of a party, by key.
var partyTexts = map[string]func(*incident.Party) *string{
	"name":      func(p *incident.Party) *string { return &p.Name },
	"contact":   func(p *incident.Party) *string { return &p.Contact },
	"reference": func(p *incident.Party) *string { return &p.Reference },
	"note":      func(p *incident.Party) *string { return &p.Note },
	"relation":  func(p *incident.Party) *string { return &p.Relation },
}

// policeAt is when these police were first consulted: the first police event
// concerning them (or, for the first police, one naming no police).
func (f *factsForm) policeAt(p incident.Party, i int) app.UI {
	var at *time.Time
	if ev, ok := desk.PartyEvent(f.inc, incident.EvPolice, p.ID, f.firstOfKind(p)); ok && ev.Dated() {
		t := ev.At
		at = &t
	}
	return f.instantInput(partyPath(i)+".consulted", at, owner{party: p.ID}, "consulted", f.p.onPoliceAt, f.p.onPoliceNow)
}

// firstOfKind reports whether p is the first party of its kind.
func (f *factsForm) firstOfKind(p incident.Party) bool {
	ps := f.inc.PartiesOf(p.Kind)
	return len(ps) > 0 && ps[0].ID == p.ID
}

func (f *factsForm) partyRemove(p incident.Party, i int) app.UI {
	l, name := f.l, partyTitle(f.l, p)
	if f.p.confirmParty != p.ID {
		return el("div.bd-buttons").Body(
			el("button[type=button].bd-remove", "id", "fx-party-remove-"+p.ID, "data-party", p.ID, "aria-label", catalog.T(l, "parties.removeLabel", name)).
				Text(catalog.T(l, "parties.remove")).On("click", f.p.onPartyRemove),
		)
	}
	sets, events := desk.PartyUses(f.inc, p.ID)
	return el("div.bd-confirm[role=alert]").Body(
		elt("p", catalog.T(l, "parties.removeConfirm", name)),
		app.If(sets+events > 0, func() app.UI { return elt("p", catalog.T(l, "parties.removeUses", sets, events)) }),
		el("div.bd-buttons").Body(
			el("button[type=button].bd-danger#fx-party-remove-yes", "data-party", p.ID).
				Text(catalog.T(l, "parties.removeYes")).On("click", f.p.onPartyRemoveYes),
			el("button[type=button]#fx-party-remove-no").Text(catalog.T(l, "action.cancel")).On("click", f.p.onPartyRemoveNo),
		),
	)
}
