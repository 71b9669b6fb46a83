//go:build js && wasm

package ui

import (
	"testing"

	"breachdesk/app/incident"
)

// The answers "the persons are or may be asked for money", "their safety
// may be at risk" (the risk part of the facts page) and "was the data
// copied out" (the cause's part, asked once the cause is an insider's) are
// stored, and changed back.
func TestFactsRiskToThePersonsAndCopiedOut(t *testing.T) {
	p, e, inc := mountFacts(t)
	if factsHas(p, "#fx-cause-copiedOut") {
		t.Error("whether the data was copied out is asked with no insider cause")
	}
	factsType(t, e, p, "#fx-cause-kind", "insider", "change")
	if inc.Cause.Kind != incident.CauseInsider {
		t.Fatalf("cause stored as %q", inc.Cause.Kind)
	}
	for _, c := range []struct {
		id  string
		got func() incident.Tri
	}{
		{"risk-extortion", func() incident.Tri { return inc.Risk.Extortion }},
		{"risk-safetyAtRisk", func() incident.Tri { return inc.Risk.SafetyAtRisk }},
		{"cause-copiedOut", func() incident.Tri { return inc.Cause.CopiedOut }},
	} {
		factsClick(t, e, p, "#fx-"+c.id+"-yes")
		if got := c.got(); got != incident.Yes {
			t.Fatalf("%s: stored %q after yes", c.id, got)
		}
		factsClick(t, e, p, "#fx-"+c.id+"-no")
		if got := c.got(); got != incident.No {
			t.Errorf("%s: stored %q after no", c.id, got)
		}
		factsClick(t, e, p, "#fx-"+c.id+"-unknown")
		if got := c.got(); got != incident.Unknown {
			t.Errorf("%s: stored %q after not known yet", c.id, got)
		}
	}
}

// The online identifiers' row says what they cover once chosen (F1062).
func TestFactsOnlineIdentifierHint(t *testing.T) {
	p, e, inc := mountFacts(t)
	factsType(t, e, p, "#fx-dataSets-0-cat-online_identifier", "yes", "change")
	j := categoryIndex(&inc.DataSets[0], "online_identifier")
	if j < 0 {
		t.Fatal("the item was not added")
	}
	hint := "#fx-dataSets-0-categories-" + string(rune('0'+j)) + "-online-id-hint"
	if !factsHas(p, hint) {
		t.Fatal("no hint on the online identifiers' row")
	}
	factsType(t, e, p, "#fx-dataSets-0-cat-customer_id", "yes", "change")
	if factsHas(p, hint) {
		t.Error("the hint stays once membership numbers are chosen")
	}
}
