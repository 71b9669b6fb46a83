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
