package ui

import (
	"strconv"
	"strings"

	"breachdesk/app/catalog"
	"breachdesk/app/desk"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// A data set's status (possible, confirmed, ruled out) with its history:
// the current status is chosen; a change is added to the history dated
// today, a date the user corrects when it became so earlier, so that a
// document dated before it still says what was known on its day.

func (f *factsForm) statusField(d *incident.DataSet, i int) app.UI {
	l, base, o := f.l, setPath(i)+".status", owner{set: d.ID}
	items := make([]app.UI, 0, len(d.Status))
	for k, s := range d.Status {
		path := base + "[" + strconv.Itoa(k) + "].on"
		label := catalog.T(l, "status."+string(s.Status))
		items = append(items, el("li.bd-history-item").Body(
			f.dayInputAs(catalog.T(l, "sets.statusSince", label), path, s.On, o, "status."+strconv.Itoa(k), f.p.onStatusDay, f.p.onStatusToday),
			app.If(len(d.Status) > 1, func() app.UI {
				return el("button[type=button].bd-remove.bd-small", "id", fieldID(base+"["+strconv.Itoa(k)+"]")+"-remove", "data-set", d.ID).
					DataSet("index", k).Attr("aria-label", catalog.T(l, "sets.statusRemoveLabel", label)).
					Text(catalog.T(l, "facts.res.remove")).On("click", f.p.onStatusRemove)
			}),
		))
	}
	return el("fieldset.bd-status", "id", fieldID(base)+"-group").Body(
		elt("legend", catalog.T(l, "sets.statusLegend")),
		f.statusSelect(base, d, o),
		elt("h4", catalog.T(l, "sets.statusHistory"), "id", fieldID(base)+"-history-h"),
		el("ol.bd-history", "aria-labelledby", fieldID(base)+"-history-h").Body(items...),
	)
}

// statusSelect is the current status; the problems of the history show
// beside its entries.
func (f *factsForm) statusSelect(path string, d *incident.DataSet, o owner) app.UI {
	cur := string(d.StatusOn(""))
	items := []app.UI{}
	for _, op := range enumOpts(f.l, incident.Statuses, "status.", "") {
		items = append(items, el("option", "value", op.value).Text(op.label).Attr("selected", cur == op.value))
	}
	return fieldWith(catalog.T(f.l, labelKey(path)), path,
		o.tagSelect("status", el("select", "id", fieldID(path))).Aria("describedby", f.describedBy(path)).Body(items...).OnChange(f.p.onSetStatus),
		f.notesExact(path))
}

// onSetStatus records the status chosen as the set's from today.
func (p *FactsPage) onSetStatus(ctx app.Context, e app.Event) {
	id, _, ok := p.eventSet(ctx)
	inc := p.inc()
	if !ok || inc == nil {
		return
	}
	s, day := incident.Status(value(ctx)), today(inc)
	p.change(onSet(id, func(d *incident.DataSet) { d.SetStatus(s, day) }))
	p.setsStatus = catalog.T(p.lang, "sets.statusChanged", catalog.T(p.lang, "status."+string(s)), string(day))
}

// statusEntry is the set and the history entry the control that fired names.
func (p *FactsPage) statusEntry(ctx app.Context) (id string, i, k int, ok bool) {
	id, i, ok = p.eventSet(ctx)
	if !ok {
		return "", 0, 0, false
	}
	n, err := strconv.Atoi(dataAttr(ctx, "index"))
	if key := dataAttr(ctx, "fact"); key != "" {
		num, _ := strings.CutPrefix(key, "status.")
		n, err = strconv.Atoi(num)
	}
	d := &p.inc().DataSets[i]
	if err != nil || n < 0 || n >= len(d.Status) {
		return "", 0, 0, false
	}
	return id, i, n, true
}

func (p *FactsPage) onStatusDay(ctx app.Context, e app.Event) {
	id, i, k, ok := p.statusEntry(ctx)
	if !ok {
		return
	}
	path := setPath(i) + ".status[" + strconv.Itoa(k) + "].on"
	if v, ok := p.readDay(ctx, fieldID(path)); ok {
		p.tryEdit(ctx, path, onSet(id, func(d *incident.DataSet) { d.Status[k].On = v }))
	}
}

func (p *FactsPage) onStatusToday(ctx app.Context, e app.Event) {
	id, i, k, ok := p.statusEntry(ctx)
	if !ok {
		return
	}
	path, v := setPath(i)+".status["+strconv.Itoa(k)+"].on", today(p.inc())
	p.setInputProblem(fieldID(path), "")
	if p.tryEdit(ctx, path, onSet(id, func(d *incident.DataSet) { d.Status[k].On = v })) {
		setField(fieldID(path), string(v))
	}
}

func (p *FactsPage) onStatusRemove(ctx app.Context, e app.Event) {
	id, i, k, ok := p.statusEntry(ctx)
	if !ok {
		return
	}
	p.change(onSet(id, func(d *incident.DataSet) { desk.RemoveStatus(d, k) }))
	p.clearInputProblems(fieldID(setPath(i) + ".status"))
	ctx.Defer(func(app.Context) { focusID(fieldID(setPath(i) + ".status")) })
}
