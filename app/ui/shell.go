package ui

import (
	"breachdesk/app/browser"
	"breachdesk/app/catalog"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// shell frames every page: skip link, header with the name, the menu and the
// language switch, the update banner, and the page's own content in <main>.
func shell(l catalog.Lang, current string, content ...app.UI) app.UI {
	return el("div.bd-app").Body(
		// A button, not a link to "#main": an incident's id is the URL's
		// fragment, and following "#main" replaced it (the page then said
		// the incident was missing).
		el("button[type=button].bd-skip#skip-to-main").Text(catalog.T(l, "app.skip")).On("click", skipToMain),
		el("header.bd-header.no-print").Body(
			el("a.bd-brand", "href", Href(PathHome)).Body(
				void("img.bd-logo[src=/web/icon.svg][aria-hidden=true]", "alt", ""),
				elt("span", catalog.T(l, "app.name")),
			),
			el("nav.bd-nav", "aria-label", catalog.T(l, "nav.main")).Body(
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
		el("main#main.bd-main").Body(lockGate(current, content)...),
	)
}

// skipToMain moves the keyboard focus to the page's content, past the
// header, the menu and an incident's tabs: to its heading.
func skipToMain(ctx app.Context, e app.Event) {
	browser.FocusFirst("main h1", "main")
}

func navLink(l catalog.Lang, path, label, current string) app.UI {
	a := el("a", "href", Href(path)).Text(catalog.T(l, label))
	if path == current {
		a = a.Aria("current", "page")
	}
	return a
}
