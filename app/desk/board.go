package desk

import (
	"sort"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/draft"
	"breachdesk/app/drill"
	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// Board is everything a page shows that derives from one incident's facts at
// one instant: where it stands (the assessment), what is still to do and in
// which order, the stage, the drill's clock, and the documents with their
// lint. Pages show a board; they never derive one of these themselves, so
// two pages cannot disagree about them.
//
// The instants that start clocks come from the assessment (app/assess),
// which the documents and their lint are derived from too: the board looks
// none up itself.
type Board struct {
	Incident *incident.Incident
	Real     time.Time // the device's instant the board was made for
	// Now is the incident's own instant at Real: for a drill its simulated
	// time (drill.Now). Every view and every time recorded in the incident
	// (a step done, a new event's default time) takes this one.
	Now        time.Time
	Drill      *drill.Run // nil for a real incident, or a drill without state
	Assessment assess.Assessment
	// Open are the obligations not yet done, overdue first, then by due
	// instant (OpenObligations).
	Open []OpenObligation
	Err  error // the law could not be loaded: nothing was assessed

	drafts *draftsMemo
	ver    int
}

// NewBoard derives the board of inc at the device's instant real under the
// law rs. Deriving the documents is left until Drafts asks for them.
func NewBoard(inc *incident.Incident, rs *rules.Set, real time.Time) *Board {
	b := &Board{Incident: inc, Real: real, Now: drill.Now(inc, real), drafts: &draftsMemo{}}
	if r, err := drill.RunOf(inc); err == nil {
		b.Drill = &r
	}
	if rs == nil {
		b.Err = errNoRules
		return b
	}
	b.Assessment = assess.Evaluate(inc, rs, b.Now)
	b.Open = OpenObligations(b.Assessment)
	b.drafts.rules = rs
	return b
}

// Board returns the board of the incident id at the device's instant real,
// or nil when there is no such incident. The same facts at the same instant
// give the same board (pages of one render share it); the documents are
// derived once per version of the facts and minute of the incident's time
// (they are dated to the day, and deriving them takes seconds for a large
// incident).
func (d *Desk) Board(id string, real time.Time) *Board {
	inc := d.incidents[id]
	if inc == nil {
		return nil
	}
	m := &d.boards
	if b := m.last[id]; b != nil && b.Incident == inc && b.ver == d.ver[id] && b.Real.Equal(real) {
		return b
	}
	rs, err := d.Rules()
	b := NewBoard(inc, rs, real)
	if rs != nil && carry(inc, b.Assessment, rs) {
		d.touch(inc)
		b = NewBoard(inc, rs, real)
	}
	if err != nil {
		b.Err = err
	}
	b.ver = d.ver[id]
	if m.drafts == nil {
		m.drafts = map[string]*draftsMemo{}
	}
	if dm := m.drafts[id]; dm != nil && dm.inc == inc && dm.ver == b.ver {
		b.drafts = dm // the minute is checked when the drafts are asked for
	} else {
		b.drafts.inc, b.drafts.ver = inc, b.ver
		m.drafts[id] = b.drafts
	}
	b.drafts.rules = rs
	if m.last == nil {
		m.last = map[string]*Board{}
	}
	m.last[id] = b
	return b
}

// carry moves what the user wrote to where the facts of a (inc's
// assessment) now show it, as an edit (saved, and recorded in the change
// log at the next save): the state of a step the facts replaced by another
// (a public body's retention step for a business's: assess.CarrySteps), and
// the edits of a document split into versions of their own (the GDPR Art.
// 33 notification, one to each authority: draft.SplitEdits). A file saved
// before either moves so once its board is first derived.
func carry(inc *incident.Incident, a assess.Assessment, rs *rules.Set) bool {
	moved := assess.CarrySteps(inc, a, rs)
	if len(inc.Edits) > 0 && draft.SplitEdits(inc, draft.Available(inc, a)) {
		moved = true
	}
	return moved
}

// boardMemo is the last board made for each incident, and the documents
// derived for it.
type boardMemo struct {
	last   map[string]*Board
	drafts map[string]*draftsMemo
}

// OpenObligation is an obligation of one jurisdiction that still needs doing.
type OpenObligation struct {
	Jur assess.Jurisdiction
	Ob  assess.Obligation
}

// OpenObligations lists the obligations not yet done, overdue first, then by
// due instant (those without one last).
func OpenObligations(a assess.Assessment) []OpenObligation {
	var out []OpenObligation
	for _, j := range a.Jurisdictions {
		for _, ob := range j.Obligations {
			switch ob.State {
			case assess.StateOverdue, assess.StateDue, assess.StateOpen, assess.StateWaiting, assess.StateUndetermined:
				if ob.Applies != assess.No {
					out = append(out, OpenObligation{Jur: j, Ob: ob})
				}
			}
		}
	}
	rank := func(s assess.State) int {
		switch s {
		case assess.StateOverdue:
			return 0
		case assess.StateDue:
			return 1
		case assess.StateOpen:
			return 2
		case assess.StateUndetermined:
			return 3
		}
		return 4
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].Ob, out[j].Ob
		if rank(a.State) != rank(b.State) {
			return rank(a.State) < rank(b.State)
		}
		if a.Due != nil && b.Due != nil {
			return a.Due.Before(*b.Due)
		}
		return a.Due != nil
	})
	return out
}

