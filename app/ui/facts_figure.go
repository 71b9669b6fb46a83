package ui

import (
	"strconv"
	"strings"

	"breachdesk/app/catalog"
	"breachdesk/app/desk"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// A figure with its history (persons, records): the current value, typed
// to correct it; "add a revised figure" with its date and source, for a new
// finding (the count after de-duplication, the forensic report's); and the
// earlier values, which documents dated before a revision still show.

// revision is the revised figure being typed.
type revision struct{ n, on, source, reason, reasonEn string }

// figureKey names a figure whatever its place: the data set's id (or "" for
// the incident) and which figure.
func figureKey(o owner, which string) string { return o.set + "/" + which }

// figureOf is the figure a control names: of the data set set ("" = the
// incident's total of persons).
func figureOf(inc *incident.Incident, set, which string) *incident.Figure {
	if set == "" {
		if which == "persons" {
			return &inc.Persons
		}
		return nil
	}
	d, ok := inc.DataSet(set)
	if !ok {
		return nil
	}
	switch which {
	case "persons":
		return &d.Persons
	case "records":
		return &d.Records
	}
	return nil
}

// figurePathOf is the path of the figure a control names, in inc as it is now.
func figurePathOf(inc *incident.Incident, set, which string) string {
	if set == "" {
		return which
	}
	for i := range inc.DataSets {
		if inc.DataSets[i].ID == set {
			return setPath(i) + "." + which
		}
	}
	return ""
}

func (f *factsForm) figure(path string, fig incident.Figure, o owner, which string) app.UI {
	l, id := f.l, fieldID(path)
	key := figureKey(o, which)
	cur := fig.Latest()
	var asOf app.UI = app.Text("")
	if n := len(fig); n > 0 && (fig[n-1].On != "" || fig[n-1].Source != "") {
		asOf = el("p.bd-asof").Text(revisionNote(l, fig[n-1]))
	}
	earlier := make([]app.UI, 0, len(fig))
	for k := len(fig) - 2; k >= 0; k-- {
		r := fig[k]
		earlier = append(earlier, el("li").Body(
			elt("span", countText(l, r.Count())+" — "+revisionNote(l, r)),
			app.Text(" "),
			el("button[type=button].bd-remove.bd-small", "id", id+"-"+strconv.Itoa(k)+"-remove", "data-set", o.set, "data-fig", which).
				DataSet("index", k).Attr("aria-label", catalog.T(l, "fig.removeLabel", countText(l, r.Count()))).
				Text(catalog.T(l, "facts.res.remove")).On("click", f.p.onRevisionRemove),
		))
	}
	input := f.countInput(path, cur).DataSet("fig", which).OnChange(f.p.onFigure)
	if o.set != "" {
		input = input.DataSet("set", o.set)
	}
	return el("div.bd-figure", "id", id+"-box").Body(
		f.textField(path, input),
		asOf,
		app.If(len(earlier) > 0, func() app.UI {
			return el("div.bd-earlier").Body(
				elt("p.bd-earlier-h", catalog.T(l, "fig.earlier"), "id", id+"-earlier-h"),
				el("ol.bd-history", "aria-labelledby", id+"-earlier-h").Body(earlier...),
			)
		}),
		f.revisionForm(path, o, which, key),
	)
}

// revisionNote reads like "2026-03-15, 名寄せ後" / "from the start".
func revisionNote(l catalog.Lang, r incident.Revision) string {
	var parts []string
	if r.On != "" {
		parts = append(parts, catalog.T(l, "fig.asOf", string(r.On)))
	} else {
		parts = append(parts, catalog.T(l, "fig.fromStart"))
	}
	if r.Source != "" {
		parts = append(parts, r.Source)
	}
	return strings.Join(parts, catalog.T(l, "fig.sep"))
}

// revisionForm is the button that opens the form of a revised figure, or the form.
func (f *factsForm) revisionForm(path string, o owner, which, key string) app.UI {
	l, id := f.l, fieldID(path)+"-rev"
	// in is an input of the form, its figure named by data attributes (an
	// empty one is not written).
	in := func(h app.EventHandler, event string, attrs ...string) app.UI {
		return void("input", append(attrs, "data-fig", which, "data-set", o.set)...).On(event, h)
	}
	title := catalog.T(l, "fig.addFor", catalog.T(l, labelKey(path)))
	r, open := f.p.revising[key]
	if !open {
		return elb("div", a("class", "bd-buttons"),
			in(f.p.onRevisionOpen, "click", "type", "button", "id", id+"-open", "value", catalog.T(l, "fig.add"), "aria-label", title))
	}
	field := func(name, label, hint string, attrs ...string) app.UI {
		fid := id + "-" + name
		return fieldForm("bd-field").Body(
			elt("label", label, "for", fid),
			in(f.p.onRevisionField, "input", append(attrs, "id", fid, "data-part", name, "aria-describedby", fid+"-hint")...),
			elt("p.bd-hint", hint, "id", fid+"-hint"),
		)
	}
	var problem app.UI
	if f.p.inputProblems[id] != "" {
		problem = elt("p.bd-problem[role=alert]", f.p.inputProblems[id], "id", id+"-problem")
	}
	return elb("fieldset", a("class", "bd-revision", "id", id),
		elt("legend", title),
		elb("div", a("class", "bd-field-row"),
			field("n", catalog.T(l, "fig.value"), catalog.T(l, "f.persons.hint"),
				"type", "text", "inputmode", "numeric", "maxlength", "60", "value", r.n),
			fieldForm("bd-field").Body(
				elt("label", catalog.T(l, "fig.on"), "for", id+"-on"),
				elb("div", a("class", "bd-with-now"),
					in(f.p.onRevisionField, "input", "id", id+"-on", "type", "text", "maxlength", "20", "inputmode", "numeric",
						"data-part", "on", "aria-describedby", id+"-on-hint", "value", r.on),
					in(f.p.onRevisionToday, "click", "type", "button", "id", id+"-on-today", "class", "bd-now",
						"value", catalog.T(l, "facts.today"), "aria-label", catalog.T(l, "facts.todayFor", catalog.T(l, "fig.on"))),
				),
				elt("p.bd-hint", catalog.T(l, "fig.on.hint"), "id", id+"-on-hint"),
			),
			field("source", catalog.T(l, "fig.source"), catalog.T(l, "fig.source.hint"),
				"type", "text", "maxlength", strconv.Itoa(incident.MaxNameRunes), "value", r.source),
		),
		field("reason", catalog.T(l, "fig.reason"), catalog.T(l, "fig.reason.hint"),
			"type", "text", "maxlength", strconv.Itoa(incident.MaxNameRunes), "value", r.reason),
		field("reasonEn", catalog.T(l, "fig.reasonEn"), catalog.T(l, "fig.reasonEn.hint"),
			"type", "text", "lang", "en", "maxlength", strconv.Itoa(incident.MaxNameRunes), "value", r.reasonEn),
		problem,
		elb("div", a("class", "bd-buttons"),
			in(f.p.onRevisionSave, "click", "type", "button", "class", "bd-primary", "id", id+"-save", "value", catalog.T(l, "fig.save")),
			in(f.p.onRevisionCancel, "click", "type", "button", "id", id+"-cancel", "value", catalog.T(l, "action.cancel")),
		),
	)
}

// eventFigure is the figure the control that fired names: its key, its path
// now, and the figure.
func (p *FactsPage) eventFigure(ctx app.Context) (set, which, path string, ok bool) {
	inc := p.inc()
	if inc == nil {
		return "", "", "", false
	}
	set, which = dataAttr(ctx, "set"), dataAttr(ctx, "fig")
	if figureOf(inc, set, which) == nil {
		return "", "", "", false
	}
	return set, which, figurePathOf(inc, set, which), true
}

// onFigure corrects the current value of a figure (the latest revision).
func (p *FactsPage) onFigure(ctx app.Context, e app.Event) {
	set, which, path, ok := p.eventFigure(ctx)
	if !ok {
		return
	}
	c, ok := p.parseCountFor(path, value(ctx))
	if !ok {
		return
	}
	p.change(func(inc *incident.Incident) {
		if fig := figureOf(inc, set, which); fig != nil {
			if *fig = fig.Set(c); len(*fig) == 1 && !c.Known && (*fig)[0].On == "" && (*fig)[0].Source == "" {
				*fig = nil // emptied: not known, as before anything was typed
			}
		}
	})
}

func (p *FactsPage) onRevisionOpen(ctx app.Context, e app.Event) {
	set, which, path, ok := p.eventFigure(ctx)
	if !ok {
		return
	}
	if p.revising == nil {
		p.revising = map[string]revision{}
	}
	p.revising[figureKey(owner{set: set}, which)] = revision{on: string(today(p.inc()))}
	ctx.Defer(func(app.Context) { focusID(fieldID(path) + "-rev-n") })
}

func (p *FactsPage) onRevisionField(ctx app.Context, e app.Event) {
	key := figureKey(owner{set: dataAttr(ctx, "set")}, dataAttr(ctx, "fig"))
	r, ok := p.revising[key]
	ctx.PreventUpdate()
	if !ok {
		return
	}
	switch v := value(ctx); dataAttr(ctx, "part") {
	case "n":
		r.n = v
	case "on":
		r.on = v
	case "source":
		r.source = v
	case "reason":
		r.reason = v
	case "reasonEn":
		r.reasonEn = v
	}
	p.revising[key] = r
}

func (p *FactsPage) onRevisionToday(ctx app.Context, e app.Event) {
	set, which, path, ok := p.eventFigure(ctx)
	key := figureKey(owner{set: set}, which)
	r, open := p.revising[key]
	if !ok || !open {
		return
	}
	r.on = string(today(p.inc()))
	p.revising[key] = r
	setField(fieldID(path)+"-rev-on", r.on)
	ctx.PreventUpdate()
}

func (p *FactsPage) onRevisionCancel(ctx app.Context, e app.Event) {
	set, which, path, ok := p.eventFigure(ctx)
	if !ok {
		return
	}
	delete(p.revising, figureKey(owner{set: set}, which))
	p.setInputProblem(fieldID(path)+"-rev", "")
	ctx.Defer(func(app.Context) { focusID(fieldID(path) + "-rev-open") })
}

// onRevisionSave adds the revised figure once its value and date read; what
// was typed stays in the form when they do not.
func (p *FactsPage) onRevisionSave(ctx app.Context, e app.Event) {
	set, which, path, ok := p.eventFigure(ctx)
	key := figureKey(owner{set: set}, which)
	r, open := p.revising[key]
	if !ok || !open {
		return
	}
	id, l := fieldID(path)+"-rev", p.lang
	c, err := incident.ParseCount(r.n)
	if err != nil || !c.Known {
		p.setInputProblem(id, catalog.T(l, "fig.value")+": "+catalog.T(l, "f.badCount"))
		ctx.Defer(func(app.Context) { focusID(id + "-n") })
		return
	}
	on, ok := parseDay(r.on)
	if !ok {
		p.setInputProblem(id, catalog.T(l, "fig.on")+": "+catalog.T(l, "facts.badDate"))
		ctx.Defer(func(app.Context) { focusID(id + "-on") })
		return
	}
	p.setInputProblem(id, "")
	delete(p.revising, key)
	p.change(func(inc *incident.Incident) {
		if fig := figureOf(inc, set, which); fig != nil {
			*fig = desk.ReviseWhy(*fig, c, on, r.source, r.reason, r.reasonEn)
		}
	})
	p.setsStatus = catalog.T(l, "fig.added", countText(l, c))
	ctx.Defer(func(app.Context) { focusID(fieldID(path)) })
}

func (p *FactsPage) onRevisionRemove(ctx app.Context, e app.Event) {
	set, which, path, ok := p.eventFigure(ctx)
	if !ok {
		return
	}
	k, err := strconv.Atoi(dataAttr(ctx, "index"))
	if err != nil {
		return
	}
	p.change(func(inc *incident.Incident) {
		if fig := figureOf(inc, set, which); fig != nil && k < len(*fig)-1 {
			*fig = desk.RemoveRevision(*fig, k)
		}
	})
	ctx.Defer(func(app.Context) { focusID(fieldID(path)) })
}
