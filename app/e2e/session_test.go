//go:build e2e

package e2e

// No egress (issue 6): one whole working session in Chromium — the wizard,
// the facts, a hand-edited draft, exports plain and sealed, an import, the
// packet and one document printed, protect, lock and unlock — through the
// recording proxy that is the browser's only network. It fails on any
// request that is not a same-origin GET of a file of the site; and the
// Content-Security-Policy of every page allows no other origin, which the
// page itself proves by trying fetch, XHR, sendBeacon, WebSocket and an image
// to another origin.

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"breachdesk/app/catalog"

	"github.com/chromedp/chromedp"
)

// sessionCSP checks a Content-Security-Policy: every directive allows only
// the page's own origin (or nothing, or the page's own blob:/data: images),
// and the ones that could reach out exist.
func sessionCSP(t *testing.T, where, csp string) {
	t.Helper()
	dirs := map[string][]string{}
	for _, d := range strings.Split(csp, ";") {
		f := strings.Fields(d)
		if len(f) == 0 {
			continue
		}
		dirs[f[0]] = f[1:]
		for _, src := range f[1:] {
			switch src {
			case "'self'", "'none'", "'wasm-unsafe-eval'":
			case "blob:", "data:":
				if f[0] != "img-src" {
					t.Errorf("%s: %s allows %s", where, f[0], src)
				}
			default:
				t.Errorf("%s: %s allows %s (another origin or an unsafe source)", where, f[0], src)
			}
		}
	}
	for _, d := range []string{"default-src", "connect-src", "script-src", "img-src", "form-action", "object-src", "base-uri"} {
		if _, ok := dirs[d]; !ok {
			t.Errorf("%s: no %s directive", where, d)
		}
	}
	if strings.Join(dirs["connect-src"], " ") != "'self'" {
		t.Errorf("%s: connect-src is %v, want 'self' alone", where, dirs["connect-src"])
	}
}

// sessionReachOutJS tries every way a page could send data to another
// origin and reports what the browser did: each must be blocked by the
// policy (a securitypolicyviolation event each), none may reach the network.
const sessionReachOutJS = `(async () => {
	const other = "http://localhost:8463/collect?d=secret";
	const violations = [];
	document.addEventListener("securitypolicyviolation", (e) => violations.push(e.violatedDirective + " " + e.blockedURI));
	const out = {};
	try { await fetch(other, { method: "POST", body: "secret" }); out.fetch = "sent"; } catch (e) { out.fetch = "blocked"; }
	out.xhr = await new Promise((res) => {
		try { const x = new XMLHttpRequest(); x.open("POST", other); x.onload = () => res("sent"); x.onerror = () => res("blocked"); x.send("secret"); }
		catch (e) { res("blocked"); }
	});
	try { out.beacon = navigator.sendBeacon(other, "secret") ? "queued" : "refused"; } catch (e) { out.beacon = "blocked"; }
	out.ws = await new Promise((res) => {
		try { const w = new WebSocket("ws://localhost:8463/ws"); w.onopen = () => res("open"); w.onerror = () => res("blocked"); }
		catch (e) { res("blocked"); }
	});
	out.img = await new Promise((res) => { const i = new Image(); i.onload = () => res("loaded"); i.onerror = () => res("blocked"); i.src = other; });
	// The policy reports each blocked attempt (fetch, XHR, beacon, WebSocket,
	// image) in an event of its own, queued after the attempt: wait for the
	// five, for up to 5 s.
	for (let i = 0; i < 100 && violations.length < 5; i++) await new Promise((r) => setTimeout(r, 50));
	out.violations = violations.length;
	return JSON.stringify(out);
})()`

// sessionStaticFile reports whether a request path names a file of the
// generated site (or a page of the app, served from its prerendered HTML).
func sessionStaticFile(root, p string) bool {
	p = path.Clean("/" + p)
	for _, c := range []string{p, p + ".html", path.Join(p, "index.html")} {
		if st, err := os.Stat(filepath.Join(root, filepath.FromSlash(c))); err == nil && !st.IsDir() {
			return true
		}
	}
	return false
}

// sessionPrintStub replaces window.print (headless Chromium has no print
// dialog) with a recorder, so the app's own print button can be pressed;
// the page is then printed by DevTools (Page.printToPDF) as the dialog would.
const sessionPrintStub = `window.__printed = 0; window.print = () => { window.__printed++; };`

