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
		return p.frame(PathEstimate, app.P().Class("bd-warning").Role("alert").Text(err.Error()))
	}
	in := desk.EstimateInputs(inc)
	e := estimate.Compute(inc, rs, t, in)
	y := string(l)
	return p.frame(PathEstimate,
		app.Div().Class("bd-print-page bd-estimate").Body(
			app.H1().Text(catalog.T(l, "est.title")),
			app.P().Class("bd-lead").Text(catalog.T(l, "est.lead")),
			app.Section().ID("est-summary").Class("bd-card bd-est-summary").Aria("labelledby", "est-summary-h").Body(
				app.H2().ID("est-summary-h").Text(catalog.T(l, "est.summary")),
				app.Dl().Class("bd-est-figures").Body(
					app.Dt().Text(catalog.T(l, "est.damageTotal")), app.Dd().ID("est-damage-total").Text(e.Damage.Total.Yen(y)),
					app.Dt().Text(catalog.T(l, "est.costTotal")), app.Dd().ID("est-cost-total").Text(e.Costs.Total.Yen(y)),
					app.Dt().Text(catalog.T(l, "est.total")), app.Dd().ID("est-total").Class("bd-est-total").Text(e.Total.Yen(y)),
				),
				app.P().Class("bd-hint").Text(catalog.T(l, "est.rounding")),
			),
			p.damage(l, rs, e.Damage),
			courtCases(l, t.CaseContext(e.Damage.Persons), e.Damage),
			p.costs(l, in, e.Costs),
			app.Div().Class("bd-buttons no-print").Body(
				app.Button().Type("button").ID("est-reset").Text(catalog.T(l, "est.reset")).OnClick(p.onReset),
				app.Button().Type("button").ID("est-print").Class("bd-secondary").Text(catalog.T(l, "print.print")).OnClick(p.onPrint),
			),
		),
	)
}

