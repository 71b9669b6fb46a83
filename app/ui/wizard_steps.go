package ui

import (
	"strings"
	"time"

	"breachdesk/app/catalog"
	"breachdesk/app/desk"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The six questions of the first hour. Handlers are methods reading the
// current incident when they run (see LangSwitch.Render for why).

func (p *WizardPage) renderWhat(l catalog.Lang, inc *incident.Incident) app.UI {
	options := []app.UI{el("option", "value", "").Text(catalog.T(l, "unknownYet")).Attr("selected", inc.Cause.Kind == "")}
	for _, k := range incident.CauseKinds {
		options = append(options, el("option", "value", string(k)).Text(catalog.T(l, "cause."+string(k))).Attr("selected", inc.Cause.Kind == k))
	}
	return el("div").Body(
		field("f-title", catalog.T(l, "f.title"), catalog.T(l, "f.title.hint"), "",
			void("input#f-title[type=text]", "value", inc.Title).Attr("maxlength", 200).On("input", p.onTitle)),
		field("f-cause", catalog.T(l, "f.cause"), "", "",
			el("select#f-cause").Body(options...).On("change", p.onCause)),
		field("f-summary", catalog.T(l, "f.summary"), catalog.T(l, "f.summary.hint"), "",
			el("textarea#f-summary", "value", inc.Story.Summary).Attr("rows", 5).On("input", p.onSummary)),
	)
}

// onTitle records the name as it is typed. The page shows it twice: in the
// field (the browser's echo) and as the incident's name above the tabs, which
// is set here at once instead of by rendering the page again (go-app renders
// in its next frame, up to 8 ms later, and rebuilds the whole step).
func (p *WizardPage) onTitle(ctx app.Context, e app.Event) {
	ctx.PreventUpdate()
	theDesk.TypeText(p.id, "title", value(ctx))
	if inc := p.inc(); inc != nil {
		showIncidentName(ctx.JSSrc(), p.lang, inc)
	}
}
func (p *WizardPage) onCause(ctx app.Context, e app.Event) {
	v := incident.CauseKind(value(ctx))
	p.change(func(inc *incident.Incident) { inc.Cause.Kind = v })
}

// onSummary records the summary as it is typed; only its field shows it.
func (p *WizardPage) onSummary(ctx app.Context, e app.Event) {
	ctx.PreventUpdate()
	theDesk.TypeText(p.id, "story.summary", value(ctx))
}

// wizardTimes are the moments asked for in step 2.
var wizardTimes = []incident.EventKind{incident.EvAware, incident.EvDetected, incident.EvContained}

func (p *WizardPage) renderWhen(l catalog.Lang, inc *incident.Incident) app.UI {
	loc := inc.Location()
	fields := make([]app.UI, 0, len(wizardTimes)+1)
	for _, k := range wizardTimes {
		id := "f-at-" + string(k)
		prec := p.precisionOf(inc, k)
		v := ""
		if ev, ok := inc.FirstEvent(k); ok && ev.Dated() {
			switch {
			case ev.Precision == incident.Exact && prec == "":
				v = datetimeLocal(ev.At, loc)
			case ev.Precision != incident.Exact && prec != "":
				v = dayText(ev.At.In(loc), incident.Precision(prec))
			} // else the time of day being asked for is not known: none is invented
		}
		input := void("input[type=datetime-local]", "id", id, "value", v, "data-kind", string(k))
		if prec != "" {
			input = void("input[type=text][inputmode=numeric][autocomplete=off]", "id", id, "value", v, "data-kind", string(k),
				"placeholder", catalog.T(l, "facts.datePlaceholder")).Attr("maxlength", 20)
		}
		label, now := catalog.T(l, "ev."+string(k)), catalog.T(l, "tl.f.atNow")
		if prec != "" {
			now = catalog.T(l, "facts.today")
		}
		fields = append(fields, field(id, label, catalog.T(l, "ev."+string(k)+".hint"), p.problems[id],
			el("div.bd-with-now").Body(
				input.On("change", p.onTime),
				el("select.bd-prec", "id", id+"-prec", "data-kind", string(k), "aria-label", catalog.T(l, "tl.f.prec")+": "+label).
					Body(precisionChoices(l, prec)...).On("change", p.onPrecision),
				el("button[type=button].bd-now", "id", id+"-now", "data-kind", string(k), "aria-label", catalog.T(l, "facts.nowFor", label)).
					Text(now).On("click", p.onTimeNow),
			)))
	}
	fields = append(fields, elt("p.bd-hint", catalog.T(l, "f.tz", inc.TimeZone)))
	return el("div").Body(fields...)
}

// precisionOf is how well the moment of kind is known as the question
// shows it: as last chosen on this page, else as recorded.
func (p *WizardPage) precisionOf(inc *incident.Incident, k incident.EventKind) string {
	if v, ok := p.precs[k]; ok {
		return v
	}
	if ev, ok := inc.FirstEvent(k); ok && ev.Dated() {
		return string(ev.Precision)
	}
	return ""
}

// wizardMoment reads what was typed for the moment of kind, known to
// precision prec (incident.Precision), as the timeline's form reads it: a
// date and time, or a date only (never given a time of day it was not
// typed with). problem is "" or the text saying why it does not read.
func wizardMoment(l catalog.Lang, kind incident.EventKind, typed, prec string, loc *time.Location) (ev incident.Event, problem string) {
	ev, probs := eventDraft{Kind: string(kind), At: typed, Precision: prec}.event(loc)
	switch k := probs["at"]; {
	case k == "":
		return ev, ""
	case prec == "":
		return ev, catalog.T(l, "f.badTime")
	default:
		return ev, catalog.T(l, k, typed)
	}
}

// onPrecision changes how well a moment is known. A recorded moment keeps
// its day (a date and time becomes its day); a day becomes a date and time
// only once one is typed.
func (p *WizardPage) onPrecision(ctx app.Context, e app.Event) {
	kind := incident.EventKind(dataAttr(ctx, "kind"))
	v := value(ctx)
	inc := p.inc()
	if inc == nil {
		return
	}
	if p.precs == nil {
		p.precs = map[incident.EventKind]string{}
	}
	p.precs[kind] = v
	p.problem("f-at-"+string(kind), "")
	ev, ok := inc.FirstEvent(kind)
	if !ok || !ev.Dated() || v == "" {
		return
	}
	d := draftOf(ev, inc.Location())
	d.setPrecision(v, inc.Location())
	if got, probs := d.event(inc.Location()); len(probs) == 0 {
		p.change(func(inc *incident.Incident) { desk.SetEventAs(inc, kind, got.At, got.Precision) })
	}
}

// onTimeNow records the moment asked for as now (the incident's now: in a
// drill, the drill's clock), or today when only its day is asked for.
func (p *WizardPage) onTimeNow(ctx app.Context, e app.Event) {
	kind := incident.EventKind(dataAttr(ctx, "kind"))
	inc := p.inc()
	if inc == nil {
		return
	}
	loc := inc.Location()
	now := incidentNow(inc, time.Time{}).In(loc).Truncate(time.Minute)
	prec := p.precisionOf(inc, kind)
	typed := datetimeLocal(now, loc)
	if prec != "" {
		typed = dayText(now, incident.Precision(prec))
	}
	ev, problem := wizardMoment(p.lang, kind, typed, prec, loc)
	if problem != "" {
		return
	}
	id := "f-at-" + string(kind)
	p.problem(id, "")
	p.change(func(inc *incident.Incident) { desk.SetEventAs(inc, kind, ev.At, ev.Precision) })
	setField(id, typed)
}

func (p *WizardPage) onTime(ctx app.Context, e app.Event) {
	kind := incident.EventKind(ctx.JSSrc().Get("dataset").Get("kind").String())
	id := "f-at-" + string(kind)
	v := value(ctx)
	inc := p.inc()
	if inc == nil {
		return
	}
	if strings.TrimSpace(v) == "" {
		p.problem(id, "")
		p.change(func(inc *incident.Incident) { desk.ClearEvent(inc, kind) })
		return
	}
	ev, problem := wizardMoment(p.lang, kind, v, p.precisionOf(inc, kind), inc.Location())
	if problem != "" {
		p.problem(id, problem)
		return
	}
	p.problem(id, "")
	p.change(func(inc *incident.Incident) { desk.SetEventAs(inc, kind, ev.At, ev.Precision) })
}

func (p *WizardPage) renderData(l catalog.Lang, inc *incident.Incident) app.UI {
	rs, err := theDesk.Rules()
	if err != nil {
		return elt("p.bd-warning", err.Error())
	}
	has := map[string]bool{}
	for _, c := range inc.Main().Categories {
		has[c.ID] = true
	}
	boxes := make([]app.UI, 0, len(rs.Categories))
	for _, c := range rs.Categories {
		id := "cat-" + c.ID
		label := c.JA
		if l == catalog.EN {
			label = c.EN
		}
		boxes = append(boxes, el("div.bd-check").Body(
			void("input[type=checkbox]", "id", id, "data-category", c.ID).Attr("checked", has[c.ID]).On("change", p.onCategory),
			elt("label", label, "for", id),
		))
	}
	status := wizardStatus(inc)
	statuses := []app.UI{el("option", "value", "").Text(catalog.T(l, "unknownYet")).Attr("selected", status == "")}
	for _, s := range incident.Statuses {
		statuses = append(statuses, el("option", "value", string(s)).Text(catalog.T(l, "status."+string(s))).Attr("selected", status == string(s)))
	}
	encs := []app.UI{el("option", "value", "").Text(catalog.T(l, "unknownYet")).Attr("selected", inc.Main().Encryption == "")}
	for _, s := range incident.Encryptions {
		encs = append(encs, el("option", "value", string(s)).Text(catalog.T(l, "enc."+string(s))).Attr("selected", inc.Main().Encryption == s))
	}
	return el("div").Body(
		el("fieldset.bd-categories").Body(
			elt("legend", catalog.T(l, "f.categories")),
			el("div.bd-checkgrid").Body(boxes...),
		),
		field("f-other", catalog.T(l, "f.otherCategory"), catalog.T(l, "f.otherCategory.hint"), "",
			void("input#f-other[type=text]", "value", typedOr(inc, "f-other", otherCategory(inc))).
				Attr("maxlength", 200).On("input", p.keepTyping).On("change", p.onOther)),
		field("f-status", catalog.T(l, "f.status"), catalog.T(l, "f.status.hint"), "",
			el("select#f-status").Body(statuses...).On("change", p.onStatus)),
		field("f-encryption", catalog.T(l, "f.encryption"), catalog.T(l, "f.encryption.hint"), "",
			el("select#f-encryption").Body(encs...).On("change", p.onEncryption)),
	)
}

func (p *WizardPage) onCategory(ctx app.Context, e app.Event) {
	id := ctx.JSSrc().Get("dataset").Get("category").String()
	on := checked(ctx)
	p.change(func(inc *incident.Incident) { setCategory(inc.Main(), id, on) })
}

func otherCategory(inc *incident.Incident) string {
	for _, c := range inc.Main().Categories {
		if c.ID == "other" {
			return c.Other
		}
	}
	return ""
}

func (p *WizardPage) onOther(ctx app.Context, e app.Event) {
	v := strings.TrimSpace(value(ctx))
	p.change(func(inc *incident.Incident) {
		desk.SetUnsubmitted(inc, keepField+"f-other", "")
		setCategory(inc.Main(), "other", v != "")
		for i := range inc.Main().Categories {
			if inc.Main().Categories[i].ID == "other" {
				inc.Main().Categories[i].Other = v
			}
		}
	})
}
func (p *WizardPage) onStatus(ctx app.Context, e app.Event) {
	v := value(ctx)
	p.change(func(inc *incident.Incident) {
		d := inc.Main()
		switch {
		case v != "":
			d.SetStatus(incident.Status(v), today(inc))
		case len(d.Status) == 1: // back to "not known yet" before any change was recorded
			d.Status = nil
		}
	})
}
func (p *WizardPage) onEncryption(ctx app.Context, e app.Event) {
	v := incident.Encryption(value(ctx))
	p.change(func(inc *incident.Incident) { inc.Main().Encryption = v })
}

// wizardStatus is the main data set's status as the wizard's select shows
// it: "" while none was stated.
func wizardStatus(inc *incident.Incident) string {
	if len(inc.Main().Status) == 0 {
		return ""
	}
	return string(inc.Main().StatusOn(""))
}
