package rules

import (
	"testing"

	json "github.com/goccy/go-json"
)

// FuzzCond: any bytes given as a condition either fail to decode with an
// error or decode into a condition that evaluates without panicking (on known
// and unknown facts) and survives a round trip through its JSON form.
func FuzzCond(f *testing.F) {
	for _, s := range []string{
		`"persons > 1000"`, `"category.sensitive"`, `"residents(US-CA) > 500"`, `"cause in [insider, theft]"`,
		`"role == processor"`, `{"all": ["reportable", {"not": "triggered(jp.r7.3)"}]}`,
		`{"any": ["unlawful_purpose == yes", "cause in [unauthorized_access, malware]"]}`,
		`{"not": {"not": {"not": "always"}}}`, `{"all": []}`, `{"any": [], "all": []}`, `"persons >"`,
		`"cause in [a,,b]"`, `"residents(" `, `{"not": null}`, `"x == "`, `"persons >= -9223372036854775808"`,
		`"persons > 99999999999999999999"`, `"in in [in]"`, `"a(b)(c) == d"`, "\"persons\u00a0> 1\"",
	} {
		f.Add([]byte(s))
	}
	envs := []Env{
		mapEnv{},
		fuzzEnv{Value{Known: true, Num: 1001, Str: "insider", Bool: true}},
		fuzzEnv{Value{Known: true}},
		fuzzEnv{Value{Needs: []FactRef{{Fact: "persons"}}}},
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var c Cond
		if err := json.Unmarshal(b, &c); err != nil {
			return
		}
		for _, e := range envs {
			o := c.Eval(e)
			if o.Truth != True && o.Truth != False && o.Truth != Unknown {
				t.Fatalf("%s: truth %v", c, o.Truth)
			}
		}
		out, err := json.Marshal(c)
		if err != nil {
			t.Fatalf("%s: marshal: %v", c, err)
		}
		var back Cond
		if err := json.Unmarshal(out, &back); err != nil {
			t.Fatalf("%s: its JSON %s does not decode: %v", c, out, err)
		}
		if back.String() != c.String() {
			t.Fatalf("round trip: %q became %q", c.String(), back.String())
		}
	})
}

// fuzzEnv answers every fact with the same value.
type fuzzEnv struct{ v Value }

func (e fuzzEnv) Value(*Pred) Value { return e.v }
