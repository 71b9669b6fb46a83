package assess

import (
	"testing"

	"breachdesk/app/incident"
)

// Findings of the realcase17 review (scenarios 89–91; testdata/golden/assess/
// REVIEW.md, F350–).

// F356 (89; 34): every set ruled out, the steps that ask about the sets
// (their role, items, encryption) asked of none and said "cannot tell —
// need: whether the data is the organisation's own or processed for a
// client" and "which kinds of personal data were affected", both given; the
// My Number Act and the card rules were "cannot tell" for a case with
// neither. The sets' own facts answer them, as stated.
func TestRuledOutCaseStepsReadTheSetsAsStated(t *testing.T) {
	inc := base(2000)
	inc.Events = append(inc.Events, incident.Event{ID: "p", Kind: incident.EvReportPrelim, At: at(2026, 5, 3, 10, 0)})
	inc.DataSets[0].Role = incident.Processor
	inc.DataSets[0].Entrustor = "c"
	inc.Parties = []incident.Party{{ID: "c", Kind: incident.PartyEntrustor, Name: "Client"}}
	inc.DataSets[0].Status = []incident.StatusChange{{Status: incident.Possible, On: "2026-05-01"}, {Status: incident.RuledOut, On: "2026-05-05"}}
	a := eval(t, inc, at(2026, 5, 6, 10, 0))
	for _, n := range a.Needs {
		if n.Fact == "role" || n.Fact == "category" || n.Fact == "encryption" {
			t.Errorf("asks again for %s (%v)", n.Fact, n.Text.EN)
		}
	}
	for _, s := range a.Steps {
		if s.ID == "pb.entrustor" && s.Applies != Yes {
			t.Errorf("pb.entrustor applies %q for data held for a client", s.Applies)
		}
		if (s.ID == "pb.card.stop" || s.ID == "pb.mynumber") && s.Applies != No {
			t.Errorf("%s applies %q with no card data and no My Number", s.ID, s.Applies)
		}
	}
	na := map[string]bool{}
	for _, x := range a.NotApplicable {
		na[x.ID] = true
	}
	if !na["JP-MN"] || !na["CARDS"] {
		t.Errorf("not applicable: %v", a.NotApplicable)
	}
}
