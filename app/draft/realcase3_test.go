package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
)

// Findings of the review of scenarios 32–34 (real cases of shapes not
// covered before: a hospital's paper records stolen from a car, a
// password-protected file misdirected with its password, a possible leak
// the investigation ruled out).

// Scenario 33: 2,718 rows of a file held 2,472 persons and 246 companies.
// The notice said the records outnumber the persons because the same person
// appears more than once (「同じ方の情報が重複して含まれているため」), a
// reason the tool does not know and that was false here (F70).
func TestRecordsAndPersonsNoInventedReason(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["33-zip-and-password-misdirected"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	for _, lang := range []string{JA, EN} {
		d, err := Build(Spec{Kind: KindNotice, Lang: lang, Variant: VariantLetter}, inc, a, rs)
		if err != nil {
			t.Fatal(err)
		}
		text := Text(d)
		for _, bad := range []string{"重複", "appear in more than one record"} {
			if strings.Contains(text, bad) {
				t.Errorf("%s: the notice gives a reason for the records' count (%q):\n%s", lang, bad, text)
			}
		}
		if !strings.Contains(text, "2,718") {
			t.Errorf("%s: the notice lost the records' count:\n%s", lang, text)
		}
	}
}
