package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
)

// Massachusetts (M.G.L. c. 93H § 3(b)): a notice read by residents of
// Massachusetts tells them of their right to a police report and of the
// security freeze, free of charge, with what the agencies will ask for
// (108: 111 residents); a notice with none does not (51: California, New
// York and Texas).
func TestMassachusettsResidentsAreToldOfPoliceReportAndFreeze(t *testing.T) {
	rs := mustRules(t)
	for _, c := range []struct {
		name string
		want bool
	}{{"108-us-subsidiary-health-plan-dependants-states", true}, {"51-us-subsidiary-ransomware-employees", false}} {
		inc := scenarios(t)[c.name]
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		d, err := Build(Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
		if err != nil {
			t.Fatal(err)
		}
		s := Text(d)
		got := strings.Contains(s, "If you live in Massachusetts, you have the right to obtain a police report") &&
			strings.Contains(s, "placing, lifting or removing a freeze costs nothing")
		if got != c.want {
			t.Errorf("%s: the Massachusetts paragraph %v, want %v:\n%s", c.name, got, c.want, s)
		}
	}
}
