package incident

import (
	"encoding/json"
	"testing"
)

// A police event says what it was and who made it (F74: the nurse's 被害届
// the night of the theft, before the hospital knew): known values pass,
// others are named, and both survive a round trip through JSON.
func TestPoliceActAndFiler(t *testing.T) {
	inc := valid()
	inc.Events = append(inc.Events, Event{ID: "e5", Kind: EvPolice, At: at(15, 23), Police: "damage_report", By: "staff"})
	if ps := Validate(inc); ps.HasErrors() {
		t.Fatalf("a 被害届 made by staff is refused: %v", ps)
	}
	b, err := json.Marshal(inc)
	if err != nil {
		t.Fatal(err)
	}
	var back Incident
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if e, _ := back.Event("e5"); e.Police != "damage_report" || e.By != "staff" {
		t.Errorf("lost in JSON: %+v", e)
	}
	inc.Events[4].Police, inc.Events[4].By = "statement", "neighbour"
	ps := Validate(inc)
	for _, path := range []string{"events[4].police", "events[4].by"} {
		found := false
		for _, p := range ps {
			found = found || p.Path == path && p.Code == CodeUnknownValue && p.Severity == SeverityError
		}
		if !found {
			t.Errorf("no error on %s: %v", path, ps)
		}
	}
}
