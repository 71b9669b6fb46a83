//go:build e2e

package e2e

// A full storage (issue 6): the origin's quota is cut with DevTools
// (Storage.overrideQuotaForOrigin), so that IndexedDB itself refuses the
// write with QuotaExceededError. The user sees the message with "export
// now", the edit stays on screen, the export holds it, and it is written by
// itself once the space is back.

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"breachdesk/app/catalog"
	"breachdesk/app/incident"

	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/chromedp"
)

func TestQuotaFullKeepsTheEdit(t *testing.T) {
	parallel(t)
	_, ctx, base := vaultOpen(t, "")
	id := safetyCreate(t, ctx, "Quota", "start.")
	durableOpenWizard(t, ctx, base, id, "")
	origin := "http://" + appHost
	usage := eval[float64](t, ctx, "usage", `navigator.storage.estimate().then((e) => e.usage)`)
	quota := 1.0 // byte: less than what the origin already holds, so any write that adds data fails
	if _, err := chromedp.Call(ctx, storage.OverrideQuotaForOrigin, storage.OverrideQuotaForOriginParams{Origin: origin, QuotaSize: &quota}); err != nil {
		t.Fatal(err)
	}
	// The browser itself now refuses a write, with the error the app maps.
	// (IndexedDB keeps the space it last found free for a while: probe, in a
	// database of the test's own, until the cut applies.)
	// Once a second: it takes Chromium about 30 s, and a probe every 50 ms
	// kept more than a core busy meanwhile.
	// The test's slot goes to another test meanwhile (lendSlots).
	cut := time.Now()
	refused := ""
	lendSlots(t, func() {
		for deadline := cut.Add(90 * time.Second); time.Now().Before(deadline); time.Sleep(time.Second) {
			if refused = eval[string](t, ctx, "a write of the test's own", quotaProbeJS); refused == "QuotaExceededError" {
				break
			}
		}
	})
	t.Logf("quota cut to 1 byte (the origin holds %.0f KB): a direct write gives %q after %v", usage/1024, refused, time.Since(cut).Round(time.Second))
	if refused != "QuotaExceededError" {
		t.Fatalf("the cut quota does not refuse writes: %q", refused)
	}

	marker := "QUOTA-EDIT-42"
	// Every write of the app's records that IndexedDB refuses is noted, with
	// the error's name, so that the test can wait for the refusal itself.
	eval[bool](t, ctx, "watching the writes", `(() => {
		window.__refused = [];
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (v) {
			const r = put.apply(this, arguments);
			const text = v && v.data ? new TextDecoder().decode(v.data) : "";
			this.transaction.addEventListener("abort", (e) => window.__refused.push([(e.target.error || {}).name, text]));
			return r;
		};
		return true; })()`)
	do(t, ctx, "typing while the storage is full",
		chromedp.SendKeys(chromedp.CSS("#f-summary"), " "+marker),
		visible("#notice-full"))
	if got := text(t, ctx, "#notice-full span"); got != catalog.T(catalog.JA, "safety.notice.full") {
		t.Errorf("the message says %q", got)
	}
	if got := text(t, ctx, "#notice-export-now"); got != catalog.T(catalog.JA, "safety.notice.exportNow") {
		t.Errorf("the button says %q", got)
	}
	shot(t, ctx, "vault-quota-full-ja")
	if v := eval[string](t, ctx, "summary", `document.querySelector("#f-summary").value`); v != "start. "+marker {
		t.Errorf("the edit is not on screen: %q", v)
	}
	if got := durableSummary(t, ctx, id, ""); got != "start." {
		t.Fatalf("stored %q although the storage is full", got)
	}
	// More typing: kept too, once IndexedDB has refused to write it.
	do(t, ctx, "typing more", chromedp.SendKeys(chromedp.CSS("#f-summary"), " more"),
		waitJSFor(fmt.Sprintf(`window.__refused.some(([name, text]) => name === "QuotaExceededError" && text.includes(%q))`, marker+" more"),
			"the write of the further typing refused"))

	// Export now: the file holds the edit.
	dls := watchDownloads(t, ctx)
	do(t, ctx, "export now", chromedp.Click(chromedp.CSS("#notice-export-now")))
	_, data := dls.wait(t, "*.json")
	e, err := incident.DecodeExport(data)
	if err != nil {
		t.Fatalf("the export does not read back: %v", err)
	}
	if len(e.Incidents) != 1 || e.Incidents[0].Story.Summary != "start. "+marker+" more" {
		t.Fatalf("the export does not hold the edit: %+v", e.Incidents)
	}
	if !eval[bool](t, ctx, "still full", `!!document.querySelector("#notice-full")`) {
		t.Error("the message went away while the storage is still full")
	}

	// Space is back: the edit is written by itself, and the message goes.
	if _, err := chromedp.Call(ctx, storage.OverrideQuotaForOrigin, storage.OverrideQuotaForOriginParams{Origin: origin}); err != nil {
		t.Fatal(err)
	}
	back := time.Now()
	// (IndexedDB may keep finding no space for as long as it took to find
	// none: up to a minute; the desk tries again every 5 seconds.)
	waitUntil(t, "the edit written after the space came back", 90*time.Second, func() bool {
		return strings.Contains(dumpDB(t, ctx).Raw, marker+" more")
	})
	do(t, ctx, "the message goes", gone("#notice-full"))
	t.Logf("FIGURE storage full: the edit stayed on screen and in the export, and was stored %v after the space came back; lost 0", time.Since(back).Round(100*time.Millisecond))
	if got := durableSummary(t, ctx, id, ""); got != "start. "+marker+" more" {
		t.Errorf("stored %q", got)
	}
	eval[bool](t, ctx, "deleting the probe", `new Promise((res) => { const r = indexedDB.deleteDatabase("quota-probe"); r.onsuccess = () => res(true); r.onerror = () => res(false); })`)
}

// quotaProbeJS writes 4 KB to a database of the test's own (never the
// app's) and says how it went: "written" or the error's name.
const quotaProbeJS = `(async () => {
	const db = await new Promise((res, rej) => {
		const r = indexedDB.open("quota-probe");
		r.onupgradeneeded = () => r.result.createObjectStore("p");
		r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error);
	});
	try {
		return await new Promise((res) => {
			const tx = db.transaction("p", "readwrite");
			tx.objectStore("p").put(new Uint8Array(4096), "k" + Math.random());
			tx.oncomplete = () => res("written");
			tx.onabort = () => res(tx.error ? tx.error.name : "aborted");
		});
	} finally { db.close(); }
})()`
