package ui

import (
	"errors"
	"time"

	"breachdesk/app/catalog"
	"breachdesk/app/desk"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// reimported is the import's line for a copy of an incident that is here
// already: which it is a copy of, when each was last changed and when the
// file was written, and the choice to replace the one here with the file's
// or keep both (the copy, under a new id, is added already).
//
// When the file carries the incident's change log and it shares its history
// with the one here, merging is offered first (desk.MergeImported).
func reimported(l catalog.Lang, a desk.Imported, merge, replace app.EventHandler) app.HTMLElem {
	loc := time.Local
	title := a.Title
	if title == "" {
		title = catalog.T(l, "incident.untitled")
	}
	exported := catalog.T(l, "safety.import.noDate")
	if !a.Exported.IsZero() {
		exported = stamp(l, a.Exported, loc)
	}
	return el("li.import-added.import-copy", "data-id", a.ID).Body(
		elt("a", title, "href", incidentHref(PathDashboard, a.ID)),
		elt("p.bd-hint.import-origin", catalog.T(l, "safety.import.copyOf",
			a.Here, stamp(l, a.HereUpdated, loc), stamp(l, a.FileUpdated, loc), exported)),
		logLeftOut(l, a),
		app.If(a.CanMerge, func() app.UI {
			return el("div.import-merge-offer").Body(
				elt("p.bd-hint", catalog.T(l, "safety.import.mergeHint")),
				el("button[type=button].bd-primary.import-merge", "id", "import-merge-"+a.ID, "data-here", a.OldID, "data-copy", a.ID).
					Text(catalog.T(l, "safety.import.merge")).On("click", merge),
			)
		}),
		el("button[type=button].import-replace", "id", "import-replace-"+a.ID, "data-here", a.OldID, "data-copy", a.ID).
			Text(catalog.T(l, "safety.import.replace")).On("click", replace),
		elt("span.bd-hint", " "+catalog.T(l, "safety.import.keepBoth")),
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

// onMerge merges the file's change log into the incident here and removes
// the copy (desk.MergeImported); on any problem nothing changes.
func (b *backupPanel) onMerge(ctx app.Context, e app.Event) {
	ds := ctx.JSSrc().Get("dataset")
	here, copy := ds.Get("here").String(), ds.Get("copy").String()
	if b.result == nil || b.importing {
		return
	}
	b.importing, b.mergeErr, b.replaced, b.mergeConflicts, b.mergedInto = true, "", "", "", ""
	theDesk.MergeImported(here, copy, within(b.filePick.on(ctx), func(ctx app.Context, r desk.PacketResult) {
		l := catalog.Parse(b.Lang)
		b.importing = false
		if r.Err != nil {
			b.mergeErr = catalog.T(l, "safety.import.mergeFailed", importErrText(l, r.Err))
			return
		}
		for i, a := range b.result.Added {
			if a.ID == copy {
				b.result.Added[i].ID, b.result.Added[i].OldID, b.result.Added[i].Here = here, "", ""
				b.result.Added[i].CanMerge = false
			}
		}
		b.mergedInto = ""
		if r.Added > 0 {
			b.mergedInto = here
		}
		b.replaced = catalog.T(l, "safety.import.merged", r.Title, r.Added)
		if r.Added == 0 {
			b.replaced = catalog.T(l, "safety.import.mergedNothing", r.Title)
		}
		b.mergeConflicts = ""
		if r.Conflicts > 0 {
			b.mergeConflicts = here
			b.conflictCount = r.Conflicts
		}
	}))
}

// importErrText is the message of an import's or a merge's error: a change
// log the file carries that cannot be trusted names its incident and the
// problem (oplog's own message for an altered log).
func importErrText(l catalog.Lang, err error) string {
	var le *desk.LogError
	if errors.As(err, &le) {
		title := le.Title
		if title == "" {
			title = le.ID
		}
		return catalog.T(l, "safety.import.logRefused", title, importErrText(l, le.Err))
	}
	switch {
	case errors.Is(err, desk.ErrLogForeign):
		return catalog.T(l, "safety.import.logForeign")
	case errors.Is(err, desk.ErrLogMismatch):
		return catalog.T(l, "safety.import.logMismatch")
	case errors.Is(err, desk.ErrNotHeld):
		return catalog.T(l, "safety.import.notHeld")
	case errors.Is(err, desk.ErrCopyChanged):
		return catalog.T(l, "safety.import.copyChanged")
	}
	return packetErrText(l, err)
}
