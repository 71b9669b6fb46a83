package assess

import (
	"path/filepath"
	"testing"
)

// F1149 (158): the free-text item 「雇用契約書、住民票の写し、キャッシュカードの
// 券面画像」 left the card brands' rules "cannot tell yet" (a bank's cash
// card holds 「カード」) and showed the card cut-off step done by the
// vendor's containment. A cash card, a My Number card, a residence card
// are no payment cards: the card rules do not apply for them, and a step
// of theirs is not shown done. A payment card named in the same words
// still leaves them open.
func TestACashCardIsNoPaymentCard(t *testing.T) {
	rs := mustRules(t)
	name := "158-restaurant-chain-hr-cloud-access-flaw-documents-downloaded-vendor-mail-to-left-manager"
	inc := loadScenario(t, filepath.Join(scenarioDir, name+".json")).Clone()
	cardsOpen := func() bool {
		for _, j := range Evaluate(inc, rs, inc.UpdatedAt).Jurisdictions {
			if j.ID == "CARDS" {
				return true
			}
		}
		return false
	}
	if cardsOpen() {
		t.Errorf("158 (a cash card's image): the card brands' rules are open")
	}
	if s := step(Evaluate(inc, rs, inc.UpdatedAt), "pb.card.cutoff"); s != nil && s.Applies != No {
		t.Errorf("158: pb.card.cutoff = %s (%s), want not applying", s.State, s.Applies)
	}
	for _, other := range []string{"在留カードの写し", "マイナンバーカード（表面）", "ATM card and bank statement"} {
		inc.DataSets[0].Categories[8].Other = other
		if cardsOpen() {
			t.Errorf("%q: the card brands' rules are open", other)
		}
	}
	for _, other := range []string{"キャッシュカードとクレジットカードの券面画像", "debit card images"} {
		inc.DataSets[0].Categories[8].Other = other
		if !cardsOpen() {
			t.Errorf("%q: the card brands' rules are closed", other)
		}
	}
}
