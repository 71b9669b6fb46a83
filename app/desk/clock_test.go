package desk_test

import (
	"reflect"
	"testing"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/desk"
	"breachdesk/app/incident"
)

// The contested clock is the first open obligation counted from the
// detection too; the missing reason is said; without an early count there
// is none.
func TestContested(t *testing.T) {
	at := func(d int) *time.Time { t := time.Date(2026, 3, d, 10, 0, 0, 0, time.UTC); return &t }
	early := &assess.Counted{From: incident.EvDetected, StartAt: *at(1), Due: *at(4)}
	a := assess.Assessment{Jurisdictions: []assess.Jurisdiction{{ID: "JP", Obligations: []assess.Obligation{
		{ID: "done", State: assess.StateDone, Applies: assess.Yes, Due: at(2), Early: early},
		{ID: "plain", State: assess.StateDue, Applies: assess.Yes, Due: at(5)},
		{ID: "prelim", State: assess.StateDue, Applies: assess.Yes, Due: at(7), Early: early},
	}}}}
	inc := incident.New("x", *at(1))
	b := &desk.Board{Incident: inc, Assessment: a, Open: desk.OpenObligations(a)}
	c, ok := b.Contested()
	if !ok || c.Ob.ID != "prelim" || !c.WhyMissing || !c.Early.Due.Equal(*at(4)) {
		t.Fatalf("contested %+v, %v", c, ok)
	}
	inc.AwareWhy.Text = "検知時点では個人データへの影響を示す事実がなかった"
	if c, _ := b.Contested(); c.WhyMissing {
		t.Error("the reason recorded is still said to be missing")
	}
	// Once every open one is done, a settled one is still shown.
	a.Jurisdictions[0].Obligations = a.Jurisdictions[0].Obligations[:2]
	b = &desk.Board{Incident: inc, Assessment: a, Open: desk.OpenObligations(a)}
	if c, ok := b.Contested(); !ok || c.Ob.ID != "done" {
		t.Errorf("settled: %+v, %v", c, ok)
	}
	a.Jurisdictions[0].Obligations[0].Early = nil
	b = &desk.Board{Incident: inc, Assessment: a, Open: desk.OpenObligations(a)}
	if _, ok := b.Contested(); ok {
		t.Error("a clock with no early count is contested")
	}
}

func TestAimAndSetNames(t *testing.T) {
	from, due := time.Unix(100, 0), time.Unix(200, 0)
	if got := desk.Aim(assess.Obligation{DueFrom: &from, Due: &due}, time.Unix(50, 0)); !got.Equal(from) {
		t.Errorf("a target window aims at %v, want its early end", got)
	}
	if got := desk.Aim(assess.Obligation{DueFrom: &from, Due: &due}, time.Unix(150, 0)); !got.Equal(due) {
		t.Errorf("inside the window the countdown aims at %v, want its late end", got)
	}
	if got := desk.Aim(assess.Obligation{Due: &due}, time.Unix(50, 0)); !got.Equal(due) {
		t.Errorf("a deadline aims at %v", got)
	}
	if desk.Aim(assess.Obligation{}, time.Unix(50, 0)) != nil {
		t.Error("no deadline, yet an aim")
	}
	inc := incident.New("x", time.Unix(0, 0))
	inc.Main().Name = "自社会員"
	inc.DataSets = append(inc.DataSets, incident.NewDataSet("d2"))
	if got := desk.SetNames(inc, []string{"d2", "gone", inc.Main().ID}); !reflect.DeepEqual(got, []string{"d2", "自社会員"}) {
		t.Errorf("names %q", got)
	}
}
