//go:build js && wasm

package ui

import (
	"testing"
	"time"

	"breachdesk/app/incident"
)

// Whether the organisation serves persons abroad in their own language is
// asked once persons living where the language is neither Japanese nor
// English are recorded, and stored (F562).
func TestFactsLocalLanguageAskedForReadersAbroad(t *testing.T) {
	const q = "#fx-org-localLanguage"
	p, _, _ := mountFacts(t)
	if factsHas(p, q) {
		t.Error("asked with no persons abroad")
	}
	resetLang(t)
	inc := incident.New(theDesk.NewID(), time.Now())
	inc.Title = "facts test, readers in Taiwan"
	inc.Main().Residence = []incident.Residence{{Country: "TW", Persons: incident.Count{Known: true, N: 10}}}
	testDesk(t, nil, inc)
	p = &FactsPage{incidentPage: incidentPage{id: inc.ID}}
	e := mount(t, p)
	if !factsHas(p, q) {
		t.Fatal("not asked with persons in Taiwan")
	}
	factsClick(t, e, p, q+"-yes")
	if inc.Org.LocalLanguage != incident.Yes {
		t.Errorf("localLanguage after yes: %q", inc.Org.LocalLanguage)
	}
}
