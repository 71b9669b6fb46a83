package assess

import (
	"slices"
	"strings"
	"time"

	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// group is the data sets one instance of an obligation is owed for: all the
// affected sets, or those held for one entrustor (party "" when the sets do
// not name theirs).
type group struct {
	party string
	sets  []*incident.DataSet
	order *incident.Event // for an obligation owed to each order: the order
}

// groups are the instances of an obligation: one per entrustor of the
// affected processor sets for an obligation owed to each entrustor, one per
// dated order for an obligation owed to each order, else one.
func (r *run) groups(o *rules.Obligation, affected []*incident.DataSet) []group {
	if o.Per == rules.PerOrder {
		var out []group
		for _, ev := range r.tl.byKind[o.Deadline.Start] {
			out = append(out, group{party: ev.Party, sets: affected, order: ev})
		}
		if len(out) == 0 {
			return []group{{sets: affected}}
		}
		return out
	}
	if o.Per != rules.PerEntrustor {
		return []group{{sets: affected}}
	}
	var out []group
	for _, d := range affected {
		if d.Role != incident.Processor {
			continue
		}
		i := slices.IndexFunc(out, func(g group) bool { return g.party == d.Entrustor })
		if i < 0 {
			out = append(out, group{party: d.Entrustor})
			i = len(out) - 1
		}
		out[i].sets = append(out[i].sets, d)
	}
	return out
}

// obligations evaluates the law's obligations in force on the law date, each
// once or once per entrustor, then lifts what the processor's notices to its
// entrustors exempt.
func (r *run) obligations(j *rules.Jurisdiction, e *env, lawDate rules.Date) []Obligation {
	var out []Obligation
	for i := range j.Obligations {
		o := &j.Obligations[i]
		if !o.InForce(lawDate) {
			continue
		}
		for _, g := range r.groups(o, e.group) {
			ge := *e
			ge.group = g.sets
			if o.Per == rules.PerEntrustor {
				rep := r.groupReportable(g.sets, e.sets)
				ge.reportable = &rep
			}
			if ob, ok := r.obligation(j, o, &ge, g, lawDate); ok {
				out = append(out, ob)
			}
		}
	}
	for i := range out {
		ob := &out[i]
		if o := j.ObligationByID(ob.ID, lawDate); o != nil && o.Exempt != nil {
			r.exempt(ob, o, out, e)
		}
	}
	for i := range out {
		ob := &out[i]
		if o := j.ObligationByID(ob.ID, lawDate); o != nil && o.NotBefore != nil {
			r.order(ob, o.NotBefore, findInstance(out, o.NotBefore.By, ""))
		}
	}
	return out
}

// groupReportable: any set of the group reportable (unknown when none is and some cannot tell).
func (r *run) groupReportable(sets []*incident.DataSet, results map[string]*setResult) rules.Outcome {
	out := rules.Outcome{Truth: rules.False}
	for _, d := range sets {
		sr := results[d.ID]
		if sr == nil {
			continue
		}
		switch sr.reportable.Truth {
		case rules.True:
			return rules.Outcome{Truth: rules.True}
		case rules.Unknown:
			out.Truth = rules.Unknown
			out.Needs = mergeNeeds(out.Needs, sr.reportable.Needs)
		}
	}
	return out
}

// obligation evaluates one instance of an obligation; ok is false when it does not apply.
func (r *run) obligation(j *rules.Jurisdiction, o *rules.Obligation, e *env, g group, lawDate rules.Date) (Obligation, bool) {
	party := g.party
	when := o.When.Eval(e)
	if when.Truth == rules.False {
		return Obligation{}, false
	}
	ob := Obligation{
		ID: o.ID, Level: o.Level, Title: o.Title, To: o.To, Applies: verdictOf(when.Truth),
		Start: o.Deadline.Start, Limit: o.Deadline.Limit, DeadlineText: o.Deadline.Text,
		Text: o.Text, Citation: o.Citation, ReliedOn: o.ReliedOn, Party: party,
	}
	if p, ok := r.inc.Party(party); ok {
		ob.PartyName = p.Name
	}
	if when.Truth == rules.Unknown {
		ob.Needs = r.need(when.Needs)
	}
	r.route(&ob, j, e, lawDate)
	if o.Exempt != nil {
		ob.Exemption = &o.Exempt.Text
	}

	// The data sets it is owed for, and those an established exception lifts.
	var lifted rules.Text
	for _, d := range e.group {
		se := *e
		se.set = d
		if o.When.Eval(&se).Truth == rules.False {
			continue
		}
		ob.Sets = append(ob.Sets, d.ID)
		for _, u := range rules.InForce(o.Unless, lawDate) {
			uo := u.When.Eval(&se)
			if uo.Truth == rules.False {
				continue
			}
			if !slices.ContainsFunc(ob.Unless, func(x Reason) bool { return x.RuleID == u.ID }) {
				ob.Unless = append(ob.Unless, r.reason(u, uo))
			}
			if uo.Truth == rules.True {
				ob.LiftedSets = append(ob.LiftedSets, d.ID)
				lifted = u.Text
				break
			}
		}
	}

	// The deadline.
	start := r.tl.clockStart(o.Deadline.Start, j.ID)
	if g.order != nil {
		start = g.order
	}
	if start != nil {
		at := start.At.In(r.loc)
		ob.StartAt = &at
		ob.StartPrecision = start.Precision
		r.deadline(&ob, o.Deadline, at, start, j)
		if o.Deadline.Start == incident.EvAware {
			r.early(&ob, o.Deadline, at, j)
		}
	}

	// Done?
	unspecified := o.AnyJurisdictionEvent || j.ID == r.home
	if g.order != nil {
		if ev := r.answer(o, j.ID, unspecified, g.order); ev != nil {
			if ev.Dated() {
				at := ev.Last(r.loc).In(r.loc)
				ob.DoneAt = &at
			}
			ob.DoneBy = ev.ID
		}
	} else if ev := r.doneEvent(o, j.ID, unspecified, party, false); ev != nil && !r.bySet(o, j.ID, unspecified, party) {
		at := ev.Last(r.loc).In(r.loc)
		ob.DoneAt, ob.DoneBy = &at, ev.ID
	} else if ev != nil {
		// Events that name data sets: done once every set it is owed for is covered.
		last, covered := r.coverage(o, j.ID, unspecified, party, owed(&ob))
		ob.DoneSets = covered
		if last != nil {
			at := last.Last(r.loc).In(r.loc)
			ob.DoneAt, ob.DoneBy = &at, last.ID
		}
	} else if st, ok := r.inc.Steps[o.DoneByStep]; ok && o.DoneByStep != "" && st.Status == incident.StepDone {
		ob.DoneBy = "step:" + o.DoneByStep
		if st.DoneAt != nil {
			at := st.DoneAt.In(r.loc)
			ob.DoneAt = &at
		}
	} else if ev := r.doneEvent(o, j.ID, unspecified, party, true); ev != nil {
		ob.DoneBy = ev.ID // done, at a time not recorded: never overdue, never shown as in time
	} else if o.DoneWhen != nil && o.DoneWhen.Eval(e).Truth == rules.True {
		ob.DoneBy = "facts"
	}

	switch {
	case len(ob.Sets) > 0 && len(ob.LiftedSets) == len(ob.Sets):
		ob.State = StateNotRequired
		ob.Explanation = msg("not_required", vars{"why": lifted})
	case ob.DoneBy != "":
		r.doneState(&ob)
	case len(ob.DoneSets) > 0:
		r.openState(&ob)
		ob.Explanation = rules.Text{JA: msg("done.part", vars{"sets": setNames(r.inc, ob.DoneSets)}).JA + ob.Explanation.JA,
			EN: msg("done.part", vars{"sets": setNames(r.inc, ob.DoneSets)}).EN + ob.Explanation.EN}
	case when.Truth == rules.Unknown:
		ob.State = StateUndetermined
		ob.Explanation = msg("undetermined", vars{"needs": needList(ob.Needs)})
	default:
		r.openState(&ob)
	}
	return ob, true
}

// doneEvent is the earliest dated event (or, undated, the first event
// recorded without a date) that fulfils an obligation: of its kinds,
// for the jurisdiction (or for none when unspecified); for an obligation owed
// to one party, an event naming that party, or naming none when it is the
// only party the obligation is owed to.
func (r *run) doneEvent(o *rules.Obligation, jur string, unspecified bool, party string, undated bool) *incident.Event {
	events := r.tl.byKind
	if undated {
		events = r.tl.undated
	}
	if o.Per != rules.PerEntrustor {
		if undated {
			return r.tl.firstUndated(o.DoneBy, jur, unspecified)
		}
		return r.tl.firstOf(o.DoneBy, jur, unspecified)
	}
	only := len(r.entrustors()) <= 1
	var best *incident.Event
	for _, k := range o.DoneBy {
		for _, ev := range events[k] {
			if ev.Jurisdiction != jur && (ev.Jurisdiction != "" || !unspecified) {
				continue
			}
			if ev.Party != party && (ev.Party != "" || !only) {
				continue
			}
			if best == nil || ev.At.Before(best.At) {
				best = ev
			}
			break
		}
	}
	return best
}

// answer is the event that fulfils an obligation owed to one order: the
// earliest of its kinds dated at or after the order and naming the order's
// party (or naming none, when every order names the same party); failing
// that, one recorded without a date, when the party gave no other order.
func (r *run) answer(o *rules.Obligation, jur string, unspecified bool, order *incident.Event) *incident.Event {
	orders := r.tl.byKind[o.Deadline.Start]
	oneParty, fromParty := true, 0
	for _, x := range orders {
		oneParty = oneParty && x.Party == orders[0].Party
		if x.Party == order.Party {
			fromParty++
		}
	}
	match := func(ev *incident.Event) bool {
		return (ev.Jurisdiction == jur || ev.Jurisdiction == "" && unspecified) &&
			(ev.Party == order.Party || ev.Party == "" && oneParty)
	}
	var best *incident.Event
	for _, k := range o.DoneBy {
		for _, ev := range r.tl.byKind[k] {
			if !ev.At.Before(order.At) && match(ev) && (best == nil || ev.At.Before(best.At)) {
				best = ev
				break
			}
		}
	}
	if best != nil || fromParty > 1 {
		return best
	}
	for _, k := range o.DoneBy {
		for _, ev := range r.tl.undated[k] {
			if match(ev) {
				return ev
			}
		}
	}
	return nil
}

// entrustors are the distinct entrustors of the affected processor sets.
func (r *run) entrustors() []string {
	var out []string
	for _, d := range r.inc.Affected("") {
		if d.Role == incident.Processor && !slices.Contains(out, d.Entrustor) {
			out = append(out, d.Entrustor)
		}
	}
	return out
}

// deadline fills DueFrom and Due from the start event, and the other
// reading of the count where the law's counting is not settled.
func (r *run) deadline(ob *Obligation, d rules.Deadline, at time.Time, start *incident.Event, j *rules.Jurisdiction) {
	if d.Unit == rules.UnitEventDue {
		if start.Due != nil {
			due := start.Due.In(r.loc)
			ob.Due = &due
		}
		return
	}
	ob.Due, ob.DueFrom = r.count(d, at, j)
	if d.Alt != nil && ob.Due != nil {
		alt := d
		alt.DayOne = d.Alt.DayOne
		if due, _ := r.count(alt, at, j); due != nil {
			if d.Alt.Roll == rules.RollNext {
				if cal := r.set.Calendars[j.Calendar]; cal != nil && cal.Covers(*due) {
					*due = rollForward(*due, cal, r.loc)
				}
			}
			if !due.Equal(*ob.Due) {
				ob.DueAlt = due
				ob.Counting = &AltCounting{Text: d.Alt.Text, Source: d.Alt.Source}
			}
		}
	}
}

// count computes a deadline's due instant and the start of its target range.
func (r *run) count(d rules.Deadline, at time.Time, j *rules.Jurisdiction) (due, from *time.Time) {
	cal := r.set.Calendars[j.Calendar]
	if d.Unit == rules.UnitBusinessDays && cal != nil && !cal.Covers(at) {
		r.problem(msg("cal.range", vars{"cal": same(cal.ID), "year": same(at.Format("2006"))}))
		cal = nil
	}
	if t, ok := dueAfter(at, d.Unit, d.Length, d.DayOne, cal, r.loc); ok {
		due = &t
	}
	if d.From > 0 {
		if t, ok := dueAfter(at, d.Unit, d.From, d.DayOne, cal, r.loc); ok {
			from = &t
		}
	}
	return due, from
}

// rollForward moves the end of a day off to the end of the next business day.
func rollForward(t time.Time, cal *rules.Calendar, loc *time.Location) time.Time {
	d := t.In(loc)
	for day := time.Date(d.Year(), d.Month(), d.Day(), 12, 0, 0, 0, loc); !cal.BusinessDay(day); {
		day = time.Date(day.Year(), day.Month(), day.Day()+1, 12, 0, 0, 0, loc)
		d = endOfDay(day.Year(), day.Month(), day.Day(), loc)
	}
	return d
}

// early counts a deadline that runs from knowing from the first detection
// instead, when something was detected before the company took itself to
// know: the earliest start a regulator or the press may hold it to.
func (r *run) early(ob *Obligation, d rules.Deadline, knew time.Time, j *rules.Jurisdiction) {
	det := r.tl.firstFor(incident.EvDetected, j.ID, true)
	if det == nil || !det.At.Before(knew) || d.Unit == rules.UnitNone || d.Unit == rules.UnitEventDue {
		return
	}
	at := det.At.In(r.loc)
	due, from := r.count(d, at, j)
	if due == nil {
		return
	}
	ob.Early = &Counted{From: incident.EvDetected, Event: det.ID, StartAt: at, DueFrom: from, Due: *due}
}

func (r *run) doneState(ob *Obligation) {
	by := same(ob.DoneBy)
	at := rules.Text{JA: "日時未記録", EN: "time not recorded"}
	if ob.DoneAt != nil {
		at = when(*ob.DoneAt, r.loc)
	}
	ob.State = StateDone
	ob.Explanation = msg("done", vars{"at": at, "by": by})
	if ob.Due == nil || ob.DoneAt == nil {
		return
	}
	left := ob.Due.Sub(*ob.DoneAt)
	ob.Left = &left
	if left < 0 {
		ob.State = StateDoneLate
		id := "done.late"
		if ob.Limit == rules.LimitTarget {
			id = "done.late.tgt"
		}
		ob.Explanation = msg(id, vars{"at": at, "by": by, "d": span(left), "due": when(*ob.Due, r.loc)})
	}
}

func (r *run) openState(ob *Obligation) {
	switch {
	case ob.StartAt == nil:
		ob.State = StateWaiting
		ob.Explanation = msg("waiting", vars{"event": eventLabel(ob.Start)})
	case ob.Due == nil:
		ob.State = StateOpen
		ob.Explanation = msg("open", vars{"event": eventLabel(ob.Start), "d": span(r.now.Sub(*ob.StartAt))})
	default:
		left := ob.Due.Sub(r.now)
		ob.Left = &left
		target := ob.Limit == rules.LimitTarget
		switch {
		case left < 0 && target:
			ob.State, ob.Explanation = StateOverdue, msg("overdue.tgt", vars{"d": span(left), "due": when(*ob.Due, r.loc)})
		case left < 0:
			ob.State, ob.Explanation = StateOverdue, msg("overdue", vars{"d": span(left), "due": when(*ob.Due, r.loc)})
		case ob.DueFrom != nil:
			ob.State, ob.Explanation = StateDue, msg("due.range", vars{"d": span(left), "from": when(*ob.DueFrom, r.loc), "due": when(*ob.Due, r.loc)})
		case target:
			ob.State, ob.Explanation = StateDue, msg("due.tgt", vars{"d": span(left), "due": when(*ob.Due, r.loc)})
		default:
			ob.State, ob.Explanation = StateDue, msg("due", vars{"d": span(left), "due": when(*ob.Due, r.loc)})
		}
	}
}

// exempt lifts ob for each data set it covers whose exemption condition
// holds once the processor told that set's entrustor (the instance of
// obligation By owed to that entrustor) no later than that instance's due
// instant. Lifted for every set it covers, ob is exempt as a whole; the
// company's own data is never lifted this way (its condition is false there).
func (r *run) exempt(ob *Obligation, o *rules.Obligation, all []Obligation, e *env) {
	if ob.State == StateNotRequired || ob.Exemption == nil {
		return
	}
	why := *ob.Exemption
	var candidates, exempted []string
	var late rules.Text // why the exemption is not relied on: a notice late, or not dated
	var lastBy *Obligation
	for _, id := range ob.Sets {
		if slices.Contains(ob.LiftedSets, id) {
			continue
		}
		d, _ := r.inc.DataSet(id)
		se := *e
		se.set = d
		if o.Exempt.When.Eval(&se).Truth != rules.True {
			continue
		}
		candidates = append(candidates, id)
		by := findInstance(all, o.Exempt.By, d.Entrustor)
		switch {
		case by == nil || by.DoneBy == "":
		case by.DoneAt == nil:
			late = msg("exempt.undated", vars{"party": entrustorLabel(by), "by": same(by.DoneBy)})
		case by.Due != nil && by.DoneAt.After(*by.Due):
			late = msg("exempt.late", vars{"party": entrustorLabel(by), "at": when(*by.DoneAt, r.loc)})
		default:
			exempted = append(exempted, id)
			lastBy = by
		}
	}
	if len(candidates) == 0 {
		ob.Exemption = nil // owed for the company's own data only
		return
	}
	ob.ExemptSets = exempted
	if !late.Empty() {
		ob.Exemption = &late
	}
	remaining := 0
	for _, id := range ob.Sets {
		if !slices.Contains(ob.LiftedSets, id) && !slices.Contains(exempted, id) {
			remaining++
		}
	}
	switch {
	case ob.State == StateDone || ob.State == StateDoneLate:
		// it was done anyway
	case remaining == 0:
		ob.State = StateExempt
		ob.Left = nil
		ob.Explanation = msg("exempt", vars{"why": why, "by": same(lastBy.DoneBy), "at": when(*lastBy.DoneAt, r.loc)})
	case len(exempted) > 0:
		ob.Explanation = rules.Text{JA: ob.Explanation.JA + " " + msg("exempt.part", nil).JA, EN: ob.Explanation.EN + " " + msg("exempt.part", nil).EN}
	case late.Empty():
		ob.Explanation = rules.Text{JA: ob.Explanation.JA + " " + why.JA, EN: ob.Explanation.EN + " " + why.EN}
	}
}

// entrustorLabel names the entrustor an instance of an obligation is owed
// to: its name, else its party id, else that none is named.
func entrustorLabel(ob *Obligation) rules.Text {
	switch {
	case ob.PartyName != "":
		return same(ob.PartyName)
	case ob.Party != "":
		return same(ob.Party)
	}
	return rules.Text{JA: "委託元未入力", EN: "entrustor not named"}
}

// findInstance is the instance of obligation id owed to party.
func findInstance(all []Obligation, id, party string) *Obligation {
	for i := range all {
		if all[i].ID == id && all[i].Party == party {
			return &all[i]
		}
	}
	return nil
}

// order checks an obligation that may be done only at the same time as or
// after another one (first): done before first was done, it is done out of
// order; still open while first is not done, its explanation says to wait.
// An obligation that is lifted, exempt or undetermined, or whose first
// obligation does not apply, is not checked.
func (r *run) order(ob *Obligation, o *rules.Order, first *Obligation) {
	if first == nil || ob.State == StateNotRequired || ob.State == StateExempt || ob.State == StateUndetermined {
		return // nothing to come first, or nothing to do
	}
	if first.DoneBy != "" && first.DoneAt == nil {
		return // done at a time not recorded: the order cannot be told
	}
	firstDone := first.DoneAt != nil
	switch {
	case ob.DoneAt != nil && (!firstDone || ob.DoneAt.Before(*first.DoneAt)):
		// Done first: a violation whether or not the other obligation was done later.
		v := vars{"at": when(*ob.DoneAt, r.loc), "why": o.Text}
		id := "order.before.open"
		if firstDone {
			id, v["first"] = "order.before", when(*first.DoneAt, r.loc)
		}
		ob.State = StateDoneOutOfOrder
		ob.Explanation = msg(id, v)
	case ob.DoneAt == nil && ob.DoneBy == "" && !firstDone:
		ob.Explanation = rules.Text{JA: ob.Explanation.JA + " " + o.Text.JA, EN: ob.Explanation.EN + " " + o.Text.EN}
	}
}

// route sends an obligation to the recipient of the first route in force
// that lists it and whose condition holds ({party} in its text names the
// ministry the user marked as delegated).
func (r *run) route(ob *Obligation, j *rules.Jurisdiction, e *env, lawDate rules.Date) {
	for _, rt := range rules.InForce(j.Routes, lawDate) {
		if !slices.Contains(rt.Obligations, ob.ID) || rt.When.Eval(e).Truth != rules.True {
			continue
		}
		to := rt.To
		if p := e.delegate(); p != nil {
			to = rules.Text{JA: strings.ReplaceAll(to.JA, "{party}", p.Name), EN: strings.ReplaceAll(to.EN, "{party}", p.Name)}
		}
		ob.To = to
		ob.Route = &Reason{RuleID: rt.ID, Verdict: Yes, Text: to, Citation: rt.Citation, ReliedOn: rt.ReliedOn}
		return
	}
}

// bySet reports whether any event that could fulfil o names data sets:
// then each set the obligation is owed for must be covered.
func (r *run) bySet(o *rules.Obligation, jur string, unspecified bool, party string) bool {
	for _, k := range o.DoneBy {
		for _, ev := range r.tl.byKind[k] {
			if len(ev.Sets) > 0 && r.matches(o, ev, jur, unspecified, party) {
				return true
			}
		}
	}
	return false
}

// matches: is ev, of one of o's kinds, for the jurisdiction and the party?
func (r *run) matches(o *rules.Obligation, ev *incident.Event, jur string, unspecified bool, party string) bool {
	if ev.Jurisdiction != jur && (ev.Jurisdiction != "" || !unspecified) {
		return false
	}
	if o.Per == rules.PerEntrustor && ev.Party != party && (ev.Party != "" || len(r.entrustors()) > 1) {
		return false
	}
	return true
}

// owed are the data sets an obligation is owed for, those an exception lifts left out.
func owed(ob *Obligation) []string {
	var out []string
	for _, id := range ob.Sets {
		if !slices.Contains(ob.LiftedSets, id) {
			out = append(out, id)
		}
	}
	return out
}

// coverage walks the dated events that fulfil o in time order and marks the
// sets each covers (its Sets, or all when it names none): last is the event
// that covered the last of sets, nil while some are not covered; covered
// lists those that are, in sets' order.
func (r *run) coverage(o *rules.Obligation, jur string, unspecified bool, party string, sets []string) (last *incident.Event, covered []string) {
	var evs []*incident.Event
	for _, k := range o.DoneBy {
		for _, ev := range r.tl.byKind[k] {
			if r.matches(o, ev, jur, unspecified, party) {
				evs = append(evs, ev)
			}
		}
	}
	slices.SortStableFunc(evs, func(a, b *incident.Event) int { return a.At.Compare(b.At) })
	done := map[string]bool{}
	for _, ev := range evs {
		for _, id := range sets {
			if !done[id] && (len(ev.Sets) == 0 || slices.Contains(ev.Sets, id)) {
				done[id] = true
				last = ev
			}
		}
		if len(done) == len(sets) {
			break
		}
	}
	for _, id := range sets {
		if done[id] {
			covered = append(covered, id)
		}
	}
	if len(covered) < len(sets) {
		return nil, covered
	}
	return last, covered
}

// setNames names data sets for a sentence, by their names (their ids when unnamed).
func setNames(inc *incident.Incident, ids []string) rules.Text {
	var names []string
	for _, id := range ids {
		name := id
		if d, ok := inc.DataSet(id); ok && d.Name != "" {
			name = d.Name
		}
		names = append(names, name)
	}
	return rules.Text{JA: strings.Join(names, "、"), EN: strings.Join(names, ", ")}
}
