package assess

import (
	"testing"

	"breachdesk/app/incident"
)

// Findings of the realcase18 review (scenarios 92–94; testdata/golden/assess/
// REVIEW.md, F370–).

// F370 (92, a recruiter's candidate list): the catalogue had no item for
// age, listed in most candidate and member lists and sign-up forms. Typed
// as "other: 年齢", it left Rules Art. 7(1)–(2), the My Number Act and the
// card steps "cannot tell" until the user classified it. Age is not
// special-care data (Enforcement Order Art. 2).
func TestAgeIsCatalogued(t *testing.T) {
	inc := base(56)
	inc.DataSets[0].Categories = []incident.Category{{ID: "name"}, {ID: "age"}, {ID: "gender"}}
	j := jur(t, eval(t, inc, at(2026, 5, 2, 10, 0)), "JP")
	for _, id := range []string{"jp.r7.1", "jp.r7.2"} {
		if v := trigger(j, id); v != No {
			t.Errorf("%s for name, age and gender = %q, want no", id, v)
		}
	}
	for _, n := range j.Needs {
		if n.Fact == "category" {
			t.Errorf("needs %v for catalogued items", j.Needs)
		}
	}
	c := mustRules(t).Category("age")
	if c == nil {
		t.Fatal("no category \"age\"")
	}
	if len(c.Flags) != 0 {
		t.Errorf("category \"age\" flags %v", c.Flags)
	}
}
