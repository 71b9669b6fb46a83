package assess

import (
	"path/filepath"
	"strings"
	"testing"
)

// F1221 (158): a step whose own act is a part of the whole incident's
// containment (pb.card.cutoff: close access to the data holding card
// numbers) was shown done by the incident's containment while whether the
// step applies at all could not be told: a containment of the whole is no
// proof that card data was closed. While the step is undetermined it stays
// undetermined and names the containment as what will count once it
// applies; applying, the containment does it as before. A step whose
// done_by events are its own act (the police step) keeps "done".
func TestAnUndeterminedStepIsNotDoneByTheIncidentsContainment(t *testing.T) {
	rs := mustRules(t)
	name := "158-restaurant-chain-hr-cloud-access-flaw-documents-downloaded-vendor-mail-to-left-manager"
	inc := loadScenario(t, filepath.Join(scenarioDir, name+".json")).Clone()
	// A free-text item naming a payment card with other papers: whether
	// card numbers are in it cannot be told.
	inc.DataSets[0].Categories[8].Other = "キャッシュカードとクレジットカードの券面画像"
	s := step(Evaluate(inc, rs, inc.UpdatedAt), "pb.card.cutoff")
	if s == nil {
		t.Fatal("pb.card.cutoff not shown")
	}
	if s.Applies != Unknown {
		t.Fatalf("pb.card.cutoff applies %s, want cannot tell (the test's premise)", s.Applies)
	}
	if s.State != StateUndetermined || s.DoneBy != "" || s.DoneAt != nil {
		t.Errorf("undetermined pb.card.cutoff: state %s, done by %q, want undetermined and not done", s.State, s.DoneBy)
	}
	if !strings.Contains(s.Explanation.EN, "containment (e3)") || !strings.Contains(s.Explanation.JA, "封じ込め（e3）") {
		t.Errorf("undetermined pb.card.cutoff's explanation does not name the containment: %q / %q", s.Explanation.JA, s.Explanation.EN)
	}
	// Applying (a card number item chosen), the containment does it.
	inc.DataSets[0].Categories[8].Other = ""
	inc.DataSets[0].Categories[8].ID = "card_number"
	s = step(Evaluate(inc, rs, inc.UpdatedAt), "pb.card.cutoff")
	if s == nil || s.Applies != Yes || s.DoneBy != "e3" {
		t.Errorf("applying pb.card.cutoff: %+v, want done by e3", s)
	}
}

// F1095 (156): a hospital's payment slips held 「カード会社名・カード名義（カード
// 払いの人のみ、番号なし）」 as free text and the sets list card numbers as
// not involved; the word カード left the card brands' rules and steps "cannot
// tell yet". Without the card number there is no card account data the
// brands' duties concern: with the key item listed as not involved, a
// free-text item is read as not carrying it. Involved (not listed), the
// item still leaves the rules open.
func TestNoCardNumberNoCardRules(t *testing.T) {
	rs := mustRules(t)
	name := "156-hospital-payment-slips-collected-as-waste-found-at-paper-recycler"
	inc := loadScenario(t, filepath.Join(scenarioDir, name+".json")).Clone()
	cards := func() (Verdict, bool) {
		for _, j := range Evaluate(inc, rs, inc.UpdatedAt).Jurisdictions {
			if j.ID == "CARDS" {
				return j.Applies, true
			}
		}
		return No, false
	}
	if v, open := cards(); open {
		t.Errorf("156 (card numbers not involved): the card brands' rules are shown (%s)", v)
	}
	if s := step(Evaluate(inc, rs, inc.UpdatedAt), "pb.card.acquirer"); s != nil {
		t.Errorf("156: pb.card.acquirer shown (%s)", s.Applies)
	}
	for i := range inc.DataSets {
		inc.DataSets[i].NotInvolved = []string{"address", "phone"}
	}
	if v, open := cards(); !open || v != Unknown {
		t.Errorf("156 with card numbers not ruled out: the card brands' rules %s (shown %v), want cannot tell", v, open)
	}
}
