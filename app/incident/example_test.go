package incident_test

import (
	"fmt"
	"time"

	"breachdesk/app/incident"
)

func ExampleParseCount() {
	for _, s := range []string{"１，２００", "約1,200人", "1.2万", "6.79M", "不明"} {
		c, _ := incident.ParseCount(s)
		fmt.Printf("%s → %s / %s\n", s, incident.FormatCount(c, "ja"), incident.FormatCount(c, "en"))
	}
	// Output:
	// １，２００ → 1,200 / 1,200
	// 約1,200人 → 約1,200 / approx. 1,200
	// 1.2万 → 12,000 / 12,000
	// 6.79M → 6,790,000 / 6,790,000
	// 不明 → 不明 / unknown
}

func ExampleDecode() {
	_, err := incident.Decode([]byte(`{"schema":1,"id":"a","events":[{"id":"e1","kind":"aware","at":20260315}]}`))
	for _, p := range incident.ProblemsOf(err) {
		fmt.Println(p.Text("en"))
		fmt.Println(p.Text("ja"))
	}
	_, err = incident.Decode([]byte(`{"schema":7}`))
	fmt.Println(err)
	// Output:
	// events[0].at: expected a date-time like 2026-03-15T09:00:00+09:00, got a number (line 1, column 63)
	// events[0].at: 2026-03-15T09:00:00+09:00 のような日時が必要ですが、数値があります（1行63文字目）
	// schema: written by a newer Breach Desk: schema 7, this version reads up to 2 (line 1, column 11)
}

func ExampleValidate() {
	inc := incident.New("inc-1", mustTime("2026-03-16T10:00:00+09:00"))
	inc.Events = []incident.Event{
		{ID: "e1", Kind: incident.EvIntrusion, At: mustTime("2026-03-10T14:00:00+09:00")},
		{ID: "e2", Kind: incident.EvAware, At: mustTime("2026-03-09T09:00:00+09:00")},
		{ID: "e2", Kind: incident.EvContained, At: mustTime("2026-03-11T09:00:00+09:00")},
	}
	inc.DataSets[0].Status[0].Status = "maybe"
	for _, p := range incident.Validate(inc) {
		fmt.Println(p.Severity, p.Text("en"))
	}
	// Output:
	// error events[2].id: the id "e2" is also used by events[1]
	// warning events[1].at: awareness (2026-03-09 09:00 +09:00) is before intrusion (2026-03-10 14:00 +09:00)
	// error dataSets[0].status[0].status: "maybe" is not a known value (known: possible, confirmed, ruled_out)
}

func mustTime(s string) (t time.Time) {
	if err := t.UnmarshalText([]byte(s)); err != nil {
		panic(err)
	}
	return t
}