func TestSessionNoEgress(t *testing.T) {
	parallel(t)
	root := filepath.Join(sites, "root")
	ctx, n := session(t) // its network records every request of the session
	base := "http://" + appHost
	dls := watchDownloads(t, ctx)
	do(t, ctx, "loading the app", chromedp.Navigate(base+"/"), waitApp(), visible("#start-incident"))

	// The policy of every generated page, and of the page running.
	pages, _ := filepath.Glob(filepath.Join(root, "*.html"))
	more, _ := filepath.Glob(filepath.Join(root, "*", "*.html"))
	pages = append(pages, more...)
	meta := regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]+)">`)
	for _, p := range pages {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		m := meta.FindSubmatch(b)
		if m == nil {
			t.Errorf("%s has no Content-Security-Policy", p)
			continue
		}
		sessionCSP(t, filepath.Base(p), string(m[1]))
	}
	if len(pages) < 5 {
		t.Errorf("only %d pages checked", len(pages))
	}
	sessionCSP(t, "the running page", eval[string](t, ctx, "the policy",
		`document.querySelector('meta[http-equiv="Content-Security-Policy"]').content`))
	// The policy at work, in a browser of its own (DevTools sees the
	// attempts, which the session's check below would rightly count): every
	// way out is blocked, and nothing reaches the network.
	n2 := newNetwork(t)
	n2.serve(appHost, root, "")
	probe := browser(t, n2, t.TempDir())
	do(t, probe, "loading the app", chromedp.Navigate(base+"/"), waitApp())
	reach := eval[string](t, probe, "reaching out", sessionReachOutJS)
	t.Logf("reaching out to another origin: %s", reach)
	for _, want := range []string{`"fetch":"blocked"`, `"xhr":"blocked"`, `"ws":"blocked"`, `"img":"blocked"`} {
		if !strings.Contains(reach, want) {
			t.Errorf("reaching out: %s, want %s", reach, want)
		}
	}
	if strings.Contains(reach, `"violations":0`) {
		t.Errorf("no policy violation reported: %s", reach)
	}
	for _, r := range n2.log() {
		if strings.Contains(r.URL, "8463") {
			t.Errorf("a request to another origin reached the network: %s %s", r.Method, r.URL)
		}
	}

	// 1. The first hour, through the wizard.
	aware := time.Now().Add(-5 * time.Hour).Truncate(time.Minute)
	answerWizard(t, ctx, wizardAnswers{
		title: "全体セッション：会員情報の漏えい", cause: "unauthorized_access", summary: "会員サイトに不正アクセスがあり、会員情報が閲覧されたおそれがある。",
		aware: aware, detected: aware.Add(-2 * time.Hour), contained: aware.Add(time.Hour),
		categories: []string{"name", "email", "phone"}, status: "confirmed", encryption: "none",
		persons: "1,500", records: "1,500", residentsJP: "1500", org: "架空セッション株式会社", establishments: "JP",
	})
	id := eval[string](t, ctx, "the incident id", `location.hash.slice(1)`)

	// 2. Facts: a description typed on the facts page.
	do(t, ctx, "typing a fact", chromedp.Click(chromedp.CSS(`.bd-tabs a[href^="/incident/facts"]`)),
		visible("#fx-cause-description"),
		chromedp.SendKeys(chromedp.CSS("#fx-cause-description"), "攻撃者は管理画面の脆弱性を突いた。"))

	// 3. A draft paragraph edited by hand.
	do(t, ctx, "the drafts", chromedp.Click(chromedp.CSS(`.bd-tabs a[href^="/incident/drafts"]`)), visible("#draft .bd-para"))
	para := eval[string](t, ctx, "a paragraph", `document.querySelector("#draft .bd-para").dataset.para`)
	sel := `div[data-para="` + para + `"]`
	mine := "この段落は担当者が書き直しました。"
	do(t, ctx, "editing the paragraph", chromedp.Click(chromedp.CSS(sel+" .bd-edit")),
		typeText("#draft-edit", mine), chromedp.Click(chromedp.CSS("#draft-save")),
		visible(sel+".bd-para-edited"))
	vaultWaitDB(t, ctx, "the edits stored", func(d dbDump) bool {
		return strings.Contains(d.Raw, "管理画面の脆弱性") && strings.Contains(d.Raw, mine)
	})

	// 4. Print the packet with the app's button, then one document.
	do(t, ctx, "the packet", chromedp.Click(chromedp.CSS(`.bd-tabs a[href^="/incident/packet#"]`)),
		visible("#packet #pk-deadlines"),
		chromedp.Evaluate[chromedp.Void](sessionPrintStub),
		chromedp.Click(chromedp.CSS("#packet-print")))
	sessionPrinted(t, ctx, "packet")
	do(t, ctx, "one document", chromedp.Click(chromedp.CSS(".bd-pk-letter")), visible("#letter"),
		chromedp.Evaluate[chromedp.Void](sessionPrintStub),
		chromedp.Click(chromedp.CSS("#printdoc-print")))
	sessionPrinted(t, ctx, "document")

	// 5. Export plain and sealed, then import the plain file (a new incident).
	do(t, ctx, "exporting, plain", chromedp.Click(chromedp.CSS(`.bd-nav a[href$="/settings"]`)),
		visible("#export-all"), chromedp.Click(chromedp.CSS("#export-all")),
		visible("#export-done"))
	plain, plainData := dls.wait(t, "*.json")
	plainFile := filepath.Join(t.TempDir(), plain.Name) // the file as the user has it
	if err := os.WriteFile(plainFile, plainData, 0o600); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, "exporting, sealed", chromedp.Click(chromedp.CSS("#export-seal")),
		visible("#export-pass"),
		chromedp.SendKeys(chromedp.CSS("#export-pass"), vaultPassB),
		chromedp.SendKeys(chromedp.CSS("#export-repeat"), vaultPassB),
		chromedp.Click(chromedp.CSS("#export-all")))
	if _, b := dls.wait(t, "*.sealed.json"); strings.Contains(string(b), "架空セッション") {
		t.Error("the sealed export holds plain text")
	}
	do(t, ctx, "importing the plain file", chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{plainFile}),
		visible("#import-result"))
	if cls := eval[string](t, ctx, "the result", `document.querySelector("#import-result").className`); !strings.Contains(cls, "bd-ok") {
		t.Fatalf("the import says: %s", text(t, ctx, "#import-result"))
	}
	if got := len(dumpDB(t, ctx).Incidents); got != 2 {
		t.Errorf("%d incidents stored after the import, want 2 (the import never replaces)", got)
	}

	// 6. Protect, lock, unlock (the settings page is open: no page load).
	do(t, ctx, "protecting", chromedp.SendKeys(chromedp.CSS("#pass-new"), vaultPassA),
		chromedp.SendKeys(chromedp.CSS("#pass-repeat"), vaultPassA),
		chromedp.Click(chromedp.CSS("#protect-button")),
		waitText("#protect-status", catalog.T(catalog.JA, "safety.protect.done")),
		chromedp.Click(chromedp.CSS("#lock-now")), visible("#unlock-passphrase"))
	vaultUnlock(t, ctx, vaultPassA)
	do(t, ctx, "back to the incident", chromedp.Click(chromedp.CSS(`.bd-nav a[href="/"]`)),
		visible(fmt.Sprintf(`tr[data-id=%q] .bd-incident-link`, id)))
	if raw := dumpDB(t, ctx).Raw; strings.Contains(raw, "架空セッション") {
		t.Error("plaintext stored after protection")
	}

	// Every request: a GET of a file of the site on the app's own origin.
	n.checkPrivacy(t, appHost)
	files := 0
	for _, r := range n.log() {
		u, err := url.Parse(r.URL)
		if err != nil || isChromiumService(u.Host) {
			continue
		}
		if u.Host == appHost {
			files++
			if !sessionStaticFile(root, u.Path) {
				t.Errorf("a request for something that is not a file of the site: %s %s", r.Method, r.URL)
			}
		}
	}
	t.Logf("FIGURE full session (wizard, facts, draft edit, 2 exports, import, 2 prints, protect, lock, unlock): %d same-origin GETs of static files, 0 requests off-origin, 0 other methods", files)
}

// sessionPrinted checks that the app's print button called window.print, and
// prints the page to PDF as the dialog would.
func sessionPrinted(t *testing.T, ctx context.Context, what string) {
	t.Helper()
	do(t, ctx, what+": the print button calls window.print", waitJS(`window.__printed > 0`))
	if got := eval[int](t, ctx, "print calls", `window.__printed`); got != 1 {
		t.Errorf("%s: the print button called window.print %d times", what, got)
	}
	pctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	pdf, err := chromedp.Run(pctx, chromedp.PrintToPDF(chromedp.PDFPreferCSSPageSize()))
	if err != nil {
		t.Fatalf("%s: printing to PDF: %v", what, err)
	}
	if len(pdf) < 1000 || !strings.HasPrefix(string(pdf), "%PDF") {
		t.Errorf("%s: not a PDF (%d bytes)", what, len(pdf))
	}
}
