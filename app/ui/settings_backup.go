package ui

import (
	"errors"
	"strconv"
	"strings"
	"time"

	"breachdesk/app/browser"
	"breachdesk/app/catalog"
	"breachdesk/app/desk"
	"breachdesk/app/incident"
	"breachdesk/app/vault"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// backupPanel exports incidents to a file (optionally sealed with a
// passphrase) and imports such files into new incidents.
type backupPanel struct {
	app.Compo
	Lang string

	rev       int
	seal      bool   // seal the export with a passphrase
	exporting bool   //
	exportMsg string // result of the last export
	exportErr string
	leftOut   string // the change logs the last export left out, said

	filePick
	replaced string // what the last "replace" or "merge" did, announced
	mergeErr string // why the last "merge" changed nothing
	// mergeConflicts is the incident the last merge left conflicts in
	// (conflictCount of them), for the link to its Share page.
	mergeConflicts string
	conflictCount  int
	// mergedInto is the incident the last merge changed: the line says
	// when its log is stored (mergeSaved).
	mergedInto string
	result     *desk.ImportResult
}

// pick is what the import's file pick reads and says.
func (b *backupPanel) pick() pickSpec {
	return pickSpec{
		lang: catalog.Parse(b.Lang), id: "import",
		label: "safety.import.label", hint: "safety.import.hint", pass: "safety.import.pass",
		open: "safety.import.open", busy: "safety.import.busy",
		limit:  desk.ImportLimit,
		sealed: func(data []byte) bool { return incident.Sniff(data) == incident.FileSealed },
		start: func(ctx app.Context, data []byte, pass string) {
			theDesk.Import(data, pass, within(ctx, b.imported))
		},
		reset: func() { b.result = nil },
	}
}

func (b *backupPanel) OnMount(ctx app.Context) { b.filePick.ctx = ctx; observeDesk(ctx, &b.rev) }

func (b *backupPanel) Render() app.UI {
	l := catalog.Parse(b.Lang)
	list := theDesk.List()
	nb := theDesk.NotBackedUp()
	last := theDesk.Backups().LastAny()
	summary := catalog.T(l, "safety.backup.allDone", ago(l, last, time.Now()))
	if last.IsZero() {
		summary = catalog.T(l, "safety.backup.nothingYet") // not "all backed up (last backup: never)"
	}
	if len(nb) > 0 {
		summary = backupReminder(l, len(nb), last)
	}
	summaryClass := ""
	if len(nb) > 0 {
		summaryClass = "bd-reminder"
	}
	rows := make([]app.UI, len(list))
	for i, inc := range list {
		rows[i] = &backupRow{ID: inc.ID, Lang: b.Lang}
	}
	body := []app.UI{
		elt("p#backup-summary", summary, "class", summaryClass),
		elt("p.bd-hint", catalog.T(l, "safety.backup.explain")),
		el("div#export-form[role=group]").Body(
			el("div.bd-check").Body(
				void("input[type=checkbox]#export-seal").Attr("checked", b.seal).On("change", b.onSeal),
				elt("label[for=export-seal]", catalog.T(l, "safety.export.seal")),
			),
			app.If(b.seal, func() app.UI {
				return el("div").Body(
					field("export-pass", catalog.T(l, "safety.export.pass"), catalog.T(l, "safety.export.passHint"), "",
						void("input#export-pass[type=password][autocomplete=new-password]")),
					field("export-repeat", catalog.T(l, "safety.pass.repeat"), "", "",
						void("input#export-repeat[type=password][autocomplete=new-password]")),
				)
			}),
			el("button[type=button].bd-primary#export-all").
				Attr("disabled", b.exporting || len(list) == 0).Text(catalog.T(l, "safety.export.all", len(list))).
				On("click", b.onExport),
			app.If(b.exporting, func() app.UI {
				return elt("p[role=status]", catalog.T(l, "safety.export.busy"))
			}),
			app.If(b.exportErr != "", func() app.UI {
				return elt("p.bd-problem[role=alert]#export-problem", b.exportErr)
			}),
			app.If(b.exportMsg != "", func() app.UI {
				return elt("p.bd-ok[role=status]#export-done", b.exportMsg)
			}),
			app.If(b.leftOut != "", func() app.UI {
				return elt("p.bd-notice[role=alert]#export-logs-left-out", b.leftOut)
			}),
		),
		app.If(len(list) > 0, func() app.UI {
			return el("table.bd-table#backup-list").Body(
				elt("caption.bd-sr", catalog.T(l, "safety.backup.listCaption")),
				el("thead").Body(el("tr").Body(
					elt("th[scope=col]", catalog.T(l, "home.col.name")),
					elt("th[scope=col]", catalog.T(l, "safety.backup.colLast")),
					elt("th[scope=col]", catalog.T(l, "home.col.actions")),
				)),
				el("tbody").Body(rows...),
			)
		}),
		elt("h3", catalog.T(l, "safety.import.title")),
		elt("p.bd-hint", catalog.T(l, "safety.import.explain")),
	}
	body = append(body, b.filePick.render(b.pick())...)
	return section("backup", catalog.T(l, "safety.backup.title"), append(body, b.renderResult(l))...)
}

// renderResult lists what the last import did, or every problem of the file.
func (b *backupPanel) renderResult(l catalog.Lang) app.UI {
	lang := string(l)
	switch {
	case b.readErr != "":
		return el("div.bd-problem[role=alert]#import-result").Body(
			elt("p", catalog.T(l, "safety.import.refused", b.fileName)),
			elt("p.import-problem", b.readErr),
			elt("p", catalog.T(l, "safety.import.nothingChanged")),
		)
	case b.result == nil:
		return el("div")
	case len(b.result.Problems) > 0:
		items := make([]app.UI, 0, len(b.result.Problems))
		for _, p := range b.result.Problems {
			items = append(items, elt("li.import-problem", p.Text(lang)))
		}
		return el("div.bd-problem[role=alert]#import-result").Body(
			elt("p", catalog.T(l, "safety.import.refusedN", b.fileName, len(b.result.Problems))),
			el("ul").Body(items...),
			elt("p", catalog.T(l, "safety.import.nothingChanged")),
		)
	}
	items := make([]app.UI, 0, len(b.result.Added))
	for _, a := range b.result.Added {
		title := a.Title
		if title == "" {
			title = catalog.T(l, "incident.untitled")
		}
		li := el("li.import-added").Body(elt("a", title, "href", incidentHref(PathDashboard, a.ID)), logLeftOut(l, a))
		if a.OldID != "" {
			li = el("li.import-added").Body(
				elt("a", title, "href", incidentHref(PathDashboard, a.ID)),
				elt("span.bd-hint", " — "+catalog.T(l, "safety.import.newID")),
				logLeftOut(l, a),
			)
		}
		if a.Here != "" && theDesk.Get(a.OldID) != nil && theDesk.Get(a.ID) != nil {
			li = reimported(l, a, b.onMerge, b.onReplace)
		}
		items = append(items, li)
	}
	warns := make([]app.UI, 0, len(b.result.Warnings))
	for _, p := range b.result.Warnings {
		warns = append(warns, elt("li.import-warning", p.Text(lang)))
	}
	return el("div.bd-ok[role=status]#import-result").Body(
		elt("p", catalog.T(l, "safety.import.done", len(b.result.Added))),
		el("ul").Body(items...),
		app.If(b.replaced != "", func() app.UI {
			return elt("p#import-replaced", b.replaced)
		}),
		app.If(b.mergedInto != "", func() app.UI { return mergeSaved(l, "merge", b.mergedInto) }),
		app.If(b.mergeConflicts != "", func() app.UI {
			return el("p#import-conflicts").Body(
				app.Text(catalog.T(l, "safety.import.mergedConflict", b.conflictCount)+" "),
				elt("a", catalog.T(l, "safety.import.gotoConflicts"), "href", incidentHref(PathShare, b.mergeConflicts)),
			)
		}),
		app.If(b.mergeErr != "", func() app.UI {
			return elt("p.bd-problem[role=alert]#import-merge-problem", b.mergeErr)
		}),
		app.If(len(warns) > 0, func() app.UI {
			return el("div").Body(elt("p", catalog.T(l, "safety.import.warnings")), el("ul").Body(warns...))
		}),
	)
}

func (b *backupPanel) onSeal(ctx app.Context, e app.Event) { b.seal = checked(ctx) }

func (b *backupPanel) onExport(ctx app.Context, e app.Event) {
	e.PreventDefault()
	l := catalog.Parse(b.Lang)
	pass := ""
	if b.seal {
		pass = inputValue("export-pass", false)
		again := inputValue("export-repeat", false)
		// A sealed file leaves the device: it is the copy an attacker
		// guesses offline, so the same passphrases are refused.
		switch weak := weakPassphrase(l, pass); {
		case weak != "":
			b.exportErr = weak
			focusID("export-pass")
			return
		case pass != again:
			b.exportErr = catalog.T(l, "safety.pass.mismatch")
			focusID("export-repeat")
			return
		}
		inputValue("export-pass", true)
		inputValue("export-repeat", true)
	}
	b.exporting, b.exportErr, b.exportMsg, b.leftOut = true, "", "", ""
	theDesk.ExportThen("", pass, downloadJSON, within(b.filePick.on(ctx), b.exported))
}

func (b *backupPanel) exported(ctx app.Context, r desk.ExportResult) {
	l := catalog.Parse(b.Lang)
	b.exporting = false
	if r.Err != nil {
		b.exportErr = catalog.T(l, "safety.export.failed", browser.Text(r.Err, b.Lang))
		return
	}
	b.exportMsg = catalog.T(l, "safety.export.done")
	b.leftOut = leftOutText(l, r.LogsLeftOut)
}

// logLeftOut says, on an import's line, that the file's change log of the
// incident was left out when it was exported (nothing when it was not).
func logLeftOut(l catalog.Lang, a desk.Imported) app.UI {
	return app.If(a.LogLeftOut, func() app.UI {
		return elt("p.bd-hint.import-log-left-out", catalog.T(l, "safety.import.logLeftOut"))
	})
}

// leftOutText says which change logs an export left out of its file, and
// what to do ("" when none was).
func leftOutText(l catalog.Lang, left []desk.LeftOut) string {
	var parts []string
	for _, lo := range left {
		title := lo.Title
		if title == "" {
			title = catalog.T(l, "incident.untitled")
		}
		if lo.TooLarge {
			parts = append(parts, catalog.T(l, "safety.export.logTooLarge", title, mbText(lo.Bytes), mbText(incident.MaxFileBytes)))
		} else {
			parts = append(parts, catalog.T(l, "safety.export.logNotInStep", title))
		}
	}
	return strings.Join(parts, " ")
}

// mbText is n bytes in megabytes, one decimal.
func mbText(n int) string { return strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64) }

