package draft

import (
	"strings"
	"testing"

	"breachdesk/app/incident"
)

// Findings fixed in the fixopen33a round (testdata/golden/assess/REVIEW.md).

// F1528 (173, 171): data an insider only deleted was told the fake-mail
// warning, even when the user answered that nothing was copied or taken
// out (Cause.CopiedOut no): then nobody holds the data, and the notice
// tells the loss, as for a flood's (lossOnly), with no warning of fake
// messages. Unanswered, as 173 was entered, the warning stays (a former
// employee may have copied it). A deletion by a current employee with
// nothing copied is still a deletion, not 「業務外の閲覧」 (lookedUpAndUsed is
// for data read on a screen: 153).
func TestInsiderDeletionWithNothingCopiedIsALoss(t *testing.T) {
	const name = "173-car-dealer-ex-employee-time-bomb-deleted-customer-ledger-part-restored"
	notices := func(inc *incident.Incident) string {
		all := ""
		for id, text := range allTexts(t, inc) {
			if strings.HasPrefix(id, "notice-") || strings.HasPrefix(id, "public-") {
				all += text
			}
		}
		return all
	}
	const warn, lost = "不審なメール", "失われた（滅失した）ものであり"

	entered := notices(scenario(t, name))
	if !strings.Contains(entered, warn) || strings.Contains(entered, lost) {
		t.Errorf("173 as entered (copied out unanswered): the warning should stay and no loss only be told")
	}

	inc := scenario(t, name).Clone()
	inc.Cause.CopiedOut = incident.No
	no := notices(inc)
	if strings.Contains(no, warn) || strings.Contains(no, "fake") {
		t.Errorf("173 with nothing copied out still warns of fake messages")
	}
	if !strings.Contains(no, lost) {
		t.Errorf("173 with nothing copied out: the loss is not told (%q)", lost)
	}

	// A current employee, nothing copied: deleted, not looked up.
	cur := inc.Clone()
	cur.Cause.Description = strings.NewReplacer("元従業員", "従業員", "退職後の", "").Replace(cur.Cause.Description)
	texts := allTexts(t, cur)
	found := false
	for id, text := range texts {
		found = found || strings.Contains(text, "従業者による不正な削除・破棄")
		if strings.Contains(text, "業務外の閲覧") || strings.Contains(text, "looked up") {
			t.Errorf("a current employee's deletion, nothing copied: %s tells a looking-up", id)
		}
	}
	if !found {
		t.Errorf("a current employee's deletion, nothing copied: no document says 従業者による不正な削除・破棄")
	}

	// An insider who looked data up on the screen keeps its words (153).
	saysSomewhere(t, "153", scenario(t, "153-moving-company-worker-looked-up-customer-address-stalking-police"), "業務外の閲覧")
}
