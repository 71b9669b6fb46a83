//go:build e2e

package e2e

// A functional test's browser is one of a pool, used by one test at a time
// and kept between tests, instead of a new Chromium on a new profile for
// each. Each new renderer compiled the 20 MB module again: on the 2-core
// machine a new browser and its first load of the app took ~12 CPU seconds,
// a load in a tab whose renderer had already run the app ~1.5 (V8 reuses a
// module it compiled while that module is alive in the process; Chromium
// reuses no compiled code across processes or restarts). So each pooled
// browser keeps one tab, and between two tests that tab shows the app served
// on keeperHost, another origin of the same site: the renderer and its
// compiled module stay, and the app's origin has nothing of its own.
//
// What a test gets is what a new profile gave it, but for the app's offline
// copy: the handover after each test closes the tabs it opened, clears the
// device emulation and the downloads setting, leaves the app's origin (its
// page-hide writes land first) and then clears everything the origin stored
// for the user (IndexedDB, local storage, cookies) and the HTTP cache; the
// network forgets what it recorded and the hosts the test added. The
// service worker and its Cache Storage, the copy of the app's own files it
// made at the first visit, stay: the next test's first load is a returning
// visitor's, served by the worker. A first visit's install fetched and
// stored the 20 MB module again: ~1.2 CPU-s a test on the 2-core machine
// (a load 2.5 CPU-s after a full clear, 1.2-1.4 after one that keeps the
// worker, 2026-12-07), ~80 of the suite's CPU-s. Both go too, as before,
// when the test changed what the app's host serves (a new deploy) or when
// what stays is not what a finished install leaves (a wipe deleted the
// caches): the next test then starts as a first visit. The tests about a
// first visit (a slow first load, the offline copy made) start browsers of
// their own.
// A test that served another host (a frame of another origin keeps its
// storage partitioned under that host) ends its browser instead, as does
// any handover that fails. The timing tests and those that restart Chromium
// on a profile of their own start their own browser, as before, and so does
// every test with E2E_POOL=off (to tell whether a failure has to do with
// the pool).

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"breachdesk/app/static"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/cdproto/target"
	"github.com/chromedp/chromedp"
)

func init() {
	pooled = pooledSession
	baselineFor = func(t *testing.T) bool { return !strings.HasPrefix(t.Name(), "TestSoak") }
}

// functional tells whether t checks what the app does, not how fast (the
// tests that call parallel): those take a pooled browser.
func functional(t *testing.T) bool {
	name, _, _ := strings.Cut(t.Name(), "/")
	_, ok := functionalTests.Load(name)
	return ok
}

type pooledBrowser struct {
	n      *wire
	srv    *http.Server
	tab    context.Context // the browser's first tab, kept
	cancel func()
}

var pool struct {
	mu   sync.Mutex
	idle []*pooledBrowser
	all  map[*pooledBrowser]bool
}

// pooledSession is session for a functional test: a browser of the pool,
// handed over clean at the end of the test.
func pooledSession(t *testing.T) (context.Context, *wire, bool) {
	t.Helper()
	if !functional(t) || os.Getenv("E2E_POOL") == "off" {
		return nil, nil, false
	}
	b, err := takeBrowser()
	if err != nil {
		t.Fatalf("starting a pooled Chromium: %v", err)
	}
	n := b.n
	ctx, cancel := context.WithTimeout(b.tab, browserLife)
	t.Cleanup(func() {
		cancel()
		note, err := b.handOver()
		if err != nil {
			t.Logf("the pooled browser is ended, not reused: %v", err)
			b.close()
			return
		}
		t.Logf("hand-over: %s", note)
		pool.mu.Lock()
		pool.idle = append(pool.idle, b)
		pool.mu.Unlock()
	})
	p := watchPage(t, ctx)
	n.mu.Lock()
	n.pages = append(n.pages, p)
	n.mu.Unlock()
	t.Cleanup(func() { n.checkPrivacy(t, n.hosts()...) }) // runs before the handover
	return ctx, n, true
}

func takeBrowser() (*pooledBrowser, error) {
	pool.mu.Lock()
	if k := len(pool.idle); k > 0 {
		b := pool.idle[k-1]
		pool.idle = pool.idle[:k-1]
		pool.mu.Unlock()
		return b, nil
	}
	pool.mu.Unlock()
	return newPooledBrowser()
}

