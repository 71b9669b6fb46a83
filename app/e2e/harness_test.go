//go:build e2e || bench

package e2e

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"breachdesk/app/incident"
	"breachdesk/app/static"

	"github.com/chromedp/chromedp"
)

// Origins the sites are served on. Nothing listens there: the recording proxy
// is the browser's only network and answers for them in-process.
const (
	appHost   = "127.0.0.1:8461" // the app at the root
	subHost   = "127.0.0.1:8462" // the app under /tools/breach
	otherHost = "localhost:8463" // an intranet page on another origin (iframe host)
	subPrefix = "/tools/breach"
	// keeperHost serves the app to a pooled browser's tab between two
	// tests (pool_test.go): another origin of the app's site.
	keeperHost = "127.0.0.1:8469"
)

// appRendered matches once the wasm has run: go-app removes its loader then.
// The prerendered HTML alone never matches.
const appRendered = `body:not(:has(#app-wasm-loader)) main h1`

// sites is the folder holding the generated sites (E2E_SITES).
var sites string

// request is one request that reached the network.
type request struct {
	Method string
	URL    string
}

// wire is the browser's network: an HTTP proxy that records every request
// (the page's, the service worker's, any other frame's) and serves the sites,
// or fails every request when switched off.
type wire struct {
	mu       sync.Mutex
	sites    map[string]http.Handler // by host:port
	requests []request
	offline  bool
	addr     string
	pages    []*pageRequests // what each tab on this network requested, from DevTools
	// redeployed: a host was given another site than it served (a new
	// build deployed); resetForTest serves the root site on appHost again.
	redeployed bool
}

func newNetwork(t *testing.T) *wire {
	t.Helper()
	n := &wire{sites: map[string]http.Handler{}}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	n.addr = ln.Addr().String()
	srv := &http.Server{Handler: n, ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return n
}

// serve makes host answer with the site in dir (under prefix).
func (n *wire) serve(host, dir, prefix string) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if old, ok := n.sites[host].(*static.Server); ok && (old.Dir != dir || old.Prefix != prefix) {
		n.redeployed = true
	}
	n.sites[host] = &static.Server{Dir: dir, Prefix: prefix}
}

// handle makes host answer with h.
func (n *wire) handle(host string, h http.Handler) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.sites[host] = h
}

func (n *wire) setOffline(off bool) {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.offline = off
}

func (n *wire) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	u := r.URL.String()
	if r.Method == http.MethodConnect {
		u = "https://" + r.Host
	}
	n.mu.Lock()
	n.requests = append(n.requests, request{Method: r.Method, URL: u})
	off := n.offline
	site := n.sites[r.URL.Host]
	n.mu.Unlock()
	if off {
		// Like a stopped server: the connection just ends.
		if hj, ok := w.(http.Hijacker); ok {
			if c, _, err := hj.Hijack(); err == nil {
				c.Close()
				return
			}
		}
		http.Error(w, "offline", http.StatusBadGateway)
		return
	}
	if site == nil || r.Method == http.MethodConnect {
		http.Error(w, "no such site in this test", http.StatusBadGateway)
		return
	}
	site.ServeHTTP(w, r)
}

// resetForTest makes the network what a new one serving the app is: no
// request recorded, no tab watched, online, and only the app's host served
// (and keeperHost, which a pooled browser's tab shows between tests).
func (n *wire) resetForTest() {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.requests, n.pages, n.offline = nil, nil, false
	for h := range n.sites {
		if h != appHost && h != keeperHost {
			delete(n.sites, h)
		}
	}
	if n.redeployed {
		n.sites[appHost] = &static.Server{Dir: filepath.Join(sites, "root")}
		n.redeployed = false
	}
}

// log returns the requests so far.
func (n *wire) log() []request {
	n.mu.Lock()
	defer n.mu.Unlock()
	return append([]request(nil), n.requests...)
}

