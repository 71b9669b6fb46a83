//go:build e2e

package e2e

import (
	"context"

	"breachdesk/app/incident"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// factsWaitIncident waits until an incident page shows its incident (the
// incidents are read from IndexedDB after the wasm starts).
func factsWaitIncident() chromedp.Action[chromedp.Void] {
	return waitJS(`!!document.querySelector(".bd-tabs")`)
}

// factsFillForA11y enters facts that make the facts page show its rows,
// inline counts and problems.
func factsFillForA11y(t *testing.T, ctx context.Context, base, id string) {
	t.Helper()
	do(t, ctx, "filling the facts page", chromedp.Navigate(base+"/incident/facts#"+id), waitApp(), factsWaitIncident(),
		choose("#fx-dataSets-0-cat-email", "yes"), visible("#fx-dataSets-0-categories-0-persons"),
		choose("#fx-dataSets-0-categories-0-persons", "約1,200"), settled(),
		choose("#fx-dataSets-0-cat-other", "yes"), visible("#fx-dataSets-0-categories-1-other"),
		choose("#fx-dataSets-0-cat-name", "no"), settled(),
		choose("#fx-dataSets-0-persons", "1000"), settled(),
		choose("#fx-dataSets-0-residence-new-country", "JP"), choose("#fx-dataSets-0-residence-new-persons", "1200"),
		chromedp.Click(chromedp.CSS("#fx-dataSets-0-residence-new-add")), visible("#fx-dataSets-0-residence-0-country"),
		choose("#fx-dataSets-0-residence-new-country", "US"), choose("#fx-dataSets-0-residence-new-region", "CA"),
		choose("#fx-dataSets-0-residence-new-persons", "3"),
		chromedp.Click(chromedp.CSS("#fx-dataSets-0-residence-new-add")), visible("#fx-dataSets-0-residence-1-country"),
		choose("#fx-contact-email", "desk at example"), settled(),
		chromedp.Click(chromedp.CSS("#fx-dataSets-0-role-processor")), settled(),
	)
	waitStoredID(t, ctx, id, "the facts filled in", func(inc *incident.Incident) bool {
		return inc.Main().Role == incident.Processor && len(inc.Main().Residence) == 2
	})
}

// factsTabTo presses Tab until the element with id has the focus.
func factsTabTo(t *testing.T, ctx context.Context, id string) {
	t.Helper()
	for i := 0; i < 250; i++ {
		if eval[string](t, ctx, "reading the focus", `document.activeElement ? document.activeElement.id : ""`) == id {
			return
		}
		do(t, ctx, "pressing Tab", chromedp.KeyEvent(kb.Tab))
	}
	t.Fatalf("Tab never reached #%s", id)
}

// factsKeys types keys into whatever has the focus.
func factsKeys(t *testing.T, ctx context.Context, keys string) {
	t.Helper()
	do(t, ctx, "typing "+keys, chromedp.KeyEvent(keys), settled())
}

// The facts page works with the keyboard alone: type a name, mark a category
// involved, add a residence row, answer a yes/no question; all of it is
// still there after a reload.
func TestFactsKeyboard(t *testing.T) {
	parallel(t)
	ctx, _ := session(t)
	base := "http://" + appHost
	openHome(t, ctx)
	id := startIncident(t, ctx)
	do(t, ctx, "opening the facts page", chromedp.Navigate(base+"/incident/facts#"+id), waitApp(), factsWaitIncident(), settled())

	factsTabTo(t, ctx, "fx-org-name")
	factsKeys(t, ctx, "Example Co.")
	// A free-text field is a form of its own (for Chromium's autofill):
	// Enter in it submits nothing, reloads nothing, leaves the focus.
	href := eval[string](t, ctx, "reading the address", `location.href`)
	factsKeys(t, ctx, kb.Enter)
	if got := eval[string](t, ctx, "after Enter", `location.href + " " + document.activeElement.id + " " + document.querySelector("#fx-org-name").value`); got != href+" fx-org-name Example Co." {
		t.Errorf("after Enter in the organisation's name: %q, want %q", got, href+" fx-org-name Example Co.")
	}
	factsTabTo(t, ctx, "fx-dataSets-0-cat-name")
	factsKeys(t, ctx, kb.ArrowDown) // not checked → involved
	do(t, ctx, "the category's counts appear", visible("#fx-dataSets-0-categories-0-persons"))
	factsTabTo(t, ctx, "fx-dataSets-0-categories-0-persons")
	factsKeys(t, ctx, "approx. 300")
	// A count is a form of its own too: Enter reads it (its change event, as
	// outside a form), submits nothing, leaves the focus.
	factsKeys(t, ctx, kb.Enter)
	if got := eval[string](t, ctx, "after Enter", `location.href + " " + document.activeElement.id`); got != href+" fx-dataSets-0-categories-0-persons" {
		t.Errorf("after Enter in a category's count: %q, want %q", got, href+" fx-dataSets-0-categories-0-persons")
	}
	factsKeys(t, ctx, kb.Tab)
	factsTabTo(t, ctx, "fx-dataSets-0-residence-new-country")
	factsKeys(t, ctx, "jp"+kb.Tab)
	factsKeys(t, ctx, kb.Tab+"1200")
	factsTabTo(t, ctx, "fx-dataSets-0-residence-new-add")
	factsKeys(t, ctx, kb.Enter)
	do(t, ctx, "the row appears", visible("#fx-dataSets-0-residence-0-country"))
	if got := eval[string](t, ctx, "reading the focus", `document.activeElement.id`); got != "fx-dataSets-0-residence-new-country" {
		t.Errorf("after adding a row the focus is on %q, want the new row's country", got)
	}
	factsTabTo(t, ctx, "fx-risk-seriousHarm-unknown") // a radio group is one tab stop: its checked radio
	factsKeys(t, ctx, kb.ArrowUp)                     // → no
	if !eval[bool](t, ctx, "reading the radio", `document.querySelector("#fx-risk-seriousHarm-no").checked`) {
		t.Error("ArrowUp did not select 'no'")
	}
	waitStoredID(t, ctx, id, "the answers", func(inc *incident.Incident) bool {
		return inc.Org.Name == "Example Co." && len(inc.Main().Residence) == 1 && inc.Risk.SeriousHarm == incident.No
	})
	do(t, ctx, "reloading", chromedp.Reload(), waitApp(), factsWaitIncident(), settled())
	for _, c := range []struct{ sel, prop, want string }{
		{"#fx-org-name", "value", "Example Co."},
		{"#fx-dataSets-0-cat-name", "value", "yes"},
		{"#fx-dataSets-0-categories-0-persons", "value", "約300"}, // shown in the page's language
		{"#fx-dataSets-0-residence-0-country", "value", "JP"},
		{"#fx-dataSets-0-residence-0-persons", "value", "1,200"},
		{"#fx-risk-seriousHarm-no", "checked", "true"},
	} {
		got := eval[string](t, ctx, "reading "+c.sel, fmt.Sprintf(
			`(() => { const e = document.querySelector(%q); return e ? String(e[%q]) : "(missing)"; })()`, c.sel, c.prop))
		if got != c.want {
			t.Errorf("after reload %s.%s = %q, want %q", c.sel, c.prop, got, c.want)
		}
	}
}

// The first-hour wizard can be completed with the keyboard alone.
func TestWizardKeyboard(t *testing.T) {
	parallel(t)
	ctx, _ := session(t)
	base := "http://" + appHost
	do(t, ctx, "loading the app", chromedp.Navigate(base+"/"), waitApp(), settled())
	// Start the incident with the keyboard too.
	factsTabTo(t, ctx, "start-incident")
	do(t, ctx, "pressing Enter", chromedp.KeyEvent(kb.Enter),
		waitJS(`location.pathname.endsWith("/incident/start") && location.hash.length > 1`),
		factsWaitIncident(), settled())
	factsTabTo(t, ctx, "f-title")
	factsKeys(t, ctx, "Keyboard test")
	factsTabTo(t, ctx, "f-cause")
	factsKeys(t, ctx, kb.ArrowDown)
	factsTabTo(t, ctx, "f-summary")
	factsKeys(t, ctx, "Typed without a mouse.")
	for step := 1; step < 6; step++ {
		factsTabTo(t, ctx, "wizard-next")
		factsKeys(t, ctx, kb.Enter)
		want := fmt.Sprintf("%d", step+1)
		if got := text(t, ctx, ".bd-progress"); !strings.Contains(got, want) {
			t.Fatalf("after step %d the progress says %q", step, got)
		}
	}
	factsTabTo(t, ctx, "wizard-finish")
	do(t, ctx, "finishing", chromedp.KeyEvent(kb.Enter),
		waitJS(`location.pathname === "/incident"`), factsWaitIncident(), settled())
	if got := text(t, ctx, ".bd-incident-name"); !strings.Contains(got, "Keyboard test") {
		t.Errorf("the dashboard shows the incident as %q", got)
	}
}

// Screenshots of the facts page in both languages, for a person to look at
// (written next to the sites, in shots/).
func TestFactsScreenshots(t *testing.T) {
	parallel(t)
	if os.Getenv("SCREENS") == "" {
		t.Skip("screenshots only: set SCREENS to take them (TestScreens and the facts tests check the rendering)")
	}
	n := newNetwork(t)
	n.serve(appHost, filepath.Join(sites, "root"), "")
	ctx := browser(t, n, t.TempDir())
	base := "http://" + appHost
	openHome(t, ctx)
	id := startIncident(t, ctx)
	factsFillForA11y(t, ctx, base, id)
	dir := filepath.Join(sites, "shots")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"ja", "en"} {
		do(t, ctx, "loading the facts page", chromedp.Navigate(base+"/incident/facts#"+id), waitApp(), factsWaitIncident(), settled())
		if eval[string](t, ctx, "reading lang", `document.documentElement.lang`) != lang {
			do(t, ctx, "switching the language", chromedp.Click(chromedp.CSS("#lang-switch")),
				waitJS(fmt.Sprintf(`document.documentElement.lang === %q`, lang)), settled())
		}
		// A count that cannot be read, to show the message.
		do(t, ctx, "typing a bad count", choose("#fx-dataSets-0-records", "lots"), settled())
		png, err := chromedp.Run(ctx, chromedp.FullScreenshot(90))
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, "facts-"+lang+".jpg")
		if err := os.WriteFile(path, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot: %s", path)
		// And each part on its own, small enough to look at.
		for _, part := range []string{"facts-problems", "sec-org", "sec-incident", "sec-sets", "sec-parties",
			"sec-cause", "sec-risk", "sec-contact", "sec-people", "sec-aware", "sec-story", "sec-public", "sec-zone"} {
			png, err := chromedp.Run(ctx, chromedp.Screenshot(chromedp.CSS("#"+part)))
			if err != nil {
				t.Fatalf("screenshot of #%s: %v", part, err)
			}
			if err := os.WriteFile(filepath.Join(dir, "facts-"+lang+"-"+part+".png"), png, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}
