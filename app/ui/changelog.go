package ui

import (
	"strconv"
	"time"

	"breachdesk/app/browser"
	"breachdesk/app/catalog"
	"breachdesk/app/oplog"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// PathChanges is the change log of an incident.
const PathChanges = "/incident/changes"

// changesShown is how many changes the page shows before "show all": the
// newest first, so that a long log opens at once.
const changesShown = 100

// ChangeLogPage lists every change of an incident (who, when, from → to),
// filtered by person and field; it prints, and exports as CSV and JSON what
// the filter selects.
type ChangeLogPage struct {
	app.Compo
	incidentPage

	author string
	path   string
	all    bool
	msg    string
}

func (p *ChangeLogPage) OnMount(ctx app.Context) { p.mountIncident(ctx, false) }

func (p *ChangeLogPage) OnNav(ctx app.Context) {
	if p.navIncident(ctx, "changes.title") {
		p.author, p.path, p.all, p.msg = "", "", false, ""
	}
}

func (p *ChangeLogPage) entries() []oplog.Entry {
	return theDesk.Changes(p.id, oplog.Filter{Author: p.author, Path: p.path})
}

func (p *ChangeLogPage) Render() app.UI {
	l := p.lang
	if p.inc() == nil {
		return p.frame(PathChanges)
	}
	entries := p.entries()
	authors := theDesk.Authors(p.id)
	opts := []app.UI{app.Option().Value("").Text(catalog.T(l, "changes.everyone")).Selected(p.author == "")}
	for _, a := range authors {
		opts = append(opts, app.Option().Value(a).Text(a).Selected(p.author == a))
	}
	shown := entries
	if !p.all && len(shown) > changesShown {
		shown = shown[len(shown)-changesShown:]
	}
	rows := make([]app.UI, 0, len(shown))
	for i := len(shown) - 1; i >= 0; i-- { // newest first
		rows = append(rows, p.row(l, shown[i]))
	}
	return p.frame(PathChanges,
		app.Div().Class("bd-print-page bd-changes").Body(
			app.H1().Text(catalog.T(l, "changes.title")),
			app.P().Class("bd-lead").Text(catalog.T(l, "changes.lead")),
			opsProblem(l, p.id),
			app.Div().Class("bd-changes-filter no-print").Role("group").Body(
				field("changes-person", catalog.T(l, "changes.person"), "", "",
					app.Select().ID("changes-person").OnChange(p.onAuthor).Body(opts...)),
				field("changes-field", catalog.T(l, "changes.field"), catalog.T(l, "changes.fieldHint"), "",
					app.Input().ID("changes-field").Type("text").Value(p.path).OnChange(p.onPath)),
			),
			app.P().ID("changes-count").Role("status").Text(catalog.T(l, "changes.count", len(entries))),
			app.If(len(entries) == 0, func() app.UI {
				return app.P().ID("changes-none").Text(catalog.T(l, "changes.none"))
			}),
			app.If(len(entries) > 0, func() app.UI {
				return app.Table().Class("bd-table").ID("changes-table").Body(
					app.THead().Body(app.Tr().Body(
						app.Th().Scope("col").Text(catalog.T(l, "changes.col.at")),
						app.Th().Scope("col").Text(catalog.T(l, "changes.col.who")),
						app.Th().Scope("col").Text(catalog.T(l, "changes.col.field")),
						app.Th().Scope("col").Text(catalog.T(l, "changes.col.from")),
						app.Th().Scope("col").Text(catalog.T(l, "changes.col.to")),
					)),
					app.TBody().Body(rows...),
				)
			}),
			app.If(len(shown) < len(entries), func() app.UI {
				return app.Button().Type("button").ID("changes-all").Class("no-print").
					Text(catalog.T(l, "changes.count", len(entries)) + " ▸").OnClick(p.onAll)
			}),
			app.Div().Class("bd-buttons no-print").Body(
				app.Button().Type("button").ID("changes-csv").Disabled(len(entries) == 0).Text(catalog.T(l, "changes.csv")).OnClick(p.onExport("csv")),
				app.Button().Type("button").ID("changes-json").Disabled(len(entries) == 0).Text(catalog.T(l, "changes.json")).OnClick(p.onExport("json")),
				app.Button().Type("button").ID("changes-print").Class("bd-secondary").Text(catalog.T(l, "changes.print")).OnClick(p.onPrint),
			),
			app.If(p.msg != "", func() app.UI { return app.P().Class("bd-problem").Role("alert").Text(p.msg) }),
		),
	)
}

func (p *ChangeLogPage) row(l catalog.Lang, e oplog.Entry) app.UI {
	from, to := valueText(l, e.From, 300), valueText(l, e.To, 300)
	path := e.Path
	if path == "" {
		path = catalog.T(l, "changes.whole")
		from, to = "", catalog.T(l, "changes.import")
	}
	return app.Tr().Class("bd-change").DataSet("author", e.Author).DataSet("path", e.Path).Body(
		app.Td().Text(e.At.Local().Format("2006-01-02 15:04:05")),
		app.Td().Class("bd-change-who").Text(authorText(e.Author, e.Role)),
		app.Td().Body(
			app.Code().Text(path),
			app.Text(" "),
			app.If(e.Path != "" && e.Path != p.path, func() app.UI {
				return app.Button().Type("button").Class("bd-link changes-history no-print").
					Aria("label", catalog.T(l, "changes.history")+": "+e.Path).
					Text(catalog.T(l, "changes.history")).OnClick(p.onHistory(e.Path))
			}),
		),
		app.Td().Class("bd-change-from").Text(from),
		app.Td().Class("bd-change-to").Text(to),
	)
}

func (p *ChangeLogPage) onAuthor(ctx app.Context, e app.Event) { p.author, p.all = value(ctx), false }

func (p *ChangeLogPage) onPath(ctx app.Context, e app.Event) { p.path, p.all = value(ctx), false }

func (p *ChangeLogPage) onAll(ctx app.Context, e app.Event) { p.all = true }

func (p *ChangeLogPage) onHistory(path string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		p.path, p.all = path, false
		browser.SetValue("changes-field", path)
	}
}

func (p *ChangeLogPage) onExport(kind string) app.EventHandler {
	return func(ctx app.Context, e app.Event) {
		entries := p.entries()
		name := "breachdesk-changes-" + exportID(p.id) + "-" + time.Now().Format("20060102-1504")
		var err error
		if kind == "csv" {
			err = browser.Download(name+".csv", "text/csv;charset=utf-8", oplog.CSV(entries))
		} else {
			err = browser.Download(name+".json", "application/json", oplog.JSON(entries))
		}
		p.msg = ""
		if err != nil {
			p.msg = browser.Text(err, string(p.lang))
		}
	}
}

func (p *ChangeLogPage) onPrint(ctx app.Context, e app.Event) {
	p.all = true
	ctx.Defer(func(app.Context) { _ = browser.Print() })
}

// exportID keeps the letters and digits of an id for a file name.
func exportID(id string) string {
	out := make([]rune, 0, len(id))
	for _, r := range id {
		if r < 128 && (r == '-' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			out = append(out, r)
		}
	}
	if len(out) == 0 {
		return "incident-" + strconv.Itoa(len(id))
	}
	return string(out)
}
