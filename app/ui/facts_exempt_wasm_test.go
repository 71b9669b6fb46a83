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

// Whether the organisation is one of Art. 57(1)'s bodies is asked once, on
// the organisation, and stored; answered no, the sets are not asked
// whether they are handled for that activity (F528).
func TestFactsArt57BodyAskedOfTheOrganisation(t *testing.T) {
	p, e, inc := mountFacts(t)
	const org, set = "#fx-org-art57Body", "#fx-dataSets-0-exemptPurpose"
	if !factsHas(p, org) || !factsHas(p, set) {
		t.Fatalf("not asked (organisation %v, set %v)", factsHas(p, org), factsHas(p, set))
	}
	factsClick(t, e, p, org+"-no")
	if inc.Org.Art57Body != incident.No {
		t.Fatalf("art57Body after no: %q", inc.Org.Art57Body)
	}
	if factsHas(p, set) {
		t.Error("the set is asked although the organisation is none of the bodies")
	}
	factsClick(t, e, p, org+"-yes")
	if inc.Org.Art57Body != incident.Yes || !factsHas(p, set) {
		t.Errorf("after yes: stored %q, the set asked %v", inc.Org.Art57Body, factsHas(p, set))
	}
}
