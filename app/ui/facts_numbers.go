package ui

import (
	"strconv"
	"strings"

	"breachdesk/app/catalog"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The number facts of the facts page: counts (persons, records) and years.

// countFact is a count with a field of its own: the current value of a
// figure (typing corrects it; a revision with its date is added on the
// timeline of counts) or a plain count.
type countFact struct {
	get func(*incident.Incident) incident.Count
	set func(*incident.Incident, incident.Count)
}

func figureFact(f func(*incident.Incident) *incident.Figure) countFact {
	return countFact{
		get: func(i *incident.Incident) incident.Count { return f(i).Latest() },
		set: func(i *incident.Incident, c incident.Count) { *f(i) = f(i).Set(c) },
	}
}

// countFacts are the counts with a field of their own, by path.
var countFacts = map[string]countFact{
	"data.persons": figureFact(func(i *incident.Incident) *incident.Figure { return &i.Main().Persons }),
	"data.records": figureFact(func(i *incident.Incident) *incident.Figure { return &i.Main().Records }),
	"data.retention.formerPersons": {
		get: func(i *incident.Incident) incident.Count { return i.Main().Former.Persons },
		set: func(i *incident.Incident, c incident.Count) { i.Main().Former.Persons = c },
	},
}

// countInput is a text input for a count (約1,200, 1.2万, approx. 1200, 不明).
func (f *factsForm) countInput(path string, c incident.Count) app.HTMLInput {
	return app.Input().ID(fieldID(path)).Type("text").Attr("inputmode", "numeric").MaxLength(60).
		Aria("describedby", f.describedBy(path)).Value(countText(f.l, c))
}

func (f *factsForm) count(path string) app.UI {
	return f.field(path, f.countInput(path, countFacts[path].get(f.inc)).DataSet("fact", path).OnChange(f.p.onCount))
}

// parseCountFor reads a typed count; on error the field says so and ok is false.
func (p *FactsPage) parseCountFor(path, s string) (incident.Count, bool) {
	c, err := incident.ParseCount(s)
	if err != nil {
		p.setInputProblem(fieldID(path), catalog.T(p.lang, "f.badCount"))
		return incident.Count{}, false
	}
	p.setInputProblem(fieldID(path), "")
	return c, true
}

func (p *FactsPage) onCount(ctx app.Context, e app.Event) {
	path := ctx.JSSrc().Get("dataset").Get("fact").String()
	cf, ok := countFacts[path]
	if !ok {
		return
	}
	if c, ok := p.parseCountFor(path, value(ctx)); ok {
		p.change(func(inc *incident.Incident) { cf.set(inc, c) })
	}
}

// yearFacts are whole numbers of years, by path.
var yearFacts = map[string]func(*incident.Incident) *int{
	"data.retention.retentionYears": func(i *incident.Incident) *int { return &i.Main().Former.RetentionYears },
}

func (f *factsForm) years(path string) app.UI {
	v := ""
	if n := *yearFacts[path](f.inc); n != 0 {
		v = strconv.Itoa(n)
	}
	return f.field(path, app.Input().ID(fieldID(path)).Type("text").Attr("inputmode", "numeric").MaxLength(4).
		Aria("describedby", f.describedBy(path)).Value(v).DataSet("fact", path).OnChange(f.p.onYears))
}

// parseYears reads a whole number of years from 0 to 200; "" is 0 (not set).
func parseYears(s string) (int, bool) {
	s = strings.TrimSpace(strings.Map(func(r rune) rune {
		if 0xFF10 <= r && r <= 0xFF19 {
			return r - 0xFF10 + '0'
		}
		return r
	}, s))
	for _, suffix := range []string{"年", "years", "year"} {
		s = strings.TrimSpace(strings.TrimSuffix(s, suffix))
	}
	if s == "" {
		return 0, true
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 || n > 200 {
		return 0, false
	}
	return n, true
}

func (p *FactsPage) onYears(ctx app.Context, e app.Event) {
	path := ctx.JSSrc().Get("dataset").Get("fact").String()
	get, ok := yearFacts[path]
	if !ok {
		return
	}
	n, ok := parseYears(value(ctx))
	if !ok {
		p.setInputProblem(fieldID(path), catalog.T(p.lang, "facts.badYears"))
		return
	}
	p.setInputProblem(fieldID(path), "")
	p.change(func(inc *incident.Incident) { *get(inc) = n })
}
