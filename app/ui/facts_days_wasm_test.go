//go:build js && wasm

package ui

import "testing"

// The day the harm note is true as of is typed or set to today, like the
// incident's other days (dayFacts); a day that is not a date is refused
// with a message and the stored day is kept.
func TestFactsHarmNoteDay(t *testing.T) {
	p, e, inc := mountFacts(t)
	const sel = "#fx-risk-secondaryHarmNoteOn"
	factsType(t, e, p, sel, "2025-07-11", "change")
	if inc.Risk.SecondaryHarmNoteOn != "2025-07-11" {
		t.Fatalf("stored %q after typing 2025-07-11", inc.Risk.SecondaryHarmNoteOn)
	}
	factsType(t, e, p, sel, "7月のどこか", "change")
	if inc.Risk.SecondaryHarmNoteOn != "2025-07-11" || !factsHas(p, sel+"-problem") {
		t.Fatalf("a bad day: stored %q, message shown %v", inc.Risk.SecondaryHarmNoteOn, factsHas(p, sel+"-problem"))
	}
	factsClick(t, e, p, sel+"-today")
	if want := today(inc); inc.Risk.SecondaryHarmNoteOn != want || factsHas(p, sel+"-problem") {
		t.Errorf("today: stored %q, want %q (message still shown %v)", inc.Risk.SecondaryHarmNoteOn, want, factsHas(p, sel+"-problem"))
	}
}
