package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
)

// Massachusetts (M.G.L. c. 93H § 3(b)): residents of Massachusetts are
// told of their right to a police report and of the security freeze, free
// of charge, with what the agencies will ask for, in a version of the
// notice of their own (108: 111 residents); the common notice then leaves
// the paragraph out, and a case with none of them has neither (51:
// California, New York and Texas).
func TestMassachusettsResidentsAreToldOfPoliceReportAndFreeze(t *testing.T) {
	rs := mustRules(t)
	for _, c := range []struct {
		name string
		want bool
	}{{"108-us-subsidiary-health-plan-dependants-states", true}, {"51-us-subsidiary-ransomware-employees", false}} {
		inc := scenarios(t)[c.name]
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		common, err := Build(Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
		if err != nil {
			t.Fatal(err)
		}
		if s := Text(common); strings.Contains(s, "Massachusetts") {
			t.Errorf("%s: the common notice speaks to Massachusetts residents:\n%s", c.name, s)
		}
		offered := false
		for _, s := range Available(inc, a) {
			offered = offered || s.Place == "US-MA" && s.Set == "d1"
		}
		if offered != c.want {
			t.Fatalf("%s: the Massachusetts version offered %v, want %v", c.name, offered, c.want)
		}
		if !offered {
			continue
		}
		ma, err := Build(Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1", Place: "US-MA"}, inc, a, rs)
		if err != nil {
			t.Fatal(err)
		}
		s := Text(ma)
		if !strings.Contains(s, "You have the right to obtain a police report") || !strings.Contains(s, "placing, lifting or removing a freeze costs nothing") {
			t.Errorf("%s: the Massachusetts version lacks the police report and the freeze:\n%s", c.name, s)
		}
	}
}
