package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// Findings of the realcase20 review (scenarios 98–100; testdata/golden/assess/
// REVIEW.md, F410–).

// F412 (98, referral replies faxed to wrong numbers for months): the
// containment (the wrong number corrected in the list) and the deletion
// asked of the wrong recipients were both told as "we asked those we sent it
// to by mistake to return or delete it", twice on the same day. When the
// asking is its own event, the containment is told as a measure of its own.
func TestMisdeliveryContainmentNotToldAsTheAsking(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["98-hospital-referral-faxes-wrong-clinic-months"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs)
	if strings.Contains(ja, "回収・削除を依頼") || strings.Count(ja, "削除を依頼いたしました") != 1 {
		t.Errorf("the asking told more than once:\n%s", ja)
	}
	en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter}, inc, a, rs)
	if strings.Contains(en, "asked for the information to be returned or deleted") || !strings.Contains(en, "we asked those who received the information by mistake to delete it") {
		t.Errorf("English notice:\n%s", en)
	}
	// Without the takedown event the containment still tells the asking.
	var evs []incident.Event
	for _, e := range inc.Events {
		if e.Kind != incident.EvTakedown {
			evs = append(evs, e)
		}
	}
	inc.Events = evs
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs); !strings.Contains(ja, "誤って送付した先に連絡し、回収・削除を依頼いたしました。") {
		t.Errorf("without a takedown event:\n%s", ja)
	}
}
