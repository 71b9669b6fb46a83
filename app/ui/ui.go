// Package ui holds the go-app components of Breach Desk: the shell, the pages
// and their small parts. Components show the board of an incident
// (app/desk's Board: the assessment, what is open, the documents) and turn
// user input into edits of the facts (desk.Edit); they derive nothing about
// the law themselves and reach browser APIs only through app/browser.
//
// The pages of one incident embed incidentPage (incident_page.go): the
// language, the incident's id from the URL, the desk's revision and a clock.
// bind.go connects the desk to go-app (its loop is go-app's UI goroutine,
// its changes a go-app state every page observes) and bind_store.go adapts
// app/browser's IndexedDB, WebCrypto and BroadcastChannel to the desk.
//
// # Rules
//
// The UI only shows. Every derived value on a page (an instant that starts
// a clock, a deadline, an obligation's state, the next step, a document and
// its lint) is read from the board; a page that needs one the board lacks
// adds it to app/desk, natively tested, rather than computing it here. The
// time zone is the incident's (inc.Location; incident.LoadZone for the zone
// field), never the device's.
//
// The store is app/desk's. Pages read an incident from the desk (Get,
// Board) and change it only through it (Edit and its kin); IndexedDB,
// WebCrypto and BroadcastChannel reach the desk through its interfaces
// (Store, Keys, Tabs), which bind_store.go fills with app/browser.
//
// Every string of the interface comes from app/catalog (catalog.T), in the
// user's language; what the engine and the law say comes with the board, in
// both languages (rules.Text). README's Translating section lists where
// each kind of string lives.
//
// Besides wasm/, this is the only package that imports go-app.
package ui

import (
	"strings"
	"sync"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Paths of the pages, without the deployment prefix (see Href).
const (
	PathHome      = "/"
	PathAbout     = "/about"
	PathDashboard = "/incident"
	PathWizard    = "/incident/start"
	PathFacts     = "/incident/facts"
	PathChecklist = "/incident/checklist"
	PathTimeline  = "/incident/timeline"
)

// Routes registers every page. The browser part and the static site generator
// both call it, so the generator prerenders the same pages the app routes.
func Routes() {
	app.Route(PathHome, app.NewZeroComponentFactory(&HomePage{}))
	app.Route(PathAbout, app.NewZeroComponentFactory(&AboutPage{}))
	app.Route(PathSettings, app.NewZeroComponentFactory(&SettingsPage{}))
	app.Route(PathDashboard, app.NewZeroComponentFactory(&DashboardPage{}))
	app.Route(PathWizard, app.NewZeroComponentFactory(&WizardPage{}))
	app.Route(PathChecklist, app.NewZeroComponentFactory(&ChecklistPage{}))
	app.Route(PathTimeline, app.NewZeroComponentFactory(&TimelinePage{}))
	app.Route(PathDrills, app.NewZeroComponentFactory(&DrillsPage{}))
	app.Route(PathReadiness, app.NewZeroComponentFactory(&ReadinessPage{}))
	app.Route(PathFacts, app.NewZeroComponentFactory(&FactsPage{}))
	app.Route(PathDrafts, app.NewZeroComponentFactory(&DraftsPage{}))
	app.Route(PathPacket, app.NewZeroComponentFactory(&PacketPage{}))
	app.Route(PathPrintDoc, app.NewZeroComponentFactory(&PrintDocPage{}))
	app.Route(PathEstimate, app.NewZeroComponentFactory(&EstimatePage{}))
	app.Route(PathLedger, app.NewZeroComponentFactory(&LedgerPage{}))
	app.Route(PathRegister, app.NewZeroComponentFactory(&RegisterPage{}))
	app.Route(PathShare, app.NewZeroComponentFactory(&SharePage{}))
	app.Route(PathChanges, app.NewZeroComponentFactory(&ChangeLogPage{}))
	// Any other path: our page. go-app v10.1.11 never shows app.NotFound in
	// the browser: its engine mounts its own notFound component when no
	// route matches (engineX.Navigate). Routes are matched exactly first,
	// then by pattern in the order added, so a pattern matching every path,
	// added last, catches exactly the paths no page has. The generator
	// prerenders only the exact routes; the static server answers unknown
	// paths with the app shell, which routes here in the browser.
	app.RouteWithRegexp("^/", app.NewZeroComponentFactory(&NotFoundPage{}))
	app.NotFound = &NotFoundPage{}
}

// Href returns the URL of an in-app path. Under a sub-path deployment
// (app.PrefixedLocation) the client must add the prefix itself, while the
// generator adds it to prerendered HTML: adding it there too would double it.
//
// At the root go-app's prefix is "/", which must not be added as is: "//about"
// would be a link to a host named "about".
func Href(path string) string {
	if app.IsClient {
		return joinPrefix(rootPrefix(), path)
	}
	return path
}

// rootPrefix is go-app's GOAPP_ROOT_PREFIX, read once: app.Getenv makes
// several calls into JavaScript, and every render builds a dozen links (it
// was a quarter of a keystroke's work on the facts page).
var rootPrefix = sync.OnceValue(func() string { return app.Getenv("GOAPP_ROOT_PREFIX") })

// incidentHref is the URL of an incident's page. The incident's id goes in
// the fragment, which browsers never send anywhere: a reload asks the server
// (or the worker) for the page alone.
func incidentHref(path, id string) string { return Href(path) + "#" + id }

// joinPrefix joins a deployment prefix ("/", "" or "/tools/breach") and an
// in-app path ("/about").
func joinPrefix(prefix, path string) string {
	return strings.TrimSuffix(prefix, "/") + path
}
