//go:build js && wasm

package ui

import (
	"testing"

	"breachdesk/app/incident"
)

// The My Number Act's two questions of a data set (特定個人情報漏えい等報告規則2条1号, 3号)
// are asked once the set holds My Number, store their answers on the set,
// and go away when My Number is marked not involved. Whether anyone could
// view the data online is asked of every set (the documents tell a file
// published by mistake from one shared inside by it), in the My Number box
// when the set holds My Number.
func TestFactsMyNumberQuestions(t *testing.T) {
	p, e, inc := mountFacts(t)
	if factsHas(p, "#fx-dataSets-0-mnSystem") || factsHas(p, ".bd-mynumber") {
		t.Fatal("the My Number questions are asked of a set without My Number")
	}
	if !factsHas(p, "#fx-dataSets-0-exposedOnline-unknown") {
		t.Fatal("a set without My Number is not asked whether it could be viewed online")
	}
	factsType(t, e, p, "#fx-dataSets-0-cat-my_number", "yes", "change")
	if !factsHas(p, "#fx-dataSets-0-mnSystem-unknown") || !factsHas(p, ".bd-mynumber #fx-dataSets-0-exposedOnline-unknown") {
		t.Fatal("My Number involved, its questions are not asked")
	}
	if n := p.JSValue().Call("querySelectorAll", "#fx-dataSets-0-exposedOnline").Length(); n != 1 {
		t.Fatalf("the online question is asked %d times", n)
	}
	if !factsQuery(t, p, "#fx-dataSets-0-mnSystem-unknown").Get("checked").Bool() {
		t.Error("an unanswered question does not show 'not known yet'")
	}
	factsClick(t, e, p, "#fx-dataSets-0-mnSystem-yes")
	factsClick(t, e, p, "#fx-dataSets-0-exposedOnline-no")
	if d := inc.DataSets[0]; d.MNSystem != incident.Yes || d.ExposedOnline != incident.No {
		t.Fatalf("stored: mnSystem %q, exposedOnline %q", d.MNSystem, d.ExposedOnline)
	}
	factsType(t, e, p, "#fx-dataSets-0-cat-my_number", "no", "change")
	if factsHas(p, "#fx-dataSets-0-mnSystem") {
		t.Error("My Number not involved, its questions are still asked")
	}
}
