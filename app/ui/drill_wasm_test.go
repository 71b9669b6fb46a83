//go:build js && wasm

package ui

import (
	"strings"
	"testing"
	"time"

	"breachdesk/app/catalog"
	"breachdesk/app/desk"
	"breachdesk/app/drill"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func queryText(t *testing.T, c app.UI, sel string) string {
	t.Helper()
	el := c.JSValue().Call("querySelector", sel)
	if !el.Truthy() {
		t.Fatalf("no %s", sel)
	}
	return el.Get("textContent").String()
}

// The chooser offers every built-in scenario with what it trains, the
// speeds, and a start button, each input with its label.
func TestDrillChooserListsScenarios(t *testing.T) {
	resetLang(t)
	p := &DrillsPage{}
	mount(t, p)
	if err := app.Match(elt("h1", catalog.T(catalog.JA, "drill.title")), p, 0, mainIndex, 0); err != nil {
		t.Fatal(err)
	}
	all, _ := drill.Builtin()
	for _, s := range all {
		id := "#scenario-" + s.ID
		if !p.JSValue().Call("querySelector", id).Truthy() {
			t.Errorf("no radio for %s", s.ID)
		}
		if got := queryText(t, p, `label[for="scenario-`+s.ID+`"]`); !strings.Contains(got, s.Title.JA) {
			t.Errorf("label of %s = %q", s.ID, got)
		}
	}
	for _, sp := range drill.Speeds {
		if !p.JSValue().Call("querySelector", `label[for="speed-`+sp.ID+`"]`).Truthy() {
			t.Errorf("no label for speed %s", sp.ID)
		}
	}
	if got := queryText(t, p, "#drill-start"); got != catalog.T(catalog.JA, "drill.start") {
		t.Errorf("start button %q", got)
	}
}

// The banner of a drill marks it, shows its clock, and the manual advance
// fires the next inject, whose notice then shows.
func TestDrillBarAdvances(t *testing.T) {
	resetLang(t)
	s := drill.Find("travel-targeted-email")
	inc, err := drill.Start(s, "wasm-drill", "ja", "step", time.Now())
	if err != nil {
		t.Fatal(err)
	}
	testDesk(t, nil, inc)

	c := &DrillBar{ID: inc.ID, Lang: "ja"}
	e := mount(t, c)
	if got := queryText(t, c, ".bd-drill-banner-mark"); !strings.Contains(got, "訓練") {
		t.Errorf("mark = %q", got)
	}
	if got := queryText(t, c, "#drill-day"); got != "0日目" {
		t.Errorf("day = %q", got)
	}
	for i, want := range []string{s.Injects[0].Title.JA, s.Injects[1].Title.JA} {
		c.JSValue().Call("querySelector", "#drill-advance").Call("click")
		e.ConsumeAll()
		if got := queryText(t, c, "#drill-latest"); !strings.Contains(got, want) {
			t.Errorf("after advance %d: latest = %q, want %q", i+1, got, want)
		}
	}
	if !drill.Applied(inc, s.Injects[1].ID) || inc.Cause.Kind != "targeted_email" {
		t.Error("the injects' facts are not in the desk's incident")
	}
	if got := queryText(t, c, "#drill-day"); got != "1日目" {
		t.Errorf("day after two advances = %q", got)
	}
	// End: asks first, then stops the clock.
	c.JSValue().Call("querySelector", "#drill-end").Call("click")
	e.ConsumeAll()
	if !c.JSValue().Call("querySelector", "#drill-end-yes").Truthy() {
		t.Fatal("no confirmation")
	}
	c.JSValue().Call("querySelector", "#drill-end-yes").Call("click")
	e.ConsumeAll()
	if r, err := drill.RunOf(inc); err != nil || !r.Ended() {
		t.Errorf("not ended: %v", err)
	}
}

// The readiness checklist labels every field and says nothing is saved yet.
func TestReadinessPageFields(t *testing.T) {
	resetLang(t)
	store := desk.NewMemStore()
	store.Set("settings", desk.SettingReadiness, []byte(`{"version":1,"orgName":"株式会社テスト","contact":{},"people":{}}`))
	testDesk(t, store)
	p := &ReadinessPage{}
	mount(t, p)
	for _, g := range readinessGroups {
		for _, id := range g.Fields {
			if !p.JSValue().Call("querySelector", `label[for="r-`+id+`"]`).Truthy() {
				t.Errorf("no label for %s", id)
			}
		}
	}
	if v := p.JSValue().Call("querySelector", "#r-orgName").Get("value").String(); v != "株式会社テスト" {
		t.Errorf("org name = %q", v)
	}
	if got := queryText(t, p, "#ready-progress"); !strings.HasPrefix(got, "1 / ") {
		t.Errorf("progress %q", got)
	}
}
