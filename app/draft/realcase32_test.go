package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
)

// Findings of the realcase32 review (scenarios 134–136; testdata/golden/
// assess/REVIEW.md, F740–).

// F740 (134, a securities firm: the customers' file, and within it the 750
// whose identity documents were taken too, told on 7/17; the rest of the
// customers told on 9/8): the letter of 9/8 said of the 750 「該当する方には、
// このお知らせとは別に、個別にご連絡いたします」, a promise of what had been done
// seven weeks before. A part already told is said to have been told, and
// when.
func TestNoticeSaysAPartWasAlreadyToldSeparately(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["134-securities-vendor-deposit-tool-id-images-fsa-order"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	for spec, want := range map[Spec]string{
		{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}: "該当する方には、2025年7月17日に、このお知らせとは別に個別にご連絡いたしました。",
		{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}: "we wrote to them separately on July 17, 2025.",
	} {
		got := docText(t, spec, inc, a, rs)
		if !strings.Contains(got, want) || strings.Contains(got, "個別にご連絡いたします") || strings.Contains(got, "we are writing to them separately") {
			t.Errorf("134 %s: want %q, no promise of it:\n%s", spec.Lang, want, got)
		}
	}
	// A part not told yet is still promised its own notice (the card
	// holders among a host's members, none told yet).
	inc = cases(t)["hosting-card-minority"]
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if got := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, a, rs); !strings.Contains(got, "該当する方には、このお知らせとは別に、個別にご連絡いたします。") {
		t.Errorf("hosting-card-minority: the card holders' own notice is no longer promised:\n%s", got)
	}
}
