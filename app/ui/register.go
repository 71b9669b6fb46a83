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
		elt("p.bd-lead", catalog.T(l, "register.lead")),
	}
	if !theDesk.Loaded() && app.IsClient {
		return shell(l, PathRegister, append(content, elt("p[role=status]", catalog.T(l, "home.loading")))...)
	}
	spec, rows, err := p.rows()
	if err != nil {
		return shell(l, PathRegister, append(content, elt("p.bd-warning[role=alert]", err.Error()))...)
	}
	head := make([]app.UI, 0, len(spec.Columns))
	for _, c := range spec.Columns {
		head = append(head, elt("th[scope=col]", c.Header(l), "data-col", c.ID))
	}
	body := make([]app.UI, 0, len(rows))
	for _, r := range rows {
		cells := make([]app.UI, 0, len(spec.Columns))
		for _, c := range spec.Columns {
			cells = append(cells, elt("td.bd-register-cell", r.Cells[c.ID], "data-col", c.ID))
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
		el("div.bd-buttons.no-print").Body(
			el("button[type=button]#register-csv.bd-primary").Attr("disabled", len(rows) == 0).
				Text(catalog.T(l, "register.csv")).On("click", p.onCSV),
			el("button[type=button]#register-print.bd-secondary").
				Text(catalog.T(l, "register.print")).On("click", p.onPrint),
		),
		app.If(p.msg != "", func() app.UI { return elt("p#register-msg.bd-ok[role=status]", p.msg) }),
		app.If(p.issue != "", func() app.UI { return elt("p.bd-problem[role=alert]", p.issue) }),
		app.If(len(rows) == 0, func() app.UI { return elt("p#register-empty", catalog.T(l, "register.empty")) }).
			Else(func() app.UI {
				return el("div.bd-table-wrap.bd-register").Body(
					el("table.bd-table#register").Body(
						elt("caption.bd-sr", catalog.T(l, "register.title")),
						el("thead").Body(el("tr").Body(head...)),
						el("tbody").Body(body...),
					))
			}),
		el("details.bd-register-sources").Body(
			elt("summary", catalog.T(l, "register.sources")),
			el("dl").Body(sources...),
		),
	)
	return shell(l, PathRegister, el("div.bd-register-page").Body(content...))
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
