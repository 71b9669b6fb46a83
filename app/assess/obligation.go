package assess

import (
	"slices"
	"strings"

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
			ge.order = g.order
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
		Immediately: o.Deadline.Unit == rules.UnitImmediately, Text: o.Text, Citation: o.Citation, ReliedOn: o.ReliedOn, Party: party,
	}
	if p, ok := r.inc.Party(party); ok {
		ob.PartyName = p.Name
	}
	if g.order != nil {
		ob.Citation = orderCitation(ob.Citation, *g.order)
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
		ob.Order = g.order.ID
	}
	if start != nil {
		at := start.At.In(r.loc)
		ob.StartAt = &at
		ob.StartPrecision = start.Precision
		r.deadline(&ob, o.Deadline, at, start, j)
		if o.Deadline.Start == incident.EvAware {
			r.early(&ob, o.Deadline, at, j)
			// Every set it is owed for found after the knowing (132: the
			// school's pupils, whose data the processor found on 7/3, five
			// days after it knew of the leak of its own staff's): the
			// clock runs from the day they were found, not from a day
			// nobody knew of them. The notice to the school on the day it
			// was found was shown a day late, and the exemption lost.
			r.foundLaterClock(&ob, o, start, j)
		}
		r.afterClock(&ob, o, j)
	}

	// Done?
	var told *incident.Event // the detection by a source that did it (F588)
	unspecified := o.AnyJurisdictionEvent || j.ID == r.home
	r.short = r.shortNotices(o, owed(&ob))
	r.unfit = r.unfitAnnouncements(o)
	defer func() { r.short, r.unfit = nil, nil }()
	if g.order != nil {
		if ev := r.answer(o, j.ID, unspecified, g.order); ev != nil {
			if ev.Dated() {
				at := ev.Last(r.loc).In(r.loc)
				ob.DoneAt = &at
			}
			ob.DoneBy = ev.ID
		}
	} else if ev := r.doneEvent(o, j.ID, unspecified, party, false); ev != nil && !r.bySet(o, j.ID, unspecified, party) && !r.foundAfterAny(o, ev, owed(&ob)) {
		at := ev.Last(r.loc).In(r.loc)
		ob.DoneAt, ob.DoneBy = &at, ev.ID
	} else if ev != nil || r.unreachableOwed(o, owed(&ob)) && len(r.unreachableSets(owed(&ob))) == len(owed(&ob)) {
		// Events that name data sets: done once every set it is owed for is
		// covered (a set none of whose persons can be told, by the
		// publication that stands as their notice; when every set is such,
		// with no notice event at all).
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
	} else if ev := r.tl.toldBy(o.DoneBySource); ev != nil {
		told, ob.DoneBy = ev, ev.ID
		if ev.Dated() {
			at := ev.At.In(r.loc)
			ob.DoneAt = &at
		}
	}

	switch {
	case len(ob.Sets) > 0 && len(ob.LiftedSets) == len(ob.Sets):
		ob.State = StateNotRequired
		ob.Explanation = msg("not_required", vars{"why": lifted})
	case ob.DoneBy != "":
		r.doneState(&ob)
		if told != nil {
			ob.State, ob.Left, ob.Explanation = StateDone, nil, r.toldMessage(told)
		}
	case len(ob.DoneSets) > 0:
		part := r.partDone(ob, o, start, j, unspecified, party)
		r.foundLaterClock(&ob, o, start, j)
		r.openState(&ob)
		ob.Explanation = rules.Text{JA: part.JA + ob.Explanation.JA, EN: part.EN + ob.Explanation.EN}
	case len(r.short) > 0 && when.Truth != rules.Unknown:
		r.openState(&ob)
		some := r.toldSomeText(r.short)
		ob.Explanation = rules.Text{JA: some.JA + ob.Explanation.JA, EN: some.EN + ob.Explanation.EN}
	case when.Truth == rules.Unknown:
		ob.State = StateUndetermined
		ob.Explanation = msg("undetermined", vars{"needs": needList(ob.Needs)})
	default:
		r.openState(&ob)
	}
	if g.order != nil && g.order.OrderBasis == "" {
		// Read under the law the rule's citation names: the APPI's
		// articles, or the provision the order states.
		id := "order.unstated.appi"
		if strings.Contains(o.Citation.JA, rules.OrderLaw) {
			id = "order.unstated.sector"
		}
		ob.Explanation = thenSentence(ob.Explanation, msg(id, nil))
	}
	if o.Per == rules.PerEntrustor {
		if ev := r.earlyMessage(o, j.ID, unspecified, party); ev != nil {
			ob.Explanation = thenSentence(ob.Explanation, msg("entrustor.early", vars{"by": same(ev.ID), "at": whenAt(ev.DayEnd(r.loc), r.loc)}))
		}
	} else if ob.DoneBy == "" {
		if ev := r.earlyAnnouncement(o, j.ID, unspecified); ev != nil {
			ob.Explanation = thenSentence(ob.Explanation, msg("announcement.early", vars{"by": same(ev.ID), "at": whenAt(ev.DayEnd(r.loc), r.loc)}))
		}
	}
	return ob, true
}

