package ui

import (
	"strconv"
	"strings"

	"breachdesk/app/browser"
	"breachdesk/app/catalog"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Where the affected persons live: one row per country (and US state), which
// the user edits, adds and removes. A row is added only when it is valid, so
// an empty or mistyped row never reaches the stored facts.

func (f *factsForm) residenceSection() app.UI {
	l := f.l
	rows := make([]app.UI, 0, len(f.inc.Main().Residence))
	for i, r := range f.inc.Main().Residence {
		rows = append(rows, f.residenceRow(i, r))
	}
	return f.section("residence",
		f.notes("data.residence"),
		// One wrapper, so that the row being added keeps its elements (and
		// the focus) when the first row appears or the last goes.
		app.Div().Class("bd-table-wrap").Body(
			app.If(len(rows) == 0, func() app.UI {
				return app.P().Class("bd-empty-list").ID("fx-res-empty").Text(catalog.T(l, "facts.res.none"))
			}),
			app.Table().Class("bd-residence-table").ID("fx-residence").Aria("labelledby", "sec-residence-h").Body(
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text(catalog.T(l, "facts.res.country")),
					app.Th().Scope("col").Text(catalog.T(l, "facts.res.region")),
					app.Th().Scope("col").Text(catalog.T(l, "facts.res.persons")),
					app.Th().Scope("col").Text(catalog.T(l, "facts.res.actions")),
				)),
				app.TBody().Body(rows...),
			),
		),
		f.residenceAdd(),
	)
}

// residenceRow is one stored row; its inputs carry the row's index, read when
// they fire (the DOM is re-rendered with the facts, so it is current).
func (f *factsForm) residenceRow(i int, r incident.Residence) app.UI {
	l := f.l
	base := "data.residence[" + strconv.Itoa(i) + "]"
	n := strconv.Itoa(i)
	place := placeName(r)
	cell := func(path, label string, in app.HTMLInput) app.UI {
		return app.Td().Body(app.Div().Class("bd-field bd-field-inline").Body(
			app.Label().Class("bd-sr").For(fieldID(path)).Text(label),
			in.ID(fieldID(path)).Aria("describedby", f.describedBy(path)).DataSet("index", n),
			f.notes(path),
		))
	}
	return app.Tr().Class("bd-res-row").Body(
		cell(base+".country", catalog.T(l, "facts.res.countryOf", i+1),
			app.Input().Type("text").MaxLength(2).Class("bd-code").Value(r.Country).OnChange(f.p.onResCountry)),
		cell(base+".region", catalog.T(l, "facts.res.regionOf", i+1),
			app.Input().Type("text").MaxLength(3).Class("bd-code").Value(r.Region).OnChange(f.p.onResRegion)),
		cell(base+".persons", catalog.T(l, "facts.res.personsOf", i+1),
			f.countInput(base+".persons", r.Persons).OnChange(f.p.onResPersons)),
		app.Td().Body(
			app.Button().Type("button").Class("bd-remove").ID("fx-res-remove-"+n).DataSet("index", n).
				Aria("label", catalog.T(l, "facts.res.removeRow", i+1, place)).
				Text(catalog.T(l, "facts.res.remove")).OnClick(f.p.onResRemove),
			f.notes(base),
		),
	)
}

// placeName is "JP" or "US-CA".
func placeName(r incident.Residence) string {
	if r.Region != "" {
		return r.Country + "-" + r.Region
	}
	return r.Country
}

// residenceAdd is the row being added.
func (f *factsForm) residenceAdd() app.UI {
	l, p := f.l, f.p
	return app.FieldSet().Class("bd-res-add").ID("fx-res-new").Body(
		app.Legend().Text(catalog.T(l, "facts.res.add")),
		app.Div().Class("bd-field-row").Body(
			app.Div().Class("bd-field").Body(
				app.Label().For("fx-res-new-country").Text(catalog.T(l, "facts.res.country")),
				app.Input().ID("fx-res-new-country").Type("text").MaxLength(2).Class("bd-code").
					Aria("describedby", "fx-res-new-country-hint").Value(p.newCountry).OnInput(p.onNewCountry),
				app.P().Class("bd-hint").ID("fx-res-new-country-hint").Text(catalog.T(l, "facts.res.country.hint")),
			),
			app.Div().Class("bd-field").Body(
				app.Label().For("fx-res-new-region").Text(catalog.T(l, "facts.res.region")),
				app.Input().ID("fx-res-new-region").Type("text").MaxLength(3).Class("bd-code").
					Aria("describedby", "fx-res-new-region-hint").Value(p.newRegion).OnInput(p.onNewRegion),
				app.P().Class("bd-hint").ID("fx-res-new-region-hint").Text(catalog.T(l, "facts.res.region.hint")),
			),
			app.Div().Class("bd-field").Body(
				app.Label().For("fx-res-new-persons").Text(catalog.T(l, "facts.res.persons")),
				app.Input().ID("fx-res-new-persons").Type("text").Attr("inputmode", "numeric").MaxLength(60).
					Aria("describedby", "fx-res-new-persons-hint").Value(p.newPersons).OnInput(p.onNewPersons),
				app.P().Class("bd-hint").ID("fx-res-new-persons-hint").Text(catalog.T(l, "f.persons.hint")),
			),
		),
		app.If(p.inputProblems["fx-res-new"] != "", func() app.UI {
			return app.P().Class("bd-problem").ID("fx-res-new-problem").Role("alert").Text(p.inputProblems["fx-res-new"])
		}),
		app.Button().Type("button").ID("fx-res-add").Text(catalog.T(l, "facts.res.addButton")).OnClick(p.onResAdd),
		app.P().Class("bd-sr").ID("fx-res-status").Role("status").Text(p.resStatus),
	)
}

