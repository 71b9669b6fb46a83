package ui

import (
	"time"

	"breachdesk/app/catalog"
	"breachdesk/app/desk"
	"breachdesk/app/drill"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// HomePage lists the incidents of this browser, or offers to start the first.
type HomePage struct {
	app.Compo
	lang catalog.Lang
	rev  int
	now  time.Time
	stop func()
}

func (p *HomePage) OnMount(ctx app.Context) {
	observeLang(ctx, &p.lang)
	observeDesk(ctx, &p.rev)
	p.stop = tick(ctx, &p.now, anyRunningDrill)
}

func (p *HomePage) OnDismount() {
	if p.stop != nil {
		p.stop()
	}
}

func (p *HomePage) OnNav(ctx app.Context) {
	ctx.Page().SetTitle("%s", catalog.T(p.lang, "app.name"))
}

func (p *HomePage) start(ctx app.Context, e app.Event) {
	inc := theDesk.Create(catalog.T(p.lang, "home.newTitle"))
	ctx.Navigate(incidentHref(PathWizard, inc.ID))
}

func (p *HomePage) Render() app.UI {
	l := p.lang
	list := drill.RealFirst(theDesk.List())
	var body app.UI
	switch {
	case !theDesk.Loaded() && app.IsClient:
		body = app.P().Role("status").Text(catalog.T(l, "home.loading"))
	case len(list) == 0:
		body = app.Section().Class("bd-empty").ID("no-incidents").Body(
			app.P().Class("bd-empty-title").Text(catalog.T(l, "home.empty")),
			app.P().Text(catalog.T(l, "home.emptyHint")),
			app.Button().Type("button").Class("bd-primary").ID("start-incident").
				Text(catalog.T(l, "home.start")).OnClick(p.start),
		)
	default:
		rows := make([]app.UI, len(list))
		for i, inc := range list {
			rows[i] = &incidentRow{ID: inc.ID, Lang: string(l), Now: p.now}
		}
		body = app.Div().Body(
			app.Button().Type("button").Class("bd-primary").ID("start-incident").
				Text(catalog.T(l, "home.startAnother")).OnClick(p.start),
			app.Table().Class("bd-table").ID("incident-list").Body(
				app.Caption().Class("bd-sr").Text(catalog.T(l, "home.title")),
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text(catalog.T(l, "home.col.name")),
					app.Th().Scope("col").Text(catalog.T(l, "home.col.stage")),
					app.Th().Scope("col").Text(catalog.T(l, "home.col.next")),
					app.Th().Scope("col").Text(catalog.T(l, "home.col.actions")),
				)),
				app.TBody().Body(rows...),
			),
		)
	}
	return shell(l, PathHome,
		app.H1().Text(catalog.T(l, "home.title")),
		storageStatus(l),
		body,
		app.P().Class("bd-hint").ID("home-packet").Body(
			app.A().Href(Href(PathShare)).Text(catalog.T(l, "share.home"))),
	)
}

// incidentRow is one incident in the list, with its actions. It is a
// component so that its handlers read the row's current ID at click time.
type incidentRow struct {
	app.Compo
	ID   string
	Lang string
	Now  time.Time

	renaming bool
	newTitle string
	deleting bool
}

func (r *incidentRow) inc() *incident.Incident { return theDesk.Get(r.ID) }

