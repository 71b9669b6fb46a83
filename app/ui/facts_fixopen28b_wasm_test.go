//go:build js && wasm

package ui

import (
	"testing"

	"breachdesk/app/incident"
)

// F1222: whether a set's persons are in danger too is asked in the set's
// part of the form only once the incident says the persons' safety may be
// at risk, and the answer is stored on the set.
func TestFactsSetSafetyAtRiskAskedUnderTheIncidentsYes(t *testing.T) {
	p, e, inc := mountFacts(t)
	const q = "#fx-dataSets-0-safetyAtRisk"
	if factsHas(p, q) {
		t.Fatal("the set's safety question is asked before the incident's yes")
	}
	factsClick(t, e, p, "#fx-risk-safetyAtRisk-yes")
	if inc.Risk.SafetyAtRisk != incident.Yes || !factsHas(p, q) {
		t.Fatalf("after the incident's yes (%q): the set's question shown %v", inc.Risk.SafetyAtRisk, factsHas(p, q))
	}
	factsClick(t, e, p, q+"-no")
	if inc.DataSets[0].SafetyAtRisk != incident.No {
		t.Fatalf("the set answered no: stored %q", inc.DataSets[0].SafetyAtRisk)
	}
	factsClick(t, e, p, "#fx-risk-safetyAtRisk-no")
	if factsHas(p, q) {
		t.Error("after the incident's no the set's question is still asked")
	}
}
