package desk_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"breachdesk/app/desk"
	"breachdesk/app/incident"
)

func v2Incident(t *testing.T) *incident.Incident {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "..", "testdata", "incident", "v2.json"))
	if err != nil {
		t.Fatal(err)
	}
	inc, err := incident.Decode(raw)
	if err != nil {
		t.Fatal(err)
	}
	return inc
}

// Every kind of value a conflict can have is asked for with its own input
// and read into the value a settlement writes; what the type does not
// admit, or what would make the incident invalid, is refused naming why.
func TestConflictValueEveryType(t *testing.T) {
	inc := v2Incident(t)
	loc := inc.Location()
	cases := []struct {
		path   string
		kind   desk.ValueKind
		typed  desk.NewValue
		want   string // the canonical JSON, "" for absent
		badIn  desk.NewValue
		badErr string
	}{
		{"org.name", desk.ValueText, desk.NewValue{Text: " Kaku "}, `"Kaku"`,
			desk.NewValue{Text: strings.Repeat("名", incident.MaxNameRunes+1)}, "value.invalid"},
		{"story.summary", desk.ValueLongText, desk.NewValue{Text: "一行目\n二行目"}, `"一行目\n二行目"`, desk.NewValue{}, ""},
		{"events[e1].at", desk.ValueTime, desk.NewValue{Text: "2026-09-01T09:30"}, `"2026-09-01T09:30:00+09:00"`,
			desk.NewValue{Text: "yesterday"}, "value.time"},
		{"events[e1].due", desk.ValueTime, desk.NewValue{}, "", desk.NewValue{Text: "2026-02-30T10:00"}, "value.time"},
		{"events[e1].kind", desk.ValueChoice, desk.NewValue{Text: "detected"}, `"detected"`,
			desk.NewValue{Text: "maybe"}, "value.choice"},
		{"cause.unlawfulPurpose", desk.ValueChoice, desk.NewValue{Text: ""}, "", desk.NewValue{Text: "perhaps"}, "value.choice"},
		{"risk.level", desk.ValueChoice, desk.NewValue{Text: "high"}, `"high"`, desk.NewValue{Text: "severe"}, "value.choice"},
		{"dataSets[d1].held.from", desk.ValueDate, desk.NewValue{Text: "2019-04"}, `"2019-04"`,
			desk.NewValue{Text: "2019-13"}, "value.date"},
		{"dataSets[d1].former.retentionYears", desk.ValueInt, desk.NewValue{Text: "７"}, `7`,
			desk.NewValue{Text: "seven"}, "value.number"},
		{"org.cardMerchant", desk.ValueBool, desk.NewValue{Text: "true"}, `true`, desk.NewValue{Text: "yes"}, "value.choice"},
		{"org.establishments", desk.ValueList, desk.NewValue{Text: "JP\n\n DE \n"}, `["JP","DE"]`,
			desk.NewValue{Text: "JP\nNOT A COUNTRY"}, "value.invalid"},
		{"dataSets[d1].categories[email].persons", desk.ValueCount, desk.NewValue{Known: true, Approx: true, Text: "1,200"},
			`{"approx":true,"known":true,"n":1200}`, desk.NewValue{Known: true, Text: "many"}, "value.number"},
		{"dataSets[d1].persons", desk.ValueJSON, desk.NewValue{Text: `[{"known":true,"n":5}]`}, `[{"known":true,"n":5}]`,
			desk.NewValue{Text: `[{"known":true,"n":"five"}]`}, "value.json"},
	}
	for _, c := range cases {
		in := desk.ValueInputOf(c.path)
		if in.Kind != c.kind {
			t.Errorf("%s: asked with kind %d, want %d", c.path, in.Kind, c.kind)
			continue
		}
		got, err := desk.ReadValue(inc, c.path, in, c.typed)
		if err != nil || string(got) != c.want {
			t.Errorf("%s: %+v read as %s, %v; want %s", c.path, c.typed, got, err, c.want)
		}
		if c.badErr == "" {
			continue
		}
		_, err = desk.ReadValue(inc, c.path, in, c.badIn)
		var ve *desk.ValueError
		if !errors.As(err, &ve) || ve.Code != c.badErr {
			t.Errorf("%s: %+v refused with %v, want %s", c.path, c.badIn, err, c.badErr)
		}
	}
	// The current value is where an input starts.
	in := desk.ValueInputOf("events[e1].at")
	if got := in.Initial([]byte(`"2026-09-01T00:30:00Z"`), loc).Text; got != "2026-09-01T09:30" {
		t.Errorf("a time starts as %q", got)
	}
	in = desk.ValueInputOf("dataSets[d1].categories[email].persons")
	if got := in.Initial([]byte(`{"known":true,"n":12,"approx":true}`), loc); !got.Known || !got.Approx || got.Text != "12" {
		t.Errorf("a count starts as %+v", got)
	}
}

// A conflict on a date and time is settled with a new value typed: both
// people's browsers end with it and the conflict is gone.
func TestSettleConflictWithTypedTime(t *testing.T) {
	a, b, id := twoPeople(t)
	a.edit(t, id, func(inc *incident.Incident) {
		desk.SetEvent(inc, incident.EvDetected, time.Date(2026, 11, 1, 9, 0, 0, 0, inc.Location()))
	})
	b.receive(t, a.share(t, id, "p"), "p")
	b.settle()
	evID := b.Get(id).Events[0].ID
	a.edit(t, id, func(inc *incident.Incident) { inc.Events[0].At = inc.Events[0].At.Add(time.Hour) })
	b.edit(t, id, func(inc *incident.Incident) { inc.Events[0].At = inc.Events[0].At.Add(2 * time.Hour) })
	if r := b.receive(t, a.share(t, id, "p"), "p"); r.Err != nil || r.Conflicts != 1 {
		t.Fatalf("merge: %+v", r)
	}
	c := b.Conflicts(id)[0]
	if c.Path != "events["+evID+"].at" {
		t.Fatalf("conflict at %s", c.Path)
	}
	in := desk.ValueInputOf(c.Path)
	v, err := desk.ReadValue(b.Get(id), c.Path, in, desk.NewValue{Text: "2026-11-01T08:15"})
	if err != nil {
		t.Fatal(err)
	}
	done, check := must(t, "settle")
	b.SettleConflict(id, c.Path, desk.Settle{New: true, Value: v}, done)
	b.settle()
	check()
	want := time.Date(2026, 11, 1, 8, 15, 0, 0, b.Get(id).Location())
	if got := b.Get(id).Events[0].At; !got.Equal(want) || len(b.Conflicts(id)) != 0 {
		t.Errorf("after settling: %v, %d conflicts", got, len(b.Conflicts(id)))
	}
	a.receive(t, b.share(t, id, "p"), "p")
	if got := a.Get(id).Events[0].At; !got.Equal(want) {
		t.Errorf("A after B's settlement: %v", got)
	}
}
