package ui

import (
	"slices"
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

// resDraft is the row being added to a set's places.
type resDraft struct{ country, region, persons string }

// resNew is the id prefix of the row being added to the set at index i.
func resNew(i int) string { return fieldID(setPath(i)+".residence") + "-new" }

func (f *factsForm) residence(d *incident.DataSet, i int) app.UI {
	l, base := f.l, setPath(i)+".residence"
	rows := make([]app.UI, 0, len(d.Residence))
	for k, r := range d.Residence {
		rows = append(rows, f.residenceRow(d, i, k, r))
	}
	hid := fieldID(base) + "-h"
	return el("div.bd-residence-block", "id", fieldID(base)).Body(
		elt("h4", catalog.T(l, "facts.sec.residence"), "id", hid),
		elt("p.bd-hint", catalog.T(l, "facts.sec.residence.hint")),
		f.notesExact(base),
		// One wrapper, so that the row being added keeps its elements (and
		// the focus) when the first row appears or the last goes.
		el("div.bd-table-wrap").Body(
			app.If(len(rows) == 0, func() app.UI {
				return elt("p.bd-empty-list", catalog.T(l, "facts.res.none"), "id", fieldID(base)+"-empty")
			}),
			el("table.bd-residence-table", "aria-labelledby", hid).Body(
				el("thead").Body(el("tr").Body(
					elt("th[scope=col]", catalog.T(l, "facts.res.country")),
					elt("th[scope=col]", catalog.T(l, "facts.res.region")),
					elt("th[scope=col]", catalog.T(l, "facts.res.persons")),
					elt("th[scope=col]", catalog.T(l, "facts.res.actions")),
				)),
				el("tbody").Body(rows...),
			),
		),
		f.residenceAdd(d, i),
	)
}

// residenceRow is one stored row; its inputs carry the set and the row's
// index, read when they fire (the DOM is re-rendered with the facts, so it
// is current).
func (f *factsForm) residenceRow(d *incident.DataSet, i, k int, r incident.Residence) app.UI {
	l := f.l
	base := setPath(i) + ".residence[" + strconv.Itoa(k) + "]"
	n := strconv.Itoa(k)
	place := placeName(r)
	cell := func(path, label string, in app.HTMLElemSelfClosing) app.UI {
		return el("td").Body(fieldForm("bd-field.bd-field-inline").Body(
			elt("label.bd-sr", label, "for", fieldID(path)),
			in.ID(fieldID(path)).Aria("describedby", f.describedBy(path)).DataSet("set", d.ID).DataSet("index", n),
			f.notes(path),
		))
	}
	f.anchor(base, fieldID(base+".country"))
	return el("tr.bd-res-row").Body(
		cell(base+".country", catalog.T(l, "facts.res.countryOf", k+1),
			void("input[type=text].bd-code", "value", r.Country).Attr("maxlength", 2).On("change", f.p.onResCountry)),
		cell(base+".region", catalog.T(l, "facts.res.regionOf", k+1),
			void("input[type=text].bd-code", "value", r.Region).Attr("maxlength", 3).On("change", f.p.onResRegion)),
		cell(base+".persons", catalog.T(l, "facts.res.personsOf", k+1),
			f.countInput(base+".persons", r.Persons).OnChange(f.p.onResPersons)),
		el("td").Body(
			el("button[type=button].bd-remove", "id", fieldID(base)+"-remove", "data-set", d.ID, "data-index", n, "aria-label", catalog.T(l, "facts.res.removeRow", k+1, place)).
				Text(catalog.T(l, "facts.res.remove")).On("click", f.p.onResRemove),
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
func (f *factsForm) residenceAdd(d *incident.DataSet, i int) app.UI {
	l, p, id := f.l, f.p, resNew(i)
	r := p.newRes[d.ID]
	in := func(part, label, hint string, e app.HTMLElemSelfClosing) app.UI {
		fid := id + "-" + part
		return fieldForm("bd-field").Body(
			elt("label", label, "for", fid),
			e.ID(fid).DataSet("set", d.ID).DataSet("part", part).Aria("describedby", fid+"-hint").OnInput(p.onNewRes),
			elt("p.bd-hint", hint, "id", fid+"-hint"),
		)
	}
	return el("fieldset.bd-res-add", "id", id).Body(
		elt("legend", catalog.T(l, "facts.res.add")),
		el("div.bd-field-row").Body(
			in("country", catalog.T(l, "facts.res.country"), catalog.T(l, "facts.res.country.hint"),
				void("input[type=text].bd-code", "value", r.country).Attr("maxlength", 2)),
			in("region", catalog.T(l, "facts.res.region"), catalog.T(l, "facts.res.region.hint"),
				void("input[type=text].bd-code", "value", r.region).Attr("maxlength", 3)),
			in("persons", catalog.T(l, "facts.res.persons"), catalog.T(l, "f.persons.hint"),
				void("input[type=text][inputmode=numeric]", "value", r.persons).Attr("maxlength", 60)),
		),
		app.If(p.inputProblems[id] != "", func() app.UI {
			return elt("p.bd-problem[role=alert]", p.inputProblems[id], "id", id+"-problem")
		}),
		el("button[type=button]", "id", id+"-add", "data-set", d.ID).Text(catalog.T(l, "facts.res.addButton")).On("click", p.onResAdd),
	)
}

func (p *FactsPage) onNewRes(ctx app.Context, e app.Event) {
	set := dataAttr(ctx, "set")
	if p.newRes == nil {
		p.newRes = map[string]resDraft{}
	}
	r := p.newRes[set]
	switch v := value(ctx); dataAttr(ctx, "part") {
	case "country":
		r.country = v
	case "region":
		r.region = v
	case "persons":
		r.persons = v
	}
	p.newRes[set] = r
	ctx.PreventUpdate()
}

// code is a typed country or state code, trimmed and in capitals.
func code(s string) string { return strings.ToUpper(strings.TrimSpace(foldWidth(s))) }

func (p *FactsPage) onResAdd(ctx app.Context, e app.Event) {
	set, i, ok := p.eventSet(ctx)
	if !ok {
		return
	}
	l, id, r := p.lang, resNew(i), p.newRes[set]
	country, region := code(r.country), code(r.region)
	if country == "" {
		p.setInputProblem(id, catalog.T(l, "facts.res.country")+": "+catalog.T(l, "facts.res.needCountry"))
		ctx.Defer(func(app.Context) { factsFocus(id + "-country") })
		return
	}
	c, err := incident.ParseCount(r.persons)
	if err != nil {
		p.setInputProblem(id, catalog.T(l, "facts.res.persons")+": "+catalog.T(l, "f.badCount"))
		ctx.Defer(func(app.Context) { factsFocus(id + "-persons") })
		return
	}
	row := incident.Residence{Country: country, Region: region, Persons: c}
	inc := p.inc()
	path := setPath(i) + ".residence[" + strconv.Itoa(len(inc.DataSets[i].Residence)) + "]"
	trial := inc.Clone()
	trial.DataSets[i].Residence = append(trial.DataSets[i].Residence, row)
	if errs := p.problems(trial).At(path).Errors(); len(errs) > 0 {
		p.setInputProblem(id, pathLabel(l, errs[0].Path)+": "+errs[0].Message(string(l)))
		return
	}
	p.setInputProblem(id, "")
	p.setsStatus = catalog.T(l, "facts.res.added", placeName(row))
	delete(p.newRes, set)
	p.change(onSet(set, func(d *incident.DataSet) { d.Residence = append(d.Residence, row) }))
	ctx.Defer(func(app.Context) {
		clearInputs(id+"-country", id+"-region", id+"-persons")
		factsFocus(id + "-country")
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

// resRow reads the set and the row of the element that fired the event.
func (p *FactsPage) resRow(ctx app.Context) (string, int, int, bool) {
	set, i, ok := p.eventSet(ctx)
	if !ok {
		return "", 0, 0, false
	}
	k, err := strconv.Atoi(dataAttr(ctx, "index"))
	if err != nil || k < 0 || k >= len(p.inc().DataSets[i].Residence) {
		return "", 0, 0, false
	}
	return set, i, k, true
}

func (p *FactsPage) onResRemove(ctx app.Context, e app.Event) {
	set, i, k, ok := p.resRow(ctx)
	if !ok {
		return
	}
	removed := placeName(p.inc().DataSets[i].Residence[k])
	p.change(onSet(set, func(d *incident.DataSet) {
		d.Residence = slices.Delete(d.Residence, k, k+1)
		if len(d.Residence) == 0 {
			d.Residence = nil
		}
	}))
	// The rows after it moved up: what was typed wrong in them no longer applies.
	p.clearInputProblems(fieldID(setPath(i) + ".residence"))
	p.setsStatus = catalog.T(p.lang, "facts.res.removed", removed)
	ctx.Defer(func(app.Context) { factsFocus(resNew(i) + "-country") })
}

func (p *FactsPage) onResCountry(ctx app.Context, e app.Event) {
	if set, i, k, ok := p.resRow(ctx); ok {
		v := code(value(ctx))
		p.tryEdit(ctx, setPath(i)+".residence["+strconv.Itoa(k)+"].country", onSet(set, func(d *incident.DataSet) {
			d.Residence[k].Country = v
		}))
	}
}

func (p *FactsPage) onResRegion(ctx app.Context, e app.Event) {
	if set, i, k, ok := p.resRow(ctx); ok {
		v := code(value(ctx))
		p.tryEdit(ctx, setPath(i)+".residence["+strconv.Itoa(k)+"].region", onSet(set, func(d *incident.DataSet) {
			d.Residence[k].Region = v
		}))
	}
}

func (p *FactsPage) onResPersons(ctx app.Context, e app.Event) {
	if set, i, k, ok := p.resRow(ctx); ok {
		path := setPath(i) + ".residence[" + strconv.Itoa(k) + "].persons"
		if c, ok := p.parseCountFor(path, value(ctx)); ok {
			p.change(onSet(set, func(d *incident.DataSet) { d.Residence[k].Persons = c }))
		}
	}
}

// factsFocus moves the keyboard focus to a field: a control itself, or the
// first (checked) control inside a group; never taking a control out of the
// tab order (focusID gives its element tabIndex -1).
func factsFocus(id string) { browser.FocusControl(id) }
