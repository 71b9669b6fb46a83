package ui

import (
	"strconv"
	"strings"

	"breachdesk/app/catalog"
	"breachdesk/app/desk"
	"breachdesk/app/estimate"
	"breachdesk/app/rules"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// EstimatePage gives the board a number with its range: the JNSA damage
// model (per person and in total, each factor explained) next to the cost
// sheet of the response from unit costs. Every input is editable and stored
// with the incident (incident.Estimate); every number says where it comes
// from; ranges are shown, never a false point.
type EstimatePage struct {
	app.Compo
	incidentPage
	// problems typed into fields that were not stored, by field id.
	problems map[string]string
}

func (p *EstimatePage) OnMount(ctx app.Context) { p.mountIncident(ctx, false) }

func (p *EstimatePage) OnNav(ctx app.Context) {
	p.navIncident(ctx, "est.title")
	p.problems = nil
}

func (p *EstimatePage) Render() app.UI {
	l := p.lang
	inc := theDesk.Get(p.id)
	if inc == nil {
		return p.frame(PathEstimate)
	}
	rs, err := theDesk.Rules()
	var t *estimate.Table
	if err == nil {
		t, err = estimate.DefaultCosts()
	}
	if err != nil {
		return p.frame(PathEstimate, elt("p.bd-warning[role=alert]", err.Error()))
	}
	in := desk.EstimateInputs(inc)
	e := estimate.Compute(inc, rs, t, in)
	y := string(l)
	return p.frame(PathEstimate,
		elb("div", a("class", "bd-print-page bd-estimate"),
			elt("h1", catalog.T(l, "est.title")),
			elt("p.bd-lead", catalog.T(l, "est.lead")),
			elb("section", a("id", "est-summary", "class", "bd-card bd-est-summary", "aria-labelledby", "est-summary-h"),
				elt("h2#est-summary-h", catalog.T(l, "est.summary")),
				figures(l, []figure{
					{"est.damageTotal", e.Damage.Total.Yen(y), "est-damage-total", ""},
					{"est.costTotal", e.Costs.Total.Yen(y), "est-cost-total", ""},
					{"est.total", e.Total.Yen(y), "est-total", "bd-est-total"},
				}),
				elt("p.bd-hint", catalog.T(l, "est.rounding")),
			),
			p.damage(l, rs, e.Damage),
			courtCases(l, t.CaseContext(e.Damage.Persons), e.Damage),
			p.costs(l, in, e.Costs),
			elb("div", a("class", "bd-buttons no-print"),
				button(catalog.T(l, "est.reset"), p.onReset, "id", "est-reset"),
				button(catalog.T(l, "print.print"), p.onPrint, "id", "est-print", "class", "bd-secondary"),
			),
		),
	)
}

// figure is one term of a list of figures: its label's catalog key, its
// value, and the id and class of the value.
type figure struct{ key, value, id, class string }

// figures is a list of figures (dl) rendered from its terms.
func figures(l catalog.Lang, fs []figure) app.UI {
	items := make([]app.UI, 0, 2*len(fs))
	for _, f := range fs {
		items = append(items, elt("dt", catalog.T(l, f.key)), elt("dd", f.value, "id", f.id, "class", f.class))
	}
	return elb("dl", a("class", "bd-est-figures"), items...)
}

// headRow is a table's head: one column header per catalog key; those
// after screenOnly columns are not printed.
func headRow(l catalog.Lang, screenOnly int, keys ...string) app.UI {
	ths := make([]app.UI, len(keys))
	for i, k := range keys {
		cls := ""
		if i >= screenOnly {
			cls = "no-print"
		}
		ths[i] = elt("th[scope=col]", catalog.T(l, k), "class", cls)
	}
	return elb("thead", nil, elb("tr", nil, ths...))
}

// options are a select's options: values with their texts, the current
// one selected.
func options(values, texts []string, cur string) []app.UI {
	opts := make([]app.UI, len(values))
	for i, v := range values {
		opts[i] = option(v, texts[i], v == cur)
	}
	return opts
}

// factor is one row of the damage model's factors: the catalog key of its
// name, its value and why, and the select that changes it (id, data-field,
// the choices with their catalog keys, the current choice); no select when
// id is "".
type factor struct {
	key, value, why string
	id, field       string
	values, texts   []string
	cur             string
}

// damage is the JNSA model: the formula, each factor with its value and why,
// per person and total, and its source.
func (p *EstimatePage) damage(l catalog.Lang, rs *rules.Set, d estimate.Damage) app.UI {
	y := string(l)
	in := desk.EstimateInputs(theDesk.Get(p.id))
	auto, notChosen := catalog.T(l, "est.auto"), catalog.T(l, "est.notChosen")
	levels := []string{"0", "1", "2", "3"}
	levelTexts := []string{auto, "1", "2", "3"}
	factors := []factor{
		{"est.x", levelText(d.X), fromText(l, rs, d.XFrom), "est-x", "x", levels, levelTexts, strconv.Itoa(in.X)},
		{"est.y", levelText(d.Y), fromText(l, rs, d.YFrom), "est-y", "y", levels, levelTexts, strconv.Itoa(in.Y)},
		{"est.sensitivity", levelText(d.Sensitivity), catalog.T(l, "est.sensitivityWhy"), "", "", nil, nil, ""},
		{"est.identifiability", factorText(d.Identifiability), tx(l, d.Identifiability.Why), "est-ident", "identifiability",
			[]string{"0", "1", "3", "6"},
			[]string{auto, catalog.T(l, "est.ident.1"), catalog.T(l, "est.ident.3"), catalog.T(l, "est.ident.6")},
			strconv.Itoa(in.Identifiability)},
		{"est.responsibility", factorText(d.Responsibility), tx(l, d.Responsibility.Why), "est-resp", "responsibility",
			[]string{"", estimate.RespOrdinary, estimate.RespHigher},
			[]string{notChosen, catalog.T(l, "est.resp."+estimate.RespOrdinary), catalog.T(l, "est.resp."+estimate.RespHigher)},
			in.Responsibility},
		{"est.after", factorText(d.After), tx(l, d.After.Why), "est-after", "after",
			[]string{"", estimate.AfterAppropriate, estimate.AfterInappropriate, estimate.AfterUnknown},
			[]string{notChosen, catalog.T(l, "est.after."+estimate.AfterAppropriate), catalog.T(l, "est.after."+estimate.AfterInappropriate),
				catalog.T(l, "est.after."+estimate.AfterUnknown)},
			in.After},
	}
	rows := make([]app.UI, len(factors))
	for i, f := range factors {
		control := app.UI(app.Text(""))
		if f.id != "" {
			control = p.selectInput(l, f.id, f.field, options(f.values, f.texts, f.cur))
		}
		rows[i] = elb("tr", nil,
			elt("th[scope=row]", catalog.T(l, f.key)),
			elt("td.bd-est-num", f.value),
			elt("td", f.why),
			elb("td", a("class", "no-print"), control),
		)
	}
	notes := make([]app.UI, len(d.Notes))
	for i, n := range d.Notes {
		notes[i] = elt("li", tx(l, n))
	}
	personsLow, personsHigh := "", ""
	if in.PersonsLow > 0 {
		personsLow, personsHigh = strconv.FormatInt(in.PersonsLow, 10), strconv.FormatInt(in.PersonsHigh, 10)
	}
	approx := ""
	if in.ApproxPct > 0 {
		approx = strconv.Itoa(in.ApproxPct)
	}
	var notesList app.UI
	if len(notes) > 0 {
		notesList = elb("div", nil, elt("h3", catalog.T(l, "est.notes")), elb("ul", a("id", "est-notes"), notes...))
	}
	return elb("section", a("id", "est-damage", "class", "bd-card", "aria-labelledby", "est-damage-h"),
		elt("h2#est-damage-h", catalog.T(l, "est.damage")),
		elt("p.bd-est-formula", catalog.T(l, "est.formula")),
		elt("p.bd-est-formula#est-formula", catalog.T(l, "est.thisCase", d.Formula)),
		elb("table", a("class", "bd-pk-table bd-est-factors"),
			headRow(l, 3, "est.col.factor", "est.col.value", "est.col.why", "est.col.change"),
			elb("tbody", nil, rows...),
		),
		figures(l, []figure{
			{"est.perPerson", d.PerPerson.Yen(y), "est-per-person", ""},
			{"est.persons", catalog.T(l, "est.personsValue", countRange(d.Persons)), "est-persons", ""},
			{"est.damageTotal", d.Total.Yen(y), "", ""},
		}),
		elb("fieldset", a("class", "bd-est-persons no-print"),
			elt("legend", catalog.T(l, "est.personsLegend")),
			elt("p.bd-hint", catalog.T(l, "est.personsHint")),
			elb("div", a("class", "bd-est-pair"),
				p.numberInput(l, "est-persons-low", "persons", "", catalog.T(l, "est.personsLow"), personsLow, ""),
				p.numberInput(l, "est-persons-high", "persons", "", catalog.T(l, "est.personsHigh"), personsHigh, ""),
				p.numberInput(l, "est-approx", "approx", "", catalog.T(l, "est.approx"), approx, strconv.Itoa(estimate.DefaultApproxPct)),
			),
		),
		notesList,
		elt("p.bd-pk-basis", catalog.T(l, "est.source")+tx(l, d.Source.Text())),
	)
}

// includeValues are the choices of a cost item's inclusion.
var includeValues = []string{"auto", "yes", "no"}

// costs is the cost sheet: every item, included or not, with its unit cost,
// quantity, amount, why it applies and its source; every value editable.
func (p *EstimatePage) costs(l catalog.Lang, in estimate.Inputs, s estimate.Sheet) app.UI {
	y := string(l)
	includeTexts := []string{catalog.T(l, "est.include.auto"), catalog.T(l, "est.include.yes"), catalog.T(l, "est.include.no")}
	rows := make([]app.UI, 0, len(s.Lines))
	for _, ln := range s.Lines {
		ov := in.Costs[ln.ID]
		cur := "auto"
		if ov.Include != nil {
			cur = "no"
			if *ov.Include {
				cur = "yes"
			}
		}
		base := "est-cost-" + ln.ID
		it := ""
		cls := "bd-pk-row bd-est-excluded"
		if ln.Included {
			it, cls = "✓ ", "bd-pk-row"
		}
		source := tx(l, ln.Source.Text())
		if ln.ReliedOn != nil {
			source += " — " + tx(l, *ln.ReliedOn)
		}
		var qty app.UI
		if ln.Unit != estimate.UnitFixed {
			qty = elb("div", a("class", "no-print"), p.costInput(l, base+"-qty", ln.ID, "quantity", qtyLabel(l, ln), ov.Quantity, -1))
		}
		rows = append(rows, elb("tr", a("class", cls, "data-item", ln.ID),
			elb("td", nil,
				elt("strong", it+tx(l, ln.Title)), void("br"),
				elt("span.bd-pk-explain", tx(l, ln.Why)), void("br"),
				elt("span.bd-pk-basis", catalog.T(l, "est.source")+source),
			),
			elb("td", a("class", "bd-est-num"),
				app.Text(tx(l, ln.UnitText)+" "+ln.UnitCost.Yen(y)),
				elb("div", a("class", "bd-est-pair no-print"),
					p.costInput(l, base+"-low", ln.ID, "low", catalog.T(l, "est.low"), ov.Low, ln.UnitCost.Low),
					p.costInput(l, base+"-high", ln.ID, "high", catalog.T(l, "est.high"), ov.High, ln.UnitCost.High),
				),
			),
			elb("td", a("class", "bd-est-num"), app.Text(qtyText(l, ln)), qty),
			elt("td.bd-est-num", ln.Amount.Yen(y), "id", base+"-amount"),
			elb("td", a("class", "no-print"),
				elt("label.bd-visually-hidden", catalog.T(l, "est.includeLabel", tx(l, ln.Title)), "for", base+"-include"),
				el("select", "id", base+"-include", "data-item", ln.ID).Body(options(includeValues, includeTexts, cur)...).On("change", p.onInclude),
			),
		))
	}
	notes := make([]app.UI, len(s.Notes))
	for i, n := range s.Notes {
		notes[i] = elt("li", tx(l, n))
	}
	var problem, notesList app.UI
	if len(p.problems) > 0 {
		problem = elt("p.bd-problem[role=alert]#est-problem", p.firstProblem())
	}
	if len(notes) > 0 {
		notesList = elb("ul", nil, notes...)
	}
	return elb("section", a("id", "est-costs", "class", "bd-card", "aria-labelledby", "est-costs-h"),
		elt("h2#est-costs-h", catalog.T(l, "est.costs")),
		elt("p.bd-hint", catalog.T(l, "est.costsHint")),
		problem,
		elb("div", a("class", "bd-est-scroll"), elb("table", a("class", "bd-pk-table bd-est-costs"),
			headRow(l, 4, "est.col.item", "est.col.unit", "est.col.quantity", "est.col.amount", "est.col.include"),
			elb("tbody", nil, rows...),
			elb("tfoot", nil, elb("tr", nil,
				elt("th[scope=row][colspan=3]", catalog.T(l, "est.costTotal")),
				elt("td.bd-est-num#est-costs-sum", s.Total.Yen(y)),
				elb("td", a("class", "no-print")),
			)),
		)),
		notesList,
	)
}

// selectInput is a labelled select of a factor (data-field names it).
func (p *EstimatePage) selectInput(l catalog.Lang, id, kind string, opts []app.UI) app.UI {
	return elb("div", nil,
		elt("label.bd-visually-hidden", catalog.T(l, "est.change"), "for", id),
		el("select", "id", id, "data-field", kind).Body(opts...).On("change", p.onFactor),
	)
}

// numberInput is a labelled text field for a number, with its problem.
func (p *EstimatePage) numberInput(l catalog.Lang, id, kind, item, label, v, placeholder string) app.UI {
	in := void("input[type=text][inputmode=numeric]", "id", id, "value", v, "placeholder", placeholder, "data-field", kind, "data-item", item).
		On("change", p.onNumber)
	if p.problems[id] != "" {
		in = in.Aria("invalid", "true").Aria("describedby", id+"-problem")
	}
	return field(id, label, "", p.problems[id], in)
}

// costInput is the field overriding one value of a cost item; the default
// shows as its placeholder (fallback < 0: none).
func (p *EstimatePage) costInput(l catalog.Lang, id, item, which, label string, v *int64, fallback int64) app.UI {
	s, ph := "", ""
	if v != nil {
		s = strconv.FormatInt(*v, 10)
	}
	if fallback >= 0 {
		ph = estimate.Group(fallback)
	}
	return p.numberInput(l, id, "cost-"+which, item, label, s, ph)
}

func (p *EstimatePage) firstProblem() string {
	keys := make([]string, 0, len(p.problems))
	for k := range p.problems {
		keys = append(keys, k)
	}
	if len(keys) == 0 {
		return ""
	}
	min := keys[0]
	for _, k := range keys[1:] {
		if k < min {
			min = k
		}
	}
	return p.problems[min]
}

func levelText(n int) string {
	if n == 0 {
		return "—"
	}
	return strconv.Itoa(n)
}

func factorText(f estimate.Factor) string {
	if f.Low == f.High {
		return strconv.Itoa(f.Low)
	}
	return strconv.Itoa(f.Low) + "–" + strconv.Itoa(f.High)
}

// fromText names the categories that set a Simple-EP level.
func fromText(l catalog.Lang, rs *rules.Set, ids []string) string {
	var names []string
	for _, id := range ids {
		switch c := rs.Category(id); {
		case id == "input":
			names = append(names, catalog.T(l, "est.entered"))
		case c != nil && l == catalog.EN:
			names = append(names, c.EN)
		case c != nil:
			names = append(names, c.JA)
		default:
			names = append(names, id)
		}
	}
	if len(names) == 0 {
		return catalog.T(l, "est.noCategory")
	}
	sep := "、"
	if l == catalog.EN {
		sep = ", "
	}
	return catalog.T(l, "est.from", strings.Join(names, sep))
}

// countRange writes a range of persons: "48,685", "960–1,440", "12,754+", "?".
func countRange(r estimate.Range) string {
	switch {
	case !r.Known:
		return "?"
	case r.Open:
		return estimate.Group(r.Low) + "+"
	case r.Low == r.High:
		return estimate.Group(r.Low)
	}
	return estimate.Group(r.Low) + "–" + estimate.Group(r.High)
}

// qtyLabel names the quantity a line asks for: persons or months (a lump
// sum asks for none).
func qtyLabel(l catalog.Lang, ln estimate.Line) string {
	if ln.Unit == estimate.UnitPerMonth {
		return catalog.T(l, "est.quantityMonths")
	}
	return catalog.T(l, "est.quantityPersons")
}

// qtyText is a line's quantity with its unit of count.
func qtyText(l catalog.Lang, ln estimate.Line) string {
	switch ln.Unit {
	case estimate.UnitFixed:
		return catalog.T(l, "est.lumpSum")
	case estimate.UnitPerMonth:
		return catalog.T(l, "est.months", countRange(ln.Quantity))
	}
	return catalog.T(l, "est.personsValue", countRange(ln.Quantity))
}
