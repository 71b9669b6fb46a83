package ui

import (
	"breachdesk/app/browser"
	"breachdesk/app/catalog"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// AboutPage says what the tool is and, plainly, that nothing leaves the browser.
type AboutPage struct {
	app.Compo
	lang     catalog.Lang
	insecure bool
}

func (p *AboutPage) OnMount(ctx app.Context) {
	observeLang(ctx, &p.lang)
	p.insecure = !browser.IsSecureContext()
}

func (p *AboutPage) OnNav(ctx app.Context) {
	ctx.Page().SetTitle("%s — %s", catalog.T(p.lang, "about.title"), catalog.T(p.lang, "app.name"))
}

func (p *AboutPage) Render() app.UI {
	l := p.lang
	return shell(l, PathAbout,
		app.H1().Text(catalog.T(l, "about.title")),
		app.P().Class("bd-lead").Text(catalog.T(l, "about.lead")),
		app.Section().ID("privacy").Body(
			app.H2().Text(catalog.T(l, "about.privacy.title")),
			app.P().Text(catalog.T(l, "about.privacy.body")),
		),
		app.Section().ID("offline").Body(
			app.H2().Text(catalog.T(l, "about.offline.title")),
			app.P().Text(catalog.T(l, "about.offline.body")),
			app.If(p.insecure, func() app.UI {
				return app.P().Class("bd-warning").Role("alert").Text(catalog.T(l, "about.offline.insecure"))
			}),
		),
		app.Section().ID("law").Body(
			app.H2().Text(catalog.T(l, "about.law.title")),
			app.P().Text(catalog.T(l, "about.law.body")),
		),
		aboutPending(l),
		app.P().Class("bd-version").Text(catalog.T(l, "about.version")+": "+app.Getenv("GOAPP_VERSION")),
	)
}

// NotFoundPage is shown for a path no route matches (see Routes), in the
// user's language, with the way back to the incidents.
type NotFoundPage struct {
	app.Compo
	lang catalog.Lang
	path string
}

func (p *NotFoundPage) OnMount(ctx app.Context) { observeLang(ctx, &p.lang) }

func (p *NotFoundPage) OnNav(ctx app.Context) {
	p.path = ctx.Page().URL().Path
	ctx.Page().SetTitle("%s — %s", catalog.T(p.lang, "notfound.title"), catalog.T(p.lang, "app.name"))
}

func (p *NotFoundPage) Render() app.UI {
	l := p.lang
	return shell(l, "",
		app.H1().ID("not-found").Text(catalog.T(l, "notfound.title")),
		app.P().Class("bd-lead").Text(catalog.T(l, "notfound.body", p.path)),
		app.P().Body(app.A().ID("back-home").Href(Href(PathHome)).Text(catalog.T(l, "notfound.back"))),
	)
}

// aboutPending lists the changes of the law known but not in force.
func aboutPending(l catalog.Lang) app.UI {
	rs, err := theDesk.Rules()
	if err != nil || len(rs.Pending) == 0 {
		return nil
	}
	return app.Section().ID("pending").Body(
		app.H2().Text(catalog.T(l, "pending.title")),
		app.P().Text(catalog.T(l, "pending.lead")),
		pendingList(l, rs.Pending),
	)
}
