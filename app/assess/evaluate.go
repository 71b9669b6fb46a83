package assess

import (
	"sync"
	"time"

	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// run holds what one evaluation shares between its parts.
type run struct {
	inc   *incident.Incident
	set   *rules.Set
	now   time.Time
	loc   *time.Location
	tl    *timeline
	home  string // the jurisdiction of events that name none (reports)
	needs []Need
	probs []rules.Text
}

// Evaluate applies the rules to the incident at instant now. It is a pure
// function: the same facts, rules and now give the same assessment.
func Evaluate(inc *incident.Incident, rs *rules.Set, now time.Time) Assessment {
	r := &run{inc: inc, set: rs, tl: newTimeline(inc.Events, now)}
	tz := inc.TimeZone
	if tz == "" {
		tz = incident.DefaultTimeZone
	}
	loc, err := loadLocation(tz)
	if err != nil {
		r.probs = append(r.probs, msg("tz.bad", vars{"tz": same(tz)}))
		tz = incident.DefaultTimeZone
		loc, _ = time.LoadLocation(tz)
		if loc == nil {
			loc = time.FixedZone("JST", 9*3600)
		}
	}
	r.loc, r.now = loc, now.In(loc)
	r.home = r.homeJurisdiction()

	a := Assessment{Now: r.now, TimeZone: tz}
	for _, j := range rs.Jurisdictions {
		jr, applies := r.jurisdiction(j)
		if !applies {
			a.NotApplicable = append(a.NotApplicable, j.ID)
			continue
		}
		a.Jurisdictions = append(a.Jurisdictions, jr)
	}
	a.Steps = r.steps()
	a.Findings = r.findings(a.Jurisdictions)
	a.Needs, a.Problems = r.needs, r.probs
	return a
}

// homeJurisdiction is the jurisdiction of the organisation's first
// establishment, or the first jurisdiction of the rule set.
func (r *run) homeJurisdiction() string {
	e := &env{inc: r.inc, set: r.set}
	if len(r.inc.Org.Establishments) > 0 {
		for _, j := range r.set.Jurisdictions {
			if len(j.Places) > 0 && e.inPlace(j.ID, r.inc.Org.Establishments[0], "") {
				return j.ID
			}
		}
	}
	if len(r.set.Jurisdictions) > 0 {
		return r.set.Jurisdictions[0].ID
	}
	return ""
}

// need turns fact references into needs and records them for the assessment.
func (r *run) need(refs []rules.FactRef) []Need {
	var out []Need
	for _, ref := range refs {
		n := Need{Fact: ref.Fact, Arg: ref.Arg}
		if f := r.set.Fact(ref.Fact); f != nil {
			n.Text = f.Need
		}
		if ref.Fact == "category" && ref.Arg == "other" {
			n.Text = rules.Text{JA: "「その他」の項目の性質（要配慮個人情報等に当たるか）", EN: "what the 'other' data is (special-care, financial, ...)"}
		}
		if !hasNeed(out, n) {
			out = append(out, n)
		}
		if !hasNeed(r.needs, n) {
			r.needs = append(r.needs, n)
		}
	}
	return out
}

// lawDate is the date of the clock event in the incident's time zone, or
// today's date when the clock has not started.
func (r *run) lawDate(clock incident.EventKind, jur string) (rules.Date, *time.Time, bool) {
	if ev := r.tl.firstFor(clock, jur, true); ev != nil {
		at := ev.At.In(r.loc)
		return rules.DateOf(at), &at, false
	}
	return rules.DateOf(r.now), nil, true
}

// hasNeed: needs that ask the user for the same thing count once.
func hasNeed(ns []Need, n Need) bool {
	for _, x := range ns {
		if x.Text == n.Text && (x.Text != rules.Text{} || x.Fact == n.Fact && x.Arg == n.Arg) {
			return true
		}
	}
	return false
}

// locations caches time.LoadLocation: it reads the zone database on every
// call, which under js/wasm goes through Node's or the browser's file layer
// and costs far more than an evaluation.
var locations sync.Map // string → *time.Location

func loadLocation(tz string) (*time.Location, error) {
	if l, ok := locations.Load(tz); ok {
		return l.(*time.Location), nil
	}
	l, err := time.LoadLocation(tz)
	if err != nil {
		return nil, err
	}
	locations.Store(tz, l)
	return l, nil
}
