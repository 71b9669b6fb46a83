package ui

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/catalog"
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

// TestDoneByEventAsWellAsKnown: a step done by a timeline event known by
// its day says the day, not a 00:00 nobody gave; an exact event keeps its
// time of day.
func TestDoneByEventAsWellAsKnown(t *testing.T) {
	loc := time.FixedZone("JST", 9*3600)
	now := time.Date(2026, 12, 5, 9, 0, 0, 0, loc)
	inc := incident.New("i", now)
	inc.TimeZone = "Asia/Tokyo"
	day := time.Date(2016, 9, 21, 0, 0, 0, 0, inc.Location())
	inc.Events = []incident.Event{
		{ID: "e1", Kind: incident.EvContained, At: day, Precision: incident.Day},
		{ID: "e2", Kind: incident.EvContained, At: day.Add(14*time.Hour + 5*time.Minute)},
	}
	got := doneByEvent(catalog.EN, inc, assess.Step{DoneBy: "e1"}, now)
	if !strings.Contains(got, "21 Sep 2016") || strings.Contains(got, "00:00") {
		t.Errorf("done by a day-only event: %q", got)
	}
	if got := doneByEvent(catalog.EN, inc, assess.Step{DoneBy: "e2"}, now); !strings.Contains(got, "14:05") {
		t.Errorf("done by an exact event: %q", got)
	}
}

// F204 (63): a free-text item left unclassified put seven steps (card,
// password, My Number) in doubt, each repeating the same question. The
// steps that may apply are grouped by the facts that would decide them,
// the question said once above each group.
func TestMaybeStepsAreGroupedByWhatDecidesThem(t *testing.T) {
	inc := scenario(t, "63-kindergarten-app-sent-to-all-parents")
	// An item whose text may be a card number, a password or My Number
	// (F951: 63's own 「個別の配慮事項」 names none and no longer puts those
	// steps in doubt).
	for i := range inc.DataSets[0].Categories {
		if c := &inc.DataSets[0].Categories[i]; c.ID == "other" {
			c.Other = "カード番号・パスワード・個人番号の有無は確認中"
		}
	}
	rs, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	gs := groupSteps(a.Steps)
	maybe := gs[len(gs)-1]
	if !maybe.Maybe {
		t.Fatal("no may-apply group")
	}
	runs := byNeeds(maybe.Steps)
	var other []string
	for _, run := range runs {
		for _, s := range run[1:] {
			if !reflect.DeepEqual(s.Needs, run[0].Needs) {
				t.Errorf("%s needs %v, grouped under %v", s.ID, s.Needs, run[0].Needs)
			}
		}
		if len(run[0].Needs) == 1 && run[0].Needs[0].Fact == "category" && run[0].Needs[0].Arg == "other" {
			for _, s := range run {
				other = append(other, s.ID)
			}
		}
	}
	if len(runs) != 2 || len(other) < 5 || !slices.Contains(other, "pb.card.acquirer") || !slices.Contains(other, "pb.mynumber") {
		t.Errorf("runs = %d, the unclassified item's = %v", len(runs), other)
	}
	if got := needsText(catalog.EN, runs[0][0].Needs); !strings.HasPrefix(got, "Needed to decide: what the 'other' data is") {
		t.Errorf("first run's line = %q", got)
	}
}
