package assess

import (
	"time"

	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// run holds what one evaluation shares between its parts.
type run struct {
	inc  *incident.Incident
	set  *rules.Set
	now  time.Time
	loc  *time.Location
	tl   *timeline
	home string // the jurisdiction of events that name none (reports)
	// apart are the ids of the affected sets the law being evaluated is
	// not about (lawSets: none of their persons lives in its places).
	apart map[string]bool
	cur   string    // the jurisdiction being evaluated ("" outside one): its rules' event(…) counts its events only
	ref   time.Time // when the company knew, or now before it did
	needs []Need
	probs []rules.Text
	// short: the notices to some of the persons only, of the duty being
	// decided (shortNotices): they do not fulfil it.
	short map[*incident.Event]bool
	// unfit: the announcements marked as not standing for the notice
	// (Event.ForNotice No), of a duty done only by one that does
	// (rules.Obligation.ForNotice).
	unfit map[*incident.Event]bool
	// otherRead counts the answers that read a free-text item as not
	// carrying a flag the vocabulary lists items for (rules.Flag.OtherWords):
	// the item's classification is then asked once (F951).
	otherRead int
}

// Evaluate applies the rules to the incident at instant now. It is a pure
// function: the same facts, rules and now give the same assessment.
//
// Instants are taken in the incident's time zone as incident.Location
// resolves it (the one resolver every view and document uses); events dated
// after now are not counted (and are named in Problems). The instant the
// company knew is Assessment.Knew: the drafts, the timeline, the dashboard
// and lint take it from here, never from the events themselves.
func Evaluate(inc *incident.Incident, rs *rules.Set, now time.Time) Assessment {
	inc = inc.AnchoredDays() // a date entered before the time zone changed keeps its date
	r := &run{inc: inc, set: rs, tl: newTimeline(inc.Events, now)}
	r.loc = inc.Location()
	if r.loc.String() != inc.TimeZone {
		r.problem(msg("tz.bad", vars{"tz": same(inc.TimeZone)}))
	}
	r.now = now.In(r.loc)
	r.home = r.homeJurisdiction()
	for _, e := range inc.Events {
		if e.Dated() && e.At.After(now) {
			r.problem(msg("event.future", vars{"id": same(e.ID), "at": when(e.At, r.loc)}))
		}
	}

	a := Assessment{Now: r.now, TimeZone: r.loc.String()}
	r.ref = r.now
	if ev := r.tl.knowing(); ev != nil {
		at := ev.At.In(r.loc)
		a.Knew, a.KnewEvent, a.KnewPrecision = &at, ev.ID, ev.Precision
		r.ref = at
	}
	for _, j := range rs.Jurisdictions {
		jr, applies, why := r.jurisdiction(j)
		if !applies {
			a.NotApplicable = append(a.NotApplicable, NotApplicable{ID: j.ID, Name: j.Name, Why: why,
				NoRules: len(rules.InForce(j.Applies, jr.LawDate)) == 0})
			continue
		}
		a.Jurisdictions = append(a.Jurisdictions, jr)
	}
	r.later(&a)
	if a.Unheld = r.unheld(); len(a.Unheld) > 0 {
		t := unheldText(a.Unheld)
		a.UnheldText = &t
	}
	a.Steps = r.steps(a.Jurisdictions)
	a.Findings = r.findings(a.Jurisdictions)
	if r.otherRead > 0 {
		r.need([]rules.FactRef{{Fact: "category", Arg: "other"}})
	}
	a.Needs, a.Problems = r.needs, r.probs
	return a
}

// env is the rules' view of the facts from a group of data sets (and one set).
func (r *run) env(group []*incident.DataSet, set *incident.DataSet) *env {
	return &env{inc: r.inc, rs: r.set, events: r.tl, ref: r.ref, group: group, set: set, jur: r.cur, jurHome: r.cur != "" && r.cur == r.home, apart: r.apart, otherRead: &r.otherRead}
}

// problem records something the engine had to work around, once.
func (r *run) problem(t rules.Text) {
	for _, p := range r.probs {
		if p == t {
			return
		}
	}
	r.probs = append(r.probs, t)
}

// homeJurisdiction is the jurisdiction of the organisation's first
// establishment, or the first jurisdiction of the rule set.
func (r *run) homeJurisdiction() string {
	e := r.env(nil, nil)
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
	if ev := r.tl.clockStart(clock, jur); ev != nil {
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
