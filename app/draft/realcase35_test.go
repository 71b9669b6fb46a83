package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
)

// Findings of the realcase35 review (scenarios 143–145; testdata/golden/
// assess/REVIEW.md, F880–).

// F884 (143): a Singapore company under APPI by Art. 171 reported to the PPC
// with its name and representative only; nothing said it is a business
// outside Japan. The reporter's part names the country where it is.
func TestReportOfABusinessOutsideJapanNamesItsCountry(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["143-sg-regional-hq-ransomware-subscribers-asia-jp-eu"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	for _, v := range []string{VariantPrelim, VariantFinal} {
		got := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: v}, inc, a, rs)
		if !strings.Contains(got, "所在国：シンガポール（日本国内に拠点のない事業者）") {
			t.Errorf("143 %s: the report does not say where the business is:\n%s", v, got)
		}
	}
	jp := scenarios(t)["01-travel-targeted-email"]
	if got := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, jp, assess.Evaluate(jp, rs, jp.UpdatedAt), rs); strings.Contains(got, "所在国") {
		t.Errorf("01 (in Japan): the report names a country")
	}
}
