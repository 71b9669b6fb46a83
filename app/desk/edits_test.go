package desk_test

import (
	"reflect"
	"testing"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/desk"
	"breachdesk/app/estimate"
	"breachdesk/app/incident"
)

func TestNextStepIsTheNearestOpenOne(t *testing.T) {
	at := func(h int) *time.Time { t := time.Date(2026, 11, 22, h, 0, 0, 0, time.UTC); return &t }
	steps := []assess.Step{
		{ID: "done", Applies: assess.Yes, State: assess.StateDone, Due: at(1)},
		{ID: "nodate", Applies: assess.Yes, State: assess.StateOpen},
		{ID: "later", Applies: assess.Yes, State: assess.StateDue, Due: at(9)},
		{ID: "sooner", Applies: assess.Yes, State: assess.StateOverdue, Due: at(3)},
		{ID: "maybe", Applies: assess.Unknown, State: assess.StateUndetermined, Due: at(2)},
	}
	s, ok := (&desk.Board{Assessment: assess.Assessment{Steps: steps}}).NextStep()
	if !ok || s.ID != "sooner" {
		t.Errorf("next = %q, %v; want sooner", s.ID, ok)
	}
	if _, ok := (&desk.Board{Assessment: assess.Assessment{Steps: steps[:1]}}).NextStep(); ok {
		t.Error("nothing is next when all is done")
	}
}

// SetPartyEvent dates the event named (keeping its note) and makes it
// concern the party, or adds one; PartyEvent finds the party's event, or
// for the first party of its kind one recorded before any party was named.
func TestSetPartyEvent(t *testing.T) {
	jst := time.FixedZone("JST", 9*3600)
	at := func(d int) time.Time { return time.Date(2026, 3, d, 10, 0, 0, 0, jst) }
	inc := incident.New("x", at(1))
	inc.Events = []incident.Event{{ID: "a", Kind: incident.EvAware, At: at(5)}}
	desk.SetPartyEvent(inc, incident.EvPolice, "p1", "", at(7))
	e, ok := desk.PartyEvent(inc, incident.EvPolice, "p1", false)
	if !ok || !e.At.Equal(at(7)) || e.ID == "" || e.Party != "p1" || len(inc.Events) != 2 {
		t.Fatalf("added: %+v", inc.Events)
	}
	inc.Events[1].Note = "被害届"
	desk.SetPartyEvent(inc, incident.EvPolice, "p1", e.ID, at(3))
	if len(inc.Events) != 2 || inc.Events[0].ID != e.ID || !inc.Events[0].At.Equal(at(3)) || inc.Events[0].Note != "被害届" {
		t.Fatalf("moved: %+v", inc.Events)
	}
	// A consultation recorded as planned (F63) is done once dated.
	inc.Events[0].At, inc.Events[0].Planned = time.Time{}, true
	desk.SetPartyEvent(inc, incident.EvPolice, "p1", e.ID, at(4))
	if inc.Events[0].Planned || !inc.Events[0].At.Equal(at(4)) {
		t.Fatalf("a planned consultation dated: %+v", inc.Events[0])
	}
	if _, ok := desk.PartyEvent(inc, incident.EvPolice, "p2", true); ok {
		t.Error("another police's event was taken for p2's")
	}
	inc.Events = append(inc.Events, incident.Event{ID: "u", Kind: incident.EvPolice, At: at(9)})
	if e, ok := desk.PartyEvent(inc, incident.EvPolice, "p2", true); !ok || e.ID != "u" {
		t.Errorf("the unnamed event for the first police: %+v, %v", e, ok)
	}
	if _, ok := desk.PartyEvent(inc, incident.EvPolice, "p2", false); ok {
		t.Error("an unnamed event was taken for a party that is not the first")
	}
}

// The deadline table reads overdue first, then due by date, then the rest;
// obligations that do not apply are left out.
func TestDeadlinesOrder(t *testing.T) {
	at := func(d int) *time.Time { t := time.Date(2026, 3, d, 10, 0, 0, 0, time.UTC); return &t }
	a := assess.Assessment{Jurisdictions: []assess.Jurisdiction{
		{ID: "JP", Obligations: []assess.Obligation{
			{ID: "done", State: assess.StateDone, Applies: assess.Yes, Due: at(1)},
			{ID: "due-late", State: assess.StateDue, Applies: assess.Yes, Due: at(20)},
			{ID: "no", State: assess.StateDue, Applies: assess.No, Due: at(2)},
			{ID: "open", State: assess.StateOpen, Applies: assess.Yes},
		}},
		{ID: "EU", Obligations: []assess.Obligation{
			{ID: "due-soon", State: assess.StateDue, Applies: assess.Yes, Due: at(10)},
			{ID: "overdue", State: assess.StateOverdue, Applies: assess.Unknown, Due: at(5)},
			{ID: "waiting", State: assess.StateWaiting, Applies: assess.Yes},
		}},
	}}
	var got []string
	for _, o := range desk.Deadlines(a) {
		got = append(got, o.Ob.ID)
	}
	want := []string{"overdue", "due-soon", "due-late", "open", "waiting", "done"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("order = %v, want %v", got, want)
	}
}