// chromiumServices are the hosts Chromium itself calls in the background
// (component and extension updates, network time, sign-in, optimisation
// hints) even with --disable-background-networking. The proxy cannot tell
// them from the page's requests, so they are let through here; the page's own
// requests, to these hosts too, are checked from DevTools (see watchPage).
var chromiumServices = []string{".google.com", ".googleapis.com", ".gvt1.com", ".gstatic.com"}

func isChromiumService(host string) bool {
	h, _, _ := strings.Cut(host, ":")
	for _, s := range chromiumServices {
		if strings.HasSuffix(h, s) {
			return true
		}
	}
	return false
}

// checkPrivacy fails t for any request that is not a GET of a static file of
// one of the allowed origins, with no query but the manifest's start URL.
func (n *wire) checkPrivacy(t *testing.T, allowed ...string) {
	t.Helper()
	reqs := n.log()
	if len(reqs) == 0 {
		t.Error("privacy: no request was recorded at all; the proxy is not in use")
	}
	ignored, keeper := 0, 0
	for _, r := range reqs {
		if u, err := url.Parse(r.URL); err == nil && isChromiumService(u.Host) {
			ignored++
			continue
		}
		if u, err := url.Parse(r.URL); err == nil && u.Host == keeperHost && u.Scheme == "http" {
			// The pooled browser's page between tests (pool_test.go),
			// finishing what it loads as the test starts.
			keeper++
			continue
		}
		u, err := url.Parse(r.URL)
		if err != nil {
			t.Errorf("privacy: unparsable request URL %q", r.URL)
			continue
		}
		ok := false
		for _, h := range allowed {
			if u.Host == h && u.Scheme == "http" {
				ok = true
			}
		}
		if !ok {
			t.Errorf("privacy: request to another origin: %s %s", r.Method, r.URL)
		}
		if r.Method != http.MethodGet {
			t.Errorf("privacy: request other than GET: %s %s", r.Method, r.URL)
		}
		if u.RawQuery != "" && u.RawQuery != "standalone=1" {
			t.Errorf("privacy: request with a query (could carry data): %s", r.URL)
		}
	}
	t.Logf("privacy: %d requests checked, %d of Chromium's own services left out", len(reqs)-ignored-keeper, ignored)
	n.mu.Lock()
	pages := append([]*pageRequests(nil), n.pages...)
	n.mu.Unlock()
	for _, p := range pages {
		p.check(t, allowed...)
	}
}

// hosts are the hosts this network serves.
func (n *wire) hosts() []string {
	n.mu.Lock()
	defer n.mu.Unlock()
	var hs []string
	for h := range n.sites {
		if h != keeperHost {
			hs = append(hs, h)
		}
	}
	sort.Strings(hs)
	return hs
}

// session starts a browser on a fresh profile whose only network serves the
// app at appHost (more sites can be added with n.serve or n.handle), and ends
// the test with the privacy check (t.Cleanup, before the browser closes):
// nothing but static files of the hosts the network serves may be requested.
func session(t *testing.T) (context.Context, *wire) {
	t.Helper()
	if pooled != nil {
		if ctx, n, ok := pooled(t); ok {
			return ctx, n
		}
	}
	return sessionOn(t, t.TempDir())
}

// pooled, where the suite has a pool of browsers (pool_test.go), gives a
// functional test one of them; ok is false for the other tests.
var pooled func(t *testing.T) (ctx context.Context, n *wire, ok bool)

// sessionOn is session on the profile in profileDir (to start Chromium again
// on the same profile: browser(t, n, profileDir)).
func sessionOn(t *testing.T, profileDir string) (context.Context, *wire) {
	t.Helper()
	n := newNetwork(t)
	n.serve(appHost, filepath.Join(sites, "root"), "")
	ctx := browser(t, n, profileDir)
	t.Cleanup(func() { n.checkPrivacy(t, n.hosts()...) })
	return ctx, n
}

