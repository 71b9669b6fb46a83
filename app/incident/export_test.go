package incident

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestExportRoundTrip(t *testing.T) {
	now := time.Date(2026, 3, 20, 18, 0, 0, 0, jst)
	a, b := valid(), valid()
	b.ID = "inc-2"
	b.Schema = 0 // EncodeExport writes the current schema whatever the incident says
	data, err := EncodeExport([]*Incident{a, b}, now)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, []byte("{\n  \"format\": \"breachdesk-export\",\n  \"schema\": 2,\n  \"exportedAt\": \"2026-03-20T18:00:00+09:00\",")) {
		t.Errorf("export starts:\n%.200s", data)
	}
	if Sniff(data) != FileExport {
		t.Errorf("Sniff = %v", Sniff(data))
	}
	e, err := DecodeExport(data)
	if err != nil {
		t.Fatal(err)
	}
	if len(e.Incidents) != 2 || e.Incidents[1].ID != "inc-2" || !e.ExportedAt.Equal(now) || e.Schema != SchemaVersion {
		t.Fatalf("decoded %+v", e)
	}
	a.Schema = SchemaVersion
	for i, want := range []*Incident{a, b} {
		w, _ := Encode(want)
		g, _ := Encode(e.Incidents[i])
		if !bytes.Equal(w, g) {
			t.Errorf("incident %d:\n%s\n%s", i, g, w)
		}
	}
	if _, err := EncodeExport([]*Incident{nil}, now); err == nil {
		t.Error("EncodeExport(nil incident) succeeded")
	}
}

func TestDecodeExportOfOneIncident(t *testing.T) {
	for _, name := range []string{"v0.json", "v1.json"} {
		e, err := DecodeExport(readFixture(t, name))
		if err != nil || len(e.Incidents) != 1 {
			t.Errorf("%s: %+v, %v", name, e, err)
		}
	}
}

func TestDecodeExportMigratesEachIncident(t *testing.T) {
	// An old export: the envelope says schema 0, one incident says nothing (so 0), one says 1.
	in := `{"format":"breachdesk-export","schema":0,"exportedAt":"2025-12-01T00:00:00Z","incidents":[` +
		`{"id":"old","data":{"persons":12}},{"schema":1,"id":"new","data":{"persons":{"known":true,"n":5}}}]}`
	e, err := DecodeExport([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if p0, p1 := e.Incidents[0].DataSets[0].Persons.Latest(), e.Incidents[1].DataSets[0].Persons.Latest(); p0 != (Count{Known: true, N: 12}) || p1 != (Count{Known: true, N: 5}) {
		t.Errorf("persons: %+v, %+v", p0, p1)
	}
}

func TestDecodeExportHostile(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		path     string
		code     Code
		text     string
	}{
		{"not JSON", "PK\x03\x04", "", CodeNotObject, ""},
		{"other JSON", `{"hello":"world"}`, "", CodeNotExport, ""},
		{"other format", `{"format":"someone-else","incidents":[]}`, "", CodeNotExport, ""},
		{"sealed", `{"format":"breachdesk-export-sealed","iv":"AAAA","data":"AAAA"}`, "", CodeSealed, ""},
		{"future", `{"format":"breachdesk-export","schema":7,"incidents":[]}`, "schema", CodeSchemaFuture, ""},
		{"incidents not a list", `{"format":"breachdesk-export","schema":1,"incidents":{}}`, "incidents", CodeWrongType, ""},
		{"incident not an object", `{"format":"breachdesk-export","schema":1,"incidents":[1]}`, "incidents[0]", CodeNotObject, ""},
		{"bad field in the second incident", "{\"format\":\"breachdesk-export\",\"schema\":1,\n\"incidents\":[{\"id\":\"a\"},\n{\"id\":\"b\",\"events\":[{\"at\":true}]}]}",
			"incidents[1].events[0].at", CodeWrongType,
			"incidents[1].events[0].at: expected a date-time like 2026-03-15T09:00:00+09:00, got true or false (line 3, column 27)"},
		{"future incident inside", `{"format":"breachdesk-export","schema":1,"incidents":[{"schema":9,"id":"a"}]}`, "incidents[0].schema", CodeSchemaFuture, ""},
		{"duplicate ids", `{"format":"breachdesk-export","schema":1,"incidents":[{"id":"a"},{"id":"b"},{"id":"a"}]}`,
			"incidents[2].id", CodeDuplicateID, `incidents[2].id: the id "a" is also used by incidents[0]`},
		{"truncated", `{"format":"breachdesk-export","schema":1,"incidents":[{"id":"a"}`, "", CodeTruncated, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, err := DecodeExport([]byte(tc.in))
			if err == nil {
				t.Fatalf("DecodeExport = %+v", e)
			}
			p := ProblemsOf(err)[0]
			if p.Code != tc.code || (tc.path != "" && p.Path != tc.path) {
				t.Errorf("first problem = %s %s; want %s %s (%v)", p.Path, p.Code, tc.path, tc.code, err)
			}
			if tc.text != "" && p.Text("en") != tc.text {
				t.Errorf("text = %s\nwant   %s", p.Text("en"), tc.text)
			}
		})
	}
}

