//go:build e2e

package e2e

import (
	"fmt"

	"github.com/chromedp/chromedp"
)

// addParty adds a party of kind on the facts page and waits for its card.
// The first party of a kind gets the id "p-<kind>" (desk.AddParty).
func addParty(kind string) chromedp.Action[chromedp.Void] {
	return chromedp.Steps(
		chromedp.WaitVisible(chromedp.CSS("#fx-party-add")),
		choose("#fx-party-kind", kind),
		chromedp.Click(chromedp.CSS("#fx-party-add")),
		chromedp.WaitVisible(chromedp.CSS(partyField(kind, "name"))),
	)
}

// partyField is the selector of a field of the first party of kind: "name",
// "contact", "reference", "note", or "consulted" (the police's date).
func partyField(kind, fact string) string {
	if fact == "consulted" {
		return fmt.Sprintf(`#party-p-%s input[type=datetime-local]`, kind)
	}
	return fmt.Sprintf(`#party-p-%s [data-fact=%s]`, kind, fact)
}