// baselineFor tells whether the browsers of t run with baselineWasm: in the
// suite of make test (tag e2e) every test's do, set by pool_test.go; the
// benchmarks (tag bench) and the soak (TestSoak…) run Chromium as users do.
var baselineFor = func(t *testing.T) bool { return false }

// baselineWasm is V8's flag that compiles the app's WebAssembly with its
// baseline compiler (Liftoff) only: the functions the app runs often are not
// compiled a second time by the optimising compiler (TurboFan), work done on
// background threads that a test of a few minutes never earns back. What the
// code does is the same; only its speed differs: Liftoff's code is slower,
// which a test that times something (the durability tests: what a kill loses,
// a save at pagehide; the unlock time) feels as a slower app, never a faster
// one. A page just loaded runs mostly Liftoff's code in users' browsers too:
// V8 optimises a function only once it has run often. Measured alone,
// 2026-12-05: a test's CPU −20 to −40% (the contested-duties case 21.8 → 13.9
// CPU-s, two people's team sync 40.7 → 28.6, the XSS drafts 37.5 → 28.6; the
// five durability and unlock tests 95.7 → 75.6 s, 166 → 113 CPU-s).
const baselineWasm = "--liftoff-only"

// browserOptions starts Chromium headless on the profile in profileDir, with
// n as its only network; baseline adds baselineWasm.
func browserOptions(n *wire, profileDir string, baseline bool) []chromedp.ExecAllocatorOption {
	chromium := os.Getenv("CHROMIUM")
	if chromium == "" {
		chromium = "/usr/bin/chromium"
	}
	opts := chromedp.DefaultExecAllocatorOptions[:]
	if baseline {
		opts = append(opts[:len(opts):len(opts)], chromedp.Flag("js-flags", baselineWasm))
	}
	return append(opts[:len(opts):len(opts)],
		chromedp.ExecPath(chromium),
		chromedp.UserDataDir(profileDir),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		// chromedp's own list, and the browser UI's omnibox popups, which
		// headless Chromium 156 preloads in a WebUI renderer of their own
		// at every start though no test shows a browser UI: 1.5 CPU-s a
		// start, and 58 of the suite's 1,050 CPU-s (2026-12-06).
		chromedp.Flag("disable-features", "Translate,BlinkGenPropertyTrees,WebUIOmniboxPopup,WebUIOmniboxAimPopup"),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("proxy-server", "http://"+n.addr),
		chromedp.Flag("proxy-bypass-list", "<-loopback>"),
		chromedp.WindowSize(1280, 900),
	)
}

// browserLife is how long a test may use one browser (the soak's longer
// trials set more).
var browserLife = 10 * time.Minute

