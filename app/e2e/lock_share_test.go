//go:build e2e

package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// A share started just before the idle lock ends with the lock said once
// the user unlocks, and the share button usable again. The lock puts the
// unlock panel in the page's place, replacing the button whose click
// started the share; go-app drops what is dispatched through a replaced
// element, so the share's end is reported through the page's own context
// (before, the button stayed disabled and "sharing…" shown for good). No
// packet is handed out after the lock.
//
// Time: the click and the idle check run in one script, the clock moved
// past the idle time in between (vaultClockJS, vaultCheckNow): the share's
// log check and its sealing are still running in IndexedDB and WebCrypto
// when the desk locks.
func TestShareEndsAcrossALock(t *testing.T) {
	parallel(t)
	ctx, _ := session(t)
	dl := watchDownloads(t, ctx)
	base := "http://" + appHost
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: vaultClockJS}); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, "loading the app", chromedp.Navigate(base+"/"), waitApp())
	id := safetyCreate(t, ctx, "Lock while sharing", "summary typed before the lock")
	vaultProtect(t, ctx, base, vaultPassA, "5")
	do(t, ctx, "opening the share page", chromedp.Navigate(base+"/incident/share#"+id), waitApp())
	vaultUnlock(t, ctx, vaultPassA)
	do(t, ctx, "typing the packet's passphrase", visible("#share-pass"),
		typeText("#share-pass", teamPass), typeText("#share-repeat", teamPass))

	do(t, ctx, "sharing, and the idle lock at once", chromedp.Evaluate[chromedp.Void](`(() => {
		document.querySelector("#share-button").click();
		window.__testClockSkew += 6 * 60 * 1000;
		window.dispatchEvent(new Event("resize"));
	})()`), visible("#unlock-passphrase"))
	vaultUnlock(t, ctx, vaultPassA)
	if err := chromedp.Do(ctx, visible("#share-problem"), waitJS(`!document.querySelector("#share-button").disabled`)); err != nil {
		state := eval[string](t, ctx, "the share form", `(() => { const b = document.querySelector("#share-button");
			return "button " + (b ? (b.disabled ? "disabled" : "enabled") : "missing") + "; " +
				(document.querySelector("#share-form") || document.body).innerText.slice(0, 400); })()`)
		t.Fatalf("the share's end is not said after the unlock (%v): %s", err, state)
	}
	if s := eval[string](t, ctx, "the problem", `document.querySelector("#share-problem").textContent`); s == "" {
		t.Error("the share's problem says nothing")
	}
	dl.mu.Lock()
	defer dl.mu.Unlock()
	for _, d := range dl.list {
		if strings.HasPrefix(d.Name, "breachdesk-changes-") {
			t.Errorf("a packet was handed out across the lock: %s", d.Name)
		}
	}
}
