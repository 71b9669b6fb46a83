//go:build js && wasm

package ui

import (
	"testing"

	"breachdesk/app/incident"
)

// The My Number Act's two questions of a data set (特定個人情報漏えい等報告規則2条1号, 3号)
// are asked once the set holds My Number, store their answers on the set,
// and go away when My Number is marked not involved.
func TestFactsMyNumberQuestions(t *testing.T) {
	p, e, inc := mountFacts(t)
	if factsHas(p, "#fx-dataSets-0-mnSystem") || factsHas(p, "#fx-dataSets-0-exposedOnline") {
		t.Fatal("the My Number questions are asked of a set without My Number")
	}
	factsType(t, e, p, "#fx-dataSets-0-cat-my_number", "yes", "change")
	if !factsHas(p, "#fx-dataSets-0-mnSystem-unknown") || !factsHas(p, "#fx-dataSets-0-exposedOnline-unknown") {
		t.Fatal("My Number involved, its questions are not asked")
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
