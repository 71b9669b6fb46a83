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
		app.H1().Text(catalog.T(l, "register.title")),
		app.P().Class("bd-lead").Text(catalog.T(l, "register.lead")),
	}
	if !theDesk.Loaded() && app.IsClient {
		return shell(l, PathRegister, append(content, app.P().Role("status").Text(catalog.T(l, "home.loading")))...)
	}
	spec, rows, err := p.rows()
	if err != nil {
		return shell(l, PathRegister, append(content, app.P().Class("bd-warning").Role("alert").Text(err.Error()))...)
	}
	head := make([]app.UI, 0, len(spec.Columns))
	for _, c := range spec.Columns {
		head = append(head, app.Th().Scope("col").DataSet("col", c.ID).Text(c.Header(l)))
	}
	body := make([]app.UI, 0, len(rows))
	for _, r := range rows {
		cells := make([]app.UI, 0, len(spec.Columns))
		for _, c := range spec.Columns {
			cells = append(cells, app.Td().DataSet("col", c.ID).Class("bd-register-cell").Text(r.Cells[c.ID]))
		}
		body = append(body, app.Tr().DataSet("incident", r.ID).Body(cells...))
	}
	sources := make([]app.UI, 0, len(spec.Columns))
	for _, c := range spec.Columns {
		var cites []string
		for _, id := range c.Sources {
			if s, ok := spec.Source(id); ok {
				cites = append(cites, s.Text(l))
			}
		}
		sources = append(sources, app.Dt().Text(c.Header(l)), app.Dd().Text(strings.Join(cites, " / ")))
	}
	content = append(content,
		app.Div().Class("bd-buttons no-print").Body(
			app.Button().Type("button").ID("register-csv").Class("bd-primary").Disabled(len(rows) == 0).
				Text(catalog.T(l, "register.csv")).OnClick(p.onCSV),
			app.Button().Type("button").ID("register-print").Class("bd-secondary").
				Text(catalog.T(l, "register.print")).OnClick(p.onPrint),
		),
		app.If(p.msg != "", func() app.UI { return app.P().ID("register-msg").Class("bd-ok").Role("status").Text(p.msg) }),
		app.If(p.issue != "", func() app.UI { return app.P().Class("bd-problem").Role("alert").Text(p.issue) }),
		app.If(len(rows) == 0, func() app.UI { return app.P().ID("register-empty").Text(catalog.T(l, "register.empty")) }).
			Else(func() app.UI {
				return app.Div().Class("bd-table-wrap bd-register").Body(
					app.Table().Class("bd-table").ID("register").Body(
						app.Caption().Class("bd-sr").Text(catalog.T(l, "register.title")),
						app.THead().Body(app.Tr().Body(head...)),
						app.TBody().Body(body...),
					))
			}),
		app.Details().Class("bd-register-sources").Body(
			app.Summary().Text(catalog.T(l, "register.sources")),
			app.Dl().Body(sources...),
		),
	)
	return shell(l, PathRegister, app.Div().Class("bd-register-page").Body(content...))
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
