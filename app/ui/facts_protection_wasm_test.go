//go:build js && wasm

package ui

import (
	"strings"
	"testing"

	"breachdesk/app/incident"
)

// An item's own protection (F83: passwords kept as hashes) is asked once the
// item is involved, stored on the item with the detail for the authorities,
// and refused when the value is not one of the choices.
func TestFactsItemProtection(t *testing.T) {
	p, e, inc := mountFacts(t)
	factsType(t, e, p, "#fx-dataSets-0-cat-login_password", "yes", "change")
	j := -1
	for k, c := range inc.DataSets[0].Categories {
		if c.ID == "login_password" {
			j = k
		}
	}
	if j < 0 {
		t.Fatal("the item was not added")
	}
	sel := "#fx-dataSets-0-categories-" + string(rune('0'+j)) + "-protection"
	if got := factsQuery(t, p, sel).Get("value").String(); got != "as_set" {
		t.Errorf("a new item's protection reads %q, want the set's (blank)", got)
	}
	if factsHas(p, "#fx-dataSets-0-categories-"+string(rune('0'+j))+"-protectionDetail") {
		t.Error("the detail is asked before a protection is chosen")
	}
	factsType(t, e, p, sel, "hashed", "change")
	if got := inc.DataSets[0].Categories[j].Protection; got != incident.ItemHashed {
		t.Fatalf("stored protection %q", got)
	}
	detail := "#fx-dataSets-0-categories-" + string(rune('0'+j)) + "-protectionDetail"
	factsType(t, e, p, detail, "  SHA-1、ソルトなし ", "change")
	if got := inc.DataSets[0].Categories[j].ProtectionDetail; got != "SHA-1、ソルトなし" {
		t.Fatalf("stored detail %q", got)
	}
	if got := factsQuery(t, p, sel).Call("getAttribute", "aria-describedby").String(); !strings.Contains(got, "-hint") {
		t.Errorf("the select is not described by its hint: %q", got)
	}
	factsQuery(t, p, sel).Call("insertAdjacentHTML", "beforeend", `<option value="rot13">rot13</option>`)
	factsType(t, e, p, sel, "rot13", "change")
	if got := inc.DataSets[0].Categories[j].Protection; got != incident.ItemHashed {
		t.Errorf("a value not among the choices was stored: %q", got)
	}
	factsType(t, e, p, sel, "as_set", "change")
	if got := inc.DataSets[0].Categories[j].Protection; got != "" {
		t.Errorf("back to the set's protection: stored %q", got)
	}
}
