package ui

import (
	"html"
	"strconv"
	"strings"
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
				return el("div.bd-changes-rows").On("click", p.onRowClick).Body(app.Raw(p.table(l, shown)))
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

// table is the changes shown, newest first, as the HTML of one table: a
// change log opens with 100 rows of six elements and their texts, and
// go-app mounts each element, attribute and text with its own calls into
// JavaScript (about two thirds of the change log's main-thread time in
// Chromium); the browser parses this in one. Every text and attribute
// value is escaped (html.EscapeString: a packet's author, path or value
// is another person's). A row's history button is handled by the click
// on the table's box (onRowClick).
func (p *ChangeLogPage) table(l catalog.Lang, shown []oplog.Entry) string {
	var b strings.Builder
	b.Grow(300 + 400*len(shown))
	b.WriteString(`<table class="bd-table" id="changes-table"><thead><tr>`)
	for _, k := range [...]string{"changes.col.at", "changes.col.who", "changes.col.field", "changes.col.from", "changes.col.to"} {
		b.WriteString(`<th scope="col">`)
		b.WriteString(html.EscapeString(catalog.T(l, k)))
		b.WriteString(`</th>`)
	}
	b.WriteString(`</tr></thead><tbody>`)
	history := html.EscapeString(catalog.T(l, "changes.history"))
	for i := len(shown) - 1; i >= 0; i-- { // newest first
		e := shown[i]
		from, to := valueText(l, e.From, 300), valueText(l, e.To, 300)
		path := e.Path
		if path == "" {
			path = catalog.T(l, "changes.whole")
			from, to = "", catalog.T(l, "changes.import")
		}
		b.WriteString(`<tr class="bd-change"`)
		attr(&b, "data-author", e.Author) // none when empty, as go-app's
		attr(&b, "data-path", e.Path)
		b.WriteString(`><td>`)
		b.WriteString(e.At.Local().Format("2006-01-02 15:04:05"))
		b.WriteString(`</td><td class="bd-change-who">`)
		b.WriteString(html.EscapeString(authorText(e.Author, e.Role)))
		b.WriteString(`</td><td><code>`)
		b.WriteString(html.EscapeString(path))
		b.WriteString(`</code> `)
		if e.Path != "" && e.Path != p.path {
			b.WriteString(`<button type="button" class="bd-link changes-history no-print" aria-label="`)
			b.WriteString(history + ": " + html.EscapeString(e.Path))
			b.WriteString(`" data-path="`)
			b.WriteString(html.EscapeString(e.Path))
			b.WriteString(`">`)
			b.WriteString(history)
			b.WriteString(`</button>`)
		}
		b.WriteString(`</td><td class="bd-change-from">`)
		b.WriteString(html.EscapeString(from))
		b.WriteString(`</td><td class="bd-change-to">`)
		b.WriteString(html.EscapeString(to))
		b.WriteString(`</td></tr>`)
	}
	b.WriteString(`</tbody></table>`)
	return b.String()
}

// attr writes an attribute, escaped, unless its value is empty.
func attr(b *strings.Builder, name, value string) {
	if value != "" {
		b.WriteString(" " + name + `="`)
		b.WriteString(html.EscapeString(value))
		b.WriteString(`"`)
	}
}

// onRowClick shows the history of the field whose button was clicked.
func (p *ChangeLogPage) onRowClick(ctx app.Context, e app.Event) {
	target := e.Get("target")
	if !target.Truthy() || target.Get("closest").IsUndefined() {
		return
	}
	button := target.Call("closest", "button.changes-history")
	if !button.Truthy() {
		ctx.PreventUpdate()
		return
	}
	path := button.Call("getAttribute", "data-path").String()
	p.path, p.all = path, false
	browser.SetValue("changes-field", path)
}

func (p *ChangeLogPage) onAuthor(ctx app.Context, e app.Event) { p.author, p.all = value(ctx), false }

func (p *ChangeLogPage) onPath(ctx app.Context, e app.Event) { p.path, p.all = value(ctx), false }

func (p *ChangeLogPage) onAll(ctx app.Context, e app.Event) { p.all = true }

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
