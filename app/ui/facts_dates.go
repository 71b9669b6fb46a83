package ui

import (
	"strconv"
	"strings"
	"time"

	"breachdesk/app/catalog"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Dates as people know them (a day, a month or a year: incident.Date) and
// instants, typed on the facts page; every one has a button that fills in
// today (or now).

// parseDay reads a date as typed: "2026-03-15", "2026/3/15", "2026年3月15日",
// "2026-03", "2026年3月", "2026", "2013年", full-width digits too; "" is no
// date. ok is false when it names no real day, month or year.
func parseDay(s string) (incident.Date, bool) {
	t := strings.TrimSpace(foldWidth(s))
	if t == "" {
		return "", true
	}
	t = strings.TrimSuffix(strings.TrimSuffix(t, "頃"), "日")
	t = strings.NewReplacer("年", "-", "月", "-", "/", "-", ".", "-").Replace(t)
	t = strings.TrimSuffix(t, "-")
	parts := strings.Split(t, "-")
	if len(parts) > 3 {
		return "", false
	}
	widths := []int{4, 2, 2}
	out := make([]string, len(parts))
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || len(p) > widths[i] || len(p) == 0 || (i == 0 && len(p) != 4) {
			return "", false
		}
		out[i] = strconv.Itoa(n)
		for len(out[i]) < widths[i] {
			out[i] = "0" + out[i]
		}
	}
	d := incident.Date(strings.Join(out, "-"))
	return d, d.Valid()
}

// foldWidth turns full-width ASCII (２０２６／３) and the ideographic space
// into their ASCII forms.
func foldWidth(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case 0xFF01 <= r && r <= 0xFF5E:
			return r - 0xFF01 + '!'
		case r == 0x3000:
			return ' '
		}
		return r
	}, s)
}

// today is the incident's today, in its time zone (for a drill, the drill's day).
func today(inc *incident.Incident) incident.Date {
	return incident.DateOf(incidentNow(inc, time.Time{}).In(inc.Location()))
}

// dayInput is a text field for a date, with a button that puts today in
// it. The field and the button carry the fact's data attributes: the
// button's handler writes today into the same fact.
func (f *factsForm) dayInput(path string, v incident.Date, o owner, key string, h, todayH app.EventHandler) app.UI {
	return f.dayInputAs(catalog.T(f.l, labelKey(path)), path, v, o, key, h, todayH)
}

// dayInputAs is dayInput under another label than the path's.
func (f *factsForm) dayInputAs(label, path string, v incident.Date, o owner, key string, h, todayH app.EventHandler) app.UI {
	id := fieldID(path)
	return f.textFieldAs(label, path, el("div.bd-with-now").Body(
		o.tag(key, void("input[type=text][inputmode=numeric][autocomplete=off]", "id", id, "placeholder", catalog.T(f.l, "facts.datePlaceholder"), "aria-describedby", f.describedBy(path), "value", string(v)).
			Attr("maxlength", 20)).OnChange(h),
		o.tag(key, void("input[type=button].bd-now", "id", id+"-today", "value", catalog.T(f.l, "facts.today"), "aria-label", catalog.T(f.l, "facts.todayFor", label))).
			OnClick(todayH),
	))
}

// instantInput is a date-and-time picker with a button that puts now in it.
func (f *factsForm) instantInput(path string, v *time.Time, o owner, key string, h, nowH app.EventHandler) app.UI {
	id := fieldID(path)
	s := ""
	if v != nil {
		s = datetimeLocal(*v, f.inc.Location())
	}
	return f.field(path, el("div.bd-with-now").Body(
		o.tag(key, void("input[type=datetime-local]", "id", id, "aria-describedby", f.describedBy(path), "value", s)).OnChange(h),
		o.tag(key, void("input[type=button].bd-now", "id", id+"-now", "value", catalog.T(f.l, "tl.f.atNow"), "aria-label", catalog.T(f.l, "facts.nowFor", catalog.T(f.l, labelKey(path))))).
			OnClick(nowH),
	))
}

