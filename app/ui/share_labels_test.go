package ui

import (
	"testing"

	"breachdesk/app/catalog"
	"breachdesk/app/desk"
)

// A conflict's new value offers the choices by their names on screen, in
// both languages: every option of every field with choices has its name in
// the catalog under the prefix desk gives.
func TestConflictChoicesAreNamed(t *testing.T) {
	paths := []string{"cause.kind", "cause.unlawfulPurpose", "org.kind", "risk.level", "story.compensationScope",
		"dataSets[d1].status[0].status", "dataSets[d1].encryption", "dataSets[d1].role", "dataSets[d1].copyHeld", "dataSets[d1].mnSystem",
		"events[e1].kind", "events[e1].precision", "events[e1].source", "parties[p1].kind",
		"steps[s1].status", "ledger[x].decisions[0].decision"}
	for _, path := range paths {
		in := desk.ValueInputOf(path)
		if in.Kind != desk.ValueChoice {
			t.Errorf("%s: not a choice (%v)", path, in.Kind)
			continue
		}
		if in.Labels == "" {
			t.Errorf("%s: no names for its options %v", path, in.Options)
			continue
		}
		for _, o := range in.Options {
			for _, l := range []catalog.Lang{catalog.JA, catalog.EN} {
				if o != "" && !catalog.Has(l, in.Labels+o) {
					t.Errorf("%s: option %q has no name %s%s in %s", path, o, in.Labels, o, l)
				}
			}
		}
	}
}
