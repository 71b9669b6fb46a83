//go:build js && wasm

package ui

import (
	"testing"
	"time"

	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// estEl returns the element matching sel inside the page, failing without one.
func estEl(t *testing.T, c app.Composer, sel string) app.Value {
	t.Helper()
	el := c.JSValue().Call("querySelector", sel)
	if !el.Truthy() {
		t.Fatalf("no element %s", sel)
	}
	return el
}

func estText(t *testing.T, c app.Composer, sel string) string {
	t.Helper()
	return estEl(t, c, sel).Get("textContent").String()
}

// estSet sets a control's value and fires change, as the browser does after a user's edit.
func estSet(t *testing.T, e app.TestEngine, c app.Composer, sel, v string) {
	t.Helper()
	el := estEl(t, c, sel)
	el.Set("value", v)
	el.Call("dispatchEvent", app.Window().Get("Event").New("change", map[string]any{"bubbles": true}))
	e.ConsumeAll()
}

// Worked by hand: name and address (Simple-EP 1,1 each), 1,000 persons.
// 機微情報度 = 10^0 + 5^0 = 2; 本人特定容易度 = 6 (name and address);
// 社会的責任度 and 事後対応評価 not chosen: 1–2 each.
// Per person 500 × 2 × 6 × 1～2 × 1～2 = 6,000～24,000; total × 1,000 = 600万～2,400万円.
// Choosing "higher" (2) and "appropriate" (1): 500 × 2 × 6 × 2 × 1 = 12,000 per person, 1,200万円.
func TestEstimateEditedInputChangesTheTotal(t *testing.T) {
	resetLang(t)
	inc := incident.New(theDesk.NewID(), time.Now())
	inc.Title = "estimate test"
	inc.Main().Persons = incident.FigureOf(incident.Count{Known: true, N: 1000})
	inc.Main().Categories = []incident.Category{{ID: "name"}, {ID: "address"}}
	testDesk(t, nil, inc)
	p := &EstimatePage{incidentPage: incidentPage{id: inc.ID}}
	e := mount(t, p)

	if got := estText(t, p, "#est-damage-total"); got != "600万円～2,400万円" {
		t.Fatalf("damage total = %q, want 600万円～2,400万円", got)
	}
	if got := estText(t, p, "#est-per-person"); got != "6,000円～2.4万円" {
		t.Errorf("per person = %q", got)
	}
	total := estText(t, p, "#est-total")

	estSet(t, e, p, "#est-resp", "higher")
	estSet(t, e, p, "#est-after", "appropriate")
	if got := estText(t, p, "#est-damage-total"); got != "1,200万円" {
		t.Errorf("damage total after choosing the factors = %q, want 1,200万円", got)
	}
	if got := estText(t, p, "#est-total"); got == total {
		t.Errorf("the total shown did not change: %q", got)
	}
	if inc.Estimate == nil || inc.Estimate.Responsibility != "higher" || inc.Estimate.After != "appropriate" {
		t.Errorf("stored inputs = %+v", inc.Estimate)
	}

	// A unit cost overridden: investigation at 0 yen drops out of the sum.
	before := estText(t, p, "#est-costs-sum")
	estSet(t, e, p, "#est-cost-investigation-low", "0")
	estSet(t, e, p, "#est-cost-investigation-high", "0")
	if got := estText(t, p, "#est-cost-investigation-amount"); got != "0円" {
		t.Errorf("investigation amount = %q, want 0円", got)
	}
	if got := estText(t, p, "#est-costs-sum"); got == before {
		t.Errorf("cost sum unchanged: %q", got)
	}

	// Bad input: a message naming the field, and nothing stored.
	stored := *inc.Estimate.Costs["investigation"].Low
	estSet(t, e, p, "#est-cost-investigation-low", "たくさん")
	if msg := estText(t, p, "#est-cost-investigation-low-problem"); msg == "" {
		t.Error("no problem shown for a bad number")
	}
	if role := estEl(t, p, "#est-cost-investigation-low-problem").Call("getAttribute", "role").String(); role != "alert" {
		t.Errorf("problem role = %q, want alert", role)
	}
	if got := *inc.Estimate.Costs["investigation"].Low; got != stored {
		t.Errorf("a bad number changed the stored value to %d", got)
	}

	// One bound of the persons alone is not stored, and says why.
	estSet(t, e, p, "#est-persons-low", "500")
	if inc.Estimate.PersonsLow != 0 {
		t.Errorf("persons low stored alone: %+v", inc.Estimate)
	}
	estSet(t, e, p, "#est-persons-high", "2000")
	if inc.Estimate.PersonsLow != 500 || inc.Estimate.PersonsHigh != 2000 {
		t.Errorf("persons range not stored: %+v", inc.Estimate)
	}
	if got := estText(t, p, "#est-damage-total"); got != "600万円～2,400万円" { // 12,000 × 500 … × 2,000
		t.Errorf("damage total for 500–2,000 persons = %q", got)
	}

	estEl(t, p, "#est-reset").Call("click")
	e.ConsumeAll()
	if inc.Estimate != nil {
		t.Errorf("reset left %+v", inc.Estimate)
	}
}
