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

// F886 (143, 145): a cause typed in English by an office abroad was set in
// the Japanese frame 「具体的には、An unknown party … によるものです。」, a
// broken sentence. A description wholly in Latin letters stands on its own
// line, labelled as the English record; the lint still asks for Japanese.
func TestEnglishCauseStandsOutsideTheJapaneseSentence(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["143-sg-regional-hq-ransomware-subscribers-asia-jp-eu"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	got := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs)
	if strings.Contains(got, "具体的には、An unknown") || !strings.Contains(got, "具体的な状況（英語による記載）：An unknown party logged in") {
		t.Errorf("143: the English cause is inside the Japanese sentence:\n%s", got)
	}
	if !has(lintOf(t, inc), CodeEnglishInJA, "") {
		t.Errorf("143: english-in-ja no longer fires")
	}
	// A Japanese description keeps the sentence.
	jp := *scenarios(t)["59-sg-subsidiary-ransomware-staff-records"]
	jp.Org.TargetsJP = "yes" // brought under APPI only to have its report drafted
	got = docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, &jp, assess.Evaluate(&jp, rs, jp.UpdatedAt), rs)
	if strings.Contains(got, "英語による記載") {
		t.Errorf("59: a Japanese cause labelled as English:\n%s", got)
	}
}
