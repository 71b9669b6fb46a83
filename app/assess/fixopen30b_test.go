package assess

import (
	"path/filepath"
	"testing"
	"time"

	"breachdesk/app/incident"
)

// F1342 (public bodies' files): a city's file saved before a public body had
// its own retention step kept its note, owner and "done" on the business's
// step (pb.retention), which no longer shows: the checklist listed them
// among the hidden steps' states and the city's step started empty. What
// was written of a step that no longer applies moves to the step that
// stands for it (rules.Step.Replaces), in either direction, while that step
// has nothing of its own.
func TestRetentionStepStateFollowsTheOrganisationsKind(t *testing.T) {
	rs := mustRules(t)
	done := time.Date(2026, 6, 20, 10, 0, 0, 0, time.UTC)
	written := incident.StepState{Status: incident.StepDone, Owner: "文書管理担当", Note: "保存期間5年の規程を確認", DoneAt: &done}
	inc := loadScenario(t, filepath.Join(scenarioDir, "02-hosting-os-command-injection.json"))
	inc.Org.Kind = incident.Local
	inc.Steps = map[string]incident.StepState{"pb.retention": written, "pb.forensic": {Owner: "情報政策課"}}
	a := Evaluate(inc, rs, inc.UpdatedAt)
	if !CarrySteps(inc, a, rs) {
		t.Fatal("nothing moved for a city with the business's retention step's state")
	}
	if _, left := inc.Steps["pb.retention"]; left {
		t.Error("the business's step keeps its state")
	}
	if got := inc.Steps["pb.retention.public"]; got.Note != written.Note || got.Owner != written.Owner || got.Status != incident.StepDone {
		t.Errorf("the public body's step: %+v", got)
	}
	if inc.Steps["pb.forensic"].Owner != "情報政策課" {
		t.Error("a step that still applies lost its state")
	}
	for _, s := range Evaluate(inc, rs, inc.UpdatedAt).Steps {
		if s.ID == "pb.retention.public" && (s.Status != incident.StepDone || s.Owner != written.Owner) {
			t.Errorf("evaluated again, the city's step is %s, owner %q", s.Status, s.Owner)
		}
	}
	if CarrySteps(inc, Evaluate(inc, rs, inc.UpdatedAt), rs) {
		t.Error("a second pass moved something")
	}

	// The kind corrected back to a business: the state goes back with it.
	inc.Org.Kind = incident.Private
	if !CarrySteps(inc, Evaluate(inc, rs, inc.UpdatedAt), rs) || inc.Steps["pb.retention"].Note != written.Note {
		t.Errorf("corrected to a business, the state did not follow: %v", inc.Steps)
	}

	// The step that applies has its own state: nothing is overwritten, and
	// the other step's stays to be seen among the hidden ones.
	inc.Org.Kind = incident.Local
	inc.Steps["pb.retention.public"] = incident.StepState{Owner: "総務課"}
	if CarrySteps(inc, Evaluate(inc, rs, inc.UpdatedAt), rs) || inc.Steps["pb.retention.public"].Owner != "総務課" || inc.Steps["pb.retention"].Note != written.Note {
		t.Errorf("a step's own state was overwritten or the other dropped: %v", inc.Steps)
	}
}
