package incident

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	json "github.com/goccy/go-json"
)

const fixtures = "../../testdata/incident"

func readFixture(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(fixtures, name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// roundTrip checks that inc encodes, decodes and encodes to the same bytes.
func roundTrip(t testing.TB, inc *Incident) {
	t.Helper()
	b1, err := Encode(inc)
	if err != nil {
		t.Fatalf("Encode: %v", err)
	}
	inc2, err := Decode(b1)
	if err != nil {
		t.Fatalf("Decode(Encode(x)): %v\n%s", err, b1)
	}
	b2, err := Encode(inc2)
	if err != nil {
		t.Fatalf("Encode(Decode(Encode(x))): %v", err)
	}
	if !bytes.Equal(b1, b2) {
		t.Fatalf("round trip differs:\n%s\n%s", b1, b2)
	}
}

func TestDecodeV1Fixture(t *testing.T) {
	inc, err := Decode(readFixture(t, "v1.json"))
	if err != nil {
		t.Fatal(err)
	}
	if inc.ID != "inc-2026-0001" || len(inc.Events) != 8 || len(inc.DataSets) != 1 || len(inc.DataSets[0].Categories) != 4 {
		t.Fatalf("decoded %+v", inc)
	}
	d := inc.DataSets[0]
	if got := d.Persons.Latest(); got != (Count{Known: true, N: 1200, Approx: true}) {
		t.Errorf("persons = %+v", got)
	}
	if due := inc.Events[6].Due; due == nil || !due.Equal(time.Date(2026, 4, 2, 8, 0, 0, 0, time.UTC)) {
		t.Errorf("due = %v", due)
	}
	if ps := Validate(inc); len(ps) != 0 {
		t.Errorf("Validate(v1 fixture) = %v", ps)
	}
	roundTrip(t, inc)
}

// A schema-1 incident becomes a schema-2 one with the same meaning: its data
// block is the data set d1 with the organisation's role; its entrustor,
// ministry, police desk and card company are parties, which the events of
// their kind name; its years since former persons left become the year they
// left, counted back from the year the company knew.
func TestMigrateV1(t *testing.T) {
	in := `{"schema":1,"id":"a","timeZone":"","createdAt":"2020-01-01T00:00:00Z","org":{"name":"架空コールセンター株式会社","role":"processor",` +
		`"entrustor":"架空通信教育株式会社","ministry":"経済産業省"},` +
		`"events":[{"id":"e1","kind":"aware","at":"2026-04-08T10:00:00+09:00"},{"id":"e2","kind":"entrustor_notice","at":"2026-04-09T15:00:00+09:00"},` +
		`{"id":"e3","kind":"police","at":"2026-04-10T10:00:00+09:00"},{"id":"e4","kind":"ministry_order","at":"2026-04-11T10:00:00+09:00"},` +
		`{"id":"e5","kind":"card_acquirer","at":"2026-04-11T11:00:00+09:00"}],` +
		`"data":{"categories":[{"id":"name","persons":{"known":true,"n":23000},"records":{"known":false,"n":0}}],` +
		`"persons":{"known":true,"n":23000},"records":{"known":false,"n":0},"status":"confirmed","encryption":"none",` +
		`"residence":[{"country":"JP","persons":{"known":true,"n":23000}}],"notInvolved":["card_number"],` +
		`"retention":{"formerPersons":{"known":true,"n":300},"yearsSinceLeft":11,"retentionYears":5},"leak":true},` +
		`"police":{"station":"警視庁 サイバー犯罪対策課","contact":"03-0000-0000","reference":"第123号"},"card":{"acquirer":"架空カード株式会社"}}`
	inc, err := Decode([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if inc.TimeZone != DefaultTimeZone {
		t.Errorf("time zone %q; want the Asia/Tokyo schema 1 read an empty one as", inc.TimeZone)
	}
	wantParties := []Party{
		{ID: "p-entrustor", Kind: PartyEntrustor, Name: "架空通信教育株式会社"},
		{ID: "p-ministry", Kind: PartyMinistry, Name: "経済産業省"},
		{ID: "p-police", Kind: PartyPolice, Name: "警視庁 サイバー犯罪対策課", Contact: "03-0000-0000", Reference: "第123号"},
		{ID: "p-card", Kind: PartyCard, Name: "架空カード株式会社"},
	}
	if fmt.Sprint(inc.Parties) != fmt.Sprint(wantParties) {
		t.Errorf("parties = %+v\nwant %+v", inc.Parties, wantParties)
	}
	for _, w := range []struct{ event, party string }{{"e1", ""}, {"e2", "p-entrustor"}, {"e3", "p-police"}, {"e4", "p-ministry"}, {"e5", "p-card"}} {
		if e, _ := inc.Event(w.event); e.Party != w.party {
			t.Errorf("%s names party %q; want %q", w.event, e.Party, w.party)
		}
	}
	if len(inc.DataSets) != 1 {
		t.Fatalf("data sets %+v", inc.DataSets)
	}
	d := inc.DataSets[0]
	if d.ID != "d1" || d.Role != Processor || d.Entrustor != "p-entrustor" || d.Encryption != NotEncrypted || !d.Leak ||
		d.StatusOn("") != Confirmed || len(d.Categories) != 1 || d.Categories[0].Persons.N != 23000 ||
		len(d.Residence) != 1 || fmt.Sprint(d.NotInvolved) != "[card_number]" {
		t.Errorf("data set %+v", d)
	}
	if d.Persons.Latest() != (Count{Known: true, N: 23000}) || len(d.Records) != 0 {
		t.Errorf("persons %+v records %+v", d.Persons, d.Records)
	}
	if d.Former != (Former{Persons: Count{Known: true, N: 300}, LeftFrom: "2015", RetentionYears: 5}) {
		t.Errorf("former = %+v (11 years before knowing in 2026 is 2015)", d.Former)
	}
	if ps := Validate(inc); ps.HasErrors() {
		t.Errorf("Validate = %v", ps)
	}
	roundTrip(t, inc)
	// Nothing of the schema-1 fields is left over.
	b, _ := Encode(inc)
	for _, gone := range []string{`"data":`, `"police":{`, `"card":{`, `"ministry":`, `"retention"`, `"yearsSinceLeft"`} {
		if bytes.Contains(b, []byte(gone)) {
			t.Errorf("encoded form still has %s:\n%s", gone, b)
		}
	}
}

// A schema-1 file with nothing in it but an id still gets its data set.
func TestMigrateV1Empty(t *testing.T) {
	inc, err := Decode([]byte(`{"schema":1,"id":"a","timeZone":"Asia/Tokyo"}`))
	if err != nil {
		t.Fatal(err)
	}
	if len(inc.DataSets) != 1 || inc.DataSets[0].ID != "d1" || len(inc.Parties) != 0 {
		t.Errorf("%+v", inc)
	}
}

// A fixture of every schema version is kept in testdata/incident and decodes.
func TestEverySchemaHasAFixture(t *testing.T) {
	for v := 0; v <= SchemaVersion; v++ {
		name := fmt.Sprintf("v%d.json", v)
		b := readFixture(t, name)
		inc, err := Decode(b)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if ps := Validate(inc); ps.HasErrors() {
			t.Errorf("%s: %v", name, ps)
		}
	}
	if len(migrations) != SchemaVersion {
		t.Errorf("%d migrations for schema %d: each bump adds one", len(migrations), SchemaVersion)
	}
}

func TestDecodeV0Fixture(t *testing.T) {
	inc, err := Decode(readFixture(t, "v0.json"))
	if err != nil {
		t.Fatal(err)
	}
	if inc.Schema != SchemaVersion {
		t.Errorf("schema = %d", inc.Schema)
	}
	d := inc.DataSets[0]
	want := []struct {
		name      string
		got, want Count
	}{
		{"persons", d.Persons.Latest(), Count{Known: true, N: 150}},
		{"records (-1)", d.Records.Latest(), Count{}},
		{"categories[0].persons", d.Categories[0].Persons, Count{Known: true, N: 150}},
		{"categories[0].records (約200件)", d.Categories[0].Records, Count{Known: true, N: 200, Approx: true}},
		{"categories[1].records (null)", d.Categories[1].Records, Count{}},
		{"residence[0].persons", d.Residence[0].Persons, Count{Known: true, N: 150}},
		{"retention.formerPersons (不明)", d.Former.Persons, Count{}},
	}
	for _, w := range want {
		if w.got != w.want {
			t.Errorf("%s = %+v; want %+v", w.name, w.got, w.want)
		}
	}
	aware, ok := inc.FirstEvent(EvAware)
	if !ok || !aware.At.Equal(time.Date(2025, 11, 1, 8, 45, 0, 0, time.FixedZone("", 9*3600))) {
		t.Errorf("aware = %+v, %v (events[].time must become at)", aware, ok)
	}
	if ps := Validate(inc); ps.HasErrors() {
		t.Errorf("Validate(migrated v0) = %v", ps)
	}
	roundTrip(t, inc)
}

func TestMigrationRegistry(t *testing.T) {
	if len(migrations) != SchemaVersion {
		t.Fatalf("%d migrations for schema %d: every version before the current one needs one", len(migrations), SchemaVersion)
	}
	for v, m := range migrations {
		if m == nil {
			t.Errorf("no migration from schema %d", v)
		}
		if _, err := os.Stat(filepath.Join(fixtures, fmt.Sprintf("v%d.json", v))); err != nil {
			t.Errorf("no fixture of schema %d: %v", v, err)
		}
	}
	if _, err := os.Stat(filepath.Join(fixtures, fmt.Sprintf("v%d.json", SchemaVersion))); err != nil {
		t.Errorf("no fixture of the current schema: %v", err)
	}
}

func TestMigrateV0Counts(t *testing.T) {
	for _, tc := range []struct {
		in      string
		want    Count
		wantErr string
	}{
		{`1200`, Count{Known: true, N: 1200}, ""},
		{`0`, Count{Known: true}, ""},
		{`-1`, Count{}, ""},
		{`null`, Count{}, ""},
		{`"1.2万"`, Count{Known: true, N: 12000}, ""},
		{`{"known":true,"n":5}`, Count{Known: true, N: 5}, ""}, // already migrated: left alone
		{`1.5`, Count{}, "data.persons: 1.5 is not a whole number"},
		{`"lots"`, Count{}, "data.persons"},
	} {
		inc, err := Decode([]byte(`{"id":"x","data":{"persons":` + tc.in + `}}`))
		switch {
		case tc.wantErr != "":
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("%s: err = %v; want %q", tc.in, err, tc.wantErr)
			}
		case err != nil:
			t.Errorf("%s: %v", tc.in, err)
		case inc.DataSets[0].Persons.Latest() != tc.want:
			t.Errorf("%s: persons = %+v; want %+v", tc.in, inc.DataSets[0].Persons, tc.want)
		}
	}
}

func TestEncodeWritesSchema(t *testing.T) {
	inc := New("a", time.Date(2026, 3, 15, 9, 0, 0, 0, time.UTC))
	inc.Schema = 0
	b, err := Encode(inc)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b, []byte(`{"schema":2,`)) {
		t.Errorf("Encode = %s", b)
	}
	if inc.Schema != 0 {
		t.Error("Encode changed its argument")
	}
	if _, err := Encode(nil); err == nil {
		t.Error("Encode(nil) succeeded")
	}
	inc.Events = append(inc.Events, Event{ID: "e", Kind: EvAware, At: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)})
	if _, err := Encode(inc); err == nil {
		t.Error("Encode of year 10000 succeeded")
	}
}

// decodeProblems decodes in and returns the problems of the error.
func decodeProblems(t *testing.T, in []byte) Problems {
	t.Helper()
	inc, err := Decode(in)
	if err == nil {
		t.Fatalf("Decode(%.80q) = %+v; want an error", in, inc)
	}
	var de *DecodeError
	if !errors.As(err, &de) || len(de.Problems) == 0 {
		t.Fatalf("Decode(%.80q): error %T %v is not a *DecodeError with problems", in, err, err)
	}
	return de.Problems
}

func TestDecodeHostile(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		path     string
		code     Code
		text     string // English text of the first problem, if given
	}{
		{"empty", "", "", CodeFileEmpty, "the file is empty (line 1, column 1)"},
		{"spaces", " \n\t ", "", CodeFileEmpty, ""},
		{"not JSON", "hello", "", CodeNotObject, ""},
		{"HTML", "<script>alert(1)</script>", "", CodeNotObject, ""},
		{"top-level array", `[{"id":"a"}]`, "", CodeNotObject, "not an incident file: expected a JSON object, got a list […] (line 1, column 1)"},
		{"top-level null", `null`, "", CodeNotObject, ""},
		{"top-level string", `"x"`, "", CodeNotObject, ""},
		{"truncated object", `{"id":"a","events":[{"id":"e1","kind":"aware"`, "", CodeTruncated, ""},
		{"truncated string", `{"id":"ab`, "id", CodeTruncated, ""},
		{"truncated literal", `{"drill":tr`, "drill", CodeTruncated, ""},
		{"truncated escape", `{"id":"a\u00`, "id", CodeTruncated, ""},
		{"trailing data", `{"id":"a"} {"id":"b"}`, "", CodeTrailingData, ""},
		{"single quotes", `{'id':'a'}`, "", CodeSyntax, ""},
		{"trailing comma", `{"id":"a",}`, "", CodeSyntax, ""},
		{"bad escape", `{"id":"a\x"}`, "id", CodeBadEscape, ""},
		{"raw NUL", "{\"id\":\"a\x00\"}", "id", CodeRawControl, "id: not valid JSON: the control character U+0000 appears unescaped in text (line 1, column 9)"},
		{"invalid UTF-8", "{\"title\":\"a\xff\"}", "title", CodeInvalidUTF8, ""},
		{"number into date", `{"events":[{"id":"a"},{"id":"b"},{"at":5}]}`, "events[2].at", CodeWrongType,
			"events[2].at: expected a date-time like 2026-03-15T09:00:00+09:00, got a number (line 1, column 40)"},
		{"bad date", `{"events":[{"id":"a","at":"2026-03-15 09:00"}]}`, "events[0].at", CodeBadDateTime,
			`events[0].at: expected a date-time like 2026-03-15T09:00:00+09:00, got "2026-03-15 09:00" (line 1, column 27)`},
		{"date without zone", `{"events":[{"id":"a","at":"2026-03-15T09:00:00"}]}`, "events[0].at", CodeBadDateTime, ""},
		{"bad due", `{"events":[{"id":"a","due":"soon"}]}`, "events[0].due", CodeBadDateTime, ""},
		{"string into number", `{"schema":2,"dataSets":[{"persons":[{"n":"12"}]}]}`, "dataSets[0].persons[0].n", CodeWrongType,
			"dataSets[0].persons[0].n: expected a whole number, got text in quotes (line 1, column 42)"},
		{"fraction into int", `{"schema":2,"dataSets":[{"persons":[{"n":1.5}]}]}`, "dataSets[0].persons[0].n", CodeWrongType,
			"dataSets[0].persons[0].n: expected a whole number, got 1.5 (line 1, column 42)"},
		{"exponent into int", `{"schema":2,"dataSets":[{"persons":[{"n":1e3}]}]}`, "dataSets[0].persons[0].n", CodeWrongType, ""},
		{"huge number", `{"schema":2,"dataSets":[{"persons":[{"n":99999999999999999999999}]}]}`, "dataSets[0].persons[0].n", CodeNumberRange, ""},
		{"old schema, wrong type", `{"schema":1,"data":{"persons":{"n":"12"}}}`, "dataSets[0].persons[0].n", CodeWrongType, ""},
		{"number into bool", `{"drill":1}`, "drill", CodeWrongType, "drill: expected true or false, got a number (line 1, column 10)"},
		{"object into string", `{"id":{"a":1}}`, "id", CodeWrongType, ""},
		{"list into object", `{"schema":2,"org":[]}`, "org", CodeWrongType, ""},
		{"number into list item", `{"schema":2,"dataSets":[{"categories":[{"id":"x"},3]}]}`, "dataSets[0].categories[1]", CodeWrongType, ""},
		{"steps not a map", `{"steps":[1]}`, "steps", CodeWrongType, ""},
		{"step wrong type", `{"steps":{"jp.prelim":{"doneAt":"x"}}}`, `steps["jp.prelim"].doneAt`, CodeBadDateTime, ""},
		{"duplicate key", `{"id":"a","id":"b"}`, "id", CodeDuplicateKey, `id: the key "id" appears twice (line 1, column 11)`},
		{"duplicate key other case", `{"id":"a","ID":"b"}`, "id", CodeDuplicateKey, ""},
		{"duplicate map key", `{"steps":{"s":{},"s":{}}}`, `steps["s"]`, CodeDuplicateKey, ""},
		{"future schema", `{"schema":7,"id":"a"}`, "schema", CodeSchemaFuture,
			"schema: written by a newer Breach Desk: schema 7, this version reads up to 2 (line 1, column 11)"},
		{"enormous schema", `{"schema":99999999999999999999999}`, "schema", CodeSchemaFuture, ""},
		{"negative schema", `{"schema":-1}`, "schema", CodeSchemaInvalid, ""},
		{"string schema", `{"schema":"1"}`, "schema", CodeSchemaInvalid, ""},
		{"fraction schema", `{"schema":1.5}`, "schema", CodeSchemaInvalid, ""},
		{"export given to Decode", `{"format":"breachdesk-export","schema":1,"incidents":[]}`, "", CodeIsExport, ""},
		{"sealed given to Decode", `{"format":"breachdesk-export-sealed","ciphertext":"AAAA"}`, "", CodeSealed, ""},
		{"deep nesting", `{"x":` + strings.Repeat("[", 100000) + strings.Repeat("]", 100000) + `}`, "", CodeTooDeep, ""},
		{"deep objects", strings.Repeat(`{"a":`, 100) + "1" + strings.Repeat("}", 100), "", CodeTooDeep, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ps := decodeProblems(t, []byte(tc.in))
			p := ps[0]
			if p.Code != tc.code {
				t.Fatalf("code = %s; want %s (%v)", p.Code, tc.code, ps)
			}
			if tc.path != "" && p.Path != tc.path {
				t.Errorf("path = %q; want %q", p.Path, tc.path)
			}
			if tc.text != "" && p.Text("en") != tc.text {
				t.Errorf("text = %s\n   want %s", p.Text("en"), tc.text)
			}
			if m := p.Message("ja"); m == "" || strings.Contains(m, "%!") {
				t.Errorf("Japanese message = %q", m)
			}
			if strings.Contains(p.Text("en"), "%!") {
				t.Errorf("English message = %q", p.Text("en"))
			}
		})
	}
}

