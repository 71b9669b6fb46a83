package draft

import (
	"testing"

	"breachdesk/app/assess"
)

// Available lists each kind once per language and addressee or data set (its
// variants come from Variants), so BuildAll builds each document once and the
// drafts screen offers each once.
func TestAvailableOncePerKindAndLanguage(t *testing.T) {
	t.Parallel()
	rs := mustRules(t)
	ppc := 0
	for name, inc := range scenarios(t) {
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		seen := map[Spec]bool{}
		for _, s := range Available(inc, a) {
			k := Spec{Kind: s.Kind, Lang: s.Lang, Party: s.Party, Set: s.Set, Follow: s.Follow, Place: s.Place}
			if seen[k] {
				t.Errorf("%s: %s in %s for %q/%q listed twice", name, s.Kind, s.Lang, s.Party, s.Set)
			}
			seen[k] = true
			if s.Kind == KindPPC {
				ppc++
			}
		}
		docs, _, err := BuildAll(inc, a, rs, inc.UpdatedAt)
		if err != nil {
			t.Fatal(err)
		}
		ids := map[string]bool{}
		for _, d := range docs {
			if ids[d.ID+"/"+d.Variant] {
				t.Errorf("%s: document %s (%s) built twice", name, d.ID, d.Variant)
			}
			ids[d.ID+"/"+d.Variant] = true
		}
	}
	if ppc == 0 {
		t.Error("no scenario has the PPC report: the check above proved nothing for it")
	}
}
