package ui

import (
	"time"

	"breachdesk/app/browser"
	"breachdesk/app/catalog"
	"breachdesk/app/desk"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// DraftsCard is the dashboard's line about the drafts: how many lint findings
// are open (how many must be fixed), and the way to the drafts. Deriving and
// checking every draft of a large incident takes seconds (1,000 events: 3.6 s
// in Chromium), so the dashboard is shown first, with its deadlines and
// verdicts, and this line is filled in just after it is painted, from the
// drafts derived once per version of the facts and minute (desk.Board.Drafts).
type DraftsCard struct {
	app.Compo
	ID   string
	Lang string
	Real time.Time // the dashboard's instant
	Ver  int       // the facts' edit count: new facts, new drafts

	pending bool
}

func draftsCard(l catalog.Lang, b *desk.Board) app.UI {
	return &DraftsCard{ID: b.Incident.ID, Lang: string(l), Real: b.Real, Ver: theDesk.Version(b.Incident.ID)}
}

func (c *DraftsCard) OnMount(ctx app.Context)  { c.derive(ctx) }
func (c *DraftsCard) OnUpdate(ctx app.Context) { c.derive(ctx) }

// derive derives the drafts once the dashboard is painted, when they are not
// derived yet for these facts at this minute: a document at a time, each
// step in a task of its own (browser.Soon), so that a key or a click waits
// for one document at most, never for all of them.
func (c *DraftsCard) derive(ctx app.Context) {
	b := theDesk.Board(c.ID, c.Real)
	if b == nil || c.pending || b.DraftsReady() {
		return
	}
	c.pending = true
	loop.busyFor(time.Second)
	var step func(ctx app.Context)
	next := func(ctx app.Context) {
		if err := browser.Soon(func() { ctx.Dispatch(step) }); err != nil {
			ctx.After(0, step)
		}
	}
	step = func(ctx app.Context) {
		b := theDesk.Board(c.ID, c.Real)
		if b == nil {
			c.pending = false
			loop.busyFor(0)
			return
		}
		if !b.DraftsStep() {
			loop.busyFor(time.Second) // the stored logs open after the drafts (goLoop.WhenIdle)
			next(ctx)
			return
		}
		c.pending = false // Dispatch renders the card: the lint line
		loop.busyFor(0)
	}
	if err := browser.AfterPaint(func() { ctx.Dispatch(step) }); err != nil {
		ctx.After(20*time.Millisecond, step)
	}
}

func (c *DraftsCard) Render() app.UI {
	l := catalog.Parse(c.Lang)
	b := theDesk.Board(c.ID, c.Real)
	if b == nil {
		return el("div")
	}
	if !b.DraftsReady() {
		return el("section#drafts-lint-pending.bd-card").Body(
			elt("h2", catalog.T(l, "drafts.dashTitle")),
			elt("p[role=status].bd-muted", catalog.T(l, "drafts.dashChecking")),
			el("p").Body(elt("a", catalog.T(l, "drafts.dashLink"), "href", incidentHref(PathDrafts, c.ID))),
		)
	}
	set := b.Drafts()
	if set.Err != nil || len(set.Avail) == 0 {
		return el("div")
	}
	errs := set.Errors()
	msg := catalog.T(l, "drafts.dashNone")
	if len(set.Findings) > 0 {
		msg = catalog.T(l, "drafts.dashCount", len(set.Findings), errs)
	}
	cls := "bd-card"
	if errs > 0 || len(set.Conflicts) > 0 || len(set.Orphans) > 0 {
		cls += " bd-card-warn"
	}
	return el("section#drafts-lint-count", "class", cls).DataSet("findings", len(set.Findings)).Body(
		elt("h2", catalog.T(l, "drafts.dashTitle")),
		elt("p[role=status]", msg),
		app.If(len(set.Conflicts) > 0, func() app.UI {
			return elt("p.bd-warning", catalog.T(l, "drafts.conflicts", len(set.Conflicts)))
		}),
		el("p").Body(elt("a", catalog.T(l, "drafts.dashLink"), "href", incidentHref(PathDrafts, c.ID))),
	)
}
