package ui

import (
	"strings"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/catalog"
	"breachdesk/app/desk"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// checklistStep is one step of the checklist. It is a component whose
// exported fields go-app updates on every render of the page, and whose
// handlers are methods reading those fields when they run: a closure would
// keep the step of its first render (see LangSwitch.Render).
type checklistStep struct {
	app.Compo
	IncID    string
	Lang     string
	Now      time.Time
	TimeZone string
	// Step is the engine's view of the step, User what the user wrote about it.
	Step        assess.Step
	User        incident.StepState
	DoneByEvent string // "" or the timeline event that completed the step
	// NeedsAbove: the facts the step needs are said above it, for the
	// steps that need the same (ChecklistPage.Render).
	NeedsAbove bool

	// askFor is the step whose "not applicable" reason is being asked for:
	// the row may be reused for another step after the facts change.
	askFor  string
	problem string
}

func (r *checklistStep) OnUpdate(ctx app.Context) {
	if r.askFor != "" && r.askFor != r.Step.ID {
		r.askFor, r.problem = "", ""
	}
}

func (r *checklistStep) lang() catalog.Lang { return catalog.Parse(r.Lang) }

// fid is the id of one of the step's form controls.
func (r *checklistStep) fid(name string) string { return "st-" + stepDOMID(r.Step.ID) + "-" + name }

// stepDOMID makes a step id ("pb.internal.report") usable in element ids and
// CSS selectors ("pb-internal-report").
func stepDOMID(id string) string { return strings.ReplaceAll(id, ".", "-") }

// edit changes what the user wrote about this step, and saves it.
func (r *checklistStep) edit(ctx app.Context, fn func(st *incident.StepState)) {
	id := r.Step.ID
	theDesk.Edit(r.IncID, func(inc *incident.Incident) { desk.EditStep(inc, id, fn) })
}

// editText stores a free text of the step (owner, done by, note) as it is
// typed: the field shows it already and nothing else on the page derives
// from it, so nothing is rendered again for the keystroke (the checklist of
// a large incident took ~30 ms a key); the next render has it.
func (r *checklistStep) editText(ctx app.Context, fn func(st *incident.StepState)) {
	id := r.Step.ID
	ctx.PreventUpdate()
	theDesk.EditQuietly(r.IncID, func(inc *incident.Incident) { desk.EditStep(inc, id, fn) })
}

// current is what is stored for the step now (the fields may be a render old).
func (r *checklistStep) current() incident.StepState {
	if inc := theDesk.Get(r.IncID); inc != nil {
		return inc.Steps[r.Step.ID]
	}
	return r.User
}

func (r *checklistStep) Render() app.UI {
	l := r.lang()
	s, u := r.Step, r.User
	loc := loadLocation(r.TimeZone)
	status := u.Status
	if status == "" {
		status = incident.StepTodo
	}
	options := make([]app.UI, 0, len(incident.StepStatuses))
	for _, st := range incident.StepStatuses {
		options = append(options, el("option", "value", string(st)).Text(catalog.T(l, "cl.status."+string(st))).Attr("selected", status == st))
	}
	asking := r.askFor == s.ID
	naProblem := r.problem
	if naProblem == "" && status == incident.StepNA && strings.TrimSpace(u.NAReason) == "" {
		naProblem = catalog.T(l, "cl.naNeedsReason")
	}
	hasNotes := u.Note != "" || u.Evidence != ""
	_, badge, badgeKey := stepState(l, s)

	return el("li", "class", "cl-step cl-step-"+string(s.State), "id", "step-"+stepDOMID(s.ID), "data-step", s.ID).Body(
		el("div.cl-step-head").Body(
			elt("h3.cl-step-title", tx(l, s.Title)),
			elt("span", badge, "class", "bd-state bd-state-"+badgeKey+" cl-state"),
		),
		r.renderWhen(l, loc),
		elt("p.cl-do", tx(l, s.Do)),
		app.If(len(s.Needs) > 0 && !r.NeedsAbove, func() app.UI { return elt("p.cl-needs", needsText(l, s.Needs)) }),
		elt("p.cl-cite", catalog.T(l, "cl.basis")+tx(l, s.Citation.Text())),
		el("div.cl-fields").Body(
			field(r.fid("status"), catalog.T(l, "cl.status"), "", "",
				el("select", "id", r.fid("status")).Body(options...).On("change", r.onStatus)),
			typedField(r.fid("owner"), catalog.T(l, "cl.owner"), "", "",
				void("input[type=text]", "id", r.fid("owner"), "value", u.Owner, "placeholder", catalog.T(l, "cl.owner.placeholder")).
					Attr("maxlength", 200).On("input", r.onOwner)),
			app.If(status == incident.StepDone, func() app.UI {
				return field(r.fid("doneat"), catalog.T(l, "cl.doneAtField"), catalog.T(l, "cl.doneAtField.hint", loc.String()), "",
					void("input[type=datetime-local]", "id", r.fid("doneat"), "value", doneAtValue(u, loc)).On("change", r.onDoneAt))
			}),
			app.If(status == incident.StepDone && u.EnteredAt != nil, func() app.UI {
				who := strings.TrimSpace(u.EnteredBy)
				if who == "" {
					who = catalog.T(l, "cl.enteredByNobody")
				}
				return elt("p.bd-hint", catalog.T(l, "cl.entered", who, u.EnteredAt.In(loc).Format("2006-01-02 15:04")), "id", r.fid("entered"))
			}),
			app.If(status == incident.StepDone, func() app.UI {
				return typedField(r.fid("doneby"), catalog.T(l, "cl.doneBy"), catalog.T(l, "cl.doneBy.hint"), "",
					void("input[type=text]", "id", r.fid("doneby"), "value", u.DoneBy).Attr("maxlength", 200).On("input", r.onDoneBy))
			}),
			app.If(status == incident.StepNA || asking, func() app.UI {
				return el("div.cl-na").Body(
					typedField(r.fid("na"), catalog.T(l, "cl.naReason"), catalog.T(l, "cl.naReason.hint"), naProblem,
						void("input[type=text]", "id", r.fid("na"), "value", u.NAReason).Attr("maxlength", 500).On("input", r.onNAReason)),
					app.If(status != incident.StepNA, func() app.UI {
						return el("div.cl-buttons").Body(
							el("button[type=button]", "id", r.fid("na-confirm")).Text(catalog.T(l, "cl.naConfirm")).On("click", r.onNAConfirm),
							el("button[type=button]", "id", r.fid("na-cancel")).Text(catalog.T(l, "action.cancel")).On("click", r.onNACancel),
						)
					}),
				)
			}),
		),
		el("details.cl-more").Attr("open", hasNotes).Body(
			elt("summary", catalog.T(l, "cl.more")+notesCount(u)),
			typedField(r.fid("note"), catalog.T(l, "cl.note"), "", "",
				el("textarea", "id", r.fid("note"), "value", u.Note).Attr("rows", 3).On("input", r.onNote)),
			typedField(r.fid("evidence"), catalog.T(l, "cl.evidence"), catalog.T(l, "cl.evidence.hint"), "",
				el("textarea", "id", r.fid("evidence"), "value", u.Evidence).Attr("rows", 2).On("input", r.onEvidence)),
			stepEvidence(r.IncID, r.Lang, s.ID),
		),
		// A step the time line already completed (its line says by which
		// event) offers no "mark done".
		app.If(status != incident.StepDone && status != incident.StepNA && s.State != assess.StateDone && s.State != assess.StateDoneLate, func() app.UI {
			return el("div.cl-buttons").Body(
				el("button[type=button].cl-done-button", "id", r.fid("done")).
					Text(catalog.T(l, "cl.markDone")).On("click", r.onDone),
			)
		}),
	)
}

// renderWhen is the step's due date with its countdown, or when and by whom
// it was done, or why it has no date.
func (r *checklistStep) renderWhen(l catalog.Lang, loc *time.Location) app.UI {
	s, u, now := r.Step, r.User, r.Now
	switch {
	case u.Status == incident.StepDone:
		at := catalog.T(l, "cl.timeNotRecorded")
		if u.DoneAt != nil {
			at = when(*u.DoneAt, loc, now)
		}
		by := strings.TrimSpace(u.DoneBy)
		if by == "" {
			by = catalog.T(l, "cl.byNobody")
		}
		late := ""
		if s.State == assess.StateDoneLate && s.Left != nil {
			late = catalog.T(l, "cl.late", span(l, *s.Left))
		}
		return elt("p.cl-when.cl-done", catalog.T(l, "cl.doneAt", at, by)+late)
	case r.DoneByEvent != "":
		return elt("p.cl-when.cl-done", r.DoneByEvent)
	case s.State == assess.StateUndetermined:
		return el("div.cl-when-none") // its needs are listed below
	case s.State == assess.StateNA:
		return elt("p.cl-when", tx(l, s.Explanation))
	case s.Due != nil && (s.State == assess.StateDue || s.State == assess.StateOverdue):
		left := s.Due.Sub(now)
		cls, rel := "bd-due", catalog.T(l, "due.in", span(l, left))
		if left < 0 {
			cls, rel = "bd-overdue", catalog.T(l, "due.overdue", span(l, left))
		} else if left < 24*time.Hour {
			cls = "bd-due-soon"
		}
		return el("p", "class", "cl-when "+cls).Body(
			elt("span", catalog.T(l, "cl.due", when(*s.Due, loc, now))),
			app.Text(" — "),
			elt("strong.bd-countdown", rel),
		)
	}
	return elt("p.cl-when", tx(l, s.Explanation))
}

// notesCount is " (2)" when a note and evidence are written.
func notesCount(u incident.StepState) string {
	n := 0
	if u.Note != "" {
		n++
	}
	if u.Evidence != "" {
		n++
	}
	if n == 0 {
		return ""
	}
	return " (" + string(rune('0'+n)) + ")"
}

func (r *checklistStep) onStatus(ctx app.Context, e app.Event) {
	v := incident.StepStatus(value(ctx))
	cur := r.current()
	switch v {
	case incident.StepDone:
		r.markDone(ctx)
	case incident.StepNA:
		if strings.TrimSpace(cur.NAReason) == "" {
			// Refused: put the select back and ask for the reason.
			old := cur.Status
			if old == "" {
				old = incident.StepTodo
			}
			ctx.JSSrc().Set("value", string(old))
			r.askFor, r.problem = r.Step.ID, catalog.T(r.lang(), "cl.naNeedsReason")
			id := r.fid("na")
			ctx.Defer(func(app.Context) { focusID(id) })
			return
		}
		r.askFor, r.problem = "", ""
		r.edit(ctx, func(st *incident.StepState) { st.Status, st.DoneAt, st.DoneBy = incident.StepNA, nil, "" })
	default:
		r.edit(ctx, func(st *incident.StepState) { st.Status, st.DoneAt, st.DoneBy = v, nil, "" })
	}
}

func (r *checklistStep) onDone(ctx app.Context, e app.Event) { r.markDone(ctx) }

// markDone records that the step is done, now, by the owner (the "done by"
// field can then say otherwise).
func (r *checklistStep) markDone(ctx app.Context) {
	now := incidentNow(theDesk.Get(r.IncID), time.Time{})
	r.askFor, r.problem = "", ""
	entered, who := time.Now(), whoOf(ctx)
	r.edit(ctx, func(st *incident.StepState) {
		st.Status = incident.StepDone
		st.DoneAt, st.EnteredAt, st.EnteredBy = &now, &entered, who
		if strings.TrimSpace(st.DoneBy) == "" {
			st.DoneBy = strings.TrimSpace(st.Owner)
		}
	})
}

func (r *checklistStep) onNAConfirm(ctx app.Context, e app.Event) {
	if strings.TrimSpace(r.current().NAReason) == "" {
		r.askFor, r.problem = r.Step.ID, catalog.T(r.lang(), "cl.naNeedsReason")
		focusID(r.fid("na"))
		return
	}
	r.askFor, r.problem = "", ""
	r.edit(ctx, func(st *incident.StepState) { st.Status, st.DoneAt, st.DoneBy = incident.StepNA, nil, "" })
}

func (r *checklistStep) onNACancel(ctx app.Context, e app.Event) { r.askFor, r.problem = "", "" }

func (r *checklistStep) onNAReason(ctx app.Context, e app.Event) {
	v := value(ctx)
	if strings.TrimSpace(v) != "" {
		r.problem = ""
	}
	r.edit(ctx, func(st *incident.StepState) { st.NAReason = v })
}

func (r *checklistStep) onOwner(ctx app.Context, e app.Event) {
	v := value(ctx)
	r.editText(ctx, func(st *incident.StepState) { st.Owner = v })
}

// doneAtValue is the "done at" field's value: when the step was done, as
// entered ("" when not recorded).
func doneAtValue(u incident.StepState, loc *time.Location) string {
	if u.DoneAt == nil {
		return ""
	}
	return datetimeLocal(*u.DoneAt, loc)
}

// onDoneAt records when the step was really done, as the user corrects it
// (marking it done stamps the moment of the click), and when this was
// entered: escalation done on the first day and ticked off a week later is
// not recorded, nor judged, as done late.
func (r *checklistStep) onDoneAt(ctx app.Context, e app.Event) {
	inc := theDesk.Get(r.IncID)
	if inc == nil {
		return
	}
	at, err := parseDatetimeLocal(value(ctx), inc.Location())
	if err != nil {
		return
	}
	entered, who := time.Now(), whoOf(ctx)
	r.edit(ctx, func(st *incident.StepState) {
		st.DoneAt, st.EnteredAt, st.EnteredBy = &at, &entered, who
	})
}

func (r *checklistStep) onDoneBy(ctx app.Context, e app.Event) {
	v := value(ctx)
	r.editText(ctx, func(st *incident.StepState) { st.DoneBy = v })
}

func (r *checklistStep) onNote(ctx app.Context, e app.Event) {
	v := value(ctx)
	r.editText(ctx, func(st *incident.StepState) { st.Note = v })
}

func (r *checklistStep) onEvidence(ctx app.Context, e app.Event) {
	v := value(ctx)
	r.edit(ctx, func(st *incident.StepState) { st.Evidence = v })
}

// loadLocation is the time zone named tz (cached), or Asia/Tokyo when it is unusable.
func loadLocation(tz string) *time.Location {
	return (&incident.Incident{TimeZone: tz}).Location()
}
