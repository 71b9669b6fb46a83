package assess

import (
	"testing"
	"time"
)

// stepOf is the playbook step id of a.
func stepOf(a Assessment, id string) *Step {
	for i := range a.Steps {
		if a.Steps[i].ID == id {
			return &a.Steps[i]
		}
	}
	return nil
}

// Scenario 32: the aware event records the report to the 事務長 and an
// "other" event the search of the car park; the playbook steps of the
// internal report and of the search stayed overdue, done only by their own
// event kinds (F75). An event the user marks as recording a step (its Step)
// now completes it, at the event's time; without the mark, or when the
// event is only planned, the step is open as before: nothing is inferred.
func TestEventRecordsStepDone(t *testing.T) {
	inc, a := realCase(t, "32-clinic-records-stolen-from-car")
	for id, ev := range map[string]string{"pb.internal.report": "e3", "pb.loss.search": "e4"} {
		s := stepOf(a, id)
		if s == nil || s.State != StateDone || s.DoneBy != ev || s.DoneAt == nil {
			t.Errorf("%s: want done by %s, got %+v", id, ev, s)
		}
	}
	if s := stepOf(a, "pb.internal.report"); s != nil && s.DoneAt != nil && s.DoneAt.Format("2006-01-02 15:04") != "2025-10-13 08:40" {
		t.Errorf("done at %v, not the aware event's time", s.DoneAt)
	}

	bare := inc.Clone()
	for i := range bare.Events {
		bare.Events[i].Step = ""
	}
	b := eval(t, bare, bare.UpdatedAt)
	for _, id := range []string{"pb.internal.report", "pb.loss.search"} {
		if s := stepOf(b, id); s == nil || s.State != StateOverdue {
			t.Errorf("%s without the mark: want overdue, got %+v", id, s)
		}
	}

	planned := inc.Clone()
	for i := range planned.Events {
		if planned.Events[i].ID == "e4" {
			planned.Events[i].At, planned.Events[i].Precision, planned.Events[i].Planned = time.Time{}, "", true
		}
	}
	p := eval(t, planned, planned.UpdatedAt)
	if s := stepOf(p, "pb.loss.search"); s == nil || s.State == StateDone {
		t.Errorf("a planned search completes the step: %+v", s)
	}
}
