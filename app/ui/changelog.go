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
	opts := []app.UI{el("option", "value", "").Text(catalog.T(l, "changes.everyone")).Attr("selected", p.author == "")}
	for _, a := range authors {
		opts = append(opts, el("option", "value", a).Text(a).Attr("selected", p.author == a))
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
		el("div.bd-print-page.bd-changes").Body(
			elt("h1", catalog.T(l, "changes.title")),
			elt("p.bd-lead", catalog.T(l, "changes.lead")),
			opsProblem(l, p.id),
			el("div.bd-changes-filter.no-print[role=group]").Body(
				field("changes-person", catalog.T(l, "changes.person"), "", "",
					el("select#changes-person").On("change", p.onAuthor).Body(opts...)),
				field("changes-field", catalog.T(l, "changes.field"), catalog.T(l, "changes.fieldHint"), "",
					void("input#changes-field[type=text]", "value", p.path).On("change", p.onPath)),
			),
			elt("p#changes-count[role=status]", catalog.T(l, "changes.count", len(entries))),
			app.If(len(entries) == 0, func() app.UI {
				return elt("p#changes-none", catalog.T(l, "changes.none"))
			}),
			app.If(len(entries) > 0, func() app.UI {
				return el("table.bd-table#changes-table").Body(
					el("thead").Body(el("tr").Body(
						elt("th[scope=col]", catalog.T(l, "changes.col.at")),
						elt("th[scope=col]", catalog.T(l, "changes.col.who")),
						elt("th[scope=col]", catalog.T(l, "changes.col.field")),
						elt("th[scope=col]", catalog.T(l, "changes.col.from")),
						elt("th[scope=col]", catalog.T(l, "changes.col.to")),
					)),
					el("tbody").Body(rows...),
				)
			}),
			app.If(len(shown) < len(entries), func() app.UI {
				return el("button[type=button]#changes-all.no-print").
					Text(catalog.T(l, "changes.count", len(entries))+" ▸").On("click", p.onAll)
			}),
			el("div.bd-buttons.no-print").Body(
				el("button[type=button]#changes-csv").Attr("disabled", len(entries) == 0).Text(catalog.T(l, "changes.csv")).On("click", p.onExport("csv")),
				el("button[type=button]#changes-json").Attr("disabled", len(entries) == 0).Text(catalog.T(l, "changes.json")).On("click", p.onExport("json")),
				el("button[type=button]#changes-print.bd-secondary").Text(catalog.T(l, "changes.print")).On("click", p.onPrint),
			),
			app.If(p.msg != "", func() app.UI { return elt("p.bd-problem[role=alert]", p.msg) }),
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
	return el("tr.bd-change", "data-author", e.Author, "data-path", e.Path).Body(
		elt("td", e.At.Local().Format("2006-01-02 15:04:05")),
		elt("td.bd-change-who", authorText(e.Author, e.Role)),
		el("td").Body(
			elt("code", path),
			app.Text(" "),
			app.If(e.Path != "" && e.Path != p.path, func() app.UI {
				return el("button[type=button].bd-link.changes-history.no-print", "aria-label", catalog.T(l, "changes.history")+": "+e.Path).
					Text(catalog.T(l, "changes.history")).On("click", p.onHistory(e.Path))
			}),
		),
		elt("td.bd-change-from", from),
		elt("td.bd-change-to", to),
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
