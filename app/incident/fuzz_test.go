package incident

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// FuzzDecode decodes anything; whatever decodes must validate, encode, decode again
// and encode to the same bytes. Seeds: the fixtures, the small hostile files below,
// and the corpus in testdata/fuzz/FuzzDecode (kept in git). The large hostile files
// (1 MB of text, 100,000 levels of nesting, 20,001 events) run in TestHostileFiles:
// as seeds they would stall the fuzzer, which minimises every input it finds.
func FuzzDecode(f *testing.F) {
	f.Add(readFixture(f, "v0.json"))
	f.Add(readFixture(f, "v1.json"))
	for _, s := range hostileSeeds() {
		if len(s) <= 4096 {
			f.Add([]byte(s))
		}
	}
	f.Fuzz(checkDecode)
}

func TestHostileFiles(t *testing.T) {
	for i, s := range hostileSeeds() {
		t.Run(fmt.Sprint(i), func(t *testing.T) { checkDecode(t, []byte(s)) })
	}
}

// checkDecode is the property of FuzzDecode: no panic, every error a *DecodeError
// with renderable problems, and what decodes round-trips.
func checkDecode(t *testing.T, data []byte) {
	{
		Sniff(data)
		if _, err := DecodeExport(data); err != nil {
			checkDecodeError(t, err)
		}
		inc, err := Decode(data)
		if err != nil {
			checkDecodeError(t, err)
			return
		}
		Validate(inc)
		inc.Clone()
		b1, err := Encode(inc)
		if err != nil {
			t.Fatalf("Encode(Decode(x)): %v", err)
		}
		inc2, err := Decode(b1)
		if err != nil {
			t.Fatalf("Decode(Encode(Decode(x))): %v\n%s", err, b1)
		}
		b2, err := Encode(inc2)
		if err != nil {
			t.Fatalf("Encode again: %v", err)
		}
		if !bytes.Equal(b1, b2) {
			t.Fatalf("round trip differs:\n%s\n%s", b1, b2)
		}
	}
}

func checkDecodeError(t *testing.T, err error) {
	t.Helper()
	var de *DecodeError
	if !errors.As(err, &de) || len(de.Problems) == 0 {
		t.Fatalf("error %T %v is not a *DecodeError with problems", err, err)
	}
	for _, p := range de.Problems {
		if p.Severity != SeverityError || p.Code == "" {
			t.Fatalf("problem %+v", p)
		}
		for _, lang := range []string{"ja", "en"} {
			if m := p.Text(lang); strings.Contains(m, "%!") {
				t.Fatalf("%s text of %s: %s", lang, p.Code, m)
			}
		}
	}
}

// hostileSeeds are files an attacker or a broken tool might produce; the small
// ones are also in testdata/fuzz/FuzzDecode, the large ones are built here.
func hostileSeeds() []string {
	ev := func(at string) string {
		return `{"schema":1,"id":"h","events":[{"id":"e1","kind":"aware","at":` + at + `}]}`
	}
	return []string{
		`{"schema":1,"id":"x","title":"<script>alert(document.cookie)</script>","notes":"<img src=x onerror=alert(1)>"}`,
		`{"schema":1,"id":"x","contact":{"web":"javascript:alert(1)","email":"a@b.c\"><script>"}}`,
		`{"schema":1,"id":"x","org":{"name":"Acme\u202Etxt.exe"},"title":"a\u2066b\u2069"}`,
		"{\"schema\":1,\"id\":\"x\",\"notes\":\"a\\u0000b\",\"title\":\"c\x00d\"}",
		`{"schema":1,"id":"x","data":{"persons":{"known":true,"n":9223372036854775807},"records":{"known":true,"n":-9223372036854775808}}}`,
		`{"schema":1,"data":{"persons":{"n":1e999}}}`,
		`{"schema":1,"data":{"retention":{"yearsSinceLeft":99999999999999999999}}}`,
		`{"schema":99999999999999999999}`,
		`{"schema":7,"id":"from-the-future"}`,
		`{"id":"a","id":"b","ID":"c"}`,
		`{"steps":{"a":{},"a":{"status":"done"}}}`,
		`[{"id":"a"}]`,
		`{"id":"a"`,
		"\xef\xbb\xbf{\"id\":\"bom\"}",
		"{\"id\":\"\xff\xfe\"}",
		`{"id":"\ud800"}`,
		ev(`"0000-01-01T00:00:00+23:59"`),
		ev(`"9999-12-31T23:59:59-23:59"`),
		ev(`"2026-02-30T09:00:00+09:00"`),
		ev(`"2026-03-15T09:00:00.123456789123+09:00"`),
		ev(`12`),
		`{"format":"breachdesk-export","schema":1,"incidents":[{"id":"a"},{"id":"a"}]}`,
		`{"x":` + strings.Repeat("[", 100_000) + strings.Repeat("]", 100_000) + `}`,
		strings.Repeat(`{"a":`, 10_000),
		`{"schema":1,"id":"big","notes":"` + strings.Repeat("x", 1<<20) + `"}`,
		`{"schema":1,"id":"big","title":"` + strings.Repeat("\\u202e", 10_000) + `"}`,
		string(manyEvents(MaxEvents + 1)),
		`{"schema":1,"id":"x","timeZone":"../../../../etc/passwd"}`,
		`{"id":"v0","data":{"persons":"約1.2万","records":-1,"categories":[{"id":"name","persons":3}]},"events":[{"id":"e","kind":"aware","time":"2026-01-01T00:00:00Z"}]}`,
		fmt.Sprintf(`{"schema":1,"id":"x","steps":{%s}}`, strings.TrimSuffix(strings.Repeat(`"k":{},`, 3), ",")),
	}
}
