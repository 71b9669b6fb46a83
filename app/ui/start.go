package ui

import (
	"breachdesk/app/catalog"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// StartPage is the home page: the list of incidents, or a start button when there is none.
type StartPage struct {
	app.Compo
	lang    catalog.Lang
	started bool
}

func (p *StartPage) OnMount(ctx app.Context) { observeLang(ctx, &p.lang) }

func (p *StartPage) OnNav(ctx app.Context) {
	ctx.Page().SetTitle("%s", catalog.T(p.lang, "app.name"))
}

func (p *StartPage) Render() app.UI {
	l := p.lang
	return shell(l, PathHome,
		app.H1().Text(catalog.T(l, "home.title")),
		app.Section().Class("bd-empty").ID("no-incidents").Body(
			app.P().Class("bd-empty-title").Text(catalog.T(l, "home.empty")),
			app.P().Text(catalog.T(l, "home.emptyHint")),
			app.Button().Type("button").Class("bd-primary").ID("start-incident").
				Text(catalog.T(l, "home.start")).
				OnClick(func(ctx app.Context, e app.Event) { p.started = true }),
			app.If(p.started, func() app.UI {
				return app.P().Role("status").Text(catalog.T(l, "home.startSoon"))
			}),
		),
	)
}
