//go:build js && wasm

package ui

import (
	"strings"
	"testing"
	"time"

	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// mountFacts shows the facts page of a fresh incident, in Japanese.
func mountFacts(t *testing.T) (*FactsPage, app.TestEngine, *incident.Incident) {
	t.Helper()
	resetLang(t)
	inc := incident.New(theDesk.NewID(), time.Now())
	inc.Title = "facts test"
	inc.Main().Persons = incident.FigureOf(incident.Count{Known: true, N: 100})
	testDesk(t, nil, inc)
	p := &FactsPage{incidentPage: incidentPage{id: inc.ID}}
	e := mount(t, p)
	return p, e, inc
}

func factsQuery(t *testing.T, p *FactsPage, sel string) app.Value {
	t.Helper()
	el := p.JSValue().Call("querySelector", sel)
	if !el.Truthy() {
		t.Fatalf("no element %s", sel)
	}
	return el
}

// factsType sets an input's value and fires the event its handler listens to.
func factsType(t *testing.T, e app.TestEngine, p *FactsPage, sel, v, event string) {
	t.Helper()
	el := factsQuery(t, p, sel)
	el.Set("value", v)
	el.Call("dispatchEvent", app.Window().Get("Event").New(event, map[string]any{"bubbles": true}))
	e.ConsumeAll()
}

func TestFactsTriRadioSetsTheFact(t *testing.T) {
	p, e, inc := mountFacts(t)
	if inc.Risk.SeriousHarm != incident.Unknown {
		t.Fatal("precondition")
	}
	if !factsQuery(t, p, "#fx-risk-seriousHarm-unknown").Get("checked").Bool() {
		t.Error("'not known yet' is not checked for an unknown fact")
	}
	factsQuery(t, p, "#fx-risk-seriousHarm-yes").Call("click")
	e.ConsumeAll()
	if inc.Risk.SeriousHarm != incident.Yes {
		t.Fatalf("seriousHarm = %q after clicking yes", inc.Risk.SeriousHarm)
	}
	factsQuery(t, p, "#fx-risk-seriousHarm-no").Call("click")
	e.ConsumeAll()
	if inc.Risk.SeriousHarm != incident.No {
		t.Fatalf("seriousHarm = %q after clicking no", inc.Risk.SeriousHarm)
	}
	factsQuery(t, p, "#fx-risk-seriousHarm-unknown").Call("click")
	e.ConsumeAll()
	if inc.Risk.SeriousHarm != incident.Unknown {
		t.Fatalf("seriousHarm = %q after clicking not known yet", inc.Risk.SeriousHarm)
	}
	// Another Tri is untouched.
	if inc.Risk.SecondaryHarm != incident.Unknown {
		t.Errorf("secondaryHarm changed to %q", inc.Risk.SecondaryHarm)
	}
}

func TestFactsBadCountShowsAMessageAndChangesNothing(t *testing.T) {
	p, e, inc := mountFacts(t)
	factsType(t, e, p, "#fx-dataSets-0-persons", "たくさん", "change")
	if inc.Main().Persons.Latest() != (incident.Count{Known: true, N: 100}) {
		t.Fatalf("persons changed to %+v", inc.Main().Persons.Latest())
	}
	msg := factsQuery(t, p, "#fx-dataSets-0-persons-problem")
	if msg.Call("getAttribute", "role").String() != "alert" {
		t.Error("the message is not role=alert")
	}
	if got := msg.Get("textContent").String(); !strings.Contains(got, "本人の数") {
		t.Errorf("the message does not name the field: %q", got)
	}
	if got := factsQuery(t, p, "#fx-dataSets-0-persons").Call("getAttribute", "aria-describedby").String(); !strings.Contains(got, "fx-dataSets-0-persons-problem") {
		t.Errorf("aria-describedby = %q", got)
	}
	// An approximate count is read and clears the message.
	factsType(t, e, p, "#fx-dataSets-0-persons", "約1,200", "change")
	if want := (incident.Count{Known: true, N: 1200, Approx: true}); inc.Main().Persons.Latest() != want {
		t.Fatalf("persons = %+v, want %+v", inc.Main().Persons.Latest(), want)
	}
	if p.JSValue().Call("querySelector", "#fx-dataSets-0-persons-problem").Truthy() {
		t.Error("the message stayed after a good count")
	}
	// An upper bound is kept as one, and shown as typed.
	factsType(t, e, p, "#fx-dataSets-0-persons", "最大757,463", "change")
	if want := (incident.Count{Known: true, N: 757463, Max: true}); inc.Main().Persons.Latest() != want {
		t.Fatalf("persons = %+v, want %+v", inc.Main().Persons.Latest(), want)
	}
	if got := factsQuery(t, p, "#fx-dataSets-0-persons").Get("value").String(); got != "最大757,463" {
		t.Errorf("the field shows %q", got)
	}
}

func TestFactsResidenceRowsAddAndRemove(t *testing.T) {
	p, e, inc := mountFacts(t)
	factsType(t, e, p, "#fx-dataSets-0-residence-new-country", "us", "input")
	factsType(t, e, p, "#fx-dataSets-0-residence-new-region", "ca", "input")
	factsType(t, e, p, "#fx-dataSets-0-residence-new-persons", "約1,200", "input")
	factsQuery(t, p, "#fx-dataSets-0-residence-new-add").Call("click")
	e.ConsumeAll()
	want := incident.Residence{Country: "US", Region: "CA", Persons: incident.Count{Known: true, N: 1200, Approx: true}}
	if len(inc.Main().Residence) != 1 || inc.Main().Residence[0] != want {
		t.Fatalf("residence = %+v", inc.Main().Residence)
	}
	if got := factsQuery(t, p, "#fx-dataSets-0-residence-0-country").Get("value").String(); got != "US" {
		t.Errorf("row 1 country shows %q", got)
	}
	if got := factsQuery(t, p, "#fx-dataSets-0-residence-new-country").Get("value").String(); got != "" {
		t.Errorf("the new row was not cleared: %q", got)
	}
	// A second row, then an invalid one that is refused.
	factsType(t, e, p, "#fx-dataSets-0-residence-new-country", "JP", "input")
	factsType(t, e, p, "#fx-dataSets-0-residence-new-persons", "50", "input")
	factsQuery(t, p, "#fx-dataSets-0-residence-new-add").Call("click")
	e.ConsumeAll()
	factsType(t, e, p, "#fx-dataSets-0-residence-new-country", "XX", "input")
	factsQuery(t, p, "#fx-dataSets-0-residence-new-add").Call("click")
	e.ConsumeAll()
	if len(inc.Main().Residence) != 2 {
		t.Fatalf("an invalid country was added: %+v", inc.Main().Residence)
	}
	if !factsQuery(t, p, "#fx-dataSets-0-residence-new-problem").Truthy() {
		t.Error("no message for the invalid country")
	}
	// Remove the first row: JP moves up.
	factsQuery(t, p, "#fx-dataSets-0-residence-0-remove").Call("click")
	e.ConsumeAll()
	if len(inc.Main().Residence) != 1 || inc.Main().Residence[0].Country != "JP" {
		t.Fatalf("after removing row 1: %+v", inc.Main().Residence)
	}
	if got := factsQuery(t, p, "#fx-dataSets-0-residence-0-country").Get("value").String(); got != "JP" {
		t.Errorf("row 1 shows %q after the removal", got)
	}
	// Editing a row's country to a bad code changes nothing (QQ: a code
	// ISO leaves to users, not the one for other countries).
	factsType(t, e, p, "#fx-dataSets-0-residence-0-country", "QQ", "change")
	if inc.Main().Residence[0].Country != "JP" {
		t.Errorf("country changed to %q", inc.Main().Residence[0].Country)
	}
	// The persons of the countries not listed: ZZ, its count unknown.
	factsType(t, e, p, "#fx-dataSets-0-residence-new-country", "zz", "input")
	factsQuery(t, p, "#fx-dataSets-0-residence-new-add").Call("click")
	e.ConsumeAll()
	if len(inc.Main().Residence) != 2 || inc.Main().Residence[1] != (incident.Residence{Country: incident.OtherCountries}) {
		t.Fatalf("other countries were not added: %+v", inc.Main().Residence)
	}
	factsQuery(t, p, "#fx-dataSets-0-residence-1-remove").Call("click")
	e.ConsumeAll()
	factsQuery(t, p, "#fx-dataSets-0-residence-0-remove").Call("click")
	e.ConsumeAll()
	if len(inc.Main().Residence) != 0 {
		t.Fatalf("after removing the last row: %+v", inc.Main().Residence)
	}
	if !factsQuery(t, p, "#fx-dataSets-0-residence-empty").Truthy() {
		t.Error("no empty-list text")
	}
}

// Validate's problems show beside their field and in the list at the top.
func TestFactsShowsValidateProblems(t *testing.T) {
	p, e, inc := mountFacts(t)
	factsType(t, e, p, "#fx-contact-email", "not an address", "input")
	if inc.Contact.Email != "not an address" {
		t.Fatalf("email = %q", inc.Contact.Email)
	}
	if !factsQuery(t, p, "#fx-contact-email-check").Truthy() {
		t.Error("no problem beside the e-mail field")
	}
	if got := factsQuery(t, p, "#facts-problems").Get("textContent").String(); !strings.Contains(got, "メールアドレス") {
		t.Errorf("the list at the top does not name the field: %q", got)
	}
}

// A keystroke in a free-text fact is stored at once; the page renders again
// only when what it shows changes (the problems Validate finds), and then at
// once: a javascript: address is flagged on the keystroke that makes it one,
// and the flag goes with the keystroke that mends it.
func TestFactsTextStoredAndProblemsFollow(t *testing.T) {
	p, e, inc := mountFacts(t)
	ver := theDesk.Version(inc.ID)
	factsType(t, e, p, "#fx-org-name", "架空商事株式会社", "input")
	if inc.Org.Name != "架空商事株式会社" || !theDesk.Status().Saving || theDesk.Version(inc.ID) == ver {
		t.Fatalf("typed name not recorded as an edit: %q saving %v ver %d→%d", inc.Org.Name, theDesk.Status().Saving, ver, theDesk.Version(inc.ID))
	}
	problem := func() string {
		el := p.JSValue().Call("querySelector", "#facts-problems")
		if !el.Truthy() {
			return ""
		}
		return el.Get("textContent").String()
	}
	if strings.Contains(problem(), "contact") || strings.Contains(problem(), "窓口") {
		t.Fatalf("precondition: problems before typing: %q", problem())
	}
	factsType(t, e, p, "#fx-contact-web", "javascript:alert(1)", "input")
	if inc.Contact.Web != "javascript:alert(1)" {
		t.Fatalf("web = %q", inc.Contact.Web)
	}
	flagged := problem()
	if !strings.Contains(factsQuery(t, p, "#facts-problems").Get("className").String(), "bd-facts-problems") {
		t.Fatalf("the javascript: address is not flagged on the keystroke that made it one: %q", flagged)
	}
	factsType(t, e, p, "#fx-contact-web", "https://example.jp/", "input")
	if got := problem(); got == flagged {
		t.Errorf("the flag stayed after the address was mended: %q", got)
	}
	if !strings.Contains(factsQuery(t, p, "#facts-problems").Get("className").String(), "bd-facts-ok") {
		t.Errorf("problems after mending: %q", problem())
	}
}
