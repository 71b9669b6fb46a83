package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
)

// Findings of the realcase9 review (scenarios 60–62; testdata/golden/assess/
// REVIEW.md, F190–).

// F190 (61, contracts sent out by seconded staff since April 2003, data
// "held from 2003"): the notice said the data was "not limited to what we
// received in the period [April 2003 – June 2025], but what we received
// since 2003". A period known only to the year the window starts in adds
// nothing; a year before it still does.
func TestHeldFromTheWindowsYearSaysNothingMore(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["61-seconded-staff-sent-contracts-to-insurer"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs)
	if !strings.Contains(ja, "持ち出しが行われた可能性のある期間は、2003年4月から2025年6月11日までと推定しております。") || strings.Contains(ja, "限られず") {
		t.Errorf("61: JA notice:\n%s", ja)
	}
	// Held from a year before the window: the data may predate it.
	inc.DataSets[0].Held.From = "2001"
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs); !strings.Contains(ja, "ただし、対象となる情報は、この期間に当行がお預かりした情報に限られず、2001年以降に当行がお預かりした情報です。") {
		t.Errorf("61 held from 2001: JA notice:\n%s", ja)
	}
}
