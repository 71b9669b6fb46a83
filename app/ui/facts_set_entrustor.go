package ui

import (
	"strings"

	"breachdesk/app/catalog"
	"breachdesk/app/desk"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The entrustor of a data set handled for a client: one of the entrustors
// among the parties, or one added on the spot by its name.

// newEntrustorValue is the select's answer that opens the field for a new one.
const newEntrustorValue = "+new"

func (f *factsForm) entrustorField(d *incident.DataSet, i int) app.UI {
	l, path := f.l, setPath(i)+".entrustor"
	opts := []choiceOpt{{"", catalog.T(l, "sets.chooseEntrustor")}}
	for _, p := range f.inc.PartiesOf(incident.PartyEntrustor) {
		opts = append(opts, choiceOpt{p.ID, partyTitle(l, p)})
	}
	opts = append(opts, choiceOpt{newEntrustorValue, catalog.T(l, "sets.newEntrustor")})
	cur := d.Entrustor
	if f.p.newEntrustorFor == d.ID {
		cur = newEntrustorValue
	}
	id := fieldID(path) + "-new"
	return el("div.bd-entrustor").Body(
		f.selectField(path, opts, cur, owner{set: d.ID}, "entrustor", f.p.onSetEntrustor),
		app.If(f.p.newEntrustorFor == d.ID, func() app.UI {
			return fieldForm("bd-inline-add").Body(
				elt("label", catalog.T(l, "sets.newEntrustorName"), "for", id),
				el("div.bd-with-now").Body(
					void("input[type=text]", "id", id, "data-set", d.ID, "value", f.p.newEntrustorName).
						Attr("maxlength", incident.MaxNameRunes).On("input", f.p.onNewEntrustorName),
					el("button[type=button]", "id", id+"-add", "data-set", d.ID).Text(catalog.T(l, "sets.newEntrustorAdd")).
						On("click", f.p.onNewEntrustorAdd),
					el("button[type=button]", "id", id+"-cancel").Text(catalog.T(l, "action.cancel")).
						On("click", f.p.onNewEntrustorCancel),
				),
				app.If(f.p.inputProblems[id] != "", func() app.UI {
					return elt("p.bd-problem[role=alert]", f.p.inputProblems[id], "id", id+"-problem")
				}),
			)
		}),
	)
}

func (p *FactsPage) onSetEntrustor(ctx app.Context, e app.Event) {
	id, i, ok := p.eventSet(ctx)
	if !ok {
		return
	}
	v := value(ctx)
	if v == newEntrustorValue {
		p.newEntrustorFor, p.newEntrustorName = id, ""
		ctx.Defer(func(app.Context) { focusID(fieldID(setPath(i)+".entrustor") + "-new") })
		return
	}
	p.newEntrustorFor = ""
	p.tryEdit(ctx, setPath(i)+".entrustor", onSet(id, func(d *incident.DataSet) { d.Entrustor = v }))
}

func (p *FactsPage) onNewEntrustorName(ctx app.Context, e app.Event) {
	p.newEntrustorName = value(ctx)
	ctx.PreventUpdate()
}

func (p *FactsPage) onNewEntrustorCancel(ctx app.Context, e app.Event) {
	p.newEntrustorFor, p.newEntrustorName = "", ""
}

// onNewEntrustorAdd adds the entrustor typed to the parties and names it as
// the set's; a name is needed.
func (p *FactsPage) onNewEntrustorAdd(ctx app.Context, e app.Event) {
	id, i, ok := p.eventSet(ctx)
	if !ok {
		return
	}
	field := fieldID(setPath(i)+".entrustor") + "-new"
	name := strings.TrimSpace(p.newEntrustorName)
	if name == "" {
		p.setInputProblem(field, catalog.T(p.lang, "sets.newEntrustorNeedsName"))
		ctx.Defer(func(app.Context) { focusID(field) })
		return
	}
	p.setInputProblem(field, "")
	p.change(func(inc *incident.Incident) {
		pid := desk.AddParty(inc, incident.PartyEntrustor, name)
		if d, ok := inc.DataSet(id); ok {
			d.Entrustor = pid
		}
	})
	p.newEntrustorFor, p.newEntrustorName = "", ""
	p.setsStatus = catalog.T(p.lang, "sets.entrustorAdded", name)
	ctx.Defer(func(app.Context) { focusID(fieldID(setPath(i) + ".entrustor")) })
}
