package ui

import (
	"sort"
	"strings"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/browser"
	"breachdesk/app/catalog"
	"breachdesk/app/desk"
	"breachdesk/app/incident"
	"breachdesk/app/rules"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ChecklistPage is the playbook for this incident: the steps that apply to
// the facts, grouped by phase, each with its derived due date, its status,
// owner, notes and evidence. Steps that may apply (the engine cannot tell
// yet) have their own group, with what it needs to know.
type ChecklistPage struct {
	app.Compo
	incidentPage
}

func (p *ChecklistPage) OnMount(ctx app.Context) { p.mountIncident(ctx, true) }
func (p *ChecklistPage) OnNav(ctx app.Context)   { p.navIncident(ctx, "tab.checklist") }

// stepGroup is one phase of the playbook, or the steps that may apply.
type stepGroup struct {
	ID    string
	Title rules.Text
	Maybe bool
	Steps []assess.Step
}

// groupSteps splits the engine's steps (already in phase order) into phases,
// with the steps whose condition is still unknown in a last group of their own.
func groupSteps(steps []assess.Step) []stepGroup {
	var out []stepGroup
	var maybe []assess.Step
	for _, s := range steps {
		switch s.Applies {
		case assess.No:
			continue
		case assess.Unknown:
			maybe = append(maybe, s)
			continue
		}
		if n := len(out); n == 0 || out[n-1].ID != s.Phase {
			out = append(out, stepGroup{ID: s.Phase, Title: s.PhaseTitle})
		}
		out[len(out)-1].Steps = append(out[len(out)-1].Steps, s)
	}
	if len(maybe) > 0 {
		out = append(out, stepGroup{ID: "maybe", Maybe: true, Steps: maybe})
	}
	return out
}

// byNeeds splits steps into runs that need the same facts to be decided,
// in the order each first appears.
func byNeeds(steps []assess.Step) [][]assess.Step {
	var out [][]assess.Step
	index := map[string]int{}
	for _, s := range steps {
		var key strings.Builder
		for _, n := range s.Needs {
			key.WriteString(n.Fact + "(" + n.Arg + ");")
		}
		k := key.String()
		i, ok := index[k]
		if !ok {
			i = len(out)
			index[k] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], s)
	}
	return out
}

// needsText is the facts a step needs to be decided, as one line.
func needsText(l catalog.Lang, needs []assess.Need) string {
	out := make([]string, 0, len(needs))
	for _, n := range needs {
		out = append(out, tx(l, n.Text))
	}
	return catalog.T(l, "cl.needs", strings.Join(out, catalog.T(l, "cl.listSep")))
}

// hiddenSteps lists the ids of steps the user wrote something about that the
// current facts do not show: what was entered is kept, never dropped.
func hiddenSteps(inc *incident.Incident, steps []assess.Step) []string {
	shown := make(map[string]bool, len(steps))
	for _, s := range steps {
		if s.Applies != assess.No {
			shown[s.ID] = true
		}
	}
	var out []string
	for id, st := range inc.Steps {
		if !shown[id] && st != (incident.StepState{}) {
			out = append(out, id)
		}
	}
	sort.Strings(out)
	return out
}

