package ui

import (
	"breachdesk/app/assess"
	"breachdesk/app/catalog"
	"breachdesk/app/incident"
)

// stepState is what a step's badge and the packet's checklist say of a step:
// the state the user recorded (未着手, 対応中, 完了, 対象外), with its deadline's
// state beside it only while it is open and late (未着手・期限超過). The
// deadline clock's state alone ("対応中" for any open step with a date ahead)
// made every untouched step read as in progress. mark is the packet's
// black-and-white sign (▲ late, ● in progress, ○ not started, ✓ done), key
// the class suffix of the badge.
func stepState(l catalog.Lang, s assess.Step) (mark, text, key string) {
	switch s.State {
	case assess.StateDone:
		return "✓ ", catalog.T(l, "state.done"), string(s.State)
	case assess.StateDoneLate, assess.StateDoneOutOfOrder, assess.StateNA, assess.StateExempt,
		assess.StateNotRequired, assess.StateUndetermined:
		return "", catalog.T(l, "state."+string(s.State)), string(s.State)
	}
	if s.Status == incident.StepNA {
		return "", catalog.T(l, "state.na"), string(assess.StateNA)
	}
	mark, text, key = "○ ", catalog.T(l, "step.todo"), "todo"
	if s.Status == incident.StepDoing {
		mark, text, key = "● ", catalog.T(l, "step.doing"), "doing"
	}
	if s.State == assess.StateOverdue {
		return "▲ ", text + catalog.T(l, "step.sep") + catalog.T(l, "state.overdue"), string(assess.StateOverdue)
	}
	return mark, text, key
}
