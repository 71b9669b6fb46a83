package incident

import (
	"testing"
	"time"
)

// A day-only event follows the timed events of its day that come before it
// in a case's course: scenario 27's timeline read 「6月8日 被害拡大の防止措置」
// before 「6月8日 3時30分 異常を検知」 (the day-only containment sorted at
// midnight). An intrusion known only by its day still comes first, and
// events on other days keep their order.
func TestSortEventsDayOnlyAfterEarlierTimedEvents(t *testing.T) {
	jst := time.FixedZone("JST", 9*3600)
	d := func(day, h, m int) time.Time { return time.Date(2024, 6, day, h, m, 0, 0, jst) }
	inc := &Incident{Events: []Event{
		{ID: "contained", Kind: EvContained, At: d(8, 0, 0), Precision: Day},
		{ID: "aware", Kind: EvAware, At: d(8, 0, 0), Precision: Day},
		{ID: "detected", Kind: EvDetected, At: d(8, 3, 30)},
		{ID: "intrusion", Kind: EvIntrusion, At: d(8, 0, 0), Precision: Day},
		{ID: "police", Kind: EvPolice, At: d(9, 0, 0), Precision: Day},
		{ID: "undated", Kind: EvForensic},
		{ID: "before", Kind: EvOther, At: d(7, 22, 0)},
	}}
	inc.SortEvents()
	var got []string
	for _, e := range inc.Events {
		got = append(got, e.ID)
	}
	want := []string{"before", "intrusion", "detected", "contained", "aware", "police", "undated"}
	for i := range want {
		if i >= len(got) || got[i] != want[i] {
			t.Fatalf("order %v, want %v", got, want)
		}
	}
}
