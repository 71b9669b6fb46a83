//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// A stale link (a page that does not exist, an incident deleted since) opens
// our page in the user's language with the way back to the incident list,
// never go-app's own "404", at the root and under a sub-path, and offline.
func TestNotFound(t *testing.T) {
	parallel(t)
	n := newNetwork(t)
	n.serve(appHost, filepath.Join(sites, "root"), "")
	n.serve(subHost, filepath.Join(sites, "sub"), subPrefix)
	ctx := browser(t, n, t.TempDir())
	base := "http://" + appHost

	// An incident, then deleted: its dashboard link is stale. The first load
	// comes slowly from the network, and its label counts the module.
	counted := slowFirstLoad(t, ctx, appHost)
	do(t, ctx, "loading", chromedp.Navigate(base+"/"), waitApp(), visible("#start-incident"))
	counted()
	waitOffline(t, ctx)
	do(t, ctx, "starting an incident", chromedp.Click(chromedp.CSS("#start-incident")), visible("#f-title"))
	loc := eval[string](t, ctx, "the address", `location.href`)
	u, err := url.Parse(loc)
	if err != nil || u.Fragment == "" {
		t.Fatalf("the new incident's address has no id: %q", loc)
	}
	id := u.Fragment
	do(t, ctx, "the list again", chromedp.Navigate(base+"/"), waitApp(), visible(fmt.Sprintf(`tr[data-id=%q]`, id)))
	checkWarmLabel(t, ctx)
	do(t, ctx, "deleting it",
		chromedp.Click(chromedp.CSS(fmt.Sprintf(`tr[data-id=%q] .bd-actions .bd-danger`, id))),
		chromedp.Click(chromedp.CSS("#confirm-delete")),
		visible("#no-incidents"),
		chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := chromedp.Poll[bool](fmt.Sprintf(`new Promise((ok) => {
				const r = indexedDB.open("breachdesk");
				r.onsuccess = () => { const q = r.result.transaction("incidents").objectStore("incidents").count(%q); q.onsuccess = () => { ok(q.result === 0); r.result.close(); }; };
			})`, id), chromedp.WithPollingTimeout(20*time.Second), chromedp.WithPollingInterval(pollEvery))(ctx, tg)
			return err
		}))

	checkMissing := func(what, address, h1 string) {
		t.Helper()
		do(t, ctx, what, chromedp.Navigate(address), waitApp(), waitText("main h1", h1),
			visible("#back-home"))
		// The page names the address asked for, whose random incident id may
		// hold the digits 404 ("d184874041dec539" did): leave it out.
		if got := strings.ReplaceAll(text(t, ctx, "main"), strings.TrimPrefix(address, base), ""); strings.Contains(got, "Not Found") || strings.Contains(got, "404") {
			t.Errorf("%s: go-app's own page shows: %q", what, got)
		}
	}
	back := func(what, h1 string) {
		t.Helper()
		do(t, ctx, what+": back to the list", chromedp.Click(chromedp.CSS("#back-home")), waitText("main h1", h1))
	}

	// In Japanese (the default).
	checkMissing("a deleted incident's dashboard", base+"/incident#"+id, "このインシデントはこのブラウザにありません")
	if got := text(t, ctx, "main"); !strings.Contains(got, "データと安全") {
		t.Errorf("the missing incident's page does not say where to import it: %q", got)
	}
	checkMissing("a deleted incident's time line", base+"/incident/timeline#"+id, "このインシデントはこのブラウザにありません")
	back("the deleted incident", "インシデント")
	checkMissing("an unknown page", base+"/nonsense", "ページが見つかりません")
	if got := text(t, ctx, "main .bd-lead"); !strings.Contains(got, "/nonsense") {
		t.Errorf("the page does not name the address asked for: %q", got)
	}
	if got := eval[string](t, ctx, "the link back", `document.querySelector("#back-home").getAttribute("href")`); got != "/" {
		t.Errorf("the link back is %q, want /", got)
	}
	checkMissing("an old-style incident address", base+"/incident/"+id+"/dashboard", "ページが見つかりません")
	if title := eval[string](t, ctx, "the title", `document.title`); !strings.HasPrefix(title, "ページが見つかりません") {
		t.Errorf("the tab's title is %q", title)
	}

	// In English, switched on that page, and after a reload.
	do(t, ctx, "English", chromedp.Click(chromedp.CSS("#lang-switch")), waitText("main h1", "Page not found"))
	checkMissing("an unknown page in English", base+"/no/such/page", "Page not found")
	checkMissing("a deleted incident in English", base+"/incident/facts#"+id, "This incident is not in this browser")
	back("in English", "Incidents")

	// Offline, the worker answers an unknown address with the app, which says so.
	n.setOffline(true)
	checkMissing("an unknown page offline", base+"/offline-nonsense", "Page not found")
	n.setOffline(false)

	// Under a sub-path the link back keeps the prefix.
	sub := "http://" + subHost + subPrefix
	do(t, ctx, "the sub-path site", chromedp.Navigate(sub+"/"), waitApp(), visible("#start-incident"))
	checkMissing("an unknown page under a sub-path", sub+"/nonsense", "ページが見つかりません")
	if got := eval[string](t, ctx, "the link back", `document.querySelector("#back-home").getAttribute("href")`); got != subPrefix+"/" {
		t.Errorf("under a sub-path the link back is %q, want %s/", got, subPrefix)
	}
	back("under a sub-path", "インシデント")
	if got := eval[string](t, ctx, "the address", `location.pathname`); got != subPrefix+"/" {
		t.Errorf("back under a sub-path lands on %q", got)
	}
	n.checkPrivacy(t, appHost, subHost)
}