func newPooledBrowser() (*pooledBrowser, error) {
	n := &wire{sites: map[string]http.Handler{}}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	n.addr = ln.Addr().String()
	srv := &http.Server{Handler: n, ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	n.serve(appHost, filepath.Join(sites, "root"), "")
	n.handle(keeperHost, keeperSite(filepath.Join(sites, "root")))
	profile, err := os.MkdirTemp("", "breachdesk-e2e-pool-")
	if err != nil {
		srv.Close()
		return nil, err
	}
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), browserOptions(n, profile, true)...)
	tab, cancelB := chromedp.NewContext(actx)
	b := &pooledBrowser{n: n, srv: srv, tab: tab, cancel: func() {
		cancelB()
		cancelA()
		srv.Close()
		_ = os.RemoveAll(profile)
	}}
	// Started on the tab's own context: a first action on a context
	// derived from it would tie the browser's life to that context.
	if err := chromedp.Do(tab); err != nil {
		b.cancel()
		return nil, fmt.Errorf("starting Chromium: %w", err)
	}
	sctx, cancel := context.WithTimeout(tab, 2*time.Minute)
	defer cancel()
	if err := chromedp.Do(sctx, chromedp.Navigate(keeperURL), waitKept()); err != nil {
		b.cancel()
		return nil, fmt.Errorf("loading the app on %s: %w", keeperHost, err)
	}
	pool.mu.Lock()
	if pool.all == nil {
		pool.all = map[*pooledBrowser]bool{}
	}
	pool.all[b] = true
	pool.mu.Unlock()
	n.resetForTest()
	return b, nil
}

// handOver makes the browser what a new one would be for the next test.
func (b *pooledBrowser) handOver() (note string, err error) {
	n := b.n
	n.mu.Lock()
	extra := []string{}
	for h := range n.sites {
		if h != appHost && h != keeperHost {
			extra = append(extra, h)
		}
	}
	n.offline = false
	redeployed := n.redeployed
	n.mu.Unlock()
	if len(extra) > 0 {
		return "", fmt.Errorf("the test served %v", extra)
	}
	// 20 s: a hand-over takes 1-5 s (the keeper page compiles the module);
	// one that hangs ends the browser, and the next test starts a new one
	// in a few seconds, instead of holding a slot for a minute (a CI run
	// waited 60 s on one, 2026-12-06).
	ctx, cancel := context.WithTimeout(b.tab, handOverTime)
	defer cancel()
	mine := chromedp.FromContext(b.tab).Target.TargetID
	targets, err := chromedp.Targets(ctx)
	if err != nil {
		return "", fmt.Errorf("listing the tabs: %w", err)
	}
	for _, tg := range targets {
		if tg.Type == "page" && tg.TargetID != mine {
			if _, err := chromedp.CallBrowser(ctx, target.CloseTarget, target.CloseTargetParams{TargetID: tg.TargetID}); err != nil {
				return "", fmt.Errorf("closing a tab the test left: %w", err)
			}
		}
	}
	// What the app's caches hold, asked of the test's page while it shows
	// the app (DevTools lists an origin's caches only from a frame of it,
	// and the quota's usage may still count caches a wipe has just deleted).
	files, wasm, worker := offlineCopy(ctx)
	steps := []func() error{
		func() error {
			_, err := chromedp.Call(ctx, emulation.ClearDeviceMetricsOverride, cdp.Empty{})
			return err
		},
		func() error {
			_, err := chromedp.Call(ctx, emulation.SetTouchEmulationEnabled, emulation.SetTouchEmulationEnabledParams{Enabled: false})
			return err
		},
		func() error {
			_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{})
			return err
		},
		func() error {
			_, err := chromedp.CallBrowser(ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{Behavior: cdpbrowser.SetDownloadBehaviorBehaviorDefault})
			return err
		},
		// Off the app's origin, so that what its page-hide writes lands now.
		func() error { return chromedp.Do(ctx, chromedp.Navigate(keeperURL), waitKept()) },
		func() error {
			_, err := chromedp.Call(ctx, storage.ClearDataForOrigin, storage.ClearDataForOriginParams{Origin: "http://" + appHost, StorageTypes: userStorage})
			return err
		},
		func() error {
			_, err := chromedp.Call(ctx, network.ClearBrowserCache, cdp.Empty{})
			return err
		},
		// Nothing of the test's may be left for the next one: the origin
		// keeps the offline copy only, and only as an install leaves it.
		func() error {
			u, err := chromedp.Call(ctx, storage.GetUsageAndQuota, storage.GetUsageAndQuotaParams{Origin: "http://" + appHost})
			if err != nil {
				return err
			}
			why := ""
			switch {
			case redeployed:
				why = "the test deployed another build"
			case files < fullPrecache || !wasm:
				why = fmt.Sprintf("the app's caches hold %d files (the module: %v, a worker: %v)", files, wasm, worker)
			case !worker:
				why = "no service worker controls the app"
			}
			if why == "" {
				for _, b := range u.UsageBreakdown {
					if b.Usage > 0 && b.StorageType != storage.TypeCacheStorage && b.StorageType != storage.TypeServiceWorkers {
						return fmt.Errorf("the app's origin still stores %.0f bytes of %s", b.Usage, b.StorageType)
					}
				}
				handovers.kept.Add(1)
				note = fmt.Sprintf("kept the app's offline copy (%d files)", files)
				return nil
			}
			handovers.cleared.Add(1)
			note = "cleared all: " + why
			if _, err := chromedp.Call(ctx, storage.ClearDataForOrigin, storage.ClearDataForOriginParams{Origin: "http://" + appHost, StorageTypes: "all"}); err != nil {
				return err
			}
			if u, err = chromedp.Call(ctx, storage.GetUsageAndQuota, storage.GetUsageAndQuotaParams{Origin: "http://" + appHost}); err != nil {
				return err
			}
			if u.Usage > 0 {
				return fmt.Errorf("the app's origin still stores %.0f bytes", u.Usage)
			}
			return nil
		},
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return "", err
		}
	}
	n.resetForTest()
	return note, nil
}

