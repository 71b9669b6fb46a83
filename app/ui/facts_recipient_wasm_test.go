//go:build js && wasm

package ui

import (
	"testing"

	"breachdesk/app/incident"
)

// Whether the information went only to identified recipients is answered
// on the cause's part of the facts page, stored, and changed back.
func TestFactsRecipientKnown(t *testing.T) {
	p, e, inc := mountFacts(t)
	factsClick(t, e, p, "#fx-cause-recipientKnown-yes")
	if inc.Cause.RecipientKnown != incident.Yes {
		t.Fatalf("stored %q after yes", inc.Cause.RecipientKnown)
	}
	factsClick(t, e, p, "#fx-cause-recipientKnown-unknown")
	if inc.Cause.RecipientKnown != incident.Unknown {
		t.Errorf("stored %q after not known yet", inc.Cause.RecipientKnown)
	}
}