func TestDecodeListsEveryProblem(t *testing.T) {
	in := "{\n" + `"schema":1,` + "\n" + `"events":[{"id":"a","at":5},{"id":"b","at":"x"},{"id":3}],` + "\n" + `"drill":"no"}`
	ps := decodeProblems(t, []byte(in))
	var got []string
	for _, p := range ps {
		got = append(got, fmt.Sprintf("%s@%d:%d", p.Path, p.Line, p.Column))
	}
	want := "events[0].at@3:26 events[1].at@3:44 events[2].id@3:55 drill@4:9"
	if strings.Join(got, " ") != want {
		t.Errorf("problems = %v; want %s", got, want)
	}
}

func TestDecodeTooLarge(t *testing.T) {
	big := make([]byte, MaxFileBytes+1)
	ps := decodeProblems(t, big)
	if ps[0].Code != CodeFileTooLarge || ps[0].Error() != "the file is too large (20,971,521 bytes; the limit is 20,971,520 bytes)" {
		t.Errorf("%v", ps[0])
	}
}

// manyEvents is an incident file with n minimal events.
func manyEvents(n int) []byte {
	var b bytes.Buffer
	b.WriteString(`{"schema":1,"id":"big","events":[`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"id":"e%d","kind":"other","at":"2026-03-15T09:00:00+09:00"}`, i)
	}
	b.WriteString(`]}`)
	return b.Bytes()
}

func TestDecode100000Events(t *testing.T) {
	ps := decodeProblems(t, manyEvents(100000))
	if len(ps) != 1 || ps[0].Path != "events" || ps[0].Code != CodeTooMany ||
		ps[0].Message("en") != "100,000 items are too many (the limit is 20,000)" {
		t.Errorf("problems = %v", ps)
	}
	if _, err := Decode(manyEvents(MaxEvents)); err != nil {
		t.Errorf("%d events: %v", MaxEvents, err)
	}
}

func TestDecodeErrorText(t *testing.T) {
	_, err := Decode([]byte(`{"events":[{"at":1},{"at":2}]}`))
	if got := err.Error(); got != "events[0].at: expected a date-time like 2026-03-15T09:00:00+09:00, got a number (line 1, column 18) (and 1 more)" {
		t.Errorf("Error() = %s", got)
	}
	if ps := ProblemsOf(err); len(ps) != 2 {
		t.Errorf("ProblemsOf = %v", ps)
	}
	if ps := ProblemsOf(errors.New("disk on fire")); len(ps) != 1 || ps[0].Code != CodeUnreadable {
		t.Errorf("ProblemsOf(other) = %v", ps)
	}
}

func TestDecodeTooManyProblems(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"schema":1,"events":[`)
	for i := range 500 {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`{"at":1}`)
	}
	b.WriteString(`]}`)
	ps := decodeProblems(t, []byte(b.String()))
	if len(ps) != MaxProblems+1 || ps[MaxProblems].Code != CodeTooManyProblems {
		t.Errorf("%d problems, last %v", len(ps), ps[len(ps)-1])
	}
}

