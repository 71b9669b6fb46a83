package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
)

// F1300 (165): a notice to a set found after the 速報 promised that what was
// found goes into the 確報 (F1184's sentence) though the engine finds that
// set not reportable: the petitioners' copies, found on 5/7 beside the
// appellant's reported set, are in no report. The appellant's set, which
// the 確報 covers, keeps a promise when it is found later.
func TestFoundLaterIsPromisedToTheFinalReportOnlyWhenReportable(t *testing.T) {
	rs := mustRules(t)
	inc := scenario(t, "165-prefecture-review-board-pdf-masks-removable-appellant-found-own-address")
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	for _, lang := range []string{JA, EN} {
		n := docText(t, Spec{Kind: KindNotice, Lang: lang, Variant: VariantLetter, Set: "d2"}, inc, a, rs)
		if strings.Contains(n, "確報で報告いたします") || strings.Contains(n, "will be included in our final report") {
			t.Errorf("%s: the notice to the set not reportable promises the final report:\n%s", lang, n)
		}
	}
	// The same set, were it reported: the promise stands (161's letters keep
	// theirs: TestSetFoundLaterIsToldOfTheFinalReportAndMeasuredFromItsFinding).
	for _, id := range []string{"jp.report.prelim", "jp.report.final"} {
		ob := obligationIn(a, id)
		if ob == nil || reported(ob, "d2") || !reported(ob, "d1") {
			t.Fatalf("the case changed: %s should cover d1 and not d2", id)
		}
	}
}
