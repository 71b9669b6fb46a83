// Package ui holds the go-app components of Breach Desk: the shell, the pages
// and their small parts. Components show facts and derived views they are
// given and turn user input into edits of the facts; they do not compute law
// (that is app/assess) and they reach browser APIs only through app/browser.
//
// Besides wasm/, this is the only package that imports go-app.
package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Paths of the pages, without the deployment prefix (see Href).
const (
	PathHome  = "/"
	PathAbout = "/about"
)

// Routes registers every page. The browser part and the static site generator
// both call it, so the generator prerenders the same pages the app routes.
func Routes() {
	app.Route(PathHome, app.NewZeroComponentFactory(&StartPage{}))
	app.Route(PathAbout, app.NewZeroComponentFactory(&AboutPage{}))
	app.NotFound = &NotFoundPage{}
}

// Href returns the URL of an in-app path. Under a sub-path deployment
// (app.PrefixedLocation) the client must add the prefix itself, while the
// generator adds it to prerendered HTML: adding it there too would double it.
func Href(path string) string {
	if app.IsClient {
		return app.Getenv("GOAPP_ROOT_PREFIX") + path
	}
	return path
}
