package assess

import (
	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// findings measures the delays of the timeline against the law (an
// obligation's deadline) and against good practice (a benchmark).
func (r *run) findings(js []Jurisdiction) []Finding {
	day, _, _ := r.lawDate(incident.EvAware, "")
	e := r.env(r.inc.Affected(""), nil)
	var out []Finding
	for i := range r.set.Playbook.Findings {
		f := &r.set.Playbook.Findings[i]
		if !f.InForce(day) || f.When != nil && f.When.Eval(e).Truth != rules.True {
			continue
		}
		if fd, ok := r.finding(f, js); ok {
			out = append(out, fd)
		}
	}
	return out
}

func (r *run) finding(f *rules.Finding, js []Jurisdiction) (Finding, bool) {
	from := r.tl.first(f.From)
	if from == nil {
		return Finding{}, false
	}
	fromAt := from.At.In(r.loc)
	fd := Finding{ID: f.ID, From: f.From, To: f.To, FromAt: fromAt, Basis: f.Basis,
		Text: f.Text, Citation: f.Citation, ReliedOn: f.ReliedOn}
	var to *incident.Event
	var limitText rules.Text
	basis := f.Basis
	switch basis {
	case rules.BasisLaw:
		ob, jur := findObligation(js, f.Obligation)
		if ob == nil || ob.Due == nil || ob.State == StateExempt || ob.State == StateNotRequired || ob.Applies != Yes {
			return Finding{}, false
		}
		to = r.tl.firstFor(f.To, jur, jur == r.home)
		fd.Limit = ob.Due
		id := "limit.law"
		if ob.Limit == rules.LimitTarget {
			id = "limit.target"
		}
		limitText = msg(id, vars{"due": when(*ob.Due, r.loc)})
	case rules.BasisPractice:
		to = r.tl.first(f.To)
		if to == nil && len(f.RequiredBy) > 0 && !anyRequired(js, f.RequiredBy) {
			return Finding{}, false // nothing the law asks of this case to measure
		}
		n, unit := f.Length, f.Unit
		var of *Jurisdiction
		for _, l := range f.Limits {
			// That law's own deadline, where the law applies (or may) and the
			// deadline was law on the date of its facts.
			if lj := jurisdictionOf(js, l.Jurisdiction); lj != nil && lj.Applies != No && l.InForce(lj.LawDate) {
				n, unit, fd.Text, fd.Citation = l.Length, l.Unit, l.Text, l.Citation
				fd.ReliedOn, basis = nil, rules.BasisLaw
				of = lj
				break
			}
		}
		if n == 0 {
			basis = rules.BasisInfo // no deadline of a law that applies: measured only
			break
		}
		lim, _ := dueAfter(fromAt, unit, n, rules.DayOneNext, nil, r.loc)
		if unit == rules.UnitCalendarDays {
			lim = fromAt.AddDate(0, 0, n) // a benchmark of N days is N×24 hours of the clock
		}
		fd.Limit = &lim
		limitText = msg("limit.practice", vars{"n": length(n, unit)})
		if of != nil {
			id := "limit.jur"
			if of.Applies == Unknown {
				id = "limit.jur.if" // whether that law applies is not known yet
			}
			limitText = msg(id, vars{"n": length(n, unit), "jur": of.Name})
		}
	default:
		to = r.tl.first(f.To)
	}
	if to == nil {
		// A step recorded without a date (the 速報 filed on a day nobody wrote
		// down) was done: the delay cannot be measured, and it is neither
		// "not yet" nor "overdue" (issue 13: undated events are shown, never
		// given an invented date).
		jur, unspecified := "", true
		if basis == rules.BasisLaw {
			_, jur = findObligation(js, f.Obligation)
			unspecified = jur == r.home
		}
		if ev := r.tl.firstUndated([]incident.EventKind{f.To}, jur, unspecified); ev != nil {
			fd.Basis, fd.Undated, fd.Verdict = basis, ev.ID, FindingInfo
			fd.Explanation = msg("f.undated", vars{"label": f.Label, "id": same(ev.ID)})
			fd.Explanation.EN = upperFirst(fd.Explanation.EN)
			return fd, true
		}
	}
	end := r.now
	if to != nil {
		at := to.At.In(r.loc)
		fd.ToAt, end = &at, at
	}
	fd.Elapsed = end.Sub(fromAt)
	v := vars{"label": f.Label, "d": span(fd.Elapsed), "limit": limitText}
	fd.Basis = basis
	switch {
	case basis == rules.BasisInfo && to != nil:
		fd.Verdict, fd.Explanation = FindingInfo, msg("f.info", v)
	case basis == rules.BasisInfo:
		fd.Verdict, fd.Explanation = FindingInfo, msg("f.info.open", v)
	case to != nil && !end.After(*fd.Limit):
		fd.Verdict, fd.Explanation = FindingOK, msg("f.ok", v)
	case to != nil:
		v["over"] = span(end.Sub(*fd.Limit))
		fd.Verdict, fd.Explanation = FindingLate, msg("f.late", v)
	case !r.now.After(*fd.Limit):
		v["left"] = span(fd.Limit.Sub(r.now))
		fd.Verdict, fd.Explanation = FindingPending, msg("f.pending", v)
	default:
		v["over"] = span(r.now.Sub(*fd.Limit))
		fd.Verdict, fd.Explanation = FindingOverdue, msg("f.overdue", v)
	}
	// The label starts the sentence: "Detection to containment: …", not "detection".
	fd.Explanation.EN = upperFirst(fd.Explanation.EN)
	return fd, true
}

func findObligation(js []Jurisdiction, id string) (*Obligation, string) {
	for i := range js {
		for k := range js[i].Obligations {
			if js[i].Obligations[k].ID == id {
				return &js[i].Obligations[k], js[i].ID
			}
		}
	}
	return nil, ""
}

// anyRequired: does one of the obligations ids apply (or may apply) without
// being exempt or lifted by an exception?
func anyRequired(js []Jurisdiction, ids []string) bool {
	for _, id := range ids {
		for i := range js {
			for k := range js[i].Obligations {
				ob := &js[i].Obligations[k]
				if ob.ID == id && ob.Applies != No && ob.State != StateExempt && ob.State != StateNotRequired {
					return true
				}
			}
		}
	}
	return false
}

func jurisdictionOf(js []Jurisdiction, id string) *Jurisdiction {
	for i := range js {
		if js[i].ID == id {
			return &js[i]
		}
	}
	return nil
}