// damage is the JNSA model: the formula, each factor with its value and why,
// per person and total, and its source.
func (p *EstimatePage) damage(l catalog.Lang, rs *rules.Set, d estimate.Damage) app.UI {
	y := string(l)
	in := desk.EstimateInputs(theDesk.Get(p.id))
	row := func(name, value, why string, control app.UI) app.UI {
		return app.Tr().Body(
			app.Th().Scope("row").Text(name),
			app.Td().Class("bd-est-num").Text(value),
			app.Td().Text(why),
			app.Td().Class("no-print").Body(control),
		)
	}
	level := func(id, field string, cur int) app.UI {
		opts := []app.UI{app.Option().Value("0").Text(catalog.T(l, "est.auto")).Selected(cur == 0)}
		for v := 1; v <= 3; v++ {
			opts = append(opts, app.Option().Value(strconv.Itoa(v)).Text(strconv.Itoa(v)).Selected(cur == v))
		}
		return p.selectInput(l, id, field, opts)
	}
	identOpts := []app.UI{app.Option().Value("0").Text(catalog.T(l, "est.auto")).Selected(in.Identifiability == 0)}
	for _, v := range []int{1, 3, 6} {
		identOpts = append(identOpts, app.Option().Value(strconv.Itoa(v)).Text(catalog.T(l, "est.ident."+strconv.Itoa(v))).Selected(in.Identifiability == v))
	}
	respOpts := []app.UI{app.Option().Value("").Text(catalog.T(l, "est.notChosen")).Selected(in.Responsibility == "")}
	for _, v := range []string{estimate.RespOrdinary, estimate.RespHigher} {
		respOpts = append(respOpts, app.Option().Value(v).Text(catalog.T(l, "est.resp."+v)).Selected(in.Responsibility == v))
	}
	afterOpts := []app.UI{app.Option().Value("").Text(catalog.T(l, "est.notChosen")).Selected(in.After == "")}
	for _, v := range []string{estimate.AfterAppropriate, estimate.AfterInappropriate, estimate.AfterUnknown} {
		afterOpts = append(afterOpts, app.Option().Value(v).Text(catalog.T(l, "est.after."+v)).Selected(in.After == v))
	}
	notes := make([]app.UI, len(d.Notes))
	for i, n := range d.Notes {
		notes[i] = app.Li().Text(tx(l, n))
	}
	personsLow, personsHigh := "", ""
	if in.PersonsLow > 0 {
		personsLow, personsHigh = strconv.FormatInt(in.PersonsLow, 10), strconv.FormatInt(in.PersonsHigh, 10)
	}
	approx := ""
	if in.ApproxPct > 0 {
		approx = strconv.Itoa(in.ApproxPct)
	}
	return app.Section().ID("est-damage").Class("bd-card").Aria("labelledby", "est-damage-h").Body(
		app.H2().ID("est-damage-h").Text(catalog.T(l, "est.damage")),
		app.P().Class("bd-est-formula").Text(catalog.T(l, "est.formula")),
		app.P().Class("bd-est-formula").ID("est-formula").Text(catalog.T(l, "est.thisCase", d.Formula)),
		app.Table().Class("bd-pk-table bd-est-factors").Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text(catalog.T(l, "est.col.factor")),
				app.Th().Scope("col").Text(catalog.T(l, "est.col.value")),
				app.Th().Scope("col").Text(catalog.T(l, "est.col.why")),
				app.Th().Scope("col").Class("no-print").Text(catalog.T(l, "est.col.change")),
			)),
			app.TBody().Body(
				row(catalog.T(l, "est.x"), levelText(d.X), fromText(l, rs, d.XFrom), level("est-x", "x", in.X)),
				row(catalog.T(l, "est.y"), levelText(d.Y), fromText(l, rs, d.YFrom), level("est-y", "y", in.Y)),
				row(catalog.T(l, "est.sensitivity"), levelText(d.Sensitivity), catalog.T(l, "est.sensitivityWhy"), app.Text("")),
				row(catalog.T(l, "est.identifiability"), factorText(d.Identifiability), tx(l, d.Identifiability.Why),
					p.selectInput(l, "est-ident", "identifiability", identOpts)),
				row(catalog.T(l, "est.responsibility"), factorText(d.Responsibility), tx(l, d.Responsibility.Why),
					p.selectInput(l, "est-resp", "responsibility", respOpts)),
				row(catalog.T(l, "est.after"), factorText(d.After), tx(l, d.After.Why),
					p.selectInput(l, "est-after", "after", afterOpts)),
			),
		),
		app.Dl().Class("bd-est-figures").Body(
			app.Dt().Text(catalog.T(l, "est.perPerson")), app.Dd().ID("est-per-person").Text(d.PerPerson.Yen(y)),
			app.Dt().Text(catalog.T(l, "est.persons")), app.Dd().ID("est-persons").Text(catalog.T(l, "est.personsValue", countRange(d.Persons))),
			app.Dt().Text(catalog.T(l, "est.damageTotal")), app.Dd().Text(d.Total.Yen(y)),
		),
		app.FieldSet().Class("bd-est-persons no-print").Body(
			app.Legend().Text(catalog.T(l, "est.personsLegend")),
			app.P().Class("bd-hint").Text(catalog.T(l, "est.personsHint")),
			app.Div().Class("bd-est-pair").Body(
				p.numberInput(l, "est-persons-low", "persons", "", catalog.T(l, "est.personsLow"), personsLow, ""),
				p.numberInput(l, "est-persons-high", "persons", "", catalog.T(l, "est.personsHigh"), personsHigh, ""),
				p.numberInput(l, "est-approx", "approx", "", catalog.T(l, "est.approx"), approx, strconv.Itoa(estimate.DefaultApproxPct)),
			),
		),
		app.If(len(notes) > 0, func() app.UI {
			return app.Div().Body(app.H3().Text(catalog.T(l, "est.notes")), app.Ul().ID("est-notes").Body(notes...))
		}),
		app.P().Class("bd-pk-basis").Text(catalog.T(l, "est.source")+tx(l, d.Source.Text())),
	)
}

