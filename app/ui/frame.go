package ui

import (
	"errors"

	"breachdesk/app/browser"
	"breachdesk/app/catalog"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// incidentTabs are the pages of one incident, in the order of the tab bar.
var incidentTabs = []struct{ path, label string }{
	{PathDashboard, "tab.dashboard"},
	{PathWizard, "tab.wizard"},
	{PathFacts, "tab.facts"},
	{PathChecklist, "tab.checklist"},
	{PathTimeline, "tab.timeline"},
	{PathDrafts, "drafts.tab"},
	{PathPacket, "print.tab"}, {PathEstimate, "est.tab"}, {PathLedger, "ledger.tab"},
	{PathShare, "share.tab"}, {PathChanges, "changes.tab"},
}

// incidentID reads the incident's id from the URL fragment.
func incidentID(ctx app.Context) string { return ctx.Page().URL().Fragment }

// incidentFrame frames a page of one incident: its name, a drill mark, the
// tabs, and the page's content; or a message when the incident is not here.
func incidentFrame(l catalog.Lang, current string, inc *incident.Incident, content ...app.UI) app.UI {
	if inc == nil {
		if !theDesk.Loaded() {
			return shell(l, "", elt("p[role=status]", catalog.T(l, "home.loading")))
		}
		return shell(l, "",
			elt("h1#incident-missing", catalog.T(l, "incident.missing")),
			elt("p.bd-lead", catalog.T(l, "incident.missingBody")),
			el("p").Body(elt("a#back-home", catalog.T(l, "notfound.back"), "href", Href(PathHome))),
		)
	}
	head := []app.UI{
		drillBanner(l, inc),
		el("p.bd-incident-name").Body(
			app.Text(titleOf(l, inc)),
			app.If(inc.Drill, func() app.UI {
				return elt("span.bd-badge.bd-drill", catalog.T(l, "incident.drill"))
			}),
		),
		&tabBar{IncID: inc.ID, Lang: string(l), Current: current},
		storageStatus(l),
	}
	return shell(l, "", append(head, content...)...)
}

// tabBar is the row of an incident's pages. On a phone it is one line that
// scrolls sideways: the current page's tab is brought into view when the bar
// shows, or it could sit out of sight past the screen's edge.
type tabBar struct {
	app.Compo
	IncID, Lang, Current string
}

func (b *tabBar) OnMount(ctx app.Context) { ctx.Defer(showCurrentTab) }

func (b *tabBar) OnUpdate(ctx app.Context) { ctx.Defer(showCurrentTab) }

func showCurrentTab(app.Context) { browser.ShowInStrip("tab-current") }

func (b *tabBar) Render() app.UI {
	l := catalog.Parse(b.Lang)
	tabs := make([]app.UI, 0, len(incidentTabs))
	for _, t := range incidentTabs {
		a := el("a", "href", incidentHref(t.path, b.IncID)).Text(catalog.T(l, t.label))
		if t.path == b.Current {
			a = a.ID("tab-current").Aria("current", "page")
		}
		tabs = append(tabs, a)
	}
	return el("nav.bd-tabs.no-print", "aria-label", catalog.T(l, "tab.label")).Body(tabs...)
}

// showIncidentName writes the incident's name into the line above the tabs
// of the page holding from (the field typed in) as it is typed, without a
// render: the text node the frame renders first. The next render writes the
// same text there.
func showIncidentName(from app.Value, l catalog.Lang, inc *incident.Incident) {
	page := from.Call("closest", ".bd-app")
	if !page.Truthy() {
		return
	}
	el := page.Call("querySelector", ".bd-incident-name")
	if !el.Truthy() {
		return
	}
	if n := el.Get("firstChild"); n.Truthy() && n.Get("nodeType").Int() == 3 {
		n.Set("nodeValue", titleOf(l, inc))
	}
}

// storageStatus says when the incidents cannot be read or saved. Nothing is
// lost: an edit that could not be written stays in memory and is retried.
func storageStatus(l catalog.Lang) app.UI {
	st := theDesk.Status()
	switch {
	case errors.Is(st.LoadErr, browser.ErrNoAnswer):
		// Nothing was read, nothing is lost: another load usually opens it.
		return el("div.bd-warning[role=alert]#storage-error").Body(
			elt("p", catalog.T(l, "storage.loadFailed", browser.Text(st.LoadErr, string(l)))),
			el("button[type=button]#storage-reload").Text(catalog.T(l, "safety.notice.reloadPage")).
				On("click", func(ctx app.Context, e app.Event) { ctx.Reload() }))
	case st.LoadErr != nil:
		return elt("p.bd-warning[role=alert]#storage-error", catalog.T(l, "storage.loadFailed", browser.Text(st.LoadErr, string(l))))
	case st.SaveErr != nil:
		return elt("p.bd-warning[role=alert]#storage-error", catalog.T(l, "storage.saveFailed", st.SaveErr.Error()))
	case len(st.Unreadable) > 0:
		return elt("p.bd-warning[role=alert]", catalog.T(l, "storage.unreadable", len(st.Unreadable)))
	}
	return el("div.bd-status-ok")
}
