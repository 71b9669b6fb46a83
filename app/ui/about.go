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
		elt("h1", catalog.T(l, "about.title")),
		elt("p.bd-lead", catalog.T(l, "about.lead")),
		el("section#privacy").Body(
			elt("h2", catalog.T(l, "about.privacy.title")),
			elt("p", catalog.T(l, "about.privacy.body")),
		),
		el("section#offline").Body(
			elt("h2", catalog.T(l, "about.offline.title")),
			elt("p", catalog.T(l, "about.offline.body")),
			app.If(p.insecure, func() app.UI {
				return elt("p.bd-warning[role=alert]", catalog.T(l, "about.offline.insecure"))
			}),
		),
		el("section#law").Body(
			elt("h2", catalog.T(l, "about.law.title")),
			elt("p", catalog.T(l, "about.law.body")),
		),
		aboutPending(l),
		elt("p.bd-version", catalog.T(l, "about.version")+": "+app.Getenv("GOAPP_VERSION")),
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
		elt("h1#not-found", catalog.T(l, "notfound.title")),
		elt("p.bd-lead", catalog.T(l, "notfound.body", p.path)),
		el("p").Body(elt("a#back-home", catalog.T(l, "notfound.back"), "href", Href(PathHome))),
	)
}

// aboutPending lists the changes of the law known but not in force.
func aboutPending(l catalog.Lang) app.UI {
	rs, err := theDesk.Rules()
	if err != nil || len(rs.Pending) == 0 {
		return nil
	}
	return el("section#pending").Body(
		elt("h2", catalog.T(l, "pending.title")),
		elt("p", catalog.T(l, "pending.lead")),
		pendingList(l, rs.Pending),
	)
}
