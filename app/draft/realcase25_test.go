package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
)

// Findings of the realcase25 review (scenarios 113–115; testdata/golden/
// assess/REVIEW.md, F510–).

// F510 (115, an app's API fixed on 1/13): the exposure was entered from its
// first day only, and every document dated after the fix said the data lay
// open 「2024年11月12日から現在まで」 (the PPC report 「対象期間：2024年11月12日
// 以降」) beside a timeline that shows the fix. The window's end, not entered,
// is the first containment after it began; credential stuffing stays open
// until the passwords are reset.
func TestExposureEndsAtTheContainment(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["115-health-app-api-other-users-records-short-logs"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	n := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	if strings.Contains(n, "現在まで") || !strings.Contains(n, "2024年11月12日から2026年1月13日までです") {
		t.Errorf("115 notice keeps the fixed API open:\n%s", n)
	}
	ppc := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs)
	if !strings.Contains(ppc, "対象期間：2024年11月12日から2026年1月13日まで") {
		t.Errorf("115 PPC report keeps the fixed API open:\n%s", ppc)
	}
	// Without the containment, the window is still open.
	c := *inc
	c.Events = nil
	for _, e := range inc.Events {
		if e.ID != "e4" {
			c.Events = append(c.Events, e)
		}
	}
	if w := c.ExposureWindow(); w.To != "" {
		t.Errorf("no containment: window %+v", w)
	}
	// Credential stuffing: blocking addresses does not end the logins.
	c = *inc
	c.Cause.Kind = "credential_stuffing"
	if w := c.ExposureWindow(); w.To != "" {
		t.Errorf("credential stuffing closed at its containment: %+v", w)
	}
}