// partDone says which sets a duty was done for while others are not, and
// whether that part was itself done after its deadline (or target): 154's
// notice to 37 users, 16 days past the deadline, was told only as "Done
// for part (…)" beside the overdue rest (F1032). The part's deadline is the
// duty's, restarted as foundLaterClock does when every set of the part was
// found after the knowing.
func (r *run) partDone(ob Obligation, o *rules.Obligation, start *incident.Event, j *rules.Jurisdiction, unspecified bool, party string) rules.Text {
	sets := setNames(r.inc, ob.DoneSets)
	plain := msg("done.part", vars{"sets": sets})
	if ob.Due == nil {
		return plain
	}
	last, _ := r.coverage(o, j.ID, unspecified, party, ob.DoneSets)
	if last == nil || !last.Dated() {
		return plain
	}
	part := ob
	part.Sets, part.DoneSets, part.LiftedSets = ob.DoneSets, nil, nil
	r.foundLaterClock(&part, o, start, j)
	at := last.Last(r.loc).In(r.loc)
	part.DoneAt, part.DoneBy = &at, last.ID
	r.doneState(&part)
	if part.State != StateDoneLate || part.Left == nil {
		return plain
	}
	id := "done.part.late"
	if ob.Limit == rules.LimitTarget {
		id = "done.part.late.tgt"
	}
	return msg(id, vars{"sets": sets, "d": span(*part.Left)})
}

// foundLaterClock restarts, for a duty done for some sets, a clock that
// starts at the knowing when every set not done yet was found to be part of
// the case later (DataSet.Found, after the day of knowing): they are owed
// from the day they were found, not from a day nobody knew of them (96:
// address-book recipients found 11/29 were shown overdue since 11/21 under
// PIPA's 72 hours).
func (r *run) foundLaterClock(ob *Obligation, o *rules.Obligation, start *incident.Event, j *rules.Jurisdiction) {
	if start == nil || o.Deadline.Start != incident.EvAware || ob.Due == nil || ob.StartAt == nil {
		return
	}
	left := slices.DeleteFunc(owed(ob), func(id string) bool { return slices.Contains(ob.DoneSets, id) })
	first, ok := FoundLater(r.inc, left, *ob.StartAt, ob.StartAt.Location())
	if !ok {
		return
	}
	at, ok := first.First(r.loc)
	if !ok {
		return
	}
	ob.StartAt, ob.StartPrecision = &at, incident.Day
	ob.DueAlt, ob.Counting = nil, nil
	r.deadline(ob, o.Deadline, at, start, j)
}

// orderCitation is the citation of a duty owed to an order, with the
// provision the order states (as the user entered it, printed as typed)
// in place of rules.OrderLaw; not entered, a blank saying to read it on the
// order.
func orderCitation(c rules.Citation, order incident.Event) rules.Citation {
	if !strings.Contains(c.JA, rules.OrderLaw) && !strings.Contains(c.EN, rules.OrderLaw) {
		return c
	}
	law := same(strings.TrimSpace(order.OrderLaw))
	if law.JA == "" {
		law = msg("order.law.none", nil)
	}
	c.JA = strings.ReplaceAll(c.JA, rules.OrderLaw, law.JA)
	c.EN = strings.ReplaceAll(c.EN, rules.OrderLaw, law.EN)
	return c
}

// afterClock counts a deadline again from the deed it closes (Deadline.After:
// the preliminary report a final report closes) when that deed came after
// the due counted from its start: a report cannot be due to be closed
// before it was filed (F1420, 169: a 速報 filed 82 days after the knowing,
// its closing 確報 shown overdue by 63 days the day the 速報 went in). The
// reading from the first detection goes with the start it was counted from.
func (r *run) afterClock(ob *Obligation, o *rules.Obligation, j *rules.Jurisdiction) {
	if o.Deadline.After == "" || ob.Due == nil {
		return
	}
	ev := r.tl.clockStart(o.Deadline.After, j.ID)
	if ev == nil || !ev.Dated() || !ev.At.After(*ob.Due) {
		return
	}
	at := ev.At.In(r.loc)
	ob.Start, ob.StartAt, ob.StartPrecision = o.Deadline.After, &at, ev.Precision
	ob.DueFrom, ob.DueAlt, ob.Counting, ob.Early = nil, nil, nil, nil
	r.deadline(ob, o.Deadline, at, ev, j)
}
