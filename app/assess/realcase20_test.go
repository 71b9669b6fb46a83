package assess

import (
	"strings"
	"testing"

	"breachdesk/app/incident"
)

// Findings of the review of scenarios 98–100 (testdata/golden/assess/REVIEW.md).

// A deletion asked "on the 4th" (day only) and the line cut at 12:00 that
// day: the timed containment is the bound the measure stands on, not the
// start of the day the deletion was asked (98: "the next day, whether
// within 24 hours cannot be told" for a containment 20 h 40 min after the
// call). A day-only event of an earlier day still ends the measure first.
func TestContainmentTimedBeatsSameDayDateOnly(t *testing.T) {
	cases := []struct {
		name    string
		other   incident.Event
		verdict string
		en      string
	}{
		{"takedown the same day, date only",
			incident.Event{Kind: incident.EvTakedown, At: at(2025, 7, 4, 0, 0), Precision: incident.Day},
			FindingOK, "20 h 40 min (within"},
		{"deleted the same day, date only",
			incident.Event{Kind: incident.EvDeleted, At: at(2025, 7, 4, 0, 0), Precision: incident.Day},
			FindingOK, "20 h 40 min (within"},
		{"takedown the day of the detection, date only",
			incident.Event{Kind: incident.EvTakedown, At: at(2025, 7, 3, 0, 0), Precision: incident.Day},
			FindingOK, "the same day (dates only)"},
	}
	for _, c := range cases {
		inc := base(10)
		inc.Cause.Kind = incident.CauseMisdelivery
		c.other.ID = "x"
		inc.Events = append(inc.Events,
			incident.Event{ID: "det", Kind: incident.EvDetected, At: at(2025, 7, 3, 15, 20)},
			incident.Event{ID: "cont", Kind: incident.EvContained, At: at(2025, 7, 4, 12, 0)},
			c.other)
		var got *Finding
		a := eval(t, inc, at(2025, 7, 25, 17, 0))
		for i := range a.Findings {
			if a.Findings[i].ID == "tl.contain" {
				got = &a.Findings[i]
			}
		}
		if got == nil {
			t.Fatalf("%s: no tl.contain finding", c.name)
		}
		if got.Verdict != c.verdict || !strings.Contains(got.Explanation.EN, c.en) {
			t.Errorf("%s: %s %q; want %s containing %q", c.name, got.Verdict, got.Explanation.EN, c.verdict, c.en)
		}
	}
}

// Asking the wrong recipients to delete or return what they received is the
// step "ask the wrong recipient to delete or return the data": the
// takedown event does it, not only the confirmation received weeks later
// (99: letters recalled on 4/11, shown "done 14 days late" by the returns
// counted on 4/24; 92: deletion asked 9 minutes after, "4 days late"). A
// containment timed on the day the asking is dated only is kept (98).
func TestMisdeliveryRecoverDoneByTakedown(t *testing.T) {
	det := incident.Event{ID: "det", Kind: incident.EvDetected, At: at(2025, 4, 9, 9, 10)}
	ask := incident.Event{ID: "ask", Kind: incident.EvTakedown, At: at(2025, 4, 9, 0, 0), Precision: incident.Day}
	del := incident.Event{ID: "del", Kind: incident.EvDeleted, At: at(2025, 4, 24, 0, 0), Precision: incident.Day, Recipients: 10, Confirmed: 8}
	inc := base(10)
	inc.Cause.Kind = incident.CauseMisdelivery
	inc.Events = append(inc.Events, det, ask, del)
	s := stepOf(eval(t, inc, at(2025, 4, 25, 17, 0)), "pb.misdelivery.recover")
	if s == nil || s.DoneBy != "ask" || s.State != StateDone {
		t.Fatalf("recover step: %+v; want done by the takedown", s)
	}
	inc.Events = append(inc.Events, incident.Event{ID: "cut", Kind: incident.EvContained, At: at(2025, 4, 9, 12, 0)})
	if s := stepOf(eval(t, inc, at(2025, 4, 25, 17, 0)), "pb.misdelivery.recover"); s == nil || s.DoneBy != "cut" || s.State != StateDone {
		t.Fatalf("recover step with a timed containment the same day: %+v; want done by it", s)
	}
}
