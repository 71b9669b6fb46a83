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
	if inc.ID != "inc-2026-0001" || len(inc.Events) != 8 || len(inc.Data.Categories) != 4 {
		t.Fatalf("decoded %+v", inc)
	}
	if got := inc.Data.Persons; got != (Count{Known: true, N: 1200, Approx: true}) {
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

// The English name, the police and the card company were added without a
// new schema version (see SchemaVersion): a schema 1 file without them reads
// with them blank, and one with them keeps them through a round trip.
func TestOptionalFactsOfSchema1(t *testing.T) {
	old, err := Decode(readFixture(t, "v1.json"))
	if err != nil {
		t.Fatal(err)
	}
	if old.Org.NameEn != "" || old.Police != (PoliceDesk{}) || old.Card != (CardCompany{}) {
		t.Errorf("a file without the new facts reads them as %q %+v %+v", old.Org.NameEn, old.Police, old.Card)
	}
	in := `{"schema":1,"id":"a","timeZone":"Asia/Tokyo","org":{"name":"株式会社サンプル","nameEn":"Sample Co., Ltd."},` +
		`"police":{"station":"警視庁 サイバー犯罪対策課","contact":"03-0000-0000","reference":"第123号"},` +
		`"card":{"acquirer":"架空カード株式会社","contact":"加盟店業務部"}}`
	inc, err := Decode([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if inc.Org.NameEn != "Sample Co., Ltd." || inc.Police.Station != "警視庁 サイバー犯罪対策課" || inc.Police.Reference != "第123号" ||
		inc.Card.Acquirer != "架空カード株式会社" || inc.Card.Contact != "加盟店業務部" {
		t.Errorf("decoded %+v %+v %+v", inc.Org, inc.Police, inc.Card)
	}
	roundTrip(t, inc)
	// A wrong type in a new fact is named like any other.
	_, err = Decode([]byte(`{"schema":1,"id":"a","police":{"station":5}}`))
	if ps := ProblemsOf(err); len(ps) != 1 || ps[0].Path != "police.station" || ps[0].Code != CodeWrongType {
		t.Errorf("police.station: 5 gave %v", ps)
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
	want := []struct {
		name      string
		got, want Count
	}{
		{"persons", inc.Data.Persons, Count{Known: true, N: 150}},
		{"records (-1)", inc.Data.Records, Count{}},
		{"categories[0].persons", inc.Data.Categories[0].Persons, Count{Known: true, N: 150}},
		{"categories[0].records (約200件)", inc.Data.Categories[0].Records, Count{Known: true, N: 200, Approx: true}},
		{"categories[1].records (null)", inc.Data.Categories[1].Records, Count{}},
		{"residence[0].persons", inc.Data.Residence[0].Persons, Count{Known: true, N: 150}},
		{"retention.formerPersons (不明)", inc.Data.Retention.FormerPersons, Count{}},
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
		case inc.Data.Persons != tc.want:
			t.Errorf("%s: persons = %+v; want %+v", tc.in, inc.Data.Persons, tc.want)
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
	if !bytes.HasPrefix(b, []byte(`{"schema":1,`)) {
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
		{"string into number", `{"schema":1,"data":{"persons":{"n":"12"}}}`, "data.persons.n", CodeWrongType,
			"data.persons.n: expected a whole number, got text in quotes (line 1, column 36)"},
		{"fraction into int", `{"schema":1,"data":{"persons":{"n":1.5}}}`, "data.persons.n", CodeWrongType,
			"data.persons.n: expected a whole number, got 1.5 (line 1, column 36)"},
		{"exponent into int", `{"schema":1,"data":{"persons":{"n":1e3}}}`, "data.persons.n", CodeWrongType, ""},
		{"huge number", `{"schema":1,"data":{"persons":{"n":99999999999999999999999}}}`, "data.persons.n", CodeNumberRange, ""},
		{"number into bool", `{"drill":1}`, "drill", CodeWrongType, "drill: expected true or false, got a number (line 1, column 10)"},
		{"object into string", `{"id":{"a":1}}`, "id", CodeWrongType, ""},
		{"list into object", `{"schema":1,"org":[]}`, "org", CodeWrongType, ""},
		{"number into list item", `{"schema":1,"data":{"categories":[{"id":"x"},3]}}`, "data.categories[1]", CodeWrongType, ""},
		{"steps not a map", `{"steps":[1]}`, "steps", CodeWrongType, ""},
		{"step wrong type", `{"steps":{"jp.prelim":{"doneAt":"x"}}}`, `steps["jp.prelim"].doneAt`, CodeBadDateTime, ""},
		{"duplicate key", `{"id":"a","id":"b"}`, "id", CodeDuplicateKey, `id: the key "id" appears twice (line 1, column 11)`},
		{"duplicate key other case", `{"id":"a","ID":"b"}`, "id", CodeDuplicateKey, ""},
		{"duplicate map key", `{"steps":{"s":{},"s":{}}}`, `steps["s"]`, CodeDuplicateKey, ""},
		{"future schema", `{"schema":7,"id":"a"}`, "schema", CodeSchemaFuture,
			"schema: written by a newer Breach Desk: schema 7, this version reads up to 1 (line 1, column 11)"},
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
	want := "id:required events[1].id:duplicate_id events[1].kind:unknown_value events[1].at:date_missing"
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