func TestDecodeAcceptsHostileText(t *testing.T) {
	// Decode reads what is well-formed; Validate judges it (see TestValidateText).
	in := `{"schema":1,"id":"a","title":"<script>alert(1)</script>","contact":{"web":"javascript:alert(1)"},` +
		`"org":{"name":"Acme\u202Egnp.exe"},"notes":"a\u0000b"}`
	inc, err := Decode([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if inc.Title != "<script>alert(1)</script>" || inc.Notes != "a\x00b" || inc.Org.Name != "Acme\u202egnp.exe" {
		t.Errorf("decoded %+v", inc)
	}
	roundTrip(t, inc)
}

func TestDecodeUnknownFieldsIgnored(t *testing.T) {
	inc, err := Decode([]byte(`{"schema":1,"id":"a","future":{"deep":[1,2,{"x":null}]},"events":[{"id":"e","kind":"aware","color":"red"}]}`))
	if err != nil || inc.ID != "a" || len(inc.Events) != 1 {
		t.Fatalf("%+v, %v", inc, err)
	}
}

func TestImport(t *testing.T) {
	inc, ps := Import(readFixture(t, "v1.json"))
	if inc == nil || ps.HasErrors() {
		t.Fatalf("Import(v1) = %v, %v", inc, ps)
	}
	inc, ps = Import([]byte(`{"schema":1,"events":[{"id":"e","kind":"aware","at":"2026-03-15T09:00:00+09:00"},{"id":"e","kind":"nope"}]}`))
	if inc != nil {
		t.Error("Import with errors returned an incident")
	}
	var paths []string
	for _, p := range ps.Errors() {
		paths = append(paths, p.Path+":"+string(p.Code))
	}
	want := "id:required events[1].id:duplicate_id events[1].kind:unknown_value"
	if strings.Join(paths, " ") != want {
		t.Errorf("errors = %s\nwant %s", strings.Join(paths, " "), want)
	}
}

func TestGoccyProblem(t *testing.T) {
	// The scanner catches what goccy would refuse; should goccy still fail, its error
	// is named by the field at its offset.
	data := []byte(`{"events":[{"id":"a"},{"id":5}]}`)
	var inc Incident
	err := json.Unmarshal(data, &inc)
	if err == nil {
		t.Fatal("goccy accepted a number for a string")
	}
	p := goccyProblem(err, data, 100)
	if p.Code != CodeUnreadable || p.Path != "events[1].id" || p.Offset != 128 || strings.Contains(p.Message("en"), "json: ") {
		t.Errorf("goccyProblem = %+v: %s", p, p.Error())
	}
}