// costs is the cost sheet: every item, included or not, with its unit cost,
// quantity, amount, why it applies and its source; every value editable.
func (p *EstimatePage) costs(l catalog.Lang, in estimate.Inputs, s estimate.Sheet) app.UI {
	y := string(l)
	rows := make([]app.UI, 0, len(s.Lines))
	for _, ln := range s.Lines {
		ov := in.Costs[ln.ID]
		cur := "auto"
		if ov.Include != nil {
			cur = map[bool]string{true: "yes", false: "no"}[*ov.Include]
		}
		opts := []app.UI{
			app.Option().Value("auto").Text(catalog.T(l, "est.include.auto")).Selected(cur == "auto"),
			app.Option().Value("yes").Text(catalog.T(l, "est.include.yes")).Selected(cur == "yes"),
			app.Option().Value("no").Text(catalog.T(l, "est.include.no")).Selected(cur == "no"),
		}
		base := "est-cost-" + ln.ID
		it := ""
		if ln.Included {
			it = "✓ "
		}
		cls := "bd-pk-row"
		if !ln.Included {
			cls += " bd-est-excluded"
		}
		source := tx(l, ln.Source.Text())
		if ln.ReliedOn != nil {
			source += " — " + tx(l, *ln.ReliedOn)
		}
		rows = append(rows, app.Tr().Class(cls).DataSet("item", ln.ID).Body(
			app.Td().Body(
				app.Strong().Text(it+tx(l, ln.Title)), app.Br(),
				app.Span().Class("bd-pk-explain").Text(tx(l, ln.Why)), app.Br(),
				app.Span().Class("bd-pk-basis").Text(catalog.T(l, "est.source")+source),
			),
			app.Td().Class("bd-est-num").Body(
				app.Text(tx(l, ln.UnitText)+" "+ln.UnitCost.Yen(y)),
				app.Div().Class("bd-est-pair no-print").Body(
					p.costInput(l, base+"-low", ln.ID, "low", catalog.T(l, "est.low"), ov.Low, ln.UnitCost.Low),
					p.costInput(l, base+"-high", ln.ID, "high", catalog.T(l, "est.high"), ov.High, ln.UnitCost.High),
				),
			),
			app.Td().Class("bd-est-num").Body(
				app.Text(qtyText(l, ln)),
				app.If(ln.Unit != estimate.UnitFixed, func() app.UI {
					return app.Div().Class("no-print").Body(p.costInput(l, base+"-qty", ln.ID, "quantity", qtyLabel(l, ln), ov.Quantity, -1))
				}),
			),
			app.Td().Class("bd-est-num").ID(base+"-amount").Text(ln.Amount.Yen(y)),
			app.Td().Class("no-print").Body(
				app.Label().For(base+"-include").Class("bd-visually-hidden").Text(catalog.T(l, "est.includeLabel", tx(l, ln.Title))),
				app.Select().ID(base+"-include").DataSet("item", ln.ID).Body(opts...).OnChange(p.onInclude),
			),
		))
	}
	notes := make([]app.UI, len(s.Notes))
	for i, n := range s.Notes {
		notes[i] = app.Li().Text(tx(l, n))
	}
	return app.Section().ID("est-costs").Class("bd-card").Aria("labelledby", "est-costs-h").Body(
		app.H2().ID("est-costs-h").Text(catalog.T(l, "est.costs")),
		app.P().Class("bd-hint").Text(catalog.T(l, "est.costsHint")),
		app.If(len(p.problems) > 0, func() app.UI {
			return app.P().Class("bd-problem").Role("alert").ID("est-problem").Text(p.firstProblem())
		}),
		app.Div().Class("bd-est-scroll").Body(app.Table().Class("bd-pk-table bd-est-costs").Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text(catalog.T(l, "est.col.item")),
				app.Th().Scope("col").Text(catalog.T(l, "est.col.unit")),
				app.Th().Scope("col").Text(catalog.T(l, "est.col.quantity")),
				app.Th().Scope("col").Text(catalog.T(l, "est.col.amount")),
				app.Th().Scope("col").Class("no-print").Text(catalog.T(l, "est.col.include")),
			)),
			app.TBody().Body(rows...),
			app.TFoot().Body(app.Tr().Body(
				app.Th().Scope("row").ColSpan(3).Text(catalog.T(l, "est.costTotal")),
				app.Td().Class("bd-est-num").ID("est-costs-sum").Text(s.Total.Yen(y)),
				app.Td().Class("no-print"),
			)),
		)),
		app.If(len(notes) > 0, func() app.UI { return app.Ul().Body(notes...) }),
	)
}

// selectInput is a labelled select of a factor (data-field names it).
func (p *EstimatePage) selectInput(l catalog.Lang, id, kind string, opts []app.UI) app.UI {
	return app.Div().Body(
		app.Label().For(id).Class("bd-visually-hidden").Text(catalog.T(l, "est.change")),
		app.Select().ID(id).DataSet("field", kind).Body(opts...).OnChange(p.onFactor),
	)
}

// numberInput is a labelled text field for a number, with its problem.
func (p *EstimatePage) numberInput(l catalog.Lang, id, kind, item, label, v, placeholder string) app.UI {
	in := app.Input().ID(id).Type("text").Attr("inputmode", "numeric").Value(v).Placeholder(placeholder).
		DataSet("field", kind).DataSet("item", item).OnChange(p.onNumber)
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
