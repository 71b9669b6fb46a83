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
	if got := factsQuery(t, p, sel).Call("getAttribute", "aria-describedby").String(); !strings.Contains(got, "fx-dataSets-0-protection-hint") || !factsHas(p, "#fx-dataSets-0-protection-hint") {
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

// The day an item's own counts became known (F68) is asked once the item
// has a count, stored as a date, and a text that is not a date is refused
// with a message beside the field.
func TestFactsCategoryCountDay(t *testing.T) {
	p, e, inc := mountFacts(t)
	factsType(t, e, p, "#fx-dataSets-0-cat-name", "yes", "change")
	j := categoryIndex(&inc.DataSets[0], "name")
	if j < 0 {
		t.Fatal("the item was not added")
	}
	base := "#fx-dataSets-0-categories-" + string(rune('0'+j))
	if factsHas(p, base+"-on") {
		t.Error("the day is asked before the item has a count")
	}
	factsType(t, e, p, base+"-persons", "62", "change")
	if c := inc.DataSets[0].Categories[j].Persons; !c.Known || c.N != 62 {
		t.Fatalf("stored persons %+v", c)
	}
	factsType(t, e, p, base+"-on", "2023-08-17", "change")
	if got := inc.DataSets[0].Categories[j].On; got != "2023-08-17" {
		t.Fatalf("stored day %q", got)
	}
	factsType(t, e, p, base+"-on", "8月の中ごろ", "change")
	if got := inc.DataSets[0].Categories[j].On; got != "2023-08-17" {
		t.Errorf("a text that is not a date replaced the day: %q", got)
	}
	if !factsHas(p, base+"-on-problem") {
		t.Error("no message for a text that is not a date")
	}
	factsType(t, e, p, base+"-on", "", "change")
	if got := inc.DataSets[0].Categories[j].On; got != "" {
		t.Errorf("the day was not cleared: %q", got)
	}
}

// Face images ticked for a face-recognition gate (122): the documents listed
// the images only, though the system kept templates. Marking face images
// asks about the templates, until they are marked too.
func TestFactsFaceImagesAskForTemplates(t *testing.T) {
	p, e, inc := mountFacts(t)
	factsType(t, e, p, "#fx-dataSets-0-cat-face_image", "yes", "change")
	j := categoryIndex(&inc.DataSets[0], "face_image")
	if j < 0 {
		t.Fatal("the item was not added")
	}
	hint := "#fx-dataSets-0-categories-" + string(rune('0'+j)) + "-face-hint"
	if !factsHas(p, hint) || !strings.Contains(factsQuery(t, p, hint).Get("textContent").String(), "生体認証の特徴データ") {
		t.Fatal("face images marked: no question about the templates")
	}
	factsType(t, e, p, "#fx-dataSets-0-cat-biometric", "yes", "change")
	if categoryIndex(&inc.DataSets[0], "biometric") < 0 {
		t.Fatal("the templates were not added")
	}
	if factsHas(p, hint) {
		t.Error("the templates marked: the question is still shown")
	}
}

// An account number kept without its code asks whether the number alone
// opens the account (F883, New York); the answer is stored on the item, and
// another item is not asked.
func TestFactsAccountNumberOpensTheAccount(t *testing.T) {
	p, e, inc := mountFacts(t)
	factsType(t, e, p, "#fx-dataSets-0-cat-bank_account", "yes", "change")
	factsType(t, e, p, "#fx-dataSets-0-cat-name", "yes", "change")
	j, n := categoryIndex(&inc.DataSets[0], "bank_account"), categoryIndex(&inc.DataSets[0], "name")
	if j < 0 || n < 0 {
		t.Fatal("the items were not added")
	}
	base := "#fx-dataSets-0-categories-" + string(rune('0'+j)) + "-accessAlone"
	if !factsHas(p, base) || factsHas(p, "#fx-dataSets-0-categories-"+string(rune('0'+n))+"-accessAlone") {
		t.Fatal("the question is not asked of the account number alone")
	}
	factsType(t, e, p, base+"-yes", "yes", "change")
	if got := inc.DataSets[0].Categories[categoryIndex(&inc.DataSets[0], "bank_account")].AccessAlone; got != incident.Yes {
		t.Fatalf("stored %q, want yes", got)
	}
	factsType(t, e, p, base+"-no", "no", "change")
	if got := inc.DataSets[0].Categories[categoryIndex(&inc.DataSets[0], "bank_account")].AccessAlone; got != incident.No {
		t.Errorf("stored %q, want no", got)
	}
}
