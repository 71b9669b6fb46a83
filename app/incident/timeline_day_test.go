package incident

import (
	"slices"
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

// A containment known only by its day is listed after the knowing timed
// that day, not before it (140: 「2月5日頃 被害拡大の防止措置を実施」 came
// before 「2月5日 19時00分 …を把握（事態を知った時）」, which says the
// company acted before it knew). A knowing known only by its day is listed
// before a containment timed that day, and after the detection.
func TestSortEventsDayOnlyContainmentAfterTheKnowing(t *testing.T) {
	jst := time.FixedZone("JST", 9*3600)
	d := func(day, h, m int) time.Time { return time.Date(2024, 2, day, h, m, 0, 0, jst) }
	order := func(evs ...Event) []string {
		inc := &Incident{Events: evs}
		inc.SortEvents()
		var got []string
		for _, e := range inc.Events {
			got = append(got, e.ID)
		}
		return got
	}
	got := order(
		Event{ID: "detected", Kind: EvDetected, At: d(4, 0, 15)},
		Event{ID: "aware", Kind: EvAware, At: d(5, 19, 0)},
		Event{ID: "contained", Kind: EvContained, At: d(5, 0, 0), Precision: Approx},
		Event{ID: "deleted", Kind: EvDeleted, At: d(5, 0, 0), Precision: Day},
	)
	if want := []string{"detected", "aware", "contained", "deleted"}; !slices.Equal(got, want) {
		t.Errorf("order %v, want %v", got, want)
	}
	got = order(
		Event{ID: "detected", Kind: EvDetected, At: d(5, 3, 30)},
		Event{ID: "contained", Kind: EvContained, At: d(5, 10, 0)},
		Event{ID: "aware", Kind: EvAware, At: d(5, 0, 0), Precision: Day},
	)
	if want := []string{"detected", "aware", "contained"}; !slices.Equal(got, want) {
		t.Errorf("order %v, want %v", got, want)
	}
}
