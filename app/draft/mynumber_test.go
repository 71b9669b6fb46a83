package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
)

// The PPC report made under the My Number Act alone (scenario 21: APPI no,
// the Act yes) names 特定個人情報 in items (2) and (3) and cites the Act's
// breach rules for each item; the report in a case APPI makes reportable
// (scenario 09, both laws) keeps APPI's 個人データ and its Rules Art. 8.
func TestPPCReportItemsUnderTheMyNumberAct(t *testing.T) {
	rs := mustRules(t)
	for _, c := range []struct {
		scenario, title, noun, rules string
	}{
		{"21-city-eltax-mynumber-misdirected", "特定個人情報の漏えい等に関する報告", "特定個人情報", "特定個人情報の漏えい等に関する報告等に関する規則 第3条第1項第"},
		{"09-payroll-processor-late", "個人データの漏えい等に関する報告", "個人データ", "施行規則 第8条第1項第"},
	} {
		inc := loadScenario(t, scenarioDir+"/"+c.scenario+".json")
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		docs, _, err := BuildAll(inc, a, rs, inc.UpdatedAt)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, d := range docs {
			if d.Kind != KindPPC {
				continue
			}
			n++
			if !strings.HasPrefix(d.Title, c.title) {
				t.Errorf("%s %s: title %q, want %s…", c.scenario, d.Variant, d.Title, c.title)
			}
			for _, id := range []string{"items", "persons"} {
				s := d.Section(id)
				if !strings.Contains(s.Heading, "おそれがある"+c.noun) {
					t.Errorf("%s %s: heading of %s %q does not name %s", c.scenario, d.Variant, id, s.Heading, c.noun)
				}
				if !strings.HasPrefix(s.Citation, c.rules) {
					t.Errorf("%s %s: %s cites %q, want %s…", c.scenario, d.Variant, id, s.Citation, c.rules)
				}
			}
			if s := d.Section("cause"); !strings.HasPrefix(s.Citation, c.rules) {
				t.Errorf("%s %s: cause cites %q, want %s…", c.scenario, d.Variant, s.Citation, c.rules)
			}
		}
		if n == 0 {
			t.Errorf("%s: no PPC report", c.scenario)
		}
	}
}