func (r *incidentRow) Render() app.UI {
	l := catalog.Parse(r.Lang)
	inc := r.inc()
	if inc == nil {
		return app.Tr()
	}
	b := theDesk.Board(inc.ID, r.Now)
	name := app.Td().Body(
		app.A().Href(incidentHref(PathDashboard, inc.ID)).Class("bd-incident-link").Text(titleOf(l, inc)),
		app.If(inc.Drill, func() app.UI { return app.Span().Class("bd-badge bd-drill").Text(catalog.T(l, "incident.drill")) }),
	)
	if r.renaming {
		name = app.Td().Body(
			app.Label().For("rename-"+inc.ID).Class("bd-sr").Text(catalog.T(l, "home.renameLabel")),
			app.Input().ID("rename-"+inc.ID).Type("text").Value(r.newTitle).MaxLength(200).
				OnInput(r.onTitle).OnKeyDown(r.onRenameKey).AutoFocus(true),
			app.Button().Type("button").Text(catalog.T(l, "action.save")).OnClick(r.saveRename),
			app.Button().Type("button").Text(catalog.T(l, "action.cancel")).OnClick(r.cancel),
		)
	}
	actions := app.Td().Class("bd-actions").Body(
		app.Button().Type("button").Text(catalog.T(l, "home.rename")).OnClick(r.startRename),
		app.Button().Type("button").Text(catalog.T(l, "home.duplicate")).OnClick(r.duplicate),
		app.Button().Type("button").Class("bd-danger").Text(catalog.T(l, "home.delete")).OnClick(r.askDelete),
	)
	if r.deleting {
		actions = app.Td().Class("bd-actions").Role("alert").Body(
			app.Span().Text(catalog.T(l, "home.deleteConfirm", titleOf(l, inc))),
			app.Button().Type("button").Class("bd-danger").ID("confirm-delete").Text(catalog.T(l, "home.deleteYes")).OnClick(r.confirmDelete),
			app.Button().Type("button").Text(catalog.T(l, "action.cancel")).OnClick(r.cancel),
		)
	}
	return app.Tr().DataSet("id", inc.ID).Body(
		name,
		app.Td().Text(stageOf(l, b)),
		app.Td().Body(nextDeadline(l, b)),
		actions,
	)
}

func (r *incidentRow) startRename(ctx app.Context, e app.Event) {
	if inc := r.inc(); inc != nil {
		r.renaming, r.deleting, r.newTitle = true, false, inc.Title
	}
}
func (r *incidentRow) onTitle(ctx app.Context, e app.Event) {
	r.newTitle = ctx.JSSrc().Get("value").String()
}
func (r *incidentRow) onRenameKey(ctx app.Context, e app.Event) {
	switch e.Get("key").String() {
	case "Enter":
		r.saveRename(ctx, e)
	case "Escape":
		r.cancel(ctx, e)
	}
}
func (r *incidentRow) saveRename(ctx app.Context, e app.Event) {
	if title := r.newTitle; title != "" {
		theDesk.Edit(r.ID, func(inc *incident.Incident) { inc.Title = title })
	}
	r.renaming = false
}
func (r *incidentRow) cancel(ctx app.Context, e app.Event) { r.renaming, r.deleting = false, false }
func (r *incidentRow) askDelete(ctx app.Context, e app.Event) {
	r.deleting, r.renaming = true, false
}
func (r *incidentRow) confirmDelete(ctx app.Context, e app.Event) {
	theDesk.Delete(r.ID)
	r.deleting = false
}
func (r *incidentRow) duplicate(ctx app.Context, e app.Event) {
	inc := r.inc()
	if inc == nil {
		return
	}
	l := catalog.Parse(r.Lang)
	theDesk.Duplicate(inc.ID, catalog.T(l, "home.drillCopy", titleOf(l, inc)))
}

// titleOf is an incident's name, or a placeholder while it has none.
func titleOf(l catalog.Lang, inc *incident.Incident) string {
	if inc.Title != "" {
		return inc.Title
	}
	return catalog.T(l, "incident.untitled")
}

// stageOf names the phase of the first playbook step still open.
func stageOf(l catalog.Lang, b *desk.Board) string {
	if t, ok := b.Stage(); ok {
		return tx(l, t)
	}
	return catalog.T(l, "stage.done")
}

// nextDeadline shows the nearest open deadline of any jurisdiction.
func nextDeadline(l catalog.Lang, b *desk.Board) app.UI {
	ob, ok := b.Nearest()
	if !ok {
		return app.Span().Class("bd-muted").Text(catalog.T(l, "home.noDeadline"))
	}
	return deadlineText(l, ob, b.Incident.Location(), b.Now)
}
