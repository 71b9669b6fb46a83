package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// Findings of the sixth review.

// F76: with every set recovered before anyone saw it (an exclusion), the
// 速報 listed 7(3) and 7(4) as 報告対象となる事態 beside 「報告対象外：…回収し
// たため」. A situation whose every set is excluded is not listed ("none"
// stands above the exclusion); with one set excluded, the situations stay,
// above the exclusion of that set.
func TestSituationsLeaveOutExcludedSets(t *testing.T) {
	rs := mustRules(t)
	prelim := func(recovered ...int) string {
		inc := scenarios(t)["34-possible-leak-ruled-out"]
		for _, i := range recovered {
			inc.DataSets[i].Recovered = incident.Yes
		}
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		d, err := Build(Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs)
		if err != nil {
			t.Fatal(err)
		}
		return Text(d)
	}
	all := prelim(0, 1)
	if !strings.Contains(all, "報告対象となる事態：\n・該当なし\n・報告対象外：読者アンケートの回答者") {
		t.Errorf("every set recovered: no 「該当なし」 above the exclusion:\n%s", all)
	}
	for _, bad := range []string{"規則7条3号", "規則7条4号"} {
		if strings.Contains(all, bad) {
			t.Errorf("every set recovered: %q is still listed:\n%s", bad, all)
		}
	}
	one := prelim(0)
	// The report's scope is the sets still in it: the situations need not
	// name them, the exclusion names the set taken out.
	for _, want := range []string{"報告対象となる事態：\n・不正の目的をもって行われたおそれ（規則7条3号）\n・本人の数が1,000人超（規則7条4号）\n・報告対象外：読者アンケートの回答者"} {
		if !strings.Contains(one, want) {
			t.Errorf("one set recovered: no %q:\n%s", want, one)
		}
	}
	if none := prelim(); strings.Contains(none, "該当なし") || !strings.Contains(none, "報告対象となる事態：\n・不正の目的") {
		t.Errorf("nothing recovered: the situations changed:\n%s", none)
	}
}