// Every field of estimate.Inputs (incident.EstimateInputs) survives the trip
// through the incident and back.
func TestEstimateInputsMirror(t *testing.T) {
	yes, lo, hi, q := true, int64(1), int64(2), int64(3)
	in := estimate.Inputs{PersonsLow: 10, PersonsHigh: 20, ApproxPct: 15, X: 2, Y: 3, Identifiability: 6,
		Responsibility: estimate.RespHigher, After: estimate.AfterUnknown,
		Costs: map[string]estimate.CostInput{"dm": {Include: &yes, Low: &lo, High: &hi, Quantity: &q}}}
	// Every field of estimate.Inputs is set above.
	v := reflect.ValueOf(in)
	for i := range v.NumField() {
		if v.Field(i).IsZero() {
			t.Fatalf("test value leaves %s unset", v.Type().Field(i).Name)
		}
	}
	var inc incident.Incident
	desk.SetEstimateInputs(&inc, in)
	stored := inc.Estimate
	if stored == nil {
		t.Fatal("stored nothing")
	}
	if back := desk.EstimateInputs(&inc); !reflect.DeepEqual(back, in) {
		t.Errorf("round trip = %+v, want %+v", back, in)
	}
	if desk.SetEstimateInputs(&inc, estimate.Inputs{}); inc.Estimate != nil {
		t.Error("zero inputs should be stored as nil")
	}
	if a, b := reflect.TypeOf(in).NumField(), reflect.TypeOf(*stored).NumField(); a != b {
		t.Errorf("estimate.Inputs has %d fields, incident.EstimateInputs %d", a, b)
	}
}

func TestSetCostDropsEmptyOverrides(t *testing.T) {
	var in estimate.Inputs
	v := int64(5)
	desk.SetCost(&in, "dm", estimate.CostInput{Low: &v})
	if in.Costs["dm"].Low == nil {
		t.Fatal("not set")
	}
	desk.SetCost(&in, "dm", estimate.CostInput{})
	if in.Costs != nil {
		t.Errorf("costs = %v, want nil", in.Costs)
	}
}

func TestRemoveAndReplaceEvent(t *testing.T) {
	inc := &incident.Incident{Events: []incident.Event{{ID: "a", Kind: incident.EvDetected, At: time.Unix(100, 0)}, {ID: "b", Kind: incident.EvAware, At: time.Unix(200, 0)}}}
	if !desk.ReplaceEvent(inc, "a", incident.Event{Kind: incident.EvContained, At: time.Unix(300, 0)}) {
		t.Fatal("replace failed")
	}
	if inc.Events[0].ID != "b" || inc.Events[1].ID != "a" || inc.Events[1].Kind != incident.EvContained {
		t.Errorf("after replace: %+v", inc.Events)
	}
	if !desk.RemoveEvent(inc, "b") || len(inc.Events) != 1 || desk.RemoveEvent(inc, "zz") {
		t.Errorf("after remove: %+v", inc.Events)
	}
}

// An event edited on the timeline keeps the dates it once had.
func TestReplaceEventKeepsWas(t *testing.T) {
	at := time.Date(2026, 3, 5, 10, 0, 0, 0, time.UTC)
	inc := incident.New("x", at)
	was := []incident.EventDate{{At: at.AddDate(0, 0, -20), Until: "2026-03-04"}}
	inc.Events = []incident.Event{{ID: "i", Kind: incident.EvIntrusion, At: at, Was: was}}
	if !desk.ReplaceEvent(inc, "i", incident.Event{Kind: incident.EvIntrusion, At: at, Note: "n"}) {
		t.Fatal("not replaced")
	}
	if e := inc.Events[0]; e.Note != "n" || len(e.Was) != 1 || !e.Was[0].At.Equal(was[0].At) {
		t.Errorf("after the edit: %+v", e)
	}
}
