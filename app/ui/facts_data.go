package ui

import (
	"slices"
	"strconv"
	"strings"

	"breachdesk/app/catalog"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The data section: totals, status, and one row per data category saying
// whether it is involved (with its own counts) or known not to be.

func (f *factsForm) dataSection() app.UI {
	return f.section("data",
		app.Div().Class("bd-field-row").Body(f.count("data.persons"), f.count("data.records")),
		f.choice("data.status"),
		f.choice("data.encryption"),
		f.tri("data.recovered"),
		f.categoryTable(),
	)
}

// categoryRow is one row of the table: a category of the law, or one stored
// that the law does not list.
type categoryRow struct {
	id, label string
}

func (f *factsForm) categoryRows() []categoryRow {
	var rows []categoryRow
	seen := map[string]bool{}
	if rs, err := theDesk.Rules(); err == nil {
		for _, c := range rs.Categories {
			label := c.JA
			if f.l == catalog.EN {
				label = c.EN
			}
			rows = append(rows, categoryRow{c.ID, label})
			seen[c.ID] = true
		}
	}
	for _, c := range f.inc.Main().Categories {
		if !seen[c.ID] {
			rows = append(rows, categoryRow{c.ID, c.ID})
			seen[c.ID] = true
		}
	}
	for _, id := range f.inc.Main().NotInvolved {
		if !seen[id] {
			rows = append(rows, categoryRow{id, id})
			seen[id] = true
		}
	}
	return rows
}

// categoryIndex is the index of the first category with id, or -1.
func categoryIndex(inc *incident.Incident, id string) int {
	for i, c := range inc.Main().Categories {
		if c.ID == id {
			return i
		}
	}
	return -1
}

func (f *factsForm) categoryTable() app.UI {
	l := f.l
	rows := f.categoryRows()
	trs := make([]app.UI, 0, len(rows))
	for _, r := range rows {
		trs = append(trs, f.categoryTR(r))
	}
	return app.Div().Class("bd-field").ID(fieldID("data.notInvolved")).Body(
		app.H3().ID("fx-categories-h").Text(catalog.T(l, "facts.categories")),
		app.P().Class("bd-hint").Text(catalog.T(l, "facts.categories.hint")),
		f.notes("data.notInvolved"),
		app.Div().Class("bd-table-wrap").Body(
			app.Table().Class("bd-categories-table").Aria("labelledby", "fx-categories-h").Body(
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text(catalog.T(l, "facts.col.category")),
					app.Th().Scope("col").Text(catalog.T(l, "facts.col.involved")),
					app.Th().Scope("col").Text(catalog.T(l, "facts.col.persons")),
					app.Th().Scope("col").Text(catalog.T(l, "facts.col.records")),
				)),
				app.TBody().Body(trs...),
			),
		),
	)
}

func (f *factsForm) categoryTR(r categoryRow) app.UI {
	l := f.l
	i := categoryIndex(f.inc, r.id)
	state := ""
	switch {
	case i >= 0:
		state = "yes"
	case slices.Contains(f.inc.Main().NotInvolved, r.id):
		state = "no"
	}
	sel := "fx-cat-" + r.id
	opts := []app.UI{
		app.Option().Value("").Text(catalog.T(l, "facts.involved.unknown")).Selected(state == ""),
		app.Option().Value("yes").Text(catalog.T(l, "facts.involved.yes")).Selected(state == "yes"),
		app.Option().Value("no").Text(catalog.T(l, "facts.involved.no")).Selected(state == "no"),
	}
	nameCell := []app.UI{app.Label().For(sel).Text(r.label)}
	var persons, records app.UI = app.Text(""), app.Text("")
	if i >= 0 {
		c := f.inc.Main().Categories[i]
		base := "data.categories[" + strconv.Itoa(i) + "]"
		if r.id == "other" {
			op := base + ".other"
			nameCell = append(nameCell, app.Div().Class("bd-field bd-field-inline").Body(
				app.Label().Class("bd-sr").For(fieldID(op)).Text(catalog.T(l, "facts.f.data.categories.other")),
				app.Input().ID(fieldID(op)).Type("text").MaxLength(incident.MaxNameRunes).DataSet("category", r.id).
					Aria("describedby", f.describedBy(op)).Value(c.Other).OnChange(f.p.onCategoryOther),
				f.notes(op),
			))
		}
		persons = f.categoryCount(r, base+".persons", "persons", c.Persons)
		records = f.categoryCount(r, base+".records", "records", c.Records)
	}
	return app.Tr().Class("bd-cat-"+stateClass(state)).Body(
		app.Th().Scope("row").Body(nameCell...),
		app.Td().Body(app.Select().ID(sel).DataSet("category", r.id).Body(opts...).OnChange(f.p.onInvolved)),
		app.Td().Body(persons),
		app.Td().Body(records),
	)
}

func stateClass(s string) string {
	if s == "" {
		return "unknown"
	}
	return s
}

func (f *factsForm) categoryCount(r categoryRow, path, which string, c incident.Count) app.UI {
	id := fieldID(path)
	return app.Div().Class("bd-field bd-field-inline").Body(
		app.Label().Class("bd-sr").For(id).Text(catalog.T(f.l, "facts.catCount."+which, r.label)),
		f.countInput(path, c).DataSet("category", r.id).DataSet("count", which).OnChange(f.p.onCategoryCount),
		f.notes(path),
	)
}

func (p *FactsPage) onInvolved(ctx app.Context, e app.Event) {
	id := ctx.JSSrc().Get("dataset").Get("category").String()
	v := value(ctx)
	p.change(func(inc *incident.Incident) { setInvolved(inc, id, v) })
}

// setInvolved records whether a category is involved ("yes", keeping the
// counts entered for it), known not to be ("no") or not known ("").
func setInvolved(inc *incident.Incident, id, state string) {
	setCategory(inc, id, state == "yes")
	inc.Main().NotInvolved = slices.DeleteFunc(inc.Main().NotInvolved, func(s string) bool { return s == id })
	if state == "no" {
		inc.Main().NotInvolved = append(inc.Main().NotInvolved, id)
	}
	if len(inc.Main().NotInvolved) == 0 {
		inc.Main().NotInvolved = nil
	}
}

func (p *FactsPage) onCategoryCount(ctx app.Context, e app.Event) {
	ds := ctx.JSSrc().Get("dataset")
	id, which := ds.Get("category").String(), ds.Get("count").String()
	inc := p.inc()
	if inc == nil {
		return
	}
	i := categoryIndex(inc, id)
	if i < 0 {
		return
	}
	path := "data.categories[" + strconv.Itoa(i) + "]." + which
	c, ok := p.parseCountFor(path, value(ctx))
	if !ok {
		return
	}
	p.change(func(inc *incident.Incident) {
		if which == "records" {
			inc.Main().Categories[i].Records = c
		} else {
			inc.Main().Categories[i].Persons = c
		}
	})
}

func (p *FactsPage) onCategoryOther(ctx app.Context, e app.Event) {
	v := strings.TrimSpace(value(ctx))
	p.change(func(inc *incident.Incident) {
		if i := categoryIndex(inc, "other"); i >= 0 {
			inc.Main().Categories[i].Other = v
		}
	})
}
