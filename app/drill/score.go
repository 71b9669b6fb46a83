package drill

import (
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// Outcomes of a scored item at the end of a drill.
const (
	Met         = "met"          // done by its deadline (or lifted by a timely notice)
	Late        = "late"         // done after its deadline
	Missed      = "missed"       // not done, deadline passed
	Pending     = "pending"      // not done, deadline still ahead at the end
	NotDone     = "not_done"     // not done, no fixed deadline ("promptly")
	Done        = "done"         // done, no fixed deadline
	NotRequired = "not_required" // an exception lifts it, or the user marked a step not applicable
	Given       = "given"        // done by the scenario's own events (its backstory or an inject), not by the team
	Unclear     = "unclear"      // cannot tell yet whether it applies
)

// Points per outcome: a met deadline 2, a late one 1, a missed one 0.
// Pending, open, unclear and given items are not scored.
var points = map[string]int{Met: 2, Late: 1, Missed: 0}

// Item is one obligation or playbook step and how the team did.
type Item struct {
	Kind         string     `json:"kind"` // obligation or step
	Jurisdiction string     `json:"jurisdiction,omitempty"`
	ID           string     `json:"id"`
	Title        rules.Text `json:"title"`
	Level        string     `json:"level,omitempty"` // required / recommended (obligations)
	Limit        string     `json:"limit,omitempty"` // hard / target / none
	Outcome      string     `json:"outcome"`
	Due          *time.Time `json:"due,omitempty"`
	DoneAt       *time.Time `json:"doneAt,omitempty"`
	// By is how late (positive) a late item was done, or how far past due a missed one is at the end.
	By          time.Duration  `json:"by,omitempty"`
	Explanation rules.Text     `json:"explanation"`
	Citation    rules.Citation `json:"citation"`
}

// Tally counts the outcomes of a list of items.
type Tally struct {
	Met, Late, Missed, Pending, NotDone, Done, NotRequired, Unclear, Given int
	Points, Max                                                            int
}

// Result is the score of a drill at its end.
type Result struct {
	Drill       bool      `json:"drill"` // false: these are real facts, scored as a drill would be
	Title       string    `json:"title"`
	End         time.Time `json:"end"`
	Obligations []Item    `json:"obligations"`
	Steps       []Item    `json:"steps"`
	// Delays are the timeline findings that were late or overdue.
	Delays   []assess.Finding `json:"delays,omitempty"`
	Deadline Tally            `json:"deadline"`
	Step     Tally            `json:"step"`
	// Percent is the points won over the points at stake (deadlines and steps), 0–100; -1 if nothing was at stake.
	Percent int        `json:"percent"`
	Summary rules.Text `json:"summary"`
	// Assessment is the full evaluation at End, the same as for a real incident.
	Assessment assess.Assessment `json:"-"`
}

// Score evaluates the drill at the simulated instant simEnd with the same
// engine as a real incident and says which deadlines were met, late or
// missed and which steps were done late or not at all. An item done by one
// of scenario s's own events (the backstory it starts from, or an inject) is
// the world's doing, not the team's: it is listed as given and not scored.
// s may be nil (real facts scored as a drill would be: nothing is given).
func Score(inc *incident.Incident, s *Scenario, rs *rules.Set, simEnd time.Time) Result {
	a := assess.Evaluate(inc, rs, simEnd)
	r := Result{Drill: inc.Drill, Title: inc.Title, End: a.Now, Assessment: a}
	given := ScriptedEvents(s)
	for _, j := range a.Jurisdictions {
		for _, o := range j.Obligations {
			it := Item{Kind: "obligation", Jurisdiction: j.ID, ID: o.ID, Title: o.Title, Level: o.Level, Limit: o.Limit,
				Outcome: outcome(o.State), Due: o.Due, DoneAt: o.DoneAt, Explanation: o.Explanation, Citation: o.Citation}
			it.Outcome = byScenario(noDeadline(it), o.DoneBy, given)
			it.By = by(it, simEnd)
			r.Obligations = append(r.Obligations, it)
			r.Deadline.add(it.Outcome)
		}
	}
	for _, st := range a.Steps {
		it := Item{Kind: "step", ID: st.ID, Title: st.Title, Outcome: outcome(st.State), Due: st.Due, DoneAt: st.DoneAt,
			Explanation: st.Explanation, Citation: st.Citation}
		it.Outcome = byScenario(noDeadline(it), st.DoneBy, given)
		it.By = by(it, simEnd)
		r.Steps = append(r.Steps, it)
		r.Step.add(it.Outcome)
	}
	for _, f := range a.Findings {
		if f.Verdict == assess.FindingLate || f.Verdict == assess.FindingOverdue {
			r.Delays = append(r.Delays, f)
		}
	}
	r.Percent = -1
	if mx := r.Deadline.Max + r.Step.Max; mx > 0 {
		r.Percent = (100*(r.Deadline.Points+r.Step.Points) + mx/2) / mx
	}
	r.Summary = summary(r)
	return r
}

func outcome(s assess.State) string {
	switch s {
	case assess.StateDone, assess.StateExempt:
		return Met
	case assess.StateDoneLate:
		return Late
	case assess.StateOverdue:
		return Missed
	case assess.StateDue:
		return Pending
	case assess.StateOpen, assess.StateWaiting:
		return NotDone
	case assess.StateNotRequired, assess.StateNA:
		return NotRequired
	}
	return Unclear
}

// ScriptedEvents lists the ids of the events scenario s writes on the
// timeline: the ones it starts from and every inject's (its marker and its
// events, as Apply names them). Every other event is the team's.
func ScriptedEvents(s *Scenario) map[string]bool {
	ids := map[string]bool{}
	if s == nil {
		return ids
	}
	for _, e := range s.Events {
		ids[e.ID] = true
	}
	for _, in := range s.Injects {
		ids[markerID(in.ID)] = true
		for _, e := range in.Events {
			ids[markerID(in.ID)+"-"+e.ID] = true
		}
	}
	return ids
}

// byScenario: an item done (on time or not) by an event the scenario wrote is given.
func byScenario(o, doneBy string, given map[string]bool) string {
	if given[doneBy] && (o == Met || o == Late || o == Done) {
		return Given
	}
	return o
}

// noDeadline: an item done with no deadline to meet is done, not "met" (and not scored).
func noDeadline(it Item) string {
	if it.Outcome == Met && it.Due == nil {
		return Done
	}
	return it.Outcome
}

func by(it Item, end time.Time) time.Duration {
	switch {
	case it.Outcome == Late && it.Due != nil && it.DoneAt != nil:
		return it.DoneAt.Sub(*it.Due)
	case it.Outcome == Missed && it.Due != nil:
		return end.Sub(*it.Due)
	}
	return 0
}

func (t *Tally) add(o string) {
	switch o {
	case Met:
		t.Met++
	case Late:
		t.Late++
	case Missed:
		t.Missed++
	case Pending:
		t.Pending++
	case NotDone:
		t.NotDone++
	case Done:
		t.Done++
	case NotRequired:
		t.NotRequired++
	case Given:
		t.Given++
	default:
		t.Unclear++
	}
	if p, ok := points[o]; ok {
		t.Points += p
		t.Max += 2
	}
}