func (p *FactsPage) onNewCountry(ctx app.Context, e app.Event) { p.newCountry = value(ctx) }
func (p *FactsPage) onNewRegion(ctx app.Context, e app.Event)  { p.newRegion = value(ctx) }
func (p *FactsPage) onNewPersons(ctx app.Context, e app.Event) { p.newPersons = value(ctx) }

// code is a typed country or state code, trimmed and in capitals.
func code(s string) string { return strings.ToUpper(strings.TrimSpace(foldWidthCodes(s))) }

// foldWidthCodes turns full-width letters (ＪＰ) into ASCII.
func foldWidthCodes(s string) string {
	return strings.Map(func(r rune) rune {
		if 0xFF01 <= r && r <= 0xFF5E {
			return r - 0xFF01 + '!'
		}
		return r
	}, s)
}

func (p *FactsPage) onResAdd(ctx app.Context, e app.Event) {
	inc := p.inc()
	if inc == nil {
		return
	}
	l := p.lang
	country, region := code(p.newCountry), code(p.newRegion)
	if country == "" {
		p.setInputProblem("fx-res-new", catalog.T(l, "facts.res.country")+": "+catalog.T(l, "facts.res.needCountry"))
		ctx.Defer(func(app.Context) { factsFocus("fx-res-new-country") })
		return
	}
	c, err := incident.ParseCount(p.newPersons)
	if err != nil {
		p.setInputProblem("fx-res-new", catalog.T(l, "facts.res.persons")+": "+catalog.T(l, "f.badCount"))
		ctx.Defer(func(app.Context) { factsFocus("fx-res-new-persons") })
		return
	}
	row := incident.Residence{Country: country, Region: region, Persons: c}
	path := "data.residence[" + strconv.Itoa(len(inc.Main().Residence)) + "]"
	trial := inc.Clone()
	trial.Main().Residence = append(trial.Main().Residence, row)
	if errs := p.problems(trial).At(path).Errors(); len(errs) > 0 {
		p.setInputProblem("fx-res-new", pathLabel(l, errs[0].Path)+": "+errs[0].Message(string(l)))
		return
	}
	p.setInputProblem("fx-res-new", "")
	p.resStatus = catalog.T(l, "facts.res.added", placeName(row))
	p.newCountry, p.newRegion, p.newPersons = "", "", ""
	p.change(func(inc *incident.Incident) { inc.Main().Residence = append(inc.Main().Residence, row) })
	ctx.Defer(func(app.Context) {
		clearInputs("fx-res-new-country", "fx-res-new-region", "fx-res-new-persons")
		factsFocus("fx-res-new-country")
	})
}

// clearInputs empties inputs by id. go-app v10.1.11 never writes an empty
// Value to the DOM (attributes.Set drops "" for every name but a few, and
// compares the value, not the name, against that list), so an input it
// rendered with text keeps showing it after the field is reset.
func clearInputs(ids ...string) {
	for _, id := range ids {
		browser.SetValue(id, "")
	}
}

// resIndex reads the row index of the element that fired the event.
func (p *FactsPage) resIndex(ctx app.Context) (int, bool) {
	i, err := strconv.Atoi(ctx.JSSrc().Get("dataset").Get("index").String())
	inc := p.inc()
	if err != nil || inc == nil || i < 0 || i >= len(inc.Main().Residence) {
		return 0, false
	}
	return i, true
}

func (p *FactsPage) onResRemove(ctx app.Context, e app.Event) {
	i, ok := p.resIndex(ctx)
	if !ok {
		return
	}
	removed := placeName(p.inc().Main().Residence[i])
	p.change(func(inc *incident.Incident) {
		inc.Main().Residence = append(inc.Main().Residence[:i:i], inc.Main().Residence[i+1:]...)
		if len(inc.Main().Residence) == 0 {
			inc.Main().Residence = nil
		}
	})
	// The rows after it moved up: what was typed wrong in them no longer applies.
	for id := range p.inputProblems {
		if strings.HasPrefix(id, fieldID("data.residence")) {
			delete(p.inputProblems, id)
		}
	}
	p.resStatus = catalog.T(p.lang, "facts.res.removed", removed)
	ctx.Defer(func(app.Context) { factsFocus("fx-res-new-country") })
}

func (p *FactsPage) onResCountry(ctx app.Context, e app.Event) {
	if i, ok := p.resIndex(ctx); ok {
		v := code(value(ctx))
		p.tryEdit(ctx, "data.residence["+strconv.Itoa(i)+"].country", func(inc *incident.Incident) {
			inc.Main().Residence[i].Country = v
		})
	}
}

func (p *FactsPage) onResRegion(ctx app.Context, e app.Event) {
	if i, ok := p.resIndex(ctx); ok {
		v := code(value(ctx))
		p.tryEdit(ctx, "data.residence["+strconv.Itoa(i)+"].region", func(inc *incident.Incident) {
			inc.Main().Residence[i].Region = v
		})
	}
}

func (p *FactsPage) onResPersons(ctx app.Context, e app.Event) {
	if i, ok := p.resIndex(ctx); ok {
		path := "data.residence[" + strconv.Itoa(i) + "].persons"
		if c, ok := p.parseCountFor(path, value(ctx)); ok {
			p.change(func(inc *incident.Incident) { inc.Main().Residence[i].Persons = c })
		}
	}
}

// factsFocus moves the keyboard focus to a field: a control itself, or the
// first (checked) control inside a group; never taking a control out of the
// tab order (focusID gives its element tabIndex -1).
func factsFocus(id string) { browser.FocusControl(id) }