// browser starts a headless Chromium whose only network is n, with a fresh
// profile in profileDir (reuse the folder to restart on the same profile).
func browser(t *testing.T, n *wire, profileDir string) context.Context {
	t.Helper()
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), browserOptions(n, profileDir, baselineFor(t))...)
	ctx, cancelB := chromedp.NewContext(actx)
	// A test's whole life in this browser, a guard against a hang (each step
	// has a minute of its own): TestDraftsXSS (39 downloads) took 3 minutes
	// on the 2-core machine with four CPU burners beside it, TestA11yEveryPage
	// 4.3 minutes beside two other tests with the machine at load 30.
	ctx, cancelC := context.WithTimeout(ctx, browserLife)
	t.Cleanup(func() { cancelC(); cancelB(); cancelA() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
	p := watchPage(t, ctx)
	n.mu.Lock()
	n.pages = append(n.pages, p)
	n.mu.Unlock()
	return ctx
}

// do runs steps (within a minute) and fails the test with what on error,
// keeping a screenshot of the page in build/e2e-failures.
func do(t *testing.T, ctx context.Context, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	doFor(t, ctx, time.Minute, what, steps...)
}

// slowStep is how long a step may take before the log names it: where a
// slow suite spends its time.
const slowStep = 3 * time.Second

// doFor is do with a limit of its own, for a step that is slow by nature
// (installing a new version of the whole app).
func doFor(t *testing.T, ctx context.Context, limit time.Duration, what string, steps ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	sctx, cancel := context.WithTimeout(ctx, limit)
	defer cancel()
	start := time.Now()
	defer func() {
		if d := time.Since(start); d > slowStep {
			t.Logf("slow step: %s took %v", what, d.Round(100*time.Millisecond))
		}
	}()
	if err := chromedp.Do(sctx, steps...); err != nil {
		shot := ""
		if png, serr := chromedp.Run(ctx, chromedp.CaptureScreenshot()); serr == nil {
			dir := filepath.Join(sites, "..", "e2e-failures")
			_ = os.MkdirAll(dir, 0o755)
			shot = filepath.Join(dir, strings.ReplaceAll(t.Name(), "/", "_")+".png")
			_ = os.WriteFile(shot, png, 0o644)
		}
		t.Fatalf("%s: %v (screenshot: %s)", what, err, shot)
	}
}

// waitApp waits until the wasm has rendered the page.
func waitApp() chromedp.Action[chromedp.Void] {
	return visible(appRendered)
}

// goTo moves the app the page shows to path (with its #fragment) as a click
// on one of its links does: go-app's own navigation, no page load. On this
// machine a load costs about 1.5 s of CPU in a renderer that ran the app
// (9 s in a new one), this about 0.15 s: a test that is not about loading
// goes from page to page so. It waits until the address is path's; the
// caller waits for what the page shows.
func goTo(path string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		if _, err := chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`goappNav(%q)`, path))(ctx, tg); err != nil {
			return err
		}
		// An empty fragment ("/incident/share#") is no location.hash.
		_, err := waitJSFor(fmt.Sprintf(`location.pathname + location.hash === %q`, strings.TrimSuffix(path, "#")), "waiting for the app to show "+path)(ctx, tg)
		return err
	})
}

// openPage shows the app's page path: by goTo when the tab already shows
// the app at appHost, by a page load (and waitApp) otherwise (a new tab, a
// pooled browser's tab between tests shows another origin).
func openPage(path string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		inApp, err := chromedp.Evaluate[bool](fmt.Sprintf(`location.host === %q && !!document.querySelector(%q)`, appHost, appRendered))(ctx, tg)
		if err != nil {
			return err
		}
		if inApp {
			_, err = goTo(path)(ctx, tg)
		} else {
			_, err = chromedp.Navigate("http://"+appHost+path)(ctx, tg)
			if err == nil {
				_, err = waitApp()(ctx, tg)
			}
		}
		return err
	})
}

// How the suite waits in the page: a condition evaluated by the page every
// 20 ms (chromedp.Poll with an interval). chromedp's own waits cost far more
// while they wait, and take it from the page waited for: WaitVisible asks
// DevTools every 5 ms (measured: 17% of a core for as long as it waits; 5.5%
// every 50 ms), Poll's default runs the check in every animation frame (3%,
// and the page must then paint 60 frames a second); the interval: nothing
// measurable. Only a cross-origin frame's target, where DevTools runs no
// script, waits with chromedp's queries (domVisible).
const pollEvery = 20 * time.Millisecond

// visibleJS is true when an element matches the CSS selector sel and takes
// space on the page (chromedp's WaitVisible test).
func visibleJS(sel string) string {
	return fmt.Sprintf(`(() => { const e = document.querySelector(%q); return !!e && !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length); })()`, sel)
}

// visible waits until an element matching the CSS selector sel is shown.
func visible(sel string) chromedp.Action[chromedp.Void] {
	return waitJSFor(visibleJS(sel), "waiting for "+sel+" to show")
}

