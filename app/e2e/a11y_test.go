//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// axeSource reads axe-core, installed from npm by `make test-e2e` (AXE_JS).
func axeSource(t *testing.T) string {
	t.Helper()
	path := os.Getenv("AXE_JS")
	if path == "" {
		t.Skip("AXE_JS is not set: run `make test-e2e`, which installs axe-core from npm")
	}
	if !filepath.IsAbs(path) {
		// go test runs in the package folder; the Makefile passes a path from the repository root.
		path = filepath.Join("..", "..", path)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading axe-core: %v", err)
	}
	return string(b)
}

// axeViolation is one rule axe found broken, with the elements that break it.
type axeViolation struct {
	ID      string `json:"id"`
	Impact  string `json:"impact"`
	Help    string `json:"help"`
	HelpURL string `json:"helpUrl"`
	Nodes   []struct {
		Target  []any  `json:"target"`
		HTML    string `json:"html"`
		Summary string `json:"failureSummary"`
	} `json:"nodes"`
}

// a11yCheck injects axe-core into the page (DevTools evaluation is not bound
// by the page's Content-Security-Policy) and fails t for every serious or
// critical violation, naming the rule, the element and the help text.
func a11yCheck(t *testing.T, ctx context.Context, axe, page string) int {
	t.Helper()
	vs := a11yViolations(t, ctx, axe, page)
	for _, v := range vs {
		for _, n := range v.Nodes {
			html := n.HTML
			if len(html) > 300 {
				html = html[:300] + "…"
			}
			t.Errorf("a11y %s: [%s] %s — %s\n    node %v: %s\n    %s\n    (%s)",
				page, v.Impact, v.ID, v.Help, n.Target, html, strings.ReplaceAll(n.Summary, "\n", "\n    "), v.HelpURL)
		}
	}
	return len(vs)
}

// a11yViolations runs axe on the page and returns its serious and critical violations.
func a11yViolations(t *testing.T, ctx context.Context, axe, page string) []axeViolation {
	t.Helper()
	if !eval[bool](t, ctx, "checking for axe", `typeof window.axe === "object"`) {
		eval[bool](t, ctx, "injecting axe-core", axe+"\n;true")
	}
	return eval[[]axeViolation](t, ctx, "running axe on "+page, `(async () => {
		const r = await axe.run(document, {resultTypes: ["violations"]});
		return r.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
	})()`)
}

// a11yPage is one page to check: its URL and a label for messages.
type a11yPage struct{ name, url string }

// TestA11yEveryPage runs axe on every page, in Japanese then English: the
// start page, the about page, and every page of an incident (found from the
// incident's tab bar, so new pages are checked as they appear), each wizard
// step, and the facts page with rows, problems and an input error showing.
func TestA11yEveryPage(t *testing.T) {
	parallel(t)
	axe := axeSource(t)
	ctx, _ := session(t)
	base := "http://" + appHost
	openHome(t, ctx)
	// The check itself works: an image without alt text is critical.
	eval[bool](t, ctx, "adding a broken image", `document.querySelector("main").insertAdjacentHTML("beforeend", '<img id="a11y-probe" src="/web/icon.svg">'); true`)
	if vs := a11yViolations(t, ctx, axe, "probe"); len(vs) == 0 || vs[0].ID != "image-alt" {
		t.Fatalf("axe did not report an image without alt: %+v", vs)
	}
	eval[bool](t, ctx, "removing the broken image", `document.querySelector("#a11y-probe").remove(); true`)
	id := startIncident(t, ctx)
	factsFillForA11y(t, ctx, base, id)

	// Japanese on a desktop screen; English is checked by axe on every page
	// at a phone's size (TestScreensPhone), where its longer words wrap
	// first: each language and each size once, not each pair (the suite's
	// CPU, 2026-12-06: this walk was its most expensive test).
	for _, lang := range []string{"ja"} {
		do(t, ctx, "loading the start page", chromedp.Navigate(base+"/"), waitApp(), settled())
		if eval[string](t, ctx, "reading lang", `document.documentElement.lang`) != lang {
			do(t, ctx, "switching the language", chromedp.Click(chromedp.CSS("#lang-switch")),
				waitJS(fmt.Sprintf(`document.documentElement.lang === %q`, lang)))
		}
		pages := []a11yPage{{"home", "/"}}
		for _, href := range eval[[]string](t, ctx, "reading the menu", `Array.from(document.querySelectorAll(".bd-nav a")).map((a) => a.getAttribute("href"))`) {
			if href != "/" {
				pages = append(pages, a11yPage{strings.TrimPrefix(href, "/"), href})
			}
		}
		do(t, ctx, "opening the incident", goTo("/incident#"+id), waitApp(), factsWaitIncident())
		for _, href := range eval[[]string](t, ctx, "reading the tabs", `Array.from(document.querySelectorAll(".bd-tabs a")).map((a) => a.getAttribute("href"))`) {
			path, _, _ := strings.Cut(href, "#")
			pages = append(pages, a11yPage{strings.TrimPrefix(path, "/"), href})
		}
		if len(pages) < 7 {
			t.Errorf("%s: only %d pages found: %v", lang, len(pages), pages)
		}
		for _, pg := range pages {
			name := lang + " " + pg.name
			// waitApp waits for the page's h1, which an incident page shows
			// once the incidents are read (a page not built yet is go-app's
			// "not found", checked as it is).
			// A page not built yet is go-app's own "404" (v10 ignores
			// app.NotFound on the client): checked too, a user can land there.
			// The pages are reached as by the app's links (no load each:
			// a page's load is checked by the start page's, above, and by
			// the page that does not exist, below); axe stays in the page.
			do(t, ctx, "opening "+name, goTo(pg.url),
				visible(`body:not(:has(#app-wasm-loader)) :is(main h1, .goapp-notfound-title)`), settled())
			if eval[bool](t, ctx, "checking for go-app's 404", `!!document.querySelector(".goapp-notfound-title")`) {
				t.Logf("axe: %s is go-app's 404 page (the route is not registered yet)", name)
			}
			found := a11yCheck(t, ctx, axe, name)
			// Every step of the wizard.
			for step := 2; found >= 0 && strings.HasSuffix(pg.name, "incident/start") && step <= 6; step++ {
				if !eval[bool](t, ctx, "finding the next button", `!!document.querySelector("#wizard-next")`) {
					break
				}
				do(t, ctx, "next wizard step", next())
				a11yCheck(t, ctx, axe, fmt.Sprintf("%s step %d", name, step))
			}
			t.Logf("axe: %s checked (%s)", name, pg.url)
		}
	}
	// A page that does not exist.
	do(t, ctx, "loading a missing page", chromedp.Navigate(base+"/no-such-page"),
		visible(`body:not(:has(#app-wasm-loader)) :is(main h1, .goapp-notfound-title)`), settled())
	a11yCheck(t, ctx, axe, "not found")
}
