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
		body = el("p[role=status]").Text(catalog.T(l, "home.loading"))
	case len(list) == 0:
		body = el("section.bd-empty#no-incidents").Body(
			elt("p.bd-empty-title", catalog.T(l, "home.empty")),
			elt("p", catalog.T(l, "home.emptyHint")),
			el("button[type=button].bd-primary#start-incident").Text(catalog.T(l, "home.start")).
				On("click", p.start),
		)
	default:
		rows := make([]app.UI, len(list))
		for i, inc := range list {
			rows[i] = &incidentRow{ID: inc.ID, Lang: string(l), Now: p.now}
		}
		body = el("div").Body(
			el("button[type=button].bd-primary#start-incident").
				Text(catalog.T(l, "home.startAnother")).On("click", p.start),
			el("table.bd-table#incident-list").Body(
				elt("caption.bd-sr", catalog.T(l, "home.title")),
				el("thead").Body(el("tr").Body(
					elt("th[scope=col]", catalog.T(l, "home.col.name")),
					elt("th[scope=col]", catalog.T(l, "home.col.stage")),
					elt("th[scope=col]", catalog.T(l, "home.col.next")),
					elt("th[scope=col]", catalog.T(l, "home.col.actions")),
				)),
				el("tbody").Body(rows...),
			),
		)
	}
	return shell(l, PathHome,
		elt("h1", catalog.T(l, "home.title")),
		storageStatus(l),
		body,
		el("p.bd-hint#home-packet").Body(
			elt("a", catalog.T(l, "share.home"), "href", Href(PathShare))),
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
		return el("tr")
	}
	b := theDesk.Board(inc.ID, r.Now)
	name := el("td").Body(
		elt("a.bd-incident-link", titleOf(l, inc), "href", incidentHref(PathDashboard, inc.ID)),
		app.If(inc.Drill, func() app.UI { return elt("span.bd-badge.bd-drill", catalog.T(l, "incident.drill")) }),
	)
	if r.renaming {
		name = el("td").Body(
			elt("label.bd-sr", catalog.T(l, "home.renameLabel"), "for", "rename-"+inc.ID),
			void("input[type=text]", "id", "rename-"+inc.ID, "value", r.newTitle).Attr("maxlength", 200).
				On("input", r.onTitle).On("keydown", r.onRenameKey).Attr("autofocus", true),
			el("button[type=button]").Text(catalog.T(l, "action.save")).On("click", r.saveRename),
			el("button[type=button]").Text(catalog.T(l, "action.cancel")).On("click", r.cancel),
		)
	}
	actions := el("td.bd-actions").Body(
		el("button[type=button]").Text(catalog.T(l, "home.rename")).On("click", r.startRename),
		el("button[type=button]").Text(catalog.T(l, "home.duplicate")).On("click", r.duplicate),
		el("button[type=button].bd-danger").Text(catalog.T(l, "home.delete")).On("click", r.askDelete),
	)
	if r.deleting {
		actions = el("td.bd-actions[role=alert]").Body(
			elt("span", catalog.T(l, "home.deleteConfirm", titleOf(l, inc))),
			el("button[type=button].bd-danger#confirm-delete").Text(catalog.T(l, "home.deleteYes")).On("click", r.confirmDelete),
			el("button[type=button]").Text(catalog.T(l, "action.cancel")).On("click", r.cancel),
		)
	}
	return el("tr", "data-id", inc.ID).Body(
		name,
		elt("td", stageOf(l, b)),
		el("td").Body(nextDeadline(l, b)),
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
		return elt("span.bd-muted", catalog.T(l, "home.noDeadline"))
	}
	return deadlineText(l, ob, b.Incident.Location(), b.Now)
}
