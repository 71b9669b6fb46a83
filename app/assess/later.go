package assess

import (
	"slices"
	"time"

	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// later gives a deadline that runs from knowing a second reading, counted
// from the day the incident's dated figures first made the obligation owed,
// when as of the day of knowing they did not (68: mail forwarded for ten
// months was known on 3/3, its persons estimated at 300 on 3/24 and found
// to be 2,122 on 5/30; only more than 1,000 persons made it reportable).
// The guideline counts the reports from knowing the reportable situation
// (General Guidelines 3-5-3-3); whether that was the day of knowing (a
// possible leak of more than 1,000 persons already plain) or the day the
// count showed it is counsel's call. Due stays the conservative reading;
// Later is the other.
//
// Only the counts are read as of a day (a status's change is another
// question): the incident is taken as of the day of knowing and each day a
// count changed after it, and its jurisdictions evaluated again (not its
// steps or findings).
func (r *run) later(a *Assessment) {
	if a.Knew == nil {
		return
	}
	knewDay := incident.DateOf(a.Knew.In(r.loc))
	days := figureDays(r.inc, knewDay)
	if len(days) == 0 {
		return
	}
	// Each day's counts, and each law evaluated on them once, only the laws
	// asked about (Evaluate runs on every change of the facts).
	incs := map[incident.Date]*incident.Incident{}
	type key struct {
		day incident.Date
		jur string
	}
	snaps := map[key]*Jurisdiction{}
	as := func(day incident.Date, rj *rules.Jurisdiction) *Jurisdiction {
		k := key{day, rj.ID}
		if j, ok := snaps[k]; ok {
			return j
		}
		inc := incs[day]
		if inc == nil {
			inc = asOf(r.inc, day)
			incs[day] = inc
		}
		s := &run{inc: inc, set: r.set, tl: r.tl, loc: r.loc, now: r.now, home: r.home, ref: r.ref}
		var j *Jurisdiction
		if jr, applies, _ := s.jurisdiction(rj); applies {
			j = &jr
		}
		snaps[k] = j
		return j
	}
	for ji := range a.Jurisdictions {
		j := &a.Jurisdictions[ji]
		rj := r.set.Jurisdiction(j.ID)
		for oi := range j.Obligations {
			ob := &j.Obligations[oi]
			if ob.Start != incident.EvAware || ob.Applies != Yes || ob.Due == nil || ob.State == StateNotRequired || rj == nil {
				continue
			}
			ro := rj.ObligationByID(ob.ID, j.LawDate)
			if ro == nil || ro.Deadline.Unit == rules.UnitNone || ro.Deadline.Unit == rules.UnitImmediately || ro.Deadline.Unit == rules.UnitEventDue {
				continue
			}
			// From the day of knowing on: a day the figures showed the
			// obligation not owed (not merely not known), then the first
			// day they made it owed. Owed or open until then: no second
			// reading (a count unknown at first is a possible leak of
			// any size, reportable at once).
			shownNot := false
			for _, day := range append([]incident.Date{knewDay}, days...) {
				switch standing(as(day, rj), ob) {
				case Unknown:
					continue
				case No:
					shownNot = true
					continue
				}
				if !shownNot {
					break
				}
				start, ok := day.First(r.loc)
				if !ok {
					break
				}
				due, from := r.count(ro.Deadline, start, rj)
				if due == nil {
					break
				}
				r.roll(ro.Deadline.Roll, due, rj)
				if due.After(*ob.Due) {
					ob.Later = &Counted{StartAt: start, DueFrom: from, Due: *due}
				}
				break
			}
		}
	}
}

// standing is the obligation (by id and party) in j: Yes owed, Unknown
// open, No not owed (absent, or the law not applying: j nil).
func standing(j *Jurisdiction, ob *Obligation) Verdict {
	if j == nil {
		return No
	}
	for _, o := range j.Obligations {
		if o.ID == ob.ID && o.Party == ob.Party {
			if o.Applies == Yes && o.State == StateNotRequired {
				return No
			}
			return o.Applies
		}
	}
	return No
}

// figureDays are the days after knewDay on which a data set's (or the
// incident's) persons or records were counted anew, oldest first.
func figureDays(inc *incident.Incident, knewDay incident.Date) []incident.Date {
	var out []incident.Date
	add := func(d incident.Date) {
		if d == "" || d.OnOrBefore(knewDay) || !d.Valid() || slices.Contains(out, d) {
			return
		}
		out = append(out, d)
	}
	for _, r := range inc.Persons {
		add(r.On)
	}
	for _, d := range inc.DataSets {
		for _, r := range d.Persons {
			add(r.On)
		}
		for _, r := range d.Records {
			add(r.On)
		}
	}
	slices.SortFunc(out, func(a, b incident.Date) int {
		x, _ := a.First(time.UTC)
		y, _ := b.First(time.UTC)
		return x.Compare(y)
	})
	return out
}

// asOf is inc as its counts stood on day: each figure's revisions
// established by then (a figure with none is unknown). The rest is shared
// with inc, not copied (its events, steps and texts): only new figures are
// set on a copy of the data sets, and nothing is written through them.
func asOf(inc *incident.Incident, day incident.Date) *incident.Incident {
	x := *inc
	x.DataSets = slices.Clone(inc.DataSets)
	upTo := func(f incident.Figure) incident.Figure {
		var out incident.Figure
		for _, r := range f {
			if r.On.OnOrBefore(day) {
				out = append(out, r)
			}
		}
		return out
	}
	x.Persons = upTo(x.Persons)
	for i := range x.DataSets {
		d := &x.DataSets[i]
		d.Persons, d.Records = upTo(d.Persons), upTo(d.Records)
	}
	return &x
}
