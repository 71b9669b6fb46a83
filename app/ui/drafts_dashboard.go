package ui

import (
	"time"

	"breachdesk/app/browser"
	"breachdesk/app/catalog"
	"breachdesk/app/draft"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// DraftsCard is the dashboard's line about the drafts: how many lint findings
// are open (how many must be fixed), and the way to the drafts. Deriving and
// checking every draft of a large incident takes seconds (1,000 events: 3.6 s
// in Chromium), so the dashboard is shown first, with its deadlines and
// verdicts, and this line is filled in just after it is painted, from the
// drafts derived once per version of the facts and minute (DraftsOf).
type DraftsCard struct {
	app.Compo
	ID   string
	Lang string
	At   time.Time // the dashboard's "now", to the minute
	Ver  int       // the facts' edit count: new facts, new drafts

	pending bool
}

func draftsCard(l catalog.Lang, inc *incident.Incident, now time.Time) app.UI {
	return &DraftsCard{ID: inc.ID, Lang: string(l), At: now.Truncate(time.Minute), Ver: desk.ver[inc.ID]}
}

func (c *DraftsCard) OnMount(ctx app.Context)  { c.derive(ctx) }
func (c *DraftsCard) OnUpdate(ctx app.Context) { c.derive(ctx) }

// derive derives the drafts once the dashboard is painted, when they are not
// derived yet for these facts at this minute.
func (c *DraftsCard) derive(ctx app.Context) {
	inc := desk.Get(c.ID)
	if inc == nil || c.pending {
		return
	}
	if _, ok := desk.draftsCached(inc, c.At); ok {
		return
	}
	c.pending = true
	derive := func(ctx app.Context) {
		c.pending = false
		if inc := desk.Get(c.ID); inc != nil {
			desk.DraftsOf(inc, desk.Assess(inc, c.At), c.At)
		}
	}
	if err := browser.AfterPaint(func() { ctx.Dispatch(derive) }); err != nil {
		ctx.After(20*time.Millisecond, derive)
	}
}

func (c *DraftsCard) Render() app.UI {
	l := catalog.Parse(c.Lang)
	inc := desk.Get(c.ID)
	if inc == nil {
		return app.Div()
	}
	set, ok := desk.draftsCached(inc, c.At)
	if !ok {
		return app.Section().ID("drafts-lint-pending").Class("bd-card").Body(
			app.H2().Text(catalog.T(l, "drafts.dashTitle")),
			app.P().Role("status").Class("bd-muted").Text(catalog.T(l, "drafts.dashChecking")),
			app.P().Body(app.A().Href(incidentHref(PathDrafts, inc.ID)).Text(catalog.T(l, "drafts.dashLink"))),
		)
	}
	if set.err != nil || len(set.avail) == 0 {
		return app.Div()
	}
	errs := 0
	for _, f := range set.findings {
		if f.Severity == draft.SeverityError {
			errs++
		}
	}
	msg := catalog.T(l, "drafts.dashNone")
	if len(set.findings) > 0 {
		msg = catalog.T(l, "drafts.dashCount", len(set.findings), errs)
	}
	cls := "bd-card"
	if errs > 0 || len(set.conflicts) > 0 || len(set.orphans) > 0 {
		cls += " bd-card-warn"
	}
	return app.Section().ID("drafts-lint-count").Class(cls).DataSet("findings", len(set.findings)).Body(
		app.H2().Text(catalog.T(l, "drafts.dashTitle")),
		app.P().Role("status").Text(msg),
		app.If(len(set.conflicts) > 0, func() app.UI {
			return app.P().Class("bd-warning").Text(catalog.T(l, "drafts.conflicts", len(set.conflicts)))
		}),
		app.P().Body(app.A().Href(incidentHref(PathDrafts, inc.ID)).Text(catalog.T(l, "drafts.dashLink"))),
	)
}
