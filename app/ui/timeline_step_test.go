package ui

import (
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/catalog"
	"breachdesk/app/rules"
)

// An event may record a checklist step as done (F75: the aware event records
// the report to those responsible): the form reads the step chosen, shows it
// back on edit, and offers the steps that apply, plus the one chosen even
// if it no longer applies.
func TestEventDraftRecordsStep(t *testing.T) {
	loc := loadLocation("Asia/Tokyo")
	var d eventDraft
	for k, v := range map[string]string{"kind": "other", "at": "2025-10-13T09:00", "step": "pb.loss.search"} {
		d.set(k, v)
	}
	ev, probs := d.event(loc)
	if probs != nil || ev.Step != "pb.loss.search" {
		t.Fatalf("read %+v, problems %v", ev, probs)
	}
	if back := draftOf(ev, loc); back.Step != "pb.loss.search" {
		t.Errorf("edit form shows step %q", back.Step)
	}
	if d.key() == (eventDraft{Kind: d.Kind, At: d.At}).key() {
		t.Errorf("the draft's key ignores the step")
	}
	steps := []assess.Step{
		{ID: "pb.internal.report", Title: rules.Text{JA: "報告", EN: "report"}, State: assess.StateOverdue},
		{ID: "pb.ipa", Title: rules.Text{JA: "IPA", EN: "IPA"}, State: assess.StateNA},
	}
	if n := len(stepOptions(catalog.EN, steps, "")); n != 2 {
		t.Errorf("%d options: want none and the one step that applies", n)
	}
	if n := len(stepOptions(catalog.EN, steps, "pb.ipa")); n != 3 {
		t.Errorf("%d options: the chosen step marked not applicable must stay offered", n)
	}
	if n := len(stepOptions(catalog.EN, steps, "pb.gone")); n != 3 {
		t.Errorf("%d options: a chosen step no longer in the playbook must stay offered", n)
	}
}
