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
		opts = append(opts, app.Option().Value(k.value).Text(k.label).Selected(f.p.newPartyKind == k.value))
	}
	return f.section("parties",
		app.Div().Body(app.If(len(cards) == 0, func() app.UI { // a wrapper that stays: see setsSection
			return app.P().Class("bd-empty-list").ID("fx-parties-empty").Text(catalog.T(l, "parties.none"))
		})),
		app.Div().Class("bd-parties").Body(cards...),
		app.Div().Class("bd-party-add").Body(
			app.Label().For("fx-party-kind").Text(catalog.T(l, "parties.addKind")),
			app.Div().Class("bd-with-now").Body(
				app.Select().ID("fx-party-kind").Body(opts...).OnChange(f.p.onPartyKindNew),
				app.Button().Type("button").ID("fx-party-add").Text(catalog.T(l, "parties.add")).OnClick(f.p.onPartyAdd),
			),
		),
		app.P().Class("bd-sr").ID("fx-parties-status").Role("status").Text(f.p.partiesStatus),
	)
}

func (f *factsForm) partyCard(p incident.Party, i int) app.UI {
	l, base, o := f.l, partyPath(i), owner{party: p.ID}
	kind := catalog.T(l, "party."+string(p.Kind))
	text := func(key string, multiline bool) app.UI {
		path := base + "." + key
		v := *partyTexts[key](&p)
		if multiline {
			return f.field(path, app.Textarea().ID(fieldID(path)).Rows(2).DataSet("party", p.ID).DataSet("fact", key).
				Aria("describedby", f.describedBy(path)).Text(v).OnInput(f.p.onPartyText))
		}
		return f.field(path, o.tag(key, app.Input().ID(fieldID(path)).Type("text").MaxLength(incident.MaxNameRunes).
			Aria("describedby", f.describedBy(path)).Value(v)).OnInput(f.p.onPartyText))
	}
	return app.FieldSet().Class("bd-party bd-party-"+string(p.Kind)).ID("party-"+p.ID).Body(
		app.Legend().Text(catalog.T(l, "parties.legend", kind, partyTitle(l, p))),
		app.Div().Class("bd-set-grid").Body(
			f.selectField(base+".kind", enumOpts(l, incident.PartyKinds, "party.", ""), string(p.Kind), o, "kind", f.p.onPartyKind),
			text("name", false),
			text("contact", false),
			text("reference", false),
			app.If(p.Kind == incident.PartyMinistry, func() app.UI {
				return f.triGroup(base+".delegated", p.Delegated, o, "delegated", f.p.onPartyDelegated)
			}),
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
		return app.Div().Class("bd-buttons").Body(
			app.Button().Type("button").Class("bd-remove").ID("fx-party-remove-"+p.ID).DataSet("party", p.ID).
				Aria("label", catalog.T(l, "parties.removeLabel", name)).Text(catalog.T(l, "parties.remove")).OnClick(f.p.onPartyRemove),
		)
	}
	sets, events := desk.PartyUses(f.inc, p.ID)
	return app.Div().Class("bd-confirm").Role("alert").Body(
		app.P().Text(catalog.T(l, "parties.removeConfirm", name)),
		app.If(sets+events > 0, func() app.UI { return app.P().Text(catalog.T(l, "parties.removeUses", sets, events)) }),
		app.Div().Class("bd-buttons").Body(
			app.Button().Type("button").Class("bd-danger").ID("fx-party-remove-yes").DataSet("party", p.ID).
				Text(catalog.T(l, "parties.removeYes")).OnClick(f.p.onPartyRemoveYes),
			app.Button().Type("button").ID("fx-party-remove-no").Text(catalog.T(l, "action.cancel")).OnClick(f.p.onPartyRemoveNo),
		),
	)
}
