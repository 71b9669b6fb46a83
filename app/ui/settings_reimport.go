package ui

import (
	"time"

	"breachdesk/app/catalog"
	"breachdesk/app/desk"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// reimported is the import's line for a copy of an incident that is here
// already: which it is a copy of, when each was last changed and when the
// file was written, and the choice to replace the one here with the file's
// or keep both (the copy, under a new id, is added already).
func reimported(l catalog.Lang, a desk.Imported, replace app.EventHandler) app.HTMLLi {
	loc := time.Local
	title := a.Title
	if title == "" {
		title = catalog.T(l, "incident.untitled")
	}
	exported := catalog.T(l, "safety.import.noDate")
	if !a.Exported.IsZero() {
		exported = stamp(l, a.Exported, loc)
	}
	return app.Li().Class("import-added import-copy").DataSet("id", a.ID).Body(
		app.A().Href(incidentHref(PathDashboard, a.ID)).Text(title),
		app.P().Class("bd-hint import-origin").Text(catalog.T(l, "safety.import.copyOf",
			a.Here, stamp(l, a.HereUpdated, loc), stamp(l, a.FileUpdated, loc), exported)),
		app.Button().Type("button").Class("import-replace").ID("import-replace-"+a.ID).
			DataSet("here", a.OldID).DataSet("copy", a.ID).
			Text(catalog.T(l, "safety.import.replace")).OnClick(replace),
		app.Span().Class("bd-hint").Text(" "+catalog.T(l, "safety.import.keepBoth")),
	)
}

// onReplace puts the imported copy in place of the incident here.
func (b *backupPanel) onReplace(ctx app.Context, e app.Event) {
	ds := ctx.JSSrc().Get("dataset")
	here, copy := ds.Get("here").String(), ds.Get("copy").String()
	if !theDesk.ReplaceWithImported(here, copy) || b.result == nil {
		return
	}
	for i, a := range b.result.Added {
		if a.ID == copy {
			b.result.Added[i].ID, b.result.Added[i].OldID, b.result.Added[i].Here = here, "", ""
			b.replaced = catalog.T(catalog.Parse(b.Lang), "safety.import.replaced", a.Title)
		}
	}
}
