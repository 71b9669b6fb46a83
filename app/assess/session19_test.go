package assess

import (
	"breachdesk/app/incident"

	"testing"
	"time"
)

// F746 (134): 750 customers told on 7/17, 37,276 on 9/8 (56 days after the
// knowing): the notice was measured to the first and said within 30 days.
// With the persons told set by set, the measure ends when the last set
// named was first told; the same notices sent to everyone on the first day
// end it then.
func TestNoticeMeasuredToTheLastSetTold(t *testing.T) {
	name := "134-securities-vendor-deposit-tool-id-images-fsa-order"
	notice := func(mod func([]string) []string) Finding {
		inc := loadScenario(t, scenarioDir+"/"+name+".json")
		for i := range inc.Events {
			if inc.Events[i].Kind == "notice_persons" && mod != nil {
				inc.Events[i].Sets = mod(inc.Events[i].Sets)
			}
		}
		for _, f := range eval(t, inc, inc.UpdatedAt).Findings {
			if f.ID == "tl.notice" {
				return f
			}
		}
		t.Fatal("no tl.notice")
		return Finding{}
	}
	f := notice(nil)
	if f.Verdict != FindingLate || f.ToAt == nil || f.ToAt.Month() != time.September {
		t.Errorf("per set: %s to %v, want late to the September notice: %s", f.Verdict, f.ToAt, f.Explanation.EN)
	}
	f = notice(func([]string) []string { return nil }) // every notice to everyone
	if f.Verdict == FindingLate || f.ToAt == nil || f.ToAt.Month() != time.July {
		t.Errorf("to everyone: %s to %v, want the July notice within the benchmark: %s", f.Verdict, f.ToAt, f.Explanation.EN)
	}
}

// F607 (126): a cause at a business the data was provided to brings the
// step that asks that business for its account and the provision's record,
// not the contractor's, and no IPA filing of the company's own (the attacked
// systems are the recipient's, as with a contractor's).
func TestCauseAtARecipientAsksTheRecipient(t *testing.T) {
	inc := loadScenario(t, scenarioDir+"/126-airline-loyalty-partner-pss-breach-members-worldwide.json")
	if inc.Cause.At != "recipient" {
		t.Fatalf("126's cause is at %q", inc.Cause.At)
	}
	steps := map[string]bool{}
	for _, s := range eval(t, inc, inc.UpdatedAt).Steps {
		steps[s.ID] = true
	}
	if !steps["pb.recipient"] || steps["pb.processor"] {
		t.Errorf("steps: pb.recipient %v, pb.processor %v; want the recipient's only", steps["pb.recipient"], steps["pb.processor"])
	}
	for _, at := range []string{"recipient", "processor", "own"} {
		inc.Cause.At = incident.CauseAt(at)
		ipa := false
		for _, j := range eval(t, inc, inc.UpdatedAt).Jurisdictions {
			for _, o := range j.Obligations {
				ipa = ipa || o.ID == "jp.ipa"
			}
		}
		if want := at == "own"; ipa != want {
			t.Errorf("cause at %s: jp.ipa %v, want %v", at, ipa, want)
		}
	}
}
