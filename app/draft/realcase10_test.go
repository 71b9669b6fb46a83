package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// Findings of the realcase10 review (scenarios 64–66; testdata/golden/assess/
// REVIEW.md, F210–).

// F210 (65, a web store's card data skimmed): the persons were first
// estimated at about 10,000 and counted at 9,812 later; each item was
// entered, undated, as 9,812. The notice dated while the estimate stood
// said 「氏名（うち9,812名）」 and 「対象となる方のうち一部の方（9,812名）
// については、クレジットカード情報が不正に利用されるおそれ」 — as if the
// card data concerned only part of them — and its own lint flagged it. An
// undated item counted as many as the set's latest figure concerns all of
// the set's persons, on every day.
func TestItemCountedAsTheLatestFigureIsEveryones(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["41-download-shop-card-found-later"]
	for i := range inc.DataSets[0].Categories {
		inc.DataSets[0].Categories[i].Persons = incident.Count{Known: true, N: 38512}
	}
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	first := docText(t, Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb}, inc, a, rs) // dated 10/22: about 40,000
	if strings.Contains(first, "うち38,512名") || !strings.Contains(first, "約40,000名") {
		t.Errorf("41, first announcement with items counted at the final figure:\n%s", first)
	}
	// An item of fewer persons than the latest figure still says so.
	inc.DataSets[0].Categories[1].Persons = incident.Count{Known: true, N: 30000}
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if first := docText(t, Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb}, inc, a, rs); !strings.Contains(first, "うち30,000名") {
		t.Errorf("41, an item of 30,000 of 38,512:\n%s", first)
	}
	docs, _, err := BuildAll(inc, a, rs, inc.UpdatedAt)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range Lint(inc, a, docs) {
		if f.Code == CodeCategoryAll && strings.Contains(f.Message.JA, "氏名") {
			t.Errorf("41: lint %s %s: %s", f.DocID, f.ParagraphID, f.Message.JA)
		}
	}
}
