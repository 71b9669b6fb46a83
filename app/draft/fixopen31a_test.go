package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
)

const scenario170 = "170-ride-app-old-ciso-paid-attackers-as-bug-bounty-board-learned-ten-months-later"

// F1423 (170): the leads opened on the staff's report of 9/8/2026, the last
// detection before the knowing, and left out the attackers' demand of
// 11/10/2025: a reader took the company to have first heard in September
// 2026. A detection by the attacker, a regulator, the police or a
// researcher that came before the knowing by more than a law's report
// period is named first, then the detection that led to the knowing.
func TestLeadNamesTheEarlierWordBeforeTheKnowing(t *testing.T) {
	rs := mustRules(t)
	inc := scenario(t, scenario170)
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	en := "On November 10, 2025, someone claiming to be the attacker contacted us. On September 8, 2026, a member of our staff alerted us. On September 15, 2026, we learned"
	ja := "2025年11月10日、攻撃者とみられる者から連絡があり、その後、2026年9月8日、当社の従業者から報告を受け、2026年9月15日、"
	for _, c := range []struct {
		spec Spec
		want string
	}{
		{Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Place: "d1"}, en},
		{Spec{Kind: KindGDPR33, Lang: EN, Place: "EU"}, en},
		{Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, ja},
	} {
		if s := docText(t, c.spec, inc, a, rs); !strings.Contains(s, c.want) {
			t.Errorf("%+v does not open on the attackers' demand:\n%s", c.spec, s)
		}
	}

	// The company's own staff told first: the lead is as it was.
	inc = scenario(t, scenario170)
	for i := range inc.Events {
		if inc.Events[i].ID == "e2" {
			inc.Events[i].Source = "staff"
		}
	}
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if s := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs); strings.Contains(s, "2025年11月10日、当社") || !strings.Contains(s, "2026年9月8日、当社の従業者から報告を受け、2026年9月15日、") {
		t.Errorf("an earlier word of the staff's own is named in the lead:\n%s", s)
	}
}
