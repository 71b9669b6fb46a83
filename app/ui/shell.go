package ui

import (
	"breachdesk/app/browser"
	"breachdesk/app/catalog"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// shell frames every page: skip link, header with the name, the menu and the
// language switch, the update banner, and the page's own content in <main>.
func shell(l catalog.Lang, current string, content ...app.UI) app.UI {
	return app.Div().Class("bd-app").Body(
		// A button, not a link to "#main": an incident's id is the URL's
		// fragment, and following "#main" replaced it (the page then said
		// the incident was missing).
		app.Button().Type("button").Class("bd-skip").ID("skip-to-main").Text(catalog.T(l, "app.skip")).OnClick(skipToMain),
		app.Header().Class("bd-header no-print").Body(
			app.A().Class("bd-brand").Href(Href(PathHome)).Body(
				app.Img().Class("bd-logo").Src("/web/icon.svg").Alt("").Aria("hidden", "true"),
				app.Span().Text(catalog.T(l, "app.name")),
			),
			app.Nav().Class("bd-nav").Aria("label", catalog.T(l, "nav.main")).Body(
				navLink(l, PathHome, "nav.home", current),
				navLink(l, PathDrills, "drill.nav", current),
				navLink(l, PathReadiness, "drill.ready.nav", current),
				navLink(l, PathRegister, "register.tab", current),
				navLink(l, PathAbout, "nav.about", current),
				navLink(l, PathSettings, "safety.nav", current),
			),
			&LangSwitch{},
			&SafetyNotice{Page: current},
		),
		&UpdateBanner{},
		app.Main().ID("main").Class("bd-main").Body(lockGate(current, content)...),
	)
}

// skipToMain moves the keyboard focus to the page's content, past the
// header, the menu and an incident's tabs: to its heading.
func skipToMain(ctx app.Context, e app.Event) {
	browser.FocusFirst("main h1", "main")
}

func navLink(l catalog.Lang, path, label, current string) app.UI {
	a := app.A().Href(Href(path)).Text(catalog.T(l, label))
	if path == current {
		a = a.Aria("current", "page")
	}
	return a
}
