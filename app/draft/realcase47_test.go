package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// Findings of the realcase6 review (scenarios 47–49; testdata/golden/assess/
// REVIEW.md, F130–).

// F130 (48, a city's Excel file): a public body's PPC report was titled
// 「個人データの漏えい等に関する報告」, asked for 「…個人データの項目」 and
// named the situation 「（規則7条1号）」. A public body reports on its
// 保有個人情報 under APPI Art. 68(1), the situations of Rules Art. 43.
func TestPublicBodyReportSaysRetainedPersonalInformation(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["48-city-web-excel-hidden-sheet"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	for _, variant := range []string{VariantPrelim, VariantFinal} {
		ja := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: variant}, inc, a, rs)
		for _, bad := range []string{"個人データ", "規則7条"} {
			if strings.Contains(ja, bad) {
				t.Errorf("%s: a public body's report says %q:\n%s", variant, bad, ja)
			}
		}
		for _, want := range []string{"保有個人情報の漏えい等に関する報告", "発生したおそれがある保有個人情報の項目", "要配慮個人情報を含む（規則43条1号）"} {
			if !strings.Contains(ja, want) {
				t.Errorf("%s: want %q:\n%s", variant, want, ja)
			}
		}
	}
	priv := inc.Clone()
	priv.Org.Kind, priv.Org.Sector = incident.Private, "other"
	pa := assess.Evaluate(priv, rs, priv.UpdatedAt)
	ja := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, priv, pa, rs)
	if !strings.Contains(ja, "個人データの漏えい等に関する報告（確報）") || !strings.Contains(ja, "規則7条1号") {
		t.Errorf("a private business's report changed:\n%s", ja)
	}
}