// visibleX waits until a node matching the XPath expression xp is shown.
func visibleX(xp string) chromedp.Action[chromedp.Void] {
	return waitJSFor(fmt.Sprintf(`(() => { const e = document.evaluate(%q, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue;
		return !!e && !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length); })()`, xp), "waiting for "+xp+" to show")
}

// gone waits until no element matches the CSS selector sel.
func gone(sel string) chromedp.Action[chromedp.Void] {
	return waitJSFor(fmt.Sprintf(`!document.querySelector(%q)`, sel), "waiting for "+sel+" to go")
}

// domVisible is visible for a cross-origin frame's target (DOM queries only),
// asking every 50 ms.
func domVisible(sel string) chromedp.Action[chromedp.Void] {
	return chromedp.WaitVisible(chromedp.CSS(sel), chromedp.RetryInterval(50*time.Millisecond))
}

// waitJS waits (30 s at most) until the JavaScript expression cond is true.
func waitJS(cond string) chromedp.Action[chromedp.Void] {
	return waitJSFor(cond, "waiting for "+cond)
}

// waitJSFor is waitJS saying what it waits for when it fails. A poll does
// not survive the page being replaced (a reload the app starts itself, a
// link out of the app): it is started again in the new page, as chromedp's
// own waits do, until the 30 s are up.
func waitJSFor(cond, what string) chromedp.Action[chromedp.Void] {
	return waitJSUpTo(cond, what, 30*time.Second)
}

// waitJSUpTo is waitJSFor with a limit of its own.
func waitJSUpTo(cond, what string, limit time.Duration) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		deadline := time.Now().Add(limit)
		for {
			left := time.Until(deadline)
			_, err := chromedp.Poll[bool](cond, chromedp.WithPollingTimeout(max(left, time.Millisecond)), chromedp.WithPollingInterval(pollEvery))(ctx, t)
			switch {
			case err == nil:
				return nil
			case errors.Is(err, chromedp.ErrPollingTimeout) || ctx.Err() != nil || time.Now().After(deadline):
				return fmt.Errorf("%s: %w", what, err)
			}
			// The page went away under the poll: look again in the next one.
			select {
			case <-ctx.Done():
				return fmt.Errorf("%s: %w", what, ctx.Err())
			case <-time.After(pollEvery):
			}
		}
	})
}

// waitText waits until an element matching the CSS selector sel has exactly the text want.
func waitText(sel, want string) chromedp.Action[chromedp.Void] {
	return waitJSFor(fmt.Sprintf(`Array.from(document.querySelectorAll(%q)).some((e) => e.textContent.trim() === %q)`, sel, want),
		fmt.Sprintf("waiting for %s with text %q", sel, want))
}

// waitContains waits until an element matching the CSS selector sel has a text containing want.
func waitContains(sel, want string) chromedp.Action[chromedp.Void] {
	return waitJSFor(fmt.Sprintf(`Array.from(document.querySelectorAll(%q)).some((e) => e.textContent.includes(%q))`, sel, want),
		fmt.Sprintf("waiting for %s containing %q", sel, want))
}

// waitUntil checks cond every 50 ms until it holds, and fails t with what
// when it has not within timeout. It is the suite's one way of waiting for
// something it can only look at from here (the stored data, a download, a
// process gone): tests wait for a condition, never for a fixed time.
func waitUntil(t *testing.T, what string, timeout time.Duration, cond func() bool) {
	t.Helper()
	if !eventually(timeout, cond) {
		t.Fatalf("waited %v for %s", timeout, what)
	}
}

// eventually checks cond every 50 ms until it holds (true) or timeout has
// passed (false), for a test that reports the outcome either way.
func eventually(timeout time.Duration, cond func() bool) bool {
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(50 * time.Millisecond) // the interval between two looks at cond
	}
	return true
}

