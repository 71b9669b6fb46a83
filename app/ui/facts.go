package ui

import (
	"strings"

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
	// What is being typed before it becomes a fact: the place being added
	// to each data set, the revised figures, a new entrustor's name, the
	// kind of the party to add.
	newRes           map[string]resDraft // by data set id
	revising         map[string]revision // by figureKey
	newEntrustorFor  string              // the data set whose new entrustor is being named
	newEntrustorName string
	newPartyKind     string
	// The data set or party whose removal is being confirmed.
	confirmSet, confirmParty string
	// What the last action did, for screen readers.
	setsStatus, partiesStatus string
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
	// The sections first: each field they render is where the list of
	// problems at the top sends the focus.
	sections := []app.UI{
		f.orgSection(),
		f.incidentSection(),
		f.setsSection(),
		f.partiesSection(),
		f.causeSection(),
		f.riskSection(),
		f.awareSection(),
		f.storySection(),
		f.publicSection(),
		f.contactSection(),
		f.peopleSection(),
		f.notesSection(),
		f.zoneSection(),
	}
	return p.frame(PathFacts, el("div.bd-facts-page").Body(
		elt("h1", catalog.T(l, "facts.title")),
		elt("p.bd-lead", catalog.T(l, "facts.lead")),
		f.summary(),
		f.contents(),
		el("div.bd-facts").Body(sections...),
		el("p.bd-facts-next").Body(
			elt("a", catalog.T(l, "facts.toDashboard"), "href", incidentHref(PathDashboard, inc.ID)),
		),
	))
}

// factsSections are the sections of the page, in order (their ids are
// "sec-"+name).
var factsSections = []string{"org", "incident", "sets", "parties", "cause", "risk", "aware", "story", "public",
	"contact", "people", "notes", "zone"}

// contents is a list of the sections, each a button that moves the focus to
// its heading (a #fragment link would replace the incident id in the URL).
func (f *factsForm) contents() app.UI {
	items := make([]app.UI, 0, len(factsSections))
	for _, s := range factsSections {
		label := catalog.T(f.l, "facts.sec."+s)
		switch s {
		case "sets":
			label = catalog.T(f.l, "facts.contents.sets", len(f.inc.DataSets))
		case "parties":
			label = catalog.T(f.l, "facts.contents.parties", len(f.inc.Parties))
		}
		items = append(items, el("li").Body(el("button[type=button].bd-link", "data-target", "sec-"+s+"-h").Text(label).
			On("click", f.p.onGoToHeading)))
	}
	return el("nav.bd-facts-contents", "aria-label", catalog.T(f.l, "facts.contents")).Body(el("ul").Body(items...))
}

func (p *FactsPage) onGoToHeading(ctx app.Context, e app.Event) {
	focusID(dataAttr(ctx, "target"))
}

// clearInputProblems forgets what was typed wrong in the fields whose id
// starts with prefix (rows that moved, a set or party removed).
func (p *FactsPage) clearInputProblems(prefix string) {
	for id := range p.inputProblems {
		if strings.HasPrefix(id, prefix) {
			delete(p.inputProblems, id)
		}
	}
}

// summary lists what Validate found, each with a button that moves the focus
// to the field (a #fragment link would replace the incident id in the URL).
func (f *factsForm) summary() app.UI {
	l, ps := f.l, f.ps
	if len(ps) == 0 {
		return elt("p.bd-facts-ok#facts-problems[role=status]", catalog.T(l, "facts.noProblems"))
	}
	const max = 8
	items := make([]app.UI, 0, max)
	for i, pr := range ps {
		if i == max {
			break
		}
		items = append(items, el("li", "class", severityClass(pr)).Body(
			elt("span", severityLabel(l, pr)+" "+f.problemLabel(pr.Path)+": "+pr.Message(string(l))),
			app.If(f.anchorFor(pr.Path) != "", func() app.UI {
				return el("button[type=button].bd-link", "data-target", f.anchorFor(pr.Path)).
					Text(catalog.T(l, "facts.goTo")).On("click", f.p.onGoTo)
			}),
		))
	}
	return el("section.bd-facts-problems#facts-problems[aria-labelledby=facts-problems-h]").Body(
		elt("h2#facts-problems-h", catalog.T(l, "facts.problems", len(ps.Errors()), len(ps.Warnings()))),
		el("ul").Body(items...),
		app.If(len(ps) > max, func() app.UI {
			return elt("p.bd-hint", catalog.T(l, "facts.moreProblems", len(ps)-max))
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
