package assess

import (
	"testing"

	"breachdesk/app/incident"
)

// TestStepTargetFromADay: a detection known by its day only ("on 1
// December", the time nobody noted) does not make the first hour's steps
// (within 24 hours of it) overdue at 00:00 on the 2nd, nor a containment at
// 10:00 on the 2nd late: a practice target counts from the end of such a
// day, as the delay findings do. From an exact detection it counts as before.
func TestStepTargetFromADay(t *testing.T) {
	state := func(a Assessment, id string) State {
		for _, s := range a.Steps {
			if s.ID == id {
				return s.State
			}
		}
		t.Fatalf("no step %s", id)
		return ""
	}
	inc := base(10)
	inc.Cause.Kind = incident.CauseUnauthorizedAccess
	inc.Events = append(inc.Events, incident.Event{ID: "det", Kind: incident.EvDetected, At: at(2026, 12, 1, 0, 0), Precision: incident.Day})
	inc.Events[0].At = at(2026, 12, 1, 18, 0)
	if s := state(eval(t, inc, at(2026, 12, 2, 9, 0)), "pb.internal.report"); s == StateOverdue {
		t.Errorf("09:00 the day after a detection known by its day: the team's set-up is %s", s)
	}
	if s := state(eval(t, inc, at(2026, 12, 3, 9, 0)), "pb.internal.report"); s != StateOverdue {
		t.Errorf("two days after: %s, want overdue", s)
	}
	inc.Events = append(inc.Events, incident.Event{ID: "con", Kind: incident.EvContained, At: at(2026, 12, 2, 10, 0)})
	if s := state(eval(t, inc, at(2026, 12, 3, 9, 0)), "pb.contain.isolate"); s != StateDone {
		t.Errorf("contained at 10:00 the next day: %s", s)
	}
	inc.Events[1].Precision = incident.Exact // detected at 00:00 exactly
	if s := state(eval(t, inc, at(2026, 12, 3, 9, 0)), "pb.contain.isolate"); s != StateDoneLate {
		t.Errorf("contained 34 h after an exact detection: %s", s)
	}
}
