package ui

import (
	"strings"
	"time"

	"breachdesk/app/catalog"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The facts of the incident as a whole: its name, the number of distinct
// persons once the data sets are de-duplicated, the exposure window; why the
// company took the moment it did as the one it knew; and the texts, each
// said to be for whom it is written.

func (f *factsForm) incidentSection() app.UI {
	l := f.l
	// The sum of the sets, as the engine takes it when no total is given.
	sets := *f.inc
	sets.Persons = nil
	sum, partial := sets.Total("")
	sumText := catalog.T(l, "inc.sumUnknown")
	if sum.Known {
		sumText = catalog.T(l, "inc.sum", countText(l, sum))
		if partial {
			sumText = catalog.T(l, "inc.sumPartial", countText(l, sum))
		}
	}
	return f.section("incident",
		f.text("title"),
		f.figure("persons", f.inc.Persons, owner{}, "persons"),
		elt("p.bd-hint#fx-persons-sum", sumText),
		f.window("exposure", f.inc.Exposure, owner{}, f.p.onDay, f.p.onDayToday, f.p.onExposureApprox),
	)
}

// awareSection is why the company took the moment it did as the moment it
// knew (事態を知った時), next to that moment and the first detection.
func (f *factsForm) awareSection() app.UI {
	l, loc := f.l, f.inc.Location()
	var facts []app.UI
	now := incidentNow(f.inc, time.Time{})
	for _, k := range []incident.EventKind{incident.EvDetected, incident.EvAware} {
		v := catalog.T(l, "aware.notYet")
		if ev, ok := f.inc.FirstEvent(k); ok && ev.Dated() {
			v = eventWhen(l, ev, loc, now)
		}
		facts = append(facts, elt("dt", catalog.T(l, "ev."+string(k))), elt("dd", v, "id", "fx-aware-"+string(k)))
	}
	return f.section("aware",
		el("dl.bd-aware-facts").Body(facts...),
		f.text("awareWhy.text"),
		el("div.bd-field-row").Body(
			f.text("awareWhy.by"),
			f.instantInput("awareWhy.at", f.inc.AwareWhy.At, owner{}, "awareWhy.at", f.p.onAwareAt, f.p.onAwareNow),
		),
	)
}

func (p *FactsPage) onAwareAt(ctx app.Context, e app.Event) {
	inc := p.inc()
	if inc == nil {
		return
	}
	id := fieldID("awareWhy.at")
	s := strings.TrimSpace(value(ctx))
	if s == "" {
		p.setInputProblem(id, "")
		p.change(func(inc *incident.Incident) { inc.AwareWhy.At = nil })
		return
	}
	at, err := parseDatetimeLocal(s, inc.Location())
	if err != nil {
		p.setInputProblem(id, catalog.T(p.lang, "facts.badDateTime"))
		return
	}
	p.setInputProblem(id, "")
	p.change(func(inc *incident.Incident) { inc.AwareWhy.At = &at })
}

func (p *FactsPage) onAwareNow(ctx app.Context, e app.Event) {
	inc := p.inc()
	if inc == nil {
		return
	}
	at := incidentNow(inc, time.Time{}).In(inc.Location()).Truncate(time.Minute)
	p.setInputProblem(fieldID("awareWhy.at"), "")
	p.change(func(inc *incident.Incident) { inc.AwareWhy.At = &at })
	setField(fieldID("awareWhy.at"), datetimeLocal(at, inc.Location()))
}

func (f *factsForm) storySection() app.UI {
	return f.section("story",
		f.text("story.summary"),
		f.day("story.summaryOn"),
		f.text("story.howDiscovered"),
		f.day("story.howDiscoveredOn"),
		f.text("story.measuresBefore"),
		f.text("story.response"),
		f.day("story.responseOn"),
		f.text("story.currentState"),
		f.text("story.prevention"),
		f.text("story.compensation"),
		f.choice("story.compensationScope"),
		f.text("story.compensationReason"),
		f.text("story.other"),
	)
}

func (f *factsForm) publicSection() app.UI {
	return f.section("public",
		f.text("public.summary"),
		f.day("public.summaryOn"),
		f.text("public.cause"),
		f.day("public.causeOn"),
		f.text("public.measures"),
		f.text("public.prevention"),
		f.text("public.harm"),
		f.text("public.noticeDelay"),
	)
}

func (f *factsForm) notesSection() app.UI { return f.section("notes", f.text("notes")) }
