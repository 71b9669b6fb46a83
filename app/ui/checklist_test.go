package ui

import (
	"reflect"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

func TestGroupStepsByPhaseWithMaybeLast(t *testing.T) {
	steps := []assess.Step{
		{ID: "a", Phase: "contain", PhaseTitle: rules.Text{EN: "1"}, Applies: assess.Yes},
		{ID: "b", Phase: "contain", Applies: assess.Unknown},
		{ID: "c", Phase: "contain", Applies: assess.Yes},
		{ID: "d", Phase: "scope", PhaseTitle: rules.Text{EN: "3"}, Applies: assess.Yes},
		{ID: "e", Phase: "scope", Applies: assess.No},
	}
	gs := groupSteps(steps)
	var got [][]string
	for _, g := range gs {
		ids := []string{g.ID}
		for _, s := range g.Steps {
			ids = append(ids, s.ID)
		}
		got = append(got, ids)
	}
	want := [][]string{{"contain", "a", "c"}, {"scope", "d"}, {"maybe", "b"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("groups = %v, want %v", got, want)
	}
	if !gs[2].Maybe || gs[0].Maybe {
		t.Error("only the last group is the may-apply group")
	}
}

func TestHiddenStepsKeepWhatWasWritten(t *testing.T) {
	inc := &incident.Incident{Steps: map[string]incident.StepState{
		"shown": {Note: "x"},
		"gone":  {Owner: "Sato"},
		"gone2": {Note: "n"},
		"empty": {},
		"maybe": {Note: "m"},
	}}
	steps := []assess.Step{{ID: "shown", Applies: assess.Yes}, {ID: "maybe", Applies: assess.Unknown}}
	if got, want := hiddenSteps(inc, steps), []string{"gone", "gone2"}; !reflect.DeepEqual(got, want) {
		t.Errorf("hidden = %v, want %v", got, want)
	}
}
