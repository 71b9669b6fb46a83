package draft

import (
	"reflect"
	"testing"

	"breachdesk/app/assess"
)

// BuildAll shares the facts as known at each instant between the documents
// dated alike: each document is still the one Build writes alone.
func TestBuildAllEqualsBuild(t *testing.T) {
	t.Parallel()
	rs := mustRules(t)
	cases := scenarios(t)
	cases["big"] = bigCase(t)
	for name, inc := range cases {
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		docs, _, err := BuildAll(inc, a, rs, inc.UpdatedAt)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		i := 0
		for _, s := range Available(inc, a) {
			for _, vr := range Variants(s.Kind) {
				s.Variant = vr
				s.Date = dateFor(s, inc, inc.UpdatedAt)
				d, err := Build(s, inc, a, rs)
				if err != nil {
					t.Fatalf("%s %s: %v", name, s.DocID(), err)
				}
				d, _ = Apply(d, inc.Edits)
				if i >= len(docs) {
					t.Fatalf("%s: BuildAll wrote %d documents, Build more", name, len(docs))
				}
				if !reflect.DeepEqual(docs[i], d) {
					t.Errorf("%s: %s differs from Build's", name, d.ID)
				}
				i++
			}
		}
		if i != len(docs) {
			t.Errorf("%s: BuildAll wrote %d documents, Build %d", name, len(docs), i)
		}
	}
}
