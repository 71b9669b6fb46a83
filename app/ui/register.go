package ui

import (
	"strings"
	"time"

	"breachdesk/app/browser"
	"breachdesk/app/catalog"
	"breachdesk/app/register"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// PathRegister is the breach register of this browser.
const PathRegister = "/register"

// RegisterPage lists every incident of this browser (drills left out) with
// the columns of a breach register (app/register, checklists/register.json),
// exports it as CSV and prints it.
type RegisterPage struct {
	app.Compo
	lang  catalog.Lang
	rev   int
	msg   string
	issue string
}

func (p *RegisterPage) OnMount(ctx app.Context) {
	observeLang(ctx, &p.lang)
	observeDesk(ctx, &p.rev)
}

func (p *RegisterPage) OnNav(ctx app.Context) {
	ctx.Page().SetTitle("%s — %s", catalog.T(p.lang, "register.title"), catalog.T(p.lang, "app.name"))
}

// rows is the register now, with its columns; err when the law or the
// columns could not be loaded.
func (p *RegisterPage) rows() (*register.Spec, []register.Row, error) {
	spec, err := register.Load()
	if err != nil {
		return nil, nil, err
	}
	rs, err := theDesk.Rules()
	if err != nil {
		return nil, nil, err
	}
	return spec, register.Rows(theDesk.List(), rs, time.Now(), p.lang), nil
}

func (p *RegisterPage) Render() app.UI {
	l := p.lang
	content := []app.UI{
		elt("h1", catalog.T(l, "register.title")),
		elt("p", catalog.T(l, "register.lead"), "class", "bd-lead"),
	}
	if !theDesk.Loaded() && app.IsClient {
		return shell(l, PathRegister, append(content, elt("p", catalog.T(l, "home.loading"), "role", "status"))...)
	}
	spec, rows, err := p.rows()
	if err != nil {
		return shell(l, PathRegister, append(content, elt("p", err.Error(), "class", "bd-warning", "role", "alert"))...)
	}
	head := make([]app.UI, 0, len(spec.Columns))
	for _, c := range spec.Columns {
		head = append(head, elt("th", c.Header(l), "scope", "col", "data-col", c.ID))
	}
	body := make([]app.UI, 0, len(rows))
	for _, r := range rows {
		cells := make([]app.UI, 0, len(spec.Columns))
		for _, c := range spec.Columns {
			cells = append(cells, elt("td", r.Cells[c.ID], "data-col", c.ID, "class", "bd-register-cell"))
		}
		body = append(body, el("tr", "data-incident", r.ID).Body(cells...))
	}
	sources := make([]app.UI, 0, len(spec.Columns))
	for _, c := range spec.Columns {
		var cites []string
		for _, id := range c.Sources {
			if s, ok := spec.Source(id); ok {
				cites = append(cites, s.Text(l))
			}
		}
		sources = append(sources, elt("dt", c.Header(l)), elt("dd", strings.Join(cites, " / ")))
	}
	content = append(content,
		el("div", "class", "bd-buttons no-print").Body(
			el("button", "type", "button", "id", "register-csv", "class", "bd-primary").Attr("disabled", len(rows) == 0).
				Text(catalog.T(l, "register.csv")).On("click", p.onCSV),
			el("button", "type", "button", "id", "register-print", "class", "bd-secondary").
				Text(catalog.T(l, "register.print")).On("click", p.onPrint),
		),
		app.If(p.msg != "", func() app.UI { return elt("p", p.msg, "id", "register-msg", "class", "bd-ok", "role", "status") }),
		app.If(p.issue != "", func() app.UI { return elt("p", p.issue, "class", "bd-problem", "role", "alert") }),
		app.If(len(rows) == 0, func() app.UI { return elt("p", catalog.T(l, "register.empty"), "id", "register-empty") }).
			Else(func() app.UI {
				return el("div", "class", "bd-table-wrap bd-register").Body(
					el("table", "class", "bd-table", "id", "register").Body(
						elt("caption", catalog.T(l, "register.title"), "class", "bd-sr"),
						el("thead").Body(el("tr").Body(head...)),
						el("tbody").Body(body...),
					))
			}),
		el("details", "class", "bd-register-sources").Body(
			elt("summary", catalog.T(l, "register.sources")),
			el("dl").Body(sources...),
		),
	)
	return shell(l, PathRegister, el("div", "class", "bd-register-page").Body(content...))
}

func (p *RegisterPage) onCSV(ctx app.Context, e app.Event) {
	l := p.lang
	spec, rows, err := p.rows()
	if err == nil {
		name := register.FileName(time.Now().Format("2006-01-02"))
		if err = browser.Download(name, "text/csv;charset=utf-8", register.CSV(spec, rows, l)); err == nil {
			p.msg, p.issue = catalog.T(l, "register.csvDone", name, len(rows)), ""
			return
		}
	}
	p.msg, p.issue = "", browser.Text(err, string(l))
}

func (p *RegisterPage) onPrint(ctx app.Context, e app.Event) {
	ctx.Defer(func(ctx app.Context) {
		if err := browser.Print(); err != nil {
			p.issue = catalog.T(p.lang, "print.printFailed", browser.Text(err, string(p.lang)))
			ctx.Update()
		}
	})
}
