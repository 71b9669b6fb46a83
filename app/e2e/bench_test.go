//go:build bench

package e2e

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// The bench compares Breach Desk with go-app's hello world built the same way
// (make bench generates both into $E2E_SITES/app and $E2E_SITES/hello).

const benchLoads = 5

func TestMain(m *testing.M) {
	sites = os.Getenv("E2E_SITES")
	if sites == "" {
		fmt.Fprintln(os.Stderr, "E2E_SITES is not set: run `make bench`")
		os.Exit(1)
	}
	os.Exit(m.Run())
}

// renderedProbe records in the page when the wasm has rendered: the loader is
// gone and an h1 is there.
const renderedProbe = `(() => {
  const sel = "body:not(:has(#app-wasm-loader)) h1";
  const check = () => {
    if (window.__bdRendered === undefined && document.querySelector(sel)) {
      window.__bdRendered = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
  document.addEventListener("DOMContentLoaded", check);
})();`

type loadTimes struct{ cold, warm, offline []float64 }

func TestBenchLoadAndSize(t *testing.T) {
	var report strings.Builder
	// The bytes each site serves for web/app.wasm: the file and the twins the
	// server sends (both sites have them: like with like).
	fmt.Fprintf(&report, "Sizes of web/app.wasm as served (bytes; the .gz and .br twins)\n%-12s %12s %12s %12s\n", "", "raw", "gzip -9", "brotli 11")
	sizes := map[string][3]int{}
	for _, name := range []string{"hello", "app"} {
		var s [3]int
		for i, ext := range []string{"", ".gz", ".br"} {
			st, err := os.Stat(filepath.Join(sites, name, "web", "app.wasm"+ext))
			if err != nil {
				t.Fatalf("%s: %v (make bench serves both sites with the same twins)", name, err)
			}
			s[i] = int(st.Size())
		}
		sizes[name] = s
		fmt.Fprintf(&report, "%-12s %12d %12d %12d\n", name, s[0], s[1], s[2])
	}
	h, a := sizes["hello"], sizes["app"]
	fmt.Fprintf(&report, "%-12s %12.2f %12.2f %12.2f   (issue 16: gzip ≤ 1.75×, then 1.5×)\n", "app/hello",
		float64(a[0])/float64(h[0]), float64(a[1])/float64(h[1]), float64(a[2])/float64(h[2]))
	// The hello world as go build leaves it, for reference.
	if raw, err := os.ReadFile(filepath.Join(sites, "hello-unmerged.wasm")); err == nil {
		u := [3]int{len(raw), gzipSize(t, raw), brotliSize(t, raw)}
		fmt.Fprintf(&report, "%-12s %12d %12d %12d   (the hello world as go build leaves it: no segment merge)\n", "hello-linked", u[0], u[1], u[2])
		fmt.Fprintf(&report, "%-12s %12.2f %12.2f %12.2f\n", "app/linked",
			float64(a[0])/float64(u[0]), float64(a[1])/float64(u[1]), float64(a[2])/float64(u[2]))
	}
	fmt.Fprintln(&report)

	times := map[string]loadTimes{}
	for i, name := range []string{"hello", "app"} {
		host := fmt.Sprintf("127.0.0.1:%d", 8471+i)
		times[name] = measureLoads(t, host, filepath.Join(sites, name))
	}
	fmt.Fprintf(&report, "Time to a rendered app, median of %d loads (ms)\n%-12s %10s %10s %10s\n", benchLoads, "", "cold", "warm", "offline")
	for _, name := range []string{"hello", "app"} {
		lt := times[name]
		fmt.Fprintf(&report, "%-12s %10.0f %10.0f %10.0f\n", name, median(lt.cold), median(lt.warm), median(lt.offline))
	}
	ht, at := times["hello"], times["app"]
	fmt.Fprintf(&report, "%-12s %10.2f %10.2f %10.2f   (issue 16: warm and offline ≤ 1.7×)\n", "app/hello",
		median(at.cold)/median(ht.cold), median(at.warm)/median(ht.warm), median(at.offline)/median(ht.offline))
	fmt.Println(report.String())
	_ = os.WriteFile(filepath.Join(sites, "report.txt"), []byte(report.String()), 0o644)
}

// measureLoads loads the site cold (a fresh profile each time), warm (the
// service worker answering) and offline (no network at all).
func measureLoads(t *testing.T, host, dir string) loadTimes {
	var lt loadTimes
	n := newNetwork(t)
	n.serve(host, dir, "")
	url := "http://" + host + "/"
	for i := 0; i < benchLoads; i++ {
		ctx := browser(t, n, t.TempDir())
		lt.cold = append(lt.cold, loadOnce(t, ctx, url))
		closeBrowser(ctx)
	}
	ctx := browser(t, n, t.TempDir())
	loadOnce(t, ctx, url)
	waitPrecached(t, ctx)
	waitOffline(t, ctx)
	for i := 0; i < benchLoads; i++ {
		lt.warm = append(lt.warm, loadOnce(t, ctx, url))
	}
	n.setOffline(true)
	for i := 0; i < benchLoads; i++ {
		lt.offline = append(lt.offline, loadOnce(t, ctx, url))
	}
	n.setOffline(false)
	closeBrowser(ctx)
	return lt
}

func closeBrowser(ctx context.Context) { _ = chromedp.Cancel(ctx) }

// waitPrecached waits until the service worker's caches hold the whole
// precache (8 files or more, as waitOffline wants). go-app's default worker,
// the hello world's, fills its cache after it has taken control: its install
// handler does not make the browser wait for the cache.
func waitPrecached(t *testing.T, ctx context.Context) {
	t.Helper()
	ok := eval[bool](t, ctx, "waiting for the precache", `(async () => {
		await navigator.serviceWorker.ready;
		for (let i = 0; i < 1000; i++) {
			let n = 0;
			for (const k of await caches.keys()) n += (await (await caches.open(k)).keys()).length;
			if (n >= 8) return true;
			await new Promise((r) => setTimeout(r, 50));
		}
		return false;
	})()`)
	if !ok {
		t.Fatal("the service worker's caches did not fill within 50 s")
	}
}

// loadOnce navigates to url and returns the ms from navigation start until the wasm rendered.
func loadOnce(t *testing.T, ctx context.Context, url string) float64 {
	t.Helper()
	do(t, ctx, "installing the probe", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: renderedProbe})
		return err
	}))
	do(t, ctx, "loading "+url, chromedp.Navigate(url), waitApp())
	return eval[float64](t, ctx, "reading the render time", `(async () => {
		for (let i = 0; i < 200 && window.__bdRendered === undefined; i++) await new Promise((r) => setTimeout(r, 25));
		return window.__bdRendered;
	})()`)
}

func median(xs []float64) float64 {
	s := append([]float64(nil), xs...)
	sort.Float64s(s)
	if len(s) == 0 {
		return 0
	}
	return s[len(s)/2]
}

func gzipSize(t *testing.T, b []byte) int {
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w.Write(b)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Len()
}

func brotliSize(t *testing.T, b []byte) int {
	var buf bytes.Buffer
	w := brotli.NewWriterLevel(&buf, brotli.BestCompression)
	w.Write(b)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Len()
}

var _ = time.Second