// readDay reads the typed date of the field that fired; on error the field
// says so (under id) and ok is false.
func (p *FactsPage) readDay(ctx app.Context, id string) (incident.Date, bool) {
	d, ok := parseDay(value(ctx))
	if !ok {
		p.setInputProblem(id, catalog.T(p.lang, "facts.badDate"))
		return "", false
	}
	p.setInputProblem(id, "")
	return d, true
}

// dayFacts are the dates of the incident, by path.
var dayFacts = map[string]func(*incident.Incident) *incident.Date{
	"exposure.from":            func(i *incident.Incident) *incident.Date { return &i.Exposure.From },
	"exposure.to":              func(i *incident.Incident) *incident.Date { return &i.Exposure.To },
	"risk.secondaryHarmNoteOn": func(i *incident.Incident) *incident.Date { return &i.Risk.SecondaryHarmNoteOn },
	"story.summaryOn":          func(i *incident.Incident) *incident.Date { return &i.Story.SummaryOn },
	"story.howDiscoveredOn":    func(i *incident.Incident) *incident.Date { return &i.Story.HowDiscoveredOn },
	"story.responseOn":         func(i *incident.Incident) *incident.Date { return &i.Story.ResponseOn },
	"public.summaryOn":         func(i *incident.Incident) *incident.Date { return &i.Public.SummaryOn },
	"public.causeOn":           func(i *incident.Incident) *incident.Date { return &i.Public.CauseOn },
	"cause.descriptionOn":      func(i *incident.Incident) *incident.Date { return &i.Cause.DescriptionOn },
}

func (f *factsForm) day(path string) app.UI {
	return f.dayInput(path, *dayFacts[path](f.inc), owner{}, path, f.p.onDay, f.p.onDayToday)
}

func (p *FactsPage) onDay(ctx app.Context, e app.Event) {
	path := dataAttr(ctx, "fact")
	get, ok := dayFacts[path]
	if !ok {
		return
	}
	if d, ok := p.readDay(ctx, fieldID(path)); ok {
		p.tryEdit(ctx, path, func(inc *incident.Incident) { *get(inc) = d })
	}
}

func (p *FactsPage) onDayToday(ctx app.Context, e app.Event) {
	path := dataAttr(ctx, "fact")
	get, ok := dayFacts[path]
	inc := p.inc()
	if !ok || inc == nil {
		return
	}
	d := today(inc)
	p.setInputProblem(fieldID(path), "")
	if p.tryEdit(ctx, path, func(inc *incident.Incident) { *get(inc) = d }) {
		setField(fieldID(path), string(d))
	}
}

// window is a period: from, to, and whether it is approximate.
func (f *factsForm) window(path string, w incident.Window, o owner, h, todayH, approxH app.EventHandler) app.UI {
	id := fieldID(path + ".approx")
	return el("fieldset.bd-window", "id", fieldID(path)).Body(
		elt("legend", catalog.T(f.l, labelKey(path))),
		app.If(hasLabel(f.l, path+".hint"), func() app.UI {
			return elt("p.bd-hint", catalog.T(f.l, labelKey(path)+".hint"))
		}),
		el("div.bd-field-row").Body(
			f.dayInput(path+".from", w.From, o, keyOf(path, o)+".from", h, todayH),
			f.dayInput(path+".to", w.To, o, keyOf(path, o)+".to", h, todayH),
		),
		el("div.bd-check").Body(
			o.tag(keyOf(path, o)+".approx", void("input[type=checkbox]", "id", id)).Attr("checked", w.Approx).OnChange(approxH),
			elt("label", catalog.T(f.l, "facts.window.approx"), "for", id),
		),
	)
}

// keyOf is the key of a fact within its owner: the path without the data
// set's or party's part ("dataSets[1].held" → "held").
func keyOf(path string, o owner) string {
	if o.set == "" && o.party == "" {
		return path
	}
	if _, rest, ok := strings.Cut(path, "]."); ok {
		return rest
	}
	return path
}

func (p *FactsPage) onExposureApprox(ctx app.Context, e app.Event) {
	on := checked(ctx)
	p.change(func(inc *incident.Incident) { inc.Exposure.Approx = on })
}