// settled waits until the page has stopped changing: no change to the
// document for 100 ms (a MutationObserver watching the whole tree). go-app
// renders in frames of its own after an event or a page load, and some pages
// derive more after their first paint (the dashboard's drafts line); a check
// of the whole page (axe) waits for this rather than for a fixed time.
func settled() chromedp.Action[chromedp.Void] {
	return chromedp.Evaluate[chromedp.Void](`new Promise((ok) => {
		let last = performance.now();
		const mo = new MutationObserver(() => { last = performance.now(); });
		mo.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
		const look = () => { if (performance.now() - last >= 100) { mo.disconnect(); ok(); } else setTimeout(look, 20); };
		setTimeout(look, 20);
	})`, chromedp.EvalAwaitPromise)
}

// pageSays evaluates the JavaScript expression cond and reports whether it
// is true; false, not a failure, while the page cannot answer (it is being
// replaced by a reload the app started itself).
func pageSays(ctx context.Context, cond string) bool {
	ectx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	ok, err := chromedp.Run(ectx, chromedp.Evaluate[bool](cond))
	return err == nil && ok
}

// absentFor watches the page for d and reports whether an element matching
// sel appeared meanwhile: for the few checks that something does NOT happen
// and that the app gives no sign of having decided (a negative needs a
// window; it is kept short).
func absentFor(t *testing.T, ctx context.Context, sel string, d time.Duration) bool {
	t.Helper()
	return eval[bool](t, ctx, "watching for "+sel, fmt.Sprintf(`new Promise((ok) => {
		const seen = () => !!document.querySelector(%q);
		if (seen()) { ok(true); return; }
		const mo = new MutationObserver(() => { if (seen()) { mo.disconnect(); ok(true); } });
		mo.observe(document, { subtree: true, childList: true, attributes: true });
		setTimeout(() => { mo.disconnect(); ok(seen()); }, %d);
	})`, sel, d.Milliseconds()))
}

// text returns the text of the first element matching the CSS selector sel.
func text(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	s := eval[string](t, ctx, "reading "+sel, fmt.Sprintf(
		`(() => { const e = document.querySelector(%q); return e ? e.textContent : "(no element " + %q + ")"; })()`, sel, sel))
	return strings.TrimSpace(s)
}

// eval evaluates a JavaScript expression, awaiting a promise, and decodes its value.
func eval[T any](t *testing.T, ctx context.Context, what, expr string) T {
	t.Helper()
	ectx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	v, err := chromedp.Run(ectx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	return v
}

// fullPrecache is the fewest files the service worker's precache holds
// when whole (the pages, the loader, the module, the styles, the icons).
const fullPrecache = 8

// waitOffline waits until the service worker controls the page, which with
// the patched worker means its whole precache is filled.
func waitOffline(t *testing.T, ctx context.Context) {
	t.Helper()
	n := eval[int](t, ctx, "waiting for the service worker", `(async () => {
			await navigator.serviceWorker.ready;
			for (let i = 0; i < 100 && !navigator.serviceWorker.controller; i++) {
				await new Promise((r) => setTimeout(r, 100));
			}
			if (!navigator.serviceWorker.controller) return -1;
			let n = 0;
			for (const k of await caches.keys()) n += (await (await caches.open(k)).keys()).length;
			return n;
		})()`)
	if n < fullPrecache {
		t.Fatalf("service worker: controls=%v, %d cached files; want control and the full precache", n >= 0, n)
	}
}

// scenario01 reads testdata's scenario 01 (a travel agency, a targeted
// e-mail) as a real incident, not the drill it is marked as in testdata: a
// drill's banner runs the drill clock, which renders the page every second.
func scenario01(t *testing.T) *incident.Incident {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "..", "testdata", "scenarios", "01-travel-targeted-email.json"))
	if err != nil {
		t.Fatal(err)
	}
	inc, err := incident.Decode(raw)
	if err != nil {
		t.Fatal(err)
	}
	inc.Drill = false
	return inc
}