// Deadlines lists every obligation that applies (or may apply) in the
// order a meeting reads them (the packet): overdue, due, open, undetermined, waiting,
// then those done, exempt or not required; by due instant within each.
func Deadlines(a assess.Assessment) []OpenObligation {
	var out []OpenObligation
	for _, j := range a.Jurisdictions {
		for _, ob := range j.Obligations {
			if ob.Applies != assess.No {
				out = append(out, OpenObligation{Jur: j, Ob: ob})
			}
		}
	}
	rank := map[assess.State]int{
		assess.StateOverdue: 0, assess.StateDue: 1, assess.StateOpen: 2, assess.StateUndetermined: 3,
		assess.StateWaiting: 4, assess.StateDoneLate: 5, assess.StateDoneOutOfOrder: 5, assess.StateDone: 6, assess.StateExempt: 7,
		assess.StateNotRequired: 8, assess.StateNA: 9,
	}
	sort.SliceStable(out, func(i, j int) bool {
		x, y := out[i].Ob, out[j].Ob
		if rank[x.State] != rank[y.State] {
			return rank[x.State] < rank[y.State]
		}
		if x.Due != nil && y.Due != nil && !x.Due.Equal(*y.Due) {
			return x.Due.Before(*y.Due)
		}
		return x.Due != nil && y.Due == nil
	})
	return out
}

// Nearest is the open obligation with the nearest deadline (overdue first).
func (b *Board) Nearest() (OpenObligation, bool) {
	for _, o := range b.Open {
		if o.Ob.Due != nil {
			return o, true
		}
	}
	return OpenObligation{}, false
}

// NextSteps are the first n playbook steps still to do, in playbook order
// (the dashboard's "next steps").
func (b *Board) NextSteps(n int) []assess.Step {
	var out []assess.Step
	for _, s := range b.Assessment.Steps {
		if len(out) == n {
			break
		}
		if s.Applies == assess.No || s.State.Settled() {
			continue
		}
		out = append(out, s)
	}
	return out
}

// Stage is the phase of the first playbook step still open (the home page's
// column); false when every step is done.
func (b *Board) Stage() (rules.Text, bool) {
	for _, s := range b.Assessment.Steps {
		if s.Applies == assess.No || s.State == assess.StateDone || s.State == assess.StateDoneLate || s.State == assess.StateNA {
			continue
		}
		return s.PhaseTitle, true
	}
	return rules.Text{}, false
}

// StepOpen reports whether a step still needs doing (the checklist's count).
func StepOpen(s assess.Step) bool { return s.Applies == assess.Yes && !s.State.Settled() }

// NextStep is the open step to do first: the nearest due date (an overdue
// one is nearer than any to come), then playbook order (the checklist's "do
// next").
func (b *Board) NextStep() (assess.Step, bool) {
	var best assess.Step
	found := false
	for _, s := range b.Assessment.Steps {
		if !StepOpen(s) {
			continue
		}
		switch {
		case !found:
			best, found = s, true
		case s.Due != nil && (best.Due == nil || s.Due.Before(*best.Due)):
			best = s
		}
	}
	return best, found
}
