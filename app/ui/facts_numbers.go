package ui

import (
	"strconv"
	"strings"

	"breachdesk/app/catalog"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The numbers typed on the facts page: counts (persons, records) and years.

// countInput is a text input for a count (約1,200, 1.2万, approx. 1200, 不明).
func (f *factsForm) countInput(path string, c incident.Count) app.HTMLElemSelfClosing {
	return void("input[type=text][inputmode=numeric]", "id", fieldID(path), "aria-describedby", f.describedBy(path), "value", countText(f.l, c)).
		Attr("maxlength", 60)
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