func (p *ChecklistPage) Render() app.UI {
	l := p.lang
	b := p.board()
	if b == nil {
		return p.frame(PathChecklist)
	}
	inc, now, a := b.Incident, b.Now, b.Assessment
	loc := inc.Location()
	groups := groupSteps(a.Steps)

	done, total := 0, 0
	for _, s := range a.Steps {
		if s.Applies != assess.Yes {
			continue
		}
		total++
		if !desk.StepOpen(s) {
			done++
		}
	}
	var next app.UI
	if s, ok := b.NextStep(); ok {
		due := ""
		if s.Due != nil {
			due = catalog.T(l, "cl.nextDue", when(*s.Due, loc, now))
		}
		next = el("p.bd-lead.cl-next#cl-next").Body(
			elt("strong", catalog.T(l, "cl.next")),
			el("button[type=button].cl-jump", "data-target", "step-"+stepDOMID(s.ID)).
				Text(tx(l, s.Title)).On("click", p.onJump),
			app.Text(due),
		)
	} else {
		next = el("p.bd-lead.cl-next#cl-next").Text(catalog.T(l, "cl.allDone"))
	}

	sections := make([]app.UI, 0, len(groups))
	for _, g := range groups {
		rows := func(steps []assess.Step, needsAbove bool) app.UI {
			out := make([]app.UI, 0, len(steps))
			for _, s := range steps {
				out = append(out, &checklistStep{
					IncID: inc.ID, Lang: string(l), Now: now, TimeZone: inc.TimeZone,
					Step: s, User: inc.Steps[s.ID], DoneByEvent: doneByEvent(l, inc, s, now),
					NeedsAbove: needsAbove,
				})
			}
			return el("ul.cl-steps").Body(out...)
		}
		if !g.Maybe {
			sections = append(sections, el("section.cl-phase", "id", "phase-"+g.ID).Body(
				elt("h2", tx(l, g.Title)),
				rows(g.Steps, false),
			))
			continue
		}
		// The steps that may apply, by what would decide them: one
		// unclassified item can hold seven steps in doubt (the card, password
		// and My Number steps), and the one question is asked once above
		// them rather than on each.
		body := []app.UI{
			elt("h2", catalog.T(l, "cl.maybe")),
			el("p.cl-hint").Body(
				app.Text(catalog.T(l, "cl.maybeHint")+" "),
				elt("a", catalog.T(l, "cl.toFacts"), "href", incidentHref(PathFacts, inc.ID))),
		}
		for _, ng := range byNeeds(g.Steps) {
			body = append(body, elt("p.cl-needs.cl-needs-group", needsText(l, ng[0].Needs)), rows(ng, true))
		}
		sections = append(sections, el("section.cl-phase", "id", "phase-"+g.ID).Body(body...))
	}

	return p.frame(PathChecklist,
		elt("h1", catalog.T(l, "cl.title")),
		next,
		elt("p.cl-progress#cl-progress", catalog.T(l, "cl.progress", done, total)),
		p.renderHidden(l, inc, a.Steps),
		app.If(len(groups) == 0, func() app.UI { return elt("p", catalog.T(l, "cl.none")) }),
		el("div").Body(sections...),
	)
}

// renderHidden says which steps the current facts hide although the user
// wrote something about them.
func (p *ChecklistPage) renderHidden(l catalog.Lang, inc *incident.Incident, steps []assess.Step) app.UI {
	ids := hiddenSteps(inc, steps)
	if len(ids) == 0 {
		return el("div.cl-hidden-none")
	}
	rs, _ := theDesk.Rules()
	items := make([]app.UI, 0, len(ids))
	for _, id := range ids {
		title := id
		if rs != nil {
			if st := rs.Step(id); st != nil {
				title = tx(l, st.Title)
			}
		}
		items = append(items, elt("li", title, "data-step", id))
	}
	return el("div.cl-hidden#cl-hidden").Body(
		elt("p", catalog.T(l, "cl.hidden", len(ids))),
		el("ul").Body(items...),
	)
}

// doneByEvent names the timeline event that completed a step, or "".
func doneByEvent(l catalog.Lang, inc *incident.Incident, s assess.Step, now time.Time) string {
	if s.DoneBy == "" || s.DoneBy == "step" || s.Status == incident.StepDone {
		return ""
	}
	ev, ok := inc.Event(s.DoneBy)
	if !ok {
		return ""
	}
	return catalog.T(l, "cl.doneByEvent", catalog.T(l, "ev."+string(ev.Kind)), eventWhen(l, ev, inc.Location(), now))
}

// onJump moves to the step named in the next-step line (a fragment link
// would replace the incident's id in the URL).
func (p *ChecklistPage) onJump(ctx app.Context, e app.Event) {
	id := ctx.JSSrc().Get("dataset").Get("target").String()
	browser.ScrollTo(id)
	focusID(id)
}
