package incident

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// checkEncoder fails unless e writes inc byte for byte as Encode does.
func checkEncoder(t *testing.T, what string, e *Encoder, inc *Incident) {
	t.Helper()
	want, err := Encode(inc)
	if err != nil {
		t.Fatalf("%s: Encode: %v", what, err)
	}
	got, err := e.Encode(inc)
	if err != nil {
		t.Fatalf("%s: Encoder: %v", what, err)
	}
	if !bytes.Equal(got, want) {
		i := 0
		for i < len(got) && i < len(want) && got[i] == want[i] {
			i++
		}
		t.Fatalf("%s: the Encoder's bytes differ from Encode's at %d:\n got …%s\nwant …%s", what, i,
			got[max(0, i-40):min(len(got), i+80)], want[max(0, i-40):min(len(want), i+80)])
	}
}

// Every scenario is written by an Encoder as by Encode, whether the Encoder
// is new or has just written another incident.
func TestEncoderWritesEveryScenarioAsEncode(t *testing.T) {
	files, err := filepath.Glob("../../testdata/scenarios/*.json")
	if err != nil || len(files) < 100 {
		t.Fatalf("scenarios: %d, %v", len(files), err)
	}
	var shared Encoder
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		inc, err := Decode(b)
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		checkEncoder(t, filepath.Base(f)+" (new Encoder)", &Encoder{}, inc)
		checkEncoder(t, filepath.Base(f)+" (shared Encoder)", &shared, inc)
		checkEncoder(t, filepath.Base(f)+" (again)", &shared, inc)
	}
}

// An Encoder that kept an event's bytes writes the event again when any of
// its fields changed, also in place (a list's element, the deadline's
// value), when events come, go or move, and when two share an id.
func TestEncoderSeesEveryChange(t *testing.T) {
	inc := largeIncident()
	due := at(20, 17)
	inc.Events[3].Kind, inc.Events[3].Due = EvMinistryOrder, &due
	inc.Events[5].Sets = []string{"d1"}
	inc.Events[7].Was = []EventDate{{At: at(2, 9), Until: "2026-12-03"}}
	var e Encoder
	checkEncoder(t, "first", &e, inc)
	if e.fresh != len(inc.Events) {
		t.Fatalf("a new Encoder encoded %d events of %d", e.fresh, len(inc.Events))
	}
	steps := []struct {
		what  string
		edit  func(*Incident)
		fresh int // events encoded again, not copied
	}{
		{"a note", func(i *Incident) { i.Events[10].Note = "変更した <メモ> & \"引用\"" }, 1},
		{"a field outside the time line", func(i *Incident) { i.Org.Name = "別の名前" }, 0},
		{"a set changed in place", func(i *Incident) { i.Events[5].Sets[0] = "d2" }, 1},
		{"a deadline changed in place", func(i *Incident) { *i.Events[3].Due = due.Add(24 * time.Hour) }, 1},
		{"an earlier date changed in place", func(i *Incident) { i.Events[7].Was[0].Until = "2026-12-04" }, 1},
		{"a time in another zone", func(i *Incident) { i.Events[8].At = i.Events[8].At.In(time.UTC) }, 1},
		{"a precision", func(i *Incident) { i.Events[9].Precision = Day }, 1},
		{"an event removed", func(i *Incident) { i.Events = append(i.Events[:20], i.Events[21:]...) }, 0},
		{"an event added", func(i *Incident) {
			i.Events = append(i.Events, Event{ID: "new", Kind: EvOther, At: at(30, 9), Note: "追加"})
		}, 1},
		{"two events swapped", func(i *Incident) { i.Events[0], i.Events[1] = i.Events[1], i.Events[0] }, 0},
		{"an id given to another event", func(i *Incident) {
			i.Events[30].ID = i.Events[31].ID
			i.Events[30].Note = "同じ id"
		}, 2}, // the two of one id take turns in the Encoder's memory
		{"the same id's other event changed", func(i *Incident) { i.Events[31].Note = "もう一方" }, 2},
		{"all but one removed", func(i *Incident) { i.Events = i.Events[:1] }, 0},
		{"none", func(i *Incident) { i.Events = nil }, 0},
		{"one again", func(i *Incident) { i.Events = []Event{{ID: "e0", Kind: EvOther, At: at(1, 0)}} }, 1},
	}
	for _, s := range steps {
		s.edit(inc)
		checkEncoder(t, s.what, &e, inc)
		if e.fresh != s.fresh {
			t.Errorf("%s: %d events encoded again, want %d (the rest copied)", s.what, e.fresh, s.fresh)
		}
	}
	if len(e.events) != 1 {
		t.Errorf("the Encoder keeps %d events for a time line of one", len(e.events))
	}
}

func TestEncoderRefusesNil(t *testing.T) {
	if _, err := new(Encoder).Encode(nil); err == nil {
		t.Fatal("no error for a nil incident")
	}
}

func BenchmarkEncoder1000Events(b *testing.B) {
	inc := largeIncident()
	var e Encoder
	b.ReportAllocs()
	names := []string{"株式会社サンプル", "株式会社サンプルk"}
	for i := 0; b.Loop(); i++ {
		inc.Org.Name = names[i%2]
		if _, err := e.Encode(inc); err != nil {
			b.Fatal(err)
		}
	}
}
