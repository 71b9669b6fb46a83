//go:build e2e

package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// The skip link ("本文へ移動"), the first thing a keyboard or screen-reader
// user meets, moves the focus to the page's content and leaves the URL as
// it was: it was a link to "#main", which replaced the incident's id in the
// URL's fragment, and the page then said the incident was missing.
func TestSkipLinkKeepsTheIncident(t *testing.T) {
	ctx, _ := session(t)
	openHome(t, ctx)
	id := startIncident(t, ctx)
	do(t, ctx, "opening the dashboard", chromedp.Navigate("http://"+appHost+"/incident#"+id), waitApp(), factsWaitIncident(), factsSettle())
	factsTabTo(t, ctx, "skip-to-main")
	do(t, ctx, "following the skip link", chromedp.KeyEvent(kb.Enter),
		waitJS(`document.activeElement === document.querySelector("main h1")`))
	if got := eval[string](t, ctx, "reading the URL", `location.hash`); got != "#"+id {
		t.Errorf("after the skip link the URL's fragment is %q, want #%s", got, id)
	}
	factsSettle()
	if got := text(t, ctx, "main h1"); strings.Contains(got, "見つかりません") || eval[bool](t, ctx, "looking for the missing page", `!!document.querySelector("#incident-missing")`) {
		t.Errorf("after the skip link the page says %q", got)
	}
	// The next Tab goes on from the content: the first control of the page
	// after the tabs, not the header's menu.
	do(t, ctx, "pressing Tab", chromedp.KeyEvent(kb.Tab))
	if in := eval[bool](t, ctx, "reading the focus", `!!document.activeElement.closest("main") && !document.activeElement.closest(".bd-tabs")`); !in {
		t.Errorf("after the skip link, Tab went to %s, outside the content",
			eval[string](t, ctx, "reading the focus", `document.activeElement.outerHTML.slice(0, 120)`))
	}
}