// offlineCopy counts the files in the app origin's caches, tells whether
// the module is one of them and whether a service worker controls the page,
// from the tab's page if it shows the app (else 0, false, false: the origin
// is then cleared of everything).
func offlineCopy(ctx context.Context) (files int, wasm, worker bool) {
	type copyState struct {
		Files  int  `json:"files"`
		Wasm   bool `json:"wasm"`
		Worker bool `json:"worker"`
	}
	cctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	c, err := chromedp.Run(cctx, chromedp.Evaluate[copyState](fmt.Sprintf(`(async () => {
		if (location.origin !== %q || !self.caches) return { files: 0, wasm: false, worker: false };
		let files = 0, wasm = false;
		for (const k of await caches.keys()) {
			const reqs = await (await caches.open(k)).keys();
			files += reqs.length;
			wasm = wasm || reqs.some((r) => new URL(r.url).pathname.endsWith("/app.wasm"));
		}
		return { files, wasm, worker: !!navigator.serviceWorker.controller };
	})()`, "http://"+appHost), chromedp.EvalAwaitPromise))
	if err != nil {
		return 0, false, false
	}
	return c.Files, c.Wasm, c.Worker
}

// handovers counts how the hand-overs left the app's origin (the suite's
// last line).
var handovers struct{ kept, cleared atomic.Int64 }

// userStorage is what a handover clears of the app's origin when the
// offline copy stays: everything but the service worker and its caches.
const userStorage = "cookies,file_systems,indexeddb,local_storage,shader_cache,websql,storage_buckets,other"

// handOverTime is the longest a pooled browser's hand-over may take.
const handOverTime = 20 * time.Second

// keeperURL is the page a pooled browser's tab shows between tests: it
// compiles the app's module and holds it, and runs nothing (running the app
// there, as until 2026-12-05, cost a whole start of it at every handover).
// Served on keeperHost, another origin of the app's site, from the same
// files: the module is the same bytes, so V8 hands the app's next load the
// code it holds.
const keeperURL = "http://" + keeperHost + "/keeper.html"

const keeperPage = `<!doctype html><title>keeper</title>
<script>
fetch("/web/app.wasm").then((r) => WebAssembly.compileStreaming(r)).then(
	(m) => { window.kept = m; document.title = "kept"; },
	(e) => { document.title = "failed: " + e; });
</script>`

// keeperSite serves the keeper page and, for its module, the site in dir.
func keeperSite(dir string) http.Handler {
	files := &static.Server{Dir: dir}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/keeper.html" {
			files.ServeHTTP(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte(keeperPage))
	})
}

// waitKept waits until the keeper page holds the compiled module, and
// fails if it could not compile it.
func waitKept() chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		if _, err := waitJSFor(`document.title === "kept" || document.title.startsWith("failed")`, "waiting for the keeper to compile the module")(ctx, tg); err != nil {
			return err
		}
		title, err := chromedp.Evaluate[string](`document.title`)(ctx, tg)
		if err == nil && title != "kept" {
			err = fmt.Errorf("the keeper page: %s", title)
		}
		return err
	})
}

func (b *pooledBrowser) close() {
	pool.mu.Lock()
	delete(pool.all, b)
	pool.mu.Unlock()
	b.cancel()
}

// closePool ends the pooled browsers (TestMain, after the tests).
func closePool() {
	pool.mu.Lock()
	var all []*pooledBrowser
	for b := range pool.all {
		all = append(all, b)
	}
	pool.all, pool.idle = nil, nil
	pool.mu.Unlock()
	for _, b := range all {
		b.cancel()
	}
}
