package ui

import (
	"breachdesk/app/catalog"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// FactsPage is the full facts page: every fact the first-hour wizard does not
// ask for, in sections. Each change is saved at once; incident.Validate runs
// on every render and its problems are shown beside the field they name and
// in a short list at the top.
//
// Handlers are methods that read which fact they change from the element's
// data-fact attribute when they run (go-app keeps the first closure it sees).
type FactsPage struct {
	app.Compo
	incidentPage
	// inputProblems are typed values that could not be read, by field id:
	// the fact was left as it was.
	inputProblems map[string]string
	// The residence row being added.
	newCountry, newRegion, newPersons string
	resStatus                         string // what adding or removing a row did, for screen readers
	// checker validates on every render without checking the time line
	// again while it is unchanged (a 1,000-event time line took ~9 ms).
	checker incident.Checker
	// shown is the problems this render shows (problemsKey): a keystroke
	// that leaves them as they are renders nothing (onText).
	shown string
}

func (p *FactsPage) OnMount(ctx app.Context) { p.mountIncident(ctx, false) }
func (p *FactsPage) OnNav(ctx app.Context)   { p.navIncident(ctx, "tab.facts") }

// tryEdit applies fn only when it adds no error at path (a country code that
// is not one, say): otherwise the fact stays as it was and the field shows
// why. It reports whether the edit was made.
func (p *FactsPage) tryEdit(ctx app.Context, path string, fn func(inc *incident.Incident)) bool {
	inc := p.inc()
	if inc == nil {
		return false
	}
	trial := inc.Clone()
	fn(trial)
	if errs := p.problems(trial).At(path).Errors(); len(errs) > 0 {
		p.setInputProblem(fieldID(path), errs[0].Message(string(p.lang)))
		return false
	}
	p.setInputProblem(fieldID(path), "")
	p.change(fn)
	return true
}

func (p *FactsPage) setInputProblem(id, msg string) {
	if p.inputProblems == nil {
		p.inputProblems = map[string]string{}
	}
	if msg == "" {
		delete(p.inputProblems, id)
	} else {
		p.inputProblems[id] = msg
	}
}

func (p *FactsPage) Render() app.UI {
	l := p.lang
	inc := p.inc()
	if inc == nil {
		return p.frame(PathFacts)
	}
	f := &factsForm{p: p, l: l, inc: inc, ps: p.problems(inc)}
	p.shown = problemsKey(f.ps)
	return p.frame(PathFacts, app.Div().Class("bd-facts-page").Body(
		app.H1().Text(catalog.T(l, "facts.title")),
		app.P().Class("bd-lead").Text(catalog.T(l, "facts.lead")),
		f.summary(),
		app.Div().Class("bd-facts").Body(
			f.orgSection(),
			f.dataSection(),
			f.residenceSection(),
			f.retentionSection(),
			f.causeSection(),
			f.riskSection(),
			f.policeSection(),
			f.contactSection(),
			f.peopleSection(),
			f.storySection(),
			f.zoneSection(),
		),
		app.P().Class("bd-facts-next").Body(
			app.A().Href(incidentHref(PathDashboard, inc.ID)).Text(catalog.T(l, "facts.toDashboard")),
		),
	))
}

// summary lists what Validate found, each with a button that moves the focus
// to the field (a #fragment link would replace the incident id in the URL).
func (f *factsForm) summary() app.UI {
	l, ps := f.l, f.ps
	if len(ps) == 0 {
		return app.P().Class("bd-facts-ok").ID("facts-problems").Role("status").Text(catalog.T(l, "facts.noProblems"))
	}
	const max = 8
	items := make([]app.UI, 0, max)
	for i, pr := range ps {
		if i == max {
			break
		}
		items = append(items, app.Li().Class(severityClass(pr)).Body(
			app.Span().Text(severityLabel(l, pr)+" "+f.problemLabel(pr.Path)+": "+pr.Message(string(l))),
			app.If(factsFieldFor(pr.Path) != "", func() app.UI {
				return app.Button().Type("button").Class("bd-link").DataSet("target", factsFieldFor(pr.Path)).
					Text(catalog.T(l, "facts.goTo")).OnClick(f.p.onGoTo)
			}),
		))
	}
	return app.Section().Class("bd-facts-problems").ID("facts-problems").Aria("labelledby", "facts-problems-h").Body(
		app.H2().ID("facts-problems-h").Text(catalog.T(l, "facts.problems", len(ps.Errors()), len(ps.Warnings()))),
		app.Ul().Body(items...),
		app.If(len(ps) > max, func() app.UI {
			return app.P().Class("bd-hint").Text(catalog.T(l, "facts.moreProblems", len(ps)-max))
		}),
	)
}

func (p *FactsPage) onGoTo(ctx app.Context, e app.Event) {
	factsFocus(ctx.JSSrc().Get("dataset").Get("target").String())
}

func severityClass(pr incident.Problem) string {
	if pr.Severity == incident.SeverityError {
		return "bd-facts-error"
	}
	return "bd-facts-warn"
}

func severityLabel(l catalog.Lang, pr incident.Problem) string {
	if pr.Severity == incident.SeverityError {
		return catalog.T(l, "facts.error")
	}
	return catalog.T(l, "facts.warning")
}