func TestSniff(t *testing.T) {
	for in, want := range map[string]FileKind{
		``:                                      FileUnknown,
		`not json`:                              FileUnknown,
		`[1]`:                                   FileUnknown,
		`{"hello":1}`:                           FileUnknown,
		`{"id":"a"}`:                            FileIncident,
		` {"schema":1,"events":[]}`:             FileIncident,
		`{"format":"breachdesk-export"}`:        FileExport,
		`{"format":"breachdesk-export-sealed"}`: FileSealed,
		`{"format":"other"}`:                    FileUnknown,
		strings.Repeat("[", 1000):               FileUnknown,
	} {
		if got := Sniff([]byte(in)); got != want {
			t.Errorf("Sniff(%.40q) = %v; want %v", in, got, want)
		}
	}
}

// A problem of one incident of an export names its place in the file.
func TestProblemUnder(t *testing.T) {
	for path, want := range map[string]string{"": "incidents[2]", "title": "incidents[2].title", "[0]": "incidents[2][0]", "events[1].at": "incidents[2].events[1].at"} {
		if got := (Problem{Path: path}).Under("incidents[2]").Path; got != want {
			t.Errorf("%q under incidents[2]: %q, want %q", path, got, want)
		}
	}
}

// The change logs an export carries come back as written, by incident id;
// a "logs" that is not an object of objects is a problem of the file, and
// a file without logs reads as before.
func TestExportLogsRoundTrip(t *testing.T) {
	inc := New("inc-1", time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC))
	log := []byte("{\"format\":\"breachdesk-packet\",\"ops\":[\n{\"path\":\"\"},\n{\"path\":\"title\"}]}\n")
	b, err := EncodeExportLogs([]*Incident{inc}, map[string][]byte{"inc-1": log}, inc.CreatedAt)
	if err != nil {
		t.Fatal(err)
	}
	e, err := DecodeExport(b)
	if err != nil {
		t.Fatal(err)
	}
	if got := string(e.Logs["inc-1"]); got != strings.TrimSpace(string(log)) || len(e.Logs) != 1 || e.Incidents[0].ID != "inc-1" {
		t.Errorf("logs read back: %q", e.Logs)
	}
	plain, _ := EncodeExport([]*Incident{inc}, inc.CreatedAt)
	if e, err := DecodeExport(plain); err != nil || e.Logs != nil {
		t.Errorf("without logs: %v, %v", err, e.Logs)
	}
	bad := bytes.Replace(plain, []byte(`"incidents"`), []byte(`"logs": {"inc-1": "text"},`+"\n"+`"incidents"`), 1)
	if _, err := DecodeExport(bad); err == nil || !strings.Contains(ProblemsOf(err)[0].Path, "logs") {
		t.Errorf("a log that is text: %v", err)
	}
}

// An export names the incidents whose change log it left out, and reads
// them back.
func TestExportLogsLeftOutRoundTrip(t *testing.T) {
	inc := New("inc-1", time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC))
	b, err := EncodeExportLeftOut([]*Incident{inc}, nil, []string{"inc-1"}, inc.CreatedAt)
	if err != nil {
		t.Fatal(err)
	}
	e, err := DecodeExport(b)
	if err != nil || len(e.LogsLeftOut) != 1 || e.LogsLeftOut[0] != "inc-1" {
		t.Fatalf("read back: %v, %v", err, e)
	}
	if b, _ = EncodeExport([]*Incident{inc}, inc.CreatedAt); bytes.Contains(b, []byte("logsLeftOut")) {
		t.Fatal("an export with nothing left out names it")
	}
}
