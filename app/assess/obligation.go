package assess

import (
	"time"

	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// obligation evaluates one obligation; ok is false when it does not apply.
func (r *run) obligation(j *rules.Jurisdiction, o *rules.Obligation, e *env, lawDate rules.Date) (Obligation, bool) {
	when := o.When.Eval(e)
	if when.Truth == rules.False {
		return Obligation{}, false
	}
	ob := Obligation{
		ID: o.ID, Level: o.Level, Title: o.Title, To: o.To, Applies: verdictOf(when.Truth),
		Start: o.Deadline.Start, Limit: o.Deadline.Limit, DeadlineText: o.Deadline.Text,
		Text: o.Text, Citation: o.Citation, ReliedOn: o.ReliedOn,
	}
	if when.Truth == rules.Unknown {
		ob.Needs = r.need(when.Needs)
	}
	if o.Exempt != nil && o.Exempt.When.Eval(e).Truth == rules.True {
		ob.Exemption = &o.Exempt.Text
	}

	// The deadline.
	start := r.tl.firstFor(o.Deadline.Start, j.ID, true)
	if start != nil {
		at := start.At.In(r.loc)
		ob.StartAt = &at
		r.deadline(&ob, o.Deadline, at, start, j)
	}

	// Exceptions that lift it once established.
	lifted := rules.Text{}
	for _, u := range rules.InForce(o.Unless, lawDate) {
		uo := u.When.Eval(e)
		if uo.Truth == rules.False {
			continue
		}
		ob.Unless = append(ob.Unless, r.reason(u, uo))
		if uo.Truth == rules.True && lifted.Empty() {
			lifted = u.Text
		}
	}

	// Done?
	unspecified := o.AnyJurisdictionEvent || j.ID == r.home
	if ev := r.tl.firstOf(o.DoneBy, j.ID, unspecified); ev != nil {
		at := ev.At.In(r.loc)
		ob.DoneAt, ob.DoneBy = &at, ev.ID
	} else if st, ok := r.inc.Steps[o.DoneByStep]; ok && o.DoneByStep != "" && st.Status == incident.StepDone {
		ob.DoneBy = "step:" + o.DoneByStep
		if st.DoneAt != nil {
			at := st.DoneAt.In(r.loc)
			ob.DoneAt = &at
		}
	} else if o.DoneWhen != nil && o.DoneWhen.Eval(e).Truth == rules.True {
		ob.DoneBy = "facts"
	}

	switch {
	case !lifted.Empty():
		ob.State = StateNotRequired
		ob.Explanation = msg("not_required", vars{"why": lifted})
	case ob.DoneBy != "":
		r.doneState(&ob)
	case when.Truth == rules.Unknown:
		ob.State = StateUndetermined
		ob.Explanation = msg("undetermined", vars{"needs": needList(ob.Needs)})
	default:
		r.openState(&ob)
	}
	return ob, true
}

// deadline fills DueFrom and Due from the start event.
func (r *run) deadline(ob *Obligation, d rules.Deadline, at time.Time, start *incident.Event, j *rules.Jurisdiction) {
	if d.Unit == rules.UnitEventDue {
		if start.Due != nil {
			due := start.Due.In(r.loc)
			ob.Due = &due
		}
		return
	}
	cal := r.set.Calendars[j.Calendar]
	if d.Unit == rules.UnitBusinessDays && cal != nil && !cal.Covers(at) {
		r.probs = append(r.probs, msg("cal.range", vars{"cal": same(cal.ID), "year": same(at.Format("2006"))}))
		cal = nil
	}
	if due, ok := dueAfter(at, d.Unit, d.Length, d.DayOne, cal, r.loc); ok {
		ob.Due = &due
	}
	if d.From > 0 {
		if from, ok := dueAfter(at, d.Unit, d.From, d.DayOne, cal, r.loc); ok {
			ob.DueFrom = &from
		}
	}
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

// exempt lifts ob when its exemption holds: the processor told its entrustor
// (obligation by) no later than that obligation's due instant.
func (r *run) exempt(ob *Obligation, o *rules.Obligation, by *Obligation, e *env) {
	if ob.Exemption == nil || ob.State == StateNotRequired {
		return
	}
	why := *ob.Exemption
	if by == nil || by.DoneAt == nil {
		if ob.State != StateDone && ob.State != StateDoneLate {
			ob.Explanation = rules.Text{JA: ob.Explanation.JA + " " + why.JA, EN: ob.Explanation.EN + " " + why.EN}
		}
		return
	}
	if by.Due != nil && by.DoneAt.After(*by.Due) {
		late := msg("exempt.late", vars{"at": when(*by.DoneAt, r.loc)})
		ob.Exemption = &late
		return
	}
	if ob.State == StateDone || ob.State == StateDoneLate {
		return // it was done anyway
	}
	ob.State = StateExempt
	ob.Left = nil
	ob.Explanation = msg("exempt", vars{"why": why, "by": same(by.DoneBy), "at": when(*by.DoneAt, r.loc)})
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
