package assess

import (
	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// steps evaluates the playbook: the steps whose condition holds (or may hold),
// in phase order, then file order, with their practice due dates and states.
func (r *run) steps(js []Jurisdiction) []Step {
	pb := &r.set.Playbook
	day, _, _ := r.lawDate(incident.EvAware, "")
	e := r.env(r.inc.Affected(""), nil)
	var out []Step
	for _, ph := range pb.Phases {
		for i := range pb.Steps {
			st := &pb.Steps[i]
			if st.Phase != ph.ID || !st.InForce(day) {
				continue
			}
			o := st.When.Eval(e)
			if o.Truth == rules.False {
				continue
			}
			s := r.step(st, ph, o)
			for _, a := range st.Also {
				if a.When.Eval(e).Truth == rules.True {
					s.Do = rules.Text{JA: s.Do.JA + a.Do.JA, EN: s.Do.EN + " " + a.Do.EN}
				}
			}
			r.bases(&s, st, js)
			r.dutyReading(&s, st, js)
			out = append(out, s)
		}
	}
	return out
}

func (r *run) step(st *rules.Step, ph rules.Phase, o rules.Outcome) Step {
	s := Step{ID: st.ID, Phase: ph.ID, PhaseTitle: ph.Title, Title: st.Title, Do: st.Do,
		Applies: verdictOf(o.Truth), Citation: st.Citation, ReliedOn: st.ReliedOn}
	if o.Truth == rules.Unknown {
		s.Needs = r.need(o.Needs)
	}
	user := r.inc.Steps[st.ID]
	s.Status, s.Owner = user.Status, user.Owner

	// The practice due date.
	ob := Obligation{Limit: rules.LimitNone}
	if st.Due != nil {
		s.Start, ob.Start, ob.Limit = st.Due.Start, st.Due.Start, st.Due.Limit
		if ev := r.tl.startOf(st.Due.Start); ev != nil {
			at := ev.At.In(r.loc)
			ob.StartAt = &at
			// A practice target counted from an event known by its day (or
			// month, year) counts from that day's end, as the delay findings
			// do: from its first instant, a detection "on 1 December" made
			// "within 24 hours" overdue at 00:00 on the 2nd, whenever that
			// day it came.
			from := at
			if ev.Precision != incident.Exact {
				from = ev.DayEnd(r.loc).In(r.loc)
			}
			if due, ok := dueAfter(from, st.Due.Unit, st.Due.Length, st.Due.DayOne, r.homeCalendar(), r.loc); ok {
				ob.Due = &due
			}
		}
	}
	s.Due = ob.Due

	// Done by the user's hand, or by an event on the timeline.
	doneBy := st.DoneBy
	if len(st.LastedDoneBy) > 0 && r.inc.ExposureLasted() {
		doneBy = st.LastedDoneBy
	}
	var told *incident.Event // the detection by a source that did it (F588)
	switch {
	case user.Status == incident.StepNA:
		s.State = StateNA
		s.Explanation = msg("step.na", vars{"why": same(user.NAReason)})
		return s
	case user.Status == incident.StepDone:
		ob.DoneBy = "step"
		if user.DoneAt != nil {
			at := user.DoneAt.In(r.loc)
			ob.DoneAt = &at
		}
	default:
		if ev := r.stepEvent(st.ID); ev != nil {
			// An event the user said records this step (F75).
			ob.DoneBy = ev.ID
			if ev.Dated() {
				at := ev.At.In(r.loc)
				ob.DoneAt = &at
			}
		} else if ev := r.tl.firstOf(doneBy, "", true, r.loc); ev != nil {
			at := ev.At.In(r.loc)
			ob.DoneAt, ob.DoneBy = &at, ev.ID
		} else {
			// Events naming a jurisdiction count for a step too.
			for _, k := range doneBy {
				if ev := r.tl.first(k); ev != nil && (ob.DoneAt == nil || ev.At.Before(*ob.DoneAt)) {
					at := ev.At.In(r.loc)
					ob.DoneAt, ob.DoneBy = &at, ev.ID
				}
			}
			if ob.DoneBy == "" {
				// Recorded without a date: done, at a time not recorded.
				for _, k := range doneBy {
					if evs := r.tl.undated[k]; len(evs) > 0 {
						ob.DoneBy = evs[0].ID
						break
					}
				}
			}
			if ob.DoneBy == "" {
				if ev := r.tl.toldBy(st.DoneBySource); ev != nil {
					ob.DoneBy, told = ev.ID, ev
					if ev.Dated() {
						at := ev.At.In(r.loc)
						ob.DoneAt = &at
					}
				}
			}
		}
	}
	// The incident's own act counts for a step that names it so only once
	// the step applies (F1221).
	var later *incident.Event
	if st.DoneOnceApplies && o.Truth == rules.Unknown && user.Status != incident.StepDone && ob.DoneBy != "" {
		if ev, ok := r.inc.Event(ob.DoneBy); ok && ev.Step != st.ID {
			later, ob.DoneBy, ob.DoneAt, told = &ev, "", nil, nil
		}
	}
	switch {
	case ob.DoneBy != "":
		r.doneState(&ob)
	case o.Truth == rules.Unknown:
		ob.State = StateUndetermined
		ob.Explanation = msg("undetermined", vars{"needs": needList(s.Needs)})
	case st.Due == nil:
		ob.State = StateOpen
		ob.Explanation = msg("step.open", nil)
	default:
		r.openState(&ob)
	}
	if told != nil {
		ob.State, ob.Left, ob.Explanation = StateDone, nil, r.toldMessage(told)
	}
	if later != nil {
		ob.Explanation = thenSentence(ob.Explanation, msg("step.counts.later", vars{"event": eventLabel(later.Kind), "by": same(later.ID)}))
	}
	s.State, s.Left, s.DoneAt, s.DoneBy, s.Explanation = ob.State, ob.Left, ob.DoneAt, ob.DoneBy, ob.Explanation
	if user.Status == incident.StepDoing {
		s.Explanation = rules.Text{JA: msg("step.doing", nil).JA + s.Explanation.JA, EN: msg("step.doing", nil).EN + s.Explanation.EN}
	}
	return s
}

// stepEvent is the event the user recorded as doing step id (Event.Step):
// the earliest dated one, else one without a date; planned ones are not done.
func (r *run) stepEvent(id string) *incident.Event {
	var found *incident.Event
	for i := range r.inc.Events {
		e := &r.inc.Events[i]
		if e.Step != id || e.Planned {
			continue
		}
		if found == nil || e.Dated() && (!found.Dated() || e.At.Before(found.At)) {
			found = e
		}
	}
	return found
}

// homeCalendar is the business-day calendar of the home jurisdiction, or nil.
func (r *run) homeCalendar() *rules.Calendar {
	if j := r.set.Jurisdiction(r.home); j != nil {
		return r.set.Calendars[j.Calendar]
	}
	return nil
}

// bases adds to a step the law of the jurisdictions that apply (or may
// apply) to the incident, and only theirs: a domestic case is never told of
// a foreign law.
func (r *run) bases(s *Step, st *rules.Step, js []Jurisdiction) {
	for _, b := range st.Bases {
		if !applying(js, b.Jurisdiction) {
			continue
		}
		s.Citation = rules.Citation{JA: s.Citation.JA + "、" + b.Citation.JA, EN: s.Citation.EN + "; " + b.Citation.EN}
		if b.Do != nil {
			s.Do = rules.Text{JA: s.Do.JA + b.Do.JA, EN: s.Do.EN + " " + b.Do.EN}
		}
	}
}

// applying: does jurisdiction id apply, or may it?
func applying(js []Jurisdiction, id string) bool {
	for _, j := range js {
		if j.ID == id && j.Applies != No {
			return true
		}
	}
	return false
}

// toldMessage says a duty or step is done by the detection told by its
// source (F588): the police who began the case need no first consultation;
// whether to file a report of damage or a complaint is what is left.
func (r *run) toldMessage(ev *incident.Event) rules.Text {
	at := rules.Text{JA: "日時未記録", EN: "time not recorded"}
	if ev.Dated() {
		at = when(ev.At, r.loc)
		if ev.Precision != incident.Exact {
			at = dayText(*ev, r.loc)
		}
	}
	id := "done.told"
	if ev.Source == "police" {
		id = "done.told.police"
	}
	return msg(id, vars{"at": at, "by": same(ev.ID)})
}

// dutyReading adds to a step late or overdue by its own start the reading
// of the duty it carries out (Step.Duty), for each instance of that duty
// whose clock starts on a later day (its data sets found after the
// knowing, F683). 136: 「委託元への連絡」 was done 35 days after its target
// from the knowing by a first word of 12/10 naming no data, while the
// notice owed for the hospital's trial subjects, found on 3/10, was done
// in time on 3/12. Which reading the company answers for is counsel's: the
// step names both (F749).
func (r *run) dutyReading(s *Step, st *rules.Step, js []Jurisdiction) {
	if st.Duty == "" || st.Due == nil || s.State != StateDoneLate && s.State != StateOverdue {
		return
	}
	start := r.tl.startOf(st.Due.Start)
	if start == nil {
		return
	}
	from := incident.DateOf(start.At.In(r.loc))
	for _, j := range js {
		for _, ob := range j.Obligations {
			if ob.ID != st.Duty || ob.StartAt == nil || incident.DateOf(ob.StartAt.In(r.loc)).OnOrBefore(from) {
				continue
			}
			title := ob.Title
			if ob.PartyName != "" {
				title = rules.Text{JA: title.JA + "：" + ob.PartyName, EN: title.EN + ": " + ob.PartyName}
			}
			s.Explanation = thenSentence(s.Explanation, msg("step.duty", vars{"title": title,
				"start": same(ob.StartAt.In(r.loc).Format("2006-01-02")), "expl": ob.Explanation}))
		}
	}
}

// CarrySteps moves what the user wrote of a playbook step that no longer
// applies to the step of a that stands for it (rules.Step.Replaces) and
// has nothing written of its own: a public body's file saved with a note,
// an owner or "done" on the business's retention step before the body's
// own step existed showed them among the hidden steps' states and the
// body's step empty (F1342); so does a file whose organisation's kind is
// corrected. It reports whether anything moved; a is inc's assessment
// (evaluate again after a move: the steps' states are read from inc).
func CarrySteps(inc *incident.Incident, a Assessment, rs *rules.Set) bool {
	if len(inc.Steps) == 0 {
		return false
	}
	shown := map[string]bool{}
	for _, s := range a.Steps {
		shown[s.ID] = true
	}
	moved := false
	for i := range rs.Playbook.Steps {
		st := &rs.Playbook.Steps[i]
		if !shown[st.ID] {
			continue
		}
		if _, own := inc.Steps[st.ID]; own {
			continue
		}
		for _, r := range st.Replaces {
			if old, ok := inc.Steps[r]; ok && !shown[r] {
				inc.Steps[st.ID] = old
				delete(inc.Steps, r)
				moved = true
				break
			}
		}
	}
	return moved
}
