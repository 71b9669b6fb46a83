package desk_test

import (
	"testing"
	"time"

	"breachdesk/app/desk"
	"breachdesk/app/incident"
)

// F1342: a city's file saved with a note and an owner on the business's
// retention step (before a public body had its own) shows them on the
// city's step once its board is derived, and the move is saved.
func TestRetentionStepStateMovesToTheCitysStep(t *testing.T) {
	inc := scenarioNamed(t, "02-hosting-os-command-injection.json")
	inc.Drill = false
	inc.Org.Kind = incident.Local
	inc.Steps = map[string]incident.StepState{"pb.retention": {Owner: "文書管理担当", Note: "保存期間5年の規程を確認"}}
	store := desk.NewMemStore()
	d := newTab(t, store, nil)
	d.Add(inc)
	d.settle()
	b := d.Board(inc.ID, time.Date(2026, 6, 1, 10, 0, 0, 0, time.UTC))
	found := false
	for _, s := range b.Assessment.Steps {
		if s.ID == "pb.retention.public" {
			found = true
			if s.Owner != "文書管理担当" {
				t.Errorf("the city's retention step shows owner %q", s.Owner)
			}
		}
	}
	if !found {
		t.Fatal("02 as a city has no public body's retention step (the test's premise)")
	}
	d.settle()
	saved := stored(t, store, inc.ID, "")
	if _, left := saved.Steps["pb.retention"]; left || saved.Steps["pb.retention.public"].Note != "保存期間5年の規程を確認" {
		t.Errorf("the move is not saved: %v", saved.Steps)
	}
}

// F1085: a file saved with an edit of the one GDPR Art. 33 notification of
// a case under both laws (157) has it on both authorities' documents once
// its board is derived, and the move is saved.
func TestOldArt33EditMovesToEachAuthoritysDocument(t *testing.T) {
	inc := scenarioNamed(t, "157-uk-subsidiary-payroll-provider-file-transfer-zero-day-staff-uk-ie.json")
	inc.Drill = false
	mine := incident.ParagraphEdit{Text: "Controller: Kaku Pharmacy UK Limited (company no. 00000000)", Base: "old"}
	inc.Edits = map[string]incident.ParagraphEdit{"gdpr-art33-en/controller/p1": mine}
	store := desk.NewMemStore()
	d := newTab(t, store, nil)
	d.Add(inc)
	d.settle()
	b := d.Board(inc.ID, inc.UpdatedAt)
	if orphans := b.Drafts().Orphans; len(orphans) > 0 {
		t.Errorf("the old edit is orphaned: %v", orphans)
	}
	d.settle()
	saved := stored(t, store, inc.ID, "")
	for _, id := range []string{"gdpr-art33-eu-en/controller/p1", "gdpr-art33-uk-en/controller/p1"} {
		if saved.Edits[id] != mine {
			t.Errorf("%s not saved: %v", id, saved.Edits)
		}
	}
	if _, left := saved.Edits["gdpr-art33-en/controller/p1"]; left {
		t.Error("the old edit is still saved under the gone document")
	}
}