func (b *backupPanel) imported(ctx app.Context, r desk.ImportResult) {
	problem := ""
	if r.Err != nil {
		problem = importErrText(catalog.Parse(b.Lang), r.Err)
		if errors.Is(r.Err, vault.ErrWrongPassphrase) {
			problem = catalog.T(catalog.Parse(b.Lang), "safety.import.wrongPass")
		}
	}
	if b.ended(b.pick(), problem) {
		b.result, b.replaced, b.mergeErr, b.mergeConflicts, b.mergedInto = &r, "", "", "", ""
	}
}

// backupRow is one incident with its last backup and its export button.
type backupRow struct {
	app.Compo
	ID   string
	Lang string

	rev  int
	err  string
	warn string // the change log the last export left out, said
}

func (r *backupRow) OnMount(ctx app.Context) { observeDesk(ctx, &r.rev) }

func (r *backupRow) Render() app.UI {
	l := catalog.Parse(r.Lang)
	inc := theDesk.Get(r.ID)
	if inc == nil {
		return el("tr")
	}
	last := theDesk.Backups().Last(inc.ID)
	state := ago(l, last, time.Now())
	if theDesk.NeedsBackup(inc) {
		state = catalog.T(l, "safety.backup.changedSince", state)
	}
	return el("tr", "data-id", inc.ID).Body(
		elt("td", titleOf(l, inc)),
		elt("td", state),
		el("td.bd-actions").Body(
			el("button[type=button].export-one", "aria-label", catalog.T(l, "safety.export.oneLabel", titleOf(l, inc))).
				Text(catalog.T(l, "safety.export.one")).On("click", r.export),
			app.If(r.err != "", func() app.UI { return elt("span.bd-problem[role=alert]", r.err) }),
			app.If(r.warn != "", func() app.UI { return elt("span.bd-notice.export-left-out[role=alert]", r.warn) }),
		),
	)
}

func (r *backupRow) export(ctx app.Context, e app.Event) {
	if inc := theDesk.Get(r.ID); inc != nil {
		theDesk.ExportThen(inc.ID, "", downloadJSON, within(ctx, func(ctx app.Context, res desk.ExportResult) {
			r.err, r.warn = "", ""
			if res.Err != nil {
				r.err = browser.Text(res.Err, r.Lang)
				return
			}
			r.warn = leftOutText(catalog.Parse(r.Lang), res.LogsLeftOut)
		}))
	}
}
