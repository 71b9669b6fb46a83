package ui

import (
	"strconv"
	"strings"

	"breachdesk/app/browser"
	"breachdesk/app/catalog"
	"breachdesk/app/desk"
	"breachdesk/app/estimate"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The edits of the estimate page. Handlers are methods that read the field
// they were fired by (data-field, data-item) when they run: go-app keeps the
// first closure it was given, so nothing captured at render time is used.

// apply changes the stored inputs with fn, unless the result is refused by
// estimate's Check: then the field id shows the problem and nothing changes.
func (p *EstimatePage) apply(ctx app.Context, id string, fn func(in *estimate.Inputs)) {
	inc := theDesk.Get(p.id)
	if inc == nil {
		return
	}
	in := desk.EstimateInputs(inc)
	fn(&in)
	t, err := estimate.DefaultCosts()
	if err != nil {
		p.setProblem(id, err.Error())
		return
	}
	if ps := in.Check(t); len(ps) > 0 {
		p.setProblem(id, tx(p.lang, ps[0].Text))
		return
	}
	p.setProblem(id, "")
	p.change(func(inc *incident.Incident) { desk.SetEstimateInputs(inc, in) })
}

func (p *EstimatePage) setProblem(id, msg string) {
	if p.problems == nil {
		p.problems = map[string]string{}
	}
	if msg == "" {
		delete(p.problems, id)
	} else {
		p.problems[id] = msg
	}
}

func (p *EstimatePage) onFactor(ctx app.Context, e app.Event) {
	kind := ctx.JSSrc().Get("dataset").Get("field").String()
	id := ctx.JSSrc().Get("id").String()
	v := value(ctx)
	n, _ := strconv.Atoi(v)
	p.apply(ctx, id, func(in *estimate.Inputs) {
		switch kind {
		case "x":
			in.X = n
		case "y":
			in.Y = n
		case "identifiability":
			in.Identifiability = n
		case "responsibility":
			in.Responsibility = v
		case "after":
			in.After = v
		}
	})
}

func (p *EstimatePage) onNumber(ctx app.Context, e app.Event) {
	src := ctx.JSSrc()
	kind := src.Get("dataset").Get("field").String()
	item := src.Get("dataset").Get("item").String()
	id := src.Get("id").String()
	label := browser.LabelOf(id)
	n, empty, ok := parseNumber(value(ctx))
	if !ok {
		p.setProblem(id, catalog.T(p.lang, "est.badNumber", label))
		return
	}
	if kind == "persons" {
		// Low and high go together: read both as they are now.
		lo, loEmpty, okLo := parseNumber(estFieldValue("est-persons-low"))
		hi, hiEmpty, okHi := parseNumber(estFieldValue("est-persons-high"))
		if !okLo || !okHi {
			p.setProblem(id, catalog.T(p.lang, "est.badNumber", label))
			return
		}
		if loEmpty != hiEmpty { // wait for the other one, say so
			p.setProblem("est-persons-high", catalog.T(p.lang, "est.personsBoth"))
			return
		}
		p.setProblem("est-persons-low", "")
		p.apply(ctx, "est-persons-high", func(in *estimate.Inputs) { in.PersonsLow, in.PersonsHigh = lo, hi })
		return
	}
	p.apply(ctx, id, func(in *estimate.Inputs) {
		if kind == "approx" {
			in.ApproxPct = int(min(n, 1000))
			return
		}
		c := in.Costs[item]
		var v *int64
		if !empty {
			v = &n
		}
		switch kind {
		case "cost-low":
			c.Low = v
		case "cost-high":
			c.High = v
		case "cost-quantity":
			c.Quantity = v
		}
		desk.SetCost(in, item, c)
	})
}

func (p *EstimatePage) onInclude(ctx app.Context, e app.Event) {
	item := ctx.JSSrc().Get("dataset").Get("item").String()
	id := ctx.JSSrc().Get("id").String()
	v := value(ctx)
	p.apply(ctx, id, func(in *estimate.Inputs) {
		c := in.Costs[item]
		switch v {
		case "yes", "no":
			b := v == "yes"
			c.Include = &b
		default:
			c.Include = nil
		}
		desk.SetCost(in, item, c)
	})
}

func (p *EstimatePage) onReset(ctx app.Context, e app.Event) {
	p.problems = nil
	p.change(func(inc *incident.Incident) { inc.Estimate = nil })
}

func (p *EstimatePage) onPrint(ctx app.Context, e app.Event) {
	ctx.Defer(func(ctx app.Context) {
		if err := browser.Print(); err != nil {
			p.setProblem("est-print", catalog.T(p.lang, "print.printFailed", browser.Text(err, string(p.lang))))
			ctx.Update()
		}
	})
}

// estFieldValue reads the value of the input with this id now.
func estFieldValue(id string) string { return browser.Value(id) }

// parseNumber reads a whole number as people type it ("1200", "1,200",
// "1.2万", full-width digits); "" is empty; a negative, approximate or
// unreadable number is not ok.
func parseNumber(s string) (n int64, empty, ok bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, true, true
	}
	c, err := incident.ParseCount(s)
	if err != nil || !c.Known || c.Approx || c.N < 0 {
		return 0, false, false
	}
	return c.N, false, true
}
