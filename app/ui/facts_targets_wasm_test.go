//go:build js && wasm

package ui

import (
	"testing"
	"time"

	"breachdesk/app/incident"
)

// A country whose law reaches an organisation not established there only
// when it does business there is asked about once data of its residents is
// recorded: here Korea (staff of a group company there), answered no and
// stored; a country where the organisation is established is not asked.
func TestFactsAskWhetherTheOrganisationDoesBusinessInACountry(t *testing.T) {
	resetLang(t)
	inc := incident.New(theDesk.NewID(), time.Now())
	inc.Title = "targets"
	inc.Org.Establishments = []string{"JP", "SG"}
	inc.Main().Residence = []incident.Residence{
		{Country: "JP", Persons: incident.Count{Known: true, N: 100}},
		{Country: "KR", Persons: incident.Count{Known: true, N: 20}},
		{Country: "SG", Persons: incident.Count{Known: true, N: 5}},
	}
	testDesk(t, nil, inc)
	p := &FactsPage{incidentPage: incidentPage{id: inc.ID}}
	e := mount(t, p)
	if !factsHas(p, "#fx-org-targets-KR-unknown") {
		t.Fatal("Korea's residents recorded, no establishment there: the question is not asked")
	}
	if factsHas(p, "#fx-org-targets-SG") {
		t.Error("established in Singapore, yet asked whether it does business there")
	}
	if !factsQuery(t, p, "#fx-org-targets-KR-unknown").Get("checked").Bool() {
		t.Error("unanswered, 'not known yet' is not checked")
	}
	factsClick(t, e, p, "#fx-org-targets-KR-no")
	if got := inc.Org.Targets["KR"]; got != incident.No {
		t.Fatalf("stored %q, want no", got)
	}
	factsClick(t, e, p, "#fx-org-targets-KR-unknown")
	if _, ok := inc.Org.Targets["KR"]; ok {
		t.Errorf("'not known yet' left an answer: %v", inc.Org.Targets)
	}
}
