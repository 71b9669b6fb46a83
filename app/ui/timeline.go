package ui

import (
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/browser"
	"breachdesk/app/catalog"
	"breachdesk/app/desk"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TimelinePage is the incident as a time line: every event in order, with
// day headings, the time between events, and the delays the engine measures
// (e.g. "6 days from suspicious traffic to cut-off") where they fall. Events
// are added, edited and deleted here. Handlers are methods that read the
// event's id from a data attribute when they run (see LangSwitch.Render).
type TimelinePage struct {
	app.Compo
	incidentPage

	add     eventDraft
	addAt   bool              // the add form's time has been filled with "now" once
	addErr  map[string]string // field → catalog id
	editing string            // id of the event being edited
	edit    eventDraft
	editErr map[string]string
	confirm string // id of the event whose deletion is being confirmed
	notice  string // catalog id of the last thing done, announced
	// attaching is the event whose evidence files are open (evidence.go).
	attaching string
	restored  string // the incident whose unsubmitted forms were restored (unsubmitted.go)
	// repeat is the event the user was warned repeats one on the timeline;
	// adding it again adds it.
	repeat string
}

func (p *TimelinePage) OnMount(ctx app.Context) { p.mountIncident(ctx, true) }

func (p *TimelinePage) OnNav(ctx app.Context) {
	if p.navIncident(ctx, "tab.timeline") {
		p.add, p.addErr, p.editing, p.editErr, p.confirm, p.notice = eventDraft{}, nil, "", nil, "", ""
		p.addAt, p.restored = false, ""
	}
}

func (p *TimelinePage) Render() app.UI {
	l := p.lang
	b := p.board()
	if b == nil {
		return p.frame(PathTimeline)
	}
	inc, now, a := b.Incident, b.Now, b.Assessment
	loc := inc.Location()
	p.restoreTimeline(inc)
	if !p.addAt {
		// A new event happens now by default (for a drill: at drill time).
		// Filled once, not on every tick: a moving value would overwrite
		// what the user is typing.
		p.add.At, p.addAt = datetimeLocal(now, loc), true
	}
	return p.frame(PathTimeline,
		elt("h1", catalog.T(l, "tl.title")),
		elt("p.bd-lead", catalog.T(l, "tl.lead")),
		elt("p.tl-notice#tl-notice[aria-live=polite]", func() string {
			if p.notice == "" {
				return ""
			}
			return catalog.T(l, p.notice)
		}()),
		p.renderForm(l, "add", p.add, p.addErr, inc, a.Steps),
		elt("h2#tl-line-title", catalog.T(l, "tl.line")),
		p.renderLine(l, inc, a, loc, now),
	)
}

// renderForm is the event form: "add" at the top of the page, or "edit" in
// place of the event being edited; steps are the checklist's, which an event
// may record as done.
func (p *TimelinePage) renderForm(l catalog.Lang, form string, d eventDraft, probs map[string]string, inc *incident.Incident, steps []assess.Step) app.UI {
	tz := inc.TimeZone
	id := func(f string) string { return "tl-" + form + "-" + f }
	prob := func(f string) string {
		if k := probs[f]; k != "" {
			name := "tl.f." + f
			if f == "recipients" || f == "confirmed" {
				name = countKey(d.Kind, f)
			}
			return catalog.T(l, k, catalog.T(l, name))
		}
		return ""
	}
	kinds := []app.UI{el("option", "value", "").Text(catalog.T(l, "tl.chooseKind")).Attr("selected", d.Kind == "")}
	for _, k := range incident.EventKinds {
		kinds = append(kinds, el("option", "value", string(k)).Text(catalog.T(l, "ev."+string(k))).Attr("selected", d.Kind == string(k)))
	}
	input := func(f, typ string, v string) app.HTMLElemSelfClosing {
		return void("input", "id", id(f), "type", typ, "value", v, "data-form", form, "data-field", f).On("input", p.onField)
	}
	// choice is the select of field f (its label and hint tl.f.<f>, .hint).
	choice := func(f string, options []app.UI) app.UI {
		return field(id(f), catalog.T(l, "tl.f."+f), catalog.T(l, "tl.f."+f+".hint"), "",
			el("select[data-field="+f+"]", "id", id(f), "data-form", form).Body(options...).On("change", p.onField))
	}
	var submit, heading app.UI
	var handler app.EventHandler
	if form == "add" {
		heading = el("h2#tl-add-title").Text(catalog.T(l, "tl.add"))
		submit = el("div.bd-buttons").Body(
			elt("button[type=submit].bd-primary#tl-add-submit", catalog.T(l, "tl.addButton")))
		handler = p.onAdd
	} else {
		heading = el("h3#tl-edit-title").Text(catalog.T(l, "tl.editTitle"))
		submit = el("div.bd-buttons").Body(
			elt("button[type=submit].bd-primary#tl-edit-save", catalog.T(l, "action.save")),
			el("button[type=button]#tl-edit-cancel").Text(catalog.T(l, "action.cancel")).On("click", p.onEditCancel))
		handler = p.onSave
	}
	return el("form", "class", "tl-form tl-form-"+form, "id", "tl-"+form).On("submit", handler).Attr("novalidate", true).Body(
		heading,
		el("div.tl-grid").Body(
			field(id("kind"), catalog.T(l, "tl.f.kind"), kindHint(l, d.Kind), prob("kind"),
				el("select[data-field=kind]", "id", id("kind"), "data-form", form).Body(kinds...).On("change", p.onField)),
			field(id("prec"), catalog.T(l, "tl.f.prec"), "", "",
				el("select[data-field=prec]", "id", id("prec"), "data-form", form).Body(precisionOptions(l, d.Precision)...).On("change", p.onPrecision)),
			app.If(d.Precision != precUndated && d.Precision != precPlanned, func() app.UI {
				typ, hint, now := "datetime-local", catalog.T(l, "tl.f.at.hint", tz), catalog.T(l, "tl.f.atNow")
				if d.Precision != "" {
					typ, hint, now = "text", catalog.T(l, "tl.f.day.hint"), catalog.T(l, "facts.today")
				}
				return field(id("at"), catalog.T(l, "tl.f.at"), hint, prob("at"),
					el("div.tl-at").Body(
						input("at", typ, d.At).Attr("inputmode", map[bool]string{true: "numeric", false: ""}[typ == "text"]),
						el("button[type=button]", "id", id("now"), "data-form", form).Text(now).On("click", p.onAtNow),
					))
			}),
			app.If(d.Precision == string(incident.Approx), func() app.UI {
				return field(id("time"), catalog.T(l, "tl.f.time"), catalog.T(l, "tl.f.time.hint", tz), prob("time"),
					input("time", "time", d.Time))
			}),
			app.If(d.Precision != precPlanned, func() app.UI {
				// Rarely needed, so folded (a phone's form is long enough),
				// open when it holds a day or a problem.
				return el("details.tl-more").Attr("open", d.Learned != "" || prob("learned") != "").Body(
					elt("summary", catalog.T(l, "tl.f.learned.more")),
					field(id("learned"), catalog.T(l, "tl.f.learned"), catalog.T(l, "tl.f.learned.hint"), prob("learned"),
						input("learned", "text", d.Learned).Attr("inputmode", "numeric").Attr("maxlength", 10)))
			}),
			app.If(len(inc.Parties) > 0, func() app.UI {
				return choice("party", partyOptions(l, inc, d.Party))
			}),
			app.If(d.Kind == string(incident.EvDetected), func() app.UI {
				return choice("source", sourceOptions(l, d.Source))
			}),
			app.If(d.Kind == string(incident.EvPublic), func() app.UI {
				return choice("forNotice", choiceOptions(l, "tl.f.forNotice.none", "tl.f.forNotice.", []string{string(incident.Yes), string(incident.No)}, d.ForNotice))
			}),
			app.If(d.Kind == string(incident.EvPolice), func() app.UI {
				return choice("police", choiceOptions(l, "tl.f.police.none", "pol.", incident.PoliceActs, d.Police))
			}),
			app.If(d.Kind == string(incident.EvPolice), func() app.UI {
				return choice("by", choiceOptions(l, "tl.f.by.us", "by.", incident.Filers, d.By))
			}),
			field(id("jur"), catalog.T(l, "tl.f.jur"), catalog.T(l, "tl.f.jur.hint"), prob("jur"),
				input("jur", "text", d.Jurisdiction).Attr("maxlength", 8).Attr("autocapitalize", "characters")),
			choice("step", stepOptions(l, steps, d.Step)),
			app.If(incident.EventKind(d.Kind).Counted() || incident.EventKind(d.Kind).TakesTold(), func() app.UI {
				k := countKey(d.Kind, "recipients")
				return field(id("recipients"), catalog.T(l, k), catalog.T(l, k+".hint"), prob("recipients"),
					input("recipients", "text", d.Recipients).Attr("inputmode", "numeric").Attr("maxlength", 12))
			}),
			app.If(incident.EventKind(d.Kind).Counted(), func() app.UI {
				k := countKey(d.Kind, "confirmed")
				return field(id("confirmed"), catalog.T(l, k), catalog.T(l, k+".hint"), prob("confirmed"),
					input("confirmed", "text", d.Confirmed).Attr("inputmode", "numeric").Attr("maxlength", 12))
			}),
			app.If(d.Kind == string(incident.EvMinistryOrder), func() app.UI {
				return field(id("due"), catalog.T(l, "tl.f.due"), catalog.T(l, "tl.f.due.hint"), prob("due"),
					input("due", "datetime-local", d.Due))
			}),
			app.If(d.Kind == string(incident.EvMinistryOrder), func() app.UI {
				return choice("orderBasis", choiceOptions(l, "tl.f.orderBasis.none", "ordb.", incident.OrderBases, d.OrderBasis))
			}),
			app.If(d.Kind == string(incident.EvMinistryOrder), func() app.UI {
				return choice("orderKind", choiceOptions(l, "tl.f.orderKind.none", "ordk.", incident.OrderKinds, d.OrderKind))
			}),
			app.If(d.Kind == string(incident.EvMinistryOrder) && d.OrderBasis == "sector", func() app.UI {
				return field(id("orderLaw"), catalog.T(l, "tl.f.orderLaw"), catalog.T(l, "tl.f.orderLaw.hint"), prob("orderLaw"),
					input("orderLaw", "text", d.OrderLaw).Attr("maxlength", 200))
			}),
		),
		p.setsField(l, form, d, inc),
		field(id("note"), catalog.T(l, "tl.f.note"), catalog.T(l, "tl.f.note.hint"), "",
			el("textarea[data-field=note]", "id", id("note"), "value", d.Note, "data-form", form).Attr("rows", 2).
				Attr("maxlength", 2000).On("input", p.onField)),
		submit,
	)
}

// renderLine is the vertical time line.
func (p *TimelinePage) renderLine(l catalog.Lang, inc *incident.Incident, a assess.Assessment, loc *time.Location, now time.Time) app.UI {
	events := desk.SortedEvents(inc)
	before, open := placeFindings(events, a.Findings)
	if len(events) == 0 {
		return elt("p#tl-empty", catalog.T(l, "tl.empty"))
	}
	var items []app.UI
	lastDay := ""
	var prev *incident.Event
	for i := range events {
		ev := events[i]
		if prev != nil && !prev.At.IsZero() && !ev.At.IsZero() {
			items = append(items, elt("li.tl-gap[aria-hidden=true]", gapBetween(l, *prev, ev, loc)))
		}
		for _, f := range before[i] {
			items = append(items, findingItem(l, f))
		}
		day := catalog.T(l, "tl.undated")
		switch {
		case ev.Planned:
			day = catalog.T(l, "tl.planned")
		case ev.At.IsZero():
		case ev.Precision == incident.Month || ev.Precision == incident.Year:
			day = eventWhen(l, ev, loc, now) // never a day that was not given
		default:
			day = dayHeading(l, ev.At.In(ev.DayZone(loc)))
		}
		if day != lastDay {
			items = append(items, el("li.tl-day").Body(elt("h3", day)))
			lastDay = day
		}
		items = append(items, p.eventItem(l, inc, ev, loc, now, a.Steps))
		prev = &events[i]
	}
	items = append(items, el("li.tl-now#tl-now").Body(
		elt("h3", catalog.T(l, "tl.now", when(now, loc, now)))))
	for _, f := range open {
		items = append(items, findingItem(l, f))
	}
	return el("ol.tl-line#tl-line[aria-labelledby=tl-line-title]").Body(items...)
}

// eventItem is one event, or the form editing it, or the question whether to delete it.
func (p *TimelinePage) eventItem(l catalog.Lang, inc *incident.Incident, ev incident.Event, loc *time.Location, now time.Time, steps []assess.Step) app.UI {
	if p.editing == ev.ID {
		return el("li.tl-event.tl-editing", "id", "ev-"+ev.ID).Body(
			p.renderForm(l, "edit", p.edit, p.editErr, inc, steps))
	}
	at := eventTime(l, ev, loc)
	label := catalog.T(l, "ev."+string(ev.Kind))
	actions := el("div.tl-actions.no-print").Body(
		el("button[type=button].tl-edit", "data-id", ev.ID, "aria-label", catalog.T(l, "tl.editLabel", label)).
			Text(catalog.T(l, "tl.edit")).On("click", p.onEdit),
		el("button[type=button].tl-delete.bd-danger", "data-id", ev.ID, "aria-label", catalog.T(l, "tl.deleteLabel", label)).
			Text(catalog.T(l, "tl.delete")).On("click", p.onDelete),
	)
	if p.confirm == ev.ID {
		actions = el("div.tl-confirm[role=alert]").Body(
			elt("span", catalog.T(l, "tl.deleteConfirm", label, when(ev.At, loc, now))),
			el("button[type=button].bd-danger#tl-confirm-delete", "data-id", ev.ID).
				Text(catalog.T(l, "tl.deleteYes")).On("click", p.onConfirmDelete),
			el("button[type=button]#tl-cancel-delete").Text(catalog.T(l, "action.cancel")).On("click", p.onCancelDelete),
		)
	}
	return el("li", "class", "tl-event tl-kind-"+string(ev.Kind), "id", "ev-"+ev.ID, "data-kind", string(ev.Kind)).Body(
		el("div.tl-event-head").Body(
			elt("time.tl-time", at, "datetime", ev.At.Format(time.RFC3339)),
			elt("strong.tl-label", label),
			app.If(ev.Jurisdiction != "", func() app.UI { return elt("span.tl-jur", ev.Jurisdiction) }),
		),
		app.If(ev.Due != nil, func() app.UI {
			return elt("p.tl-due", catalog.T(l, "tl.orderDue", when(*ev.Due, loc, now)))
		}),
		eventFacts(l, inc, ev),
		app.If(ev.Note != "", func() app.UI { return elt("p.tl-note", ev.Note) }),
		actions,
		p.eventEvidence(l, inc, ev.ID),
	)
}

// eventTime is an event's time of day as the timeline shows it beside the
// event: "14:10 JST", about a time ("14:10頃", "about 14:10"), or how well
// its day is known when no time was given.
func eventTime(l catalog.Lang, ev incident.Event, loc *time.Location) string {
	switch {
	case ev.At.IsZero():
		return catalog.T(l, "tl.noTime")
	case ev.Precision == incident.Exact:
		return ev.At.In(loc).Format("15:04 MST")
	case ev.AboutTime():
		return catalog.T(l, "tl.aboutTime", ev.At.In(loc).Format("15:04"))
	}
	return catalog.T(l, "tl.prec."+string(ev.Precision))
}

// findingItem is one delay the engine measured, in plain words, with its source.
func findingItem(l catalog.Lang, f assess.Finding) app.UI {
	return el("li", "class", "tl-finding tl-finding-"+f.Verdict, "data-finding", f.ID).Body(
		el("p.tl-finding-main").Body(
			elt("span", catalog.T(l, "tl.verdict."+f.Verdict), "class", "tl-verdict tl-verdict-"+f.Verdict),
			app.Text(" "),
			elt("span.tl-explain", tx(l, f.Explanation)),
		),
		elt("p.tl-finding-text", tx(l, f.Text)),
		elt("p.tl-cite", catalog.T(l, "tl.basis")+tx(l, f.Citation.Text())),
	)
}

// dayHeading reads like "2026年11月22日（日）" or "Sunday 22 November 2026".
func dayHeading(l catalog.Lang, t time.Time) string {
	if l == catalog.EN {
		return t.Format("Monday 2 January 2006")
	}
	return t.Format("2006年1月2日") + "（" + catalog.T(l, "tl.wd."+string(rune('0'+int(t.Weekday())))) + "）"
}

// gapText is the time between two consecutive events.
func gapText(l catalog.Lang, d time.Duration) string {
	if d < time.Minute {
		return catalog.T(l, "tl.gapSame")
	}
	return catalog.T(l, "tl.gap", span(l, d))
}

// gapBetween is the time from one event to the next as well as both are
// known: hours and minutes between two instants, calendar days when either
// is known by its day, and the days it can be when either is known by its
// month or year (never "275 d 0 h" from the 1st of a month that was given
// alone).
func gapBetween(l catalog.Lang, prev, ev incident.Event, loc *time.Location) string {
	if prev.Precision == incident.Exact && ev.Precision == incident.Exact {
		return gapText(l, ev.At.Sub(prev.At))
	}
	days := func(a, b time.Time) int {
		a, b = a.In(loc), b.In(loc)
		return int(time.Date(b.Year(), b.Month(), b.Day(), 0, 0, 0, 0, time.UTC).Sub(
			time.Date(a.Year(), a.Month(), a.Day(), 0, 0, 0, 0, time.UTC)) / (24 * time.Hour))
	}
	lo, hi := max(days(prev.Last(loc), ev.At), 0), days(prev.At, ev.Last(loc))
	switch {
	case hi <= 0:
		return catalog.T(l, "tl.gapSameDay")
	case lo == hi && hi == 1:
		return catalog.T(l, "tl.gapNextDay")
	case lo == hi:
		return catalog.T(l, "tl.gapDays", hi)
	}
	return catalog.T(l, "tl.gapDaysBetween", lo, hi)
}

func (p *TimelinePage) draft(form string) *eventDraft {
	if form == "edit" {
		return &p.edit
	}
	return &p.add
}

// onField keeps what is typed in a form field. Only the kind changes what
// the page shows (the order's due date); what is typed in the other fields
// shows in them by itself and nothing else depends on a draft until it is
// added or saved, so the page is not rendered again for it: with 1,000
// events that render took ~60 ms a keystroke.
func (p *TimelinePage) onField(ctx app.Context, e app.Event) {
	ds := ctx.JSSrc().Get("dataset")
	field := ds.Get("field").String()
	form, v := ds.Get("form").String(), value(ctx)
	p.draft(form).set(field, v)
	p.keepTimelineField(form, field, v)
	if field != "kind" && field != "orderBasis" { // each shows or hides fields
		ctx.PreventUpdate()
	}
}

func (p *TimelinePage) onAdd(ctx app.Context, e app.Event) {
	e.PreventDefault()
	inc := theDesk.Get(p.id)
	if inc == nil {
		return
	}
	ev, probs := p.add.event(inc.Location())
	if probs != nil {
		p.addErr, p.notice = probs, ""
		focusFirstProblem("add", probs)
		return
	}
	if _, ok := desk.SameEvent(inc, ev); ok && p.repeat != p.add.key() {
		p.repeat, p.notice = p.add.key(), "tl.repeat"
		return
	}
	p.repeat = ""
	p.change(func(inc *incident.Incident) {
		desk.AddEvent(inc, ev)
		desk.DropUnsubmitted(inc, keepTimelineAdd)
	})
	p.add, p.addErr, p.notice = eventDraft{}, nil, "tl.added"
	p.add.At = datetimeLocal(incidentNow(inc, time.Time{}), inc.Location())
	ctx.Defer(func(app.Context) {
		clearForm("add")
		setField("tl-add-at", p.add.At)
	})
}

// onAtNow sets the form's time to now (or, for an event dated by day,
// month or year, today's): the incident's now, which in a drill is the
// drill's clock.
func (p *TimelinePage) onAtNow(ctx app.Context, e app.Event) {
	inc := theDesk.Get(p.id)
	if inc == nil {
		return
	}
	form := ctx.JSSrc().Get("dataset").Get("form").String()
	d := p.draft(form)
	now := incidentNow(inc, time.Time{}).In(inc.Location())
	at := datetimeLocal(now, inc.Location())
	if d.Precision != "" && d.Precision != precUndated && d.Precision != precPlanned {
		at = dayText(now, incident.Precision(d.Precision))
	}
	d.At = at
	setField("tl-"+form+"-at", at)
}

// onPrecision changes how well the time is known; the field for the time
// changes with it, keeping what was typed as far as it reads.
func (p *TimelinePage) onPrecision(ctx app.Context, e app.Event) {
	inc := theDesk.Get(p.id)
	if inc == nil {
		return
	}
	form := dataAttr(ctx, "form")
	d := p.draft(form)
	d.setPrecision(value(ctx), inc.Location())
	at := d.At
	ctx.Defer(func(app.Context) { setField("tl-"+form+"-at", at) })
}

// onSetBox adds the data set of the box to the event's sets, or takes it out.
func (p *TimelinePage) onSetBox(ctx app.Context, e app.Event) {
	p.draft(dataAttr(ctx, "form")).toggleSet(dataAttr(ctx, "set"), checked(ctx))
	ctx.PreventUpdate()
}

// setField writes a value into a field (go-app may keep the element's old
// value when its attribute did not change).
func setField(id, v string) {
	browser.SetValue(id, v)
}

// clearForm empties the fields of a form once it is saved. go-app drops an
// empty Value("") instead of setting it, and a textarea a user typed in no
// longer follows its text: the fields would keep what was typed.
func clearForm(form string) {
	browser.SelectFirst("tl-" + form + "-kind") // its prompt, not a blank box
	for _, f := range []string{"at", "jur", "note", "due", "prec", "party", "source", "police", "by", "step", "recipients", "confirmed", "orderBasis", "orderKind", "orderLaw", "time", "learned", "forNotice"} {
		browser.SetValue("tl-"+form+"-"+f, "")
	}
}

func (p *TimelinePage) onEdit(ctx app.Context, e app.Event) {
	id := ctx.JSSrc().Get("dataset").Get("id").String()
	inc := theDesk.Get(p.id)
	if inc == nil {
		return
	}
	ev, ok := inc.Event(id)
	if !ok {
		return
	}
	p.dropTimelineEdit()
	p.editing, p.edit, p.editErr, p.confirm, p.notice = id, draftOf(ev, inc.Location()), nil, "", ""
	ctx.Defer(func(app.Context) { focusID("tl-edit-kind") })
}

func (p *TimelinePage) onEditCancel(ctx app.Context, e app.Event) {
	p.dropTimelineEdit()
	p.editing, p.editErr = "", nil
}

func (p *TimelinePage) onSave(ctx app.Context, e app.Event) {
	e.PreventDefault()
	inc := theDesk.Get(p.id)
	if inc == nil || p.editing == "" {
		return
	}
	ev, probs := p.edit.event(inc.Location())
	if probs != nil {
		p.editErr = probs
		focusFirstProblem("edit", probs)
		return
	}
	if id := p.editing; desk.HasEvent(inc, id) {
		p.change(func(inc *incident.Incident) {
			desk.ReplaceEvent(inc, id, ev)
			desk.DropUnsubmitted(inc, keepTimelineEdit)
		})
		p.notice = "tl.saved"
	}
	p.dropTimelineEdit()
	p.editing, p.editErr = "", nil
}

func (p *TimelinePage) onDelete(ctx app.Context, e app.Event) {
	p.confirm = ctx.JSSrc().Get("dataset").Get("id").String()
	p.editing, p.notice = "", ""
	ctx.Defer(func(app.Context) { focusID("tl-confirm-delete") })
}

func (p *TimelinePage) onCancelDelete(ctx app.Context, e app.Event) { p.confirm = "" }

func (p *TimelinePage) onConfirmDelete(ctx app.Context, e app.Event) {
	id := p.confirm
	p.confirm = ""
	inc := theDesk.Get(p.id)
	if inc == nil || id == "" {
		return
	}
	if desk.HasEvent(inc, id) {
		p.change(func(inc *incident.Incident) { desk.RemoveEvent(inc, id) })
		p.notice = "tl.deleted"
		ctx.Defer(func(app.Context) { focusID("tl-line-title") })
	}
}

// focusFirstProblem moves the focus to the first field that could not be read.
func focusFirstProblem(form string, probs map[string]string) {
	for _, f := range []string{"kind", "at", "time", "learned", "jur", "due"} {
		if probs[f] != "" {
			focusID("tl-" + form + "-" + f)
			return
		}
	}
}

// kindHint is the hint of the kind of event chosen (ev.<kind>.hint: what
// it records, what is recorded as another kind instead), "" when it has
// none or none is chosen.
func kindHint(l catalog.Lang, kind string) string {
	if k := "ev." + kind + ".hint"; kind != "" && catalog.Has(l, k) {
		return catalog.T(l, k)
	}
	return ""
}
