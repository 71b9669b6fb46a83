package ui

import (
	"breachdesk/app/browser"
	"breachdesk/app/catalog"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// WizardPage is the first hour: six short questions, each of which may stay
// "unknown yet". Every answer is saved as it is typed.
type WizardPage struct {
	app.Compo
	incidentPage
	step int
	// problems typed into fields that could not be read, by field id.
	problems map[string]string
	// precs is how well each moment of step 2 is known, as chosen on
	// this page (incident.Precision), before anything is typed.
	precs map[incident.EventKind]string
}

// wizardSteps are the questions, in order.
var wizardSteps = []string{"what", "when", "data", "count", "where", "role"}

func (p *WizardPage) OnMount(ctx app.Context) { p.mountIncident(ctx, false) }
func (p *WizardPage) OnNav(ctx app.Context)   { p.navIncident(ctx, "tab.wizard") }

func (p *WizardPage) problem(id, msg string) {
	if p.problems == nil {
		p.problems = map[string]string{}
	}
	if msg == "" {
		delete(p.problems, id)
	} else {
		p.problems[id] = msg
	}
}

func (p *WizardPage) Render() app.UI {
	l := p.lang
	inc := p.inc()
	if inc == nil {
		return p.frame(PathWizard)
	}
	step := p.step
	if step < 0 || step >= len(wizardSteps) {
		step = 0
	}
	name := wizardSteps[step]
	// Each question has its own slot, empty unless it is the current one, so
	// that its inputs are created afresh. Rendered in one slot, go-app would
	// reuse the previous question's input elements, and a value the user typed
	// there (which go-app's tree does not know) would show up in the next one.
	body := make([]app.UI, len(wizardSteps))
	for i := range body {
		body[i] = el("div")
	}
	switch name {
	case "what":
		body[step] = el("div").Body(p.renderWhat(l, inc))
	case "when":
		body[step] = el("div").Body(p.renderWhen(l, inc))
	case "data":
		body[step] = el("div").Body(p.renderData(l, inc))
	case "count":
		body[step] = el("div").Body(p.renderCount(l, inc))
	case "where":
		body[step] = el("div").Body(p.renderWhere(l, inc))
	case "role":
		body[step] = el("div").Body(p.renderRole(l, inc))
	}
	return p.frame(PathWizard,
		elt("h1", catalog.T(l, "wiz.title")),
		elt("p.bd-lead", catalog.T(l, "wiz.lead")),
		elt("p.bd-progress[aria-live=polite]", catalog.T(l, "wiz.progress", step+1, len(wizardSteps))),
		el("form.bd-form", "id", "wizard-"+name).On("submit", p.onSubmit).Body(
			elt("h2#wizard-question", catalog.T(l, "wiz."+name+".q")),
			elt("p.bd-hint", catalog.T(l, "wiz."+name+".hint")),
			el("div").Body(body...),
			el("div.bd-buttons").Body(
				app.If(step > 0, func() app.UI {
					return el("button[type=button]#wizard-back").Text(catalog.T(l, "wiz.back")).On("click", p.back)
				}),
				app.If(step < len(wizardSteps)-1, func() app.UI {
					return elt("button[type=submit].bd-primary#wizard-next", catalog.T(l, "wiz.next"))
				}).Else(func() app.UI {
					return elt("button[type=submit].bd-primary#wizard-finish", catalog.T(l, "wiz.finish"))
				}),
			),
		),
	)
}

func (p *WizardPage) onSubmit(ctx app.Context, e app.Event) {
	e.PreventDefault()
	if p.step < len(wizardSteps)-1 {
		p.step++
		ctx.Defer(showQuestion)
		return
	}
	ctx.Navigate(incidentHref(PathDashboard, p.id))
}

func (p *WizardPage) back(ctx app.Context, e app.Event) {
	if p.step > 0 {
		p.step--
		ctx.Defer(showQuestion)
	}
}

// showQuestion shows the new question from the top of the page, the header
// in sight, with the focus on it: the page had stayed scrolled down where the
// previous question's button was.
func showQuestion(app.Context) { browser.FocusAtTop("wizard-question") }

// value reads the value of the element that fired the event.
func value(ctx app.Context) string { return ctx.JSSrc().Get("value").String() }

// checked reads whether the checkbox that fired the event is checked.
func checked(ctx app.Context) bool { return ctx.JSSrc().Get("checked").Bool() }

// focusID moves the keyboard focus to an element (after a step changes).
func focusID(id string) { browser.Focus(id) }

// field is a labelled form control with its hint and, when the typed value
// could not be read, the problem.
func field(id, label, hint, problem string, control app.UI) app.UI {
	return fieldBox(el("div.bd-field"), id, label, hint, problem, control)
}

// typedField is field for a control typed into, in a form of its own
// (fieldForm) instead of a div.
func typedField(id, label, hint, problem string, control app.UI) app.UI {
	return fieldBox(fieldForm("bd-field"), id, label, hint, problem, control)
}

// fieldBox is field in the element box.
func fieldBox(box app.HTMLElem, id, label, hint, problem string, control app.UI) app.UI {
	return box.Body(
		elt("label", label, "for", id),
		control,
		app.If(hint != "", func() app.UI { return elt("p.bd-hint", hint, "id", id+"-hint") }),
		app.If(problem != "", func() app.UI {
			return elt("p.bd-problem[role=alert]", problem, "id", id+"-problem")
		}),
	)
}
