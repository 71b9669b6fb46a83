//go:build js && wasm

package ui

import (
	"testing"

	"breachdesk/app/incident"
)

// APPI Art. 57(1)'s exemption (the press, authors, religious and political
// bodies) is asked of a business's data sets, not of a public body's,
// unless an answer is already stored: an answer is never hidden.
func TestFactsExemptPurposeOnlyForBusinesses(t *testing.T) {
	p, e, inc := mountFacts(t)
	const q = "#fx-dataSets-0-exemptPurpose"
	if !factsHas(p, q) {
		t.Fatal("a business is not asked")
	}
	factsClick(t, e, p, "#fx-org-kind-local")
	if inc.Org.Kind != incident.Local {
		t.Fatalf("org kind %q after choosing local", inc.Org.Kind)
	}
	if factsHas(p, q) {
		t.Error("a local body is asked")
	}
	factsClick(t, e, p, "#fx-org-kind-private")
	factsClick(t, e, p, q+"-yes")
	factsClick(t, e, p, "#fx-org-kind-local")
	if !factsHas(p, q) || inc.DataSets[0].ExemptPurpose != incident.Yes {
		t.Errorf("an answer stored before is hidden (shown %v, stored %q)", factsHas(p, q), inc.DataSets[0].ExemptPurpose)
	}
}
