package ui

import (
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/catalog"
	"breachdesk/app/draft"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// draftsCard is the dashboard's line about the drafts: how many lint findings
// are open (how many must be fixed), and the way to the drafts.
func draftsCard(l catalog.Lang, inc *incident.Incident, a assess.Assessment, now time.Time) app.UI {
	set := desk.DraftsOf(inc, a, now)
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
		app.P().Text(msg),
		app.If(len(set.conflicts) > 0, func() app.UI {
			return app.P().Class("bd-warning").Text(catalog.T(l, "drafts.conflicts", len(set.conflicts)))
		}),
		app.P().Body(app.A().Href(incidentHref(PathDrafts, inc.ID)).Text(catalog.T(l, "drafts.dashLink"))),
	)
}
