//go:build bench

package e2e

import (
	"bytes"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
)

// What V8 compiles before the first render on a warm load, and whether
// Chromium's compiled-code cache for WebAssembly is written and used.
//
// V8 compiles a module's functions lazily: streaming compilation only
// decodes and validates, and each function is compiled (by Liftoff) when it
// is first called, in a "wasm.CompileLazy" trace event (category v8.wasm)
// whose func_index names it. The functions compiled before the app's first
// render are start-up code: package initialisation, go-app's start and the
// first page. Blink's wasm code cache reports in disabled-by-default-
// devtools.timeline: v8.wasm.compiledModule and v8.wasm.cachedModule when it
// serialises the module, v8.wasm.moduleCacheHit when a load finds it (with
// its size), v8.wasm.moduleCacheInvalid when the entry does not match.

// traceCategories are what the start-up trace records.
var traceCategories = []string{
	"v8.wasm",
	"disabled-by-default-devtools.timeline",
	"blink.user_timing",
}

// startupProbe marks in the trace (blink.user_timing) and in the page when
// the wasm has rendered: the loader is gone and an h1 is there.
const startupProbe = `(() => {
  const sel = "body:not(:has(#app-wasm-loader)) h1";
  const check = () => {
    if (window.__bdMarked === undefined && document.querySelector(sel)) {
      window.__bdMarked = performance.now();
      performance.mark("bd-rendered");
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
  document.addEventListener("DOMContentLoaded", check);
})();`

// traceEvent is one event of Chromium's JSON trace format.
type traceEvent struct {
	Name string          `json:"name"`
	Cat  string          `json:"cat"`
	Ph   string          `json:"ph"`
	TS   float64         `json:"ts"`  // µs
	Dur  float64         `json:"dur"` // µs, complete events ("X")
	PID  int             `json:"pid"`
	TID  int             `json:"tid"`
	Args json.RawMessage `json:"args"`
}

func (e traceEvent) arg(name string) (string, bool) {
	var m map[string]json.RawMessage
	if json.Unmarshal(e.Args, &m) != nil {
		return "", false
	}
	v, ok := m[name]
	if !ok {
		return "", false
	}
	var s string
	if json.Unmarshal(v, &s) == nil {
		return s, true
	}
	return string(v), true
}

// tracer records a trace of the whole browser (every process).
type tracer struct {
	mu     sync.Mutex
	events []traceEvent
	done   chan struct{}
}

// startTrace starts a trace of the categories given (traceCategories when
// none).
func startTrace(t *testing.T, ctx context.Context, categories ...string) *tracer {
	t.Helper()
	if len(categories) == 0 {
		categories = traceCategories
		// BENCH_TRACE_CATS adds categories, e.g.
		// disabled-by-default-v8.cpu_profiler for the samples of a start-up.
		categories = append(categories[:len(categories):len(categories)], strings.Fields(os.Getenv("BENCH_TRACE_CATS"))...)
	}
	tr := &tracer{done: make(chan struct{})}
	if err := chromedp.ListenBrowser(ctx, tr.event); err != nil {
		t.Fatalf("listening for the trace: %v", err)
	}
	if _, err := chromedp.CallBrowser(ctx, tracing.Start, tracing.StartParams{
		TransferMode: tracing.StartTransferModeReportEvents,
		TraceConfig:  &tracing.TraceConfig{IncludedCategories: categories, RecordMode: tracing.TraceConfigRecordModeRecordAsMuchAsPossible},
	}); err != nil {
		t.Fatalf("starting the trace: %v", err)
	}
	return tr
}

func (tr *tracer) event(ev any) {
	switch e := ev.(type) {
	case *tracing.EventDataCollected:
		tr.mu.Lock()
		for _, v := range e.Value {
			var te traceEvent
			if json.Unmarshal(v, &te) == nil {
				tr.events = append(tr.events, te)
			}
		}
		tr.mu.Unlock()
	case *tracing.EventTracingComplete:
		select {
		case <-tr.done:
		default:
			close(tr.done)
		}
	}
}

// stop ends the trace and returns its events.
func (tr *tracer) stop(t *testing.T, ctx context.Context) []traceEvent {
	t.Helper()
	if _, err := chromedp.CallBrowser(ctx, tracing.End, cdp.Empty{}); err != nil {
		t.Fatalf("ending the trace: %v", err)
	}
	select {
	case <-tr.done:
	case <-ctx.Done():
		t.Fatal("the trace did not complete")
	}
	tr.mu.Lock()
	defer tr.mu.Unlock()
	return append([]traceEvent(nil), tr.events...)
}

// startupLoad is what one traced load showed.
type startupLoad struct {
	renderMS    float64        // navigation start → the app's first render
	lazy        []int          // function indices compiled lazily before it, in order
	lazyMS      float64        // time spent in those compilations
	lazyAfter   int            // functions compiled lazily after it (within the trace)
	cacheEvents map[string]int // Blink's wasm code cache events, by name
	cacheArgs   []string       // their sizes
	names       map[string]int // every event name seen in v8.wasm, for the record
	streamMS    float64        // duration of the streaming compilation events
	pid         int            // the renderer's process
	loader      string         // whether the page runs the patched loader
	histograms  []string       // Chromium's histograms about wasm (BENCH_HISTOGRAMS)
	all         []traceEvent   // the whole trace (BENCH_TRACE)
	_           struct{}
}

// tracedLoad navigates to url with the trace on, waits for the app's first
// render, keeps tracing for dwell (as a user reading the page would), and
// returns what the trace shows.
func tracedLoad(t *testing.T, ctx context.Context, url string, dwellMS int) startupLoad {
	t.Helper()
	do(t, ctx, "installing the probe", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: startupProbe})
		return err
	}))
	if os.Getenv("BENCH_BYPASS_SW") != "" {
		do(t, ctx, "bypassing the service worker", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := cdp.Call(ctx, tg, network.SetBypassServiceWorker, network.SetBypassServiceWorkerParams{Bypass: true})
			return err
		}))
	}
	tr := startTrace(t, ctx)
	do(t, ctx, "loading "+url, chromedp.Navigate(url), waitApp())
	l := startupLoad{cacheEvents: map[string]int{}, names: map[string]int{}}
	l.renderMS = eval[float64](t, ctx, "reading the render time", `(async () => {
		for (let i = 0; i < 200 && window.__bdMarked === undefined; i++) await new Promise((r) => setTimeout(r, 25));
		return window.__bdMarked;
	})()`)
	if dwellMS > 0 {
		eval[bool](t, ctx, "dwelling", fmt.Sprintf(`new Promise((r) => setTimeout(() => r(true), %d))`, dwellMS))
	}
	evs := tr.stop(t, ctx)
	if os.Getenv("BENCH_HISTOGRAMS") != "" {
		l.loader = eval[string](t, ctx, "reading the loader", `String(typeof fetchWithProgress === "function" && fetchWithProgress.toString().includes("clone()"))`)
		l.histograms = histograms(t, ctx, os.Getenv("BENCH_HISTOGRAMS"))
	}
	l.all = evs
	sort.SliceStable(evs, func(i, j int) bool { return evs[i].TS < evs[j].TS })
	mark := -1.0
	for _, e := range evs {
		if e.Name == "bd-rendered" && mark < 0 {
			mark = e.TS
		}
	}
	for _, e := range evs {
		if e.Name == "bd-rendered" {
			l.pid = e.PID
		}
	}
	if mark < 0 {
		cats := map[string]int{}
		for _, e := range evs {
			cats[e.Cat+"/"+e.Name]++
		}
		t.Fatalf("the trace (%d events) has no bd-rendered mark (blink.user_timing): %v", len(evs), cats)
	}
	for _, e := range evs {
		if e.Cat == "v8.wasm" {
			l.names[e.Name]++
		}
		switch {
		case e.Name == "wasm.CompileLazy":
			s, _ := e.arg("func_index")
			i, err := strconv.Atoi(s)
			if err != nil {
				t.Fatalf("wasm.CompileLazy without func_index: %s", e.Args)
			}
			if e.TS <= mark {
				l.lazy = append(l.lazy, i)
				l.lazyMS += e.Dur / 1000
			} else {
				l.lazyAfter++
			}
		case strings.HasPrefix(e.Name, "v8.wasm.") && strings.Contains(e.Cat, "devtools.timeline"):
			l.cacheEvents[e.Name]++
			if e.Name == "v8.wasm.cachedModule" || e.Name == "v8.wasm.moduleCacheHit" {
				l.cacheArgs = append(l.cacheArgs, e.Name+" "+string(e.Args))
			}
		case e.Name == "wasm.StartStreamingCompilation" || e.Name == "wasm.StreamingFinished":
			l.streamMS += e.Dur / 1000
		}
	}
	return l
}

// startupBrowser is browser (harness_test.go) with V8's wasm tracing flags
// when BENCH_JS_FLAGS is set: Chromium's output (V8 prints there) goes to
// out.
func startupBrowser(t *testing.T, n *wire, profileDir string, out *lockedBuffer) context.Context {
	t.Helper()
	flags := os.Getenv("BENCH_JS_FLAGS")
	if flags == "" {
		return browser(t, n, profileDir)
	}
	opts := append(browserOptions(n, profileDir, false), chromedp.Flag("js-flags", flags), chromedp.CombinedOutput(out))
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelB := chromedp.NewContext(actx)
	ctx, cancelC := context.WithTimeout(ctx, 6*time.Minute)
	t.Cleanup(func() { cancelC(); cancelB(); cancelA() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
	return ctx
}

type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

// take returns what was written since the last take.
func (l *lockedBuffer) take() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	s := l.b.String()
	l.b.Reset()
	return s
}

// histograms returns the text chrome://histograms shows for query (it
// collects the renderers' histograms first, which Browser.getHistograms
// does not).
func histograms(t *testing.T, ctx context.Context, query string) []string {
	t.Helper()
	h, err := chromedp.CallBrowser(ctx, cdpbrowser.GetHistograms, cdpbrowser.GetHistogramsParams{Query: query})
	if err != nil {
		t.Fatalf("reading histograms: %v", err)
	}
	var out []string
	for _, x := range h.Histograms {
		var b []string
		for _, k := range x.Buckets {
			b = append(b, fmt.Sprintf("[%d,%d)×%d", k.Low, k.High, k.Count))
		}
		out = append(out, fmt.Sprintf("%s %s", x.Name, strings.Join(b, " ")))
	}
	return out
}

// wasmNames reads the function names of a wasm built without -s -w, by
// function index (imports first, as V8 counts them).
func wasmNames(path string) (map[int]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(b) < 8 || !bytes.Equal(b[:4], []byte("\x00asm")) {
		return nil, errors.New(path + ": not a wasm module")
	}
	uleb := func(b []byte, i *int) int {
		v, n := binary.Uvarint(b[*i:])
		if n <= 0 {
			panic("bad LEB128")
		}
		*i += n
		return int(v)
	}
	names := map[int]string{}
	for i := 8; i < len(b); {
		id := b[i]
		i++
		n := uleb(b, &i)
		s := b[i : i+n]
		i += n
		if id != 0 {
			continue
		}
		j := 0
		l := uleb(s, &j)
		if string(s[j:j+l]) != "name" {
			continue
		}
		for j += l; j < len(s); {
			sub := s[j]
			j++
			m := uleb(s, &j)
			if sub == 1 {
				k := j
				for c := uleb(s, &k); c > 0; c-- {
					idx := uleb(s, &k)
					nl := uleb(s, &k)
					names[idx] = string(s[k : k+nl])
					k += nl
				}
			}
			j += m
		}
	}
	if len(names) == 0 {
		return nil, errors.New(path + ": no name section (built with -s?)")
	}
	return names, nil
}

// packageOf is the package of a function named by Go's linker in the name
// section, where "/" is written "_": "breachdesk_app_ui.(*Shell).Render".
func packageOf(sym string) string {
	start := 0
	for _, d := range []string{".com_", ".org_", ".io_", ".in_", ".net_", ".dev_"} {
		if u := strings.Index(sym, d); u > 0 && !strings.Contains(sym[:u], ".") {
			start = u + len(d)
			break
		}
	}
	rest := sym[start:]
	if dot := strings.Index(rest, "."); dot >= 0 {
		rest = rest[:dot]
	}
	p := sym[:start] + rest
	for _, r := range [][2]string{
		{"github.com_maxence_charriere_go_app_v10_pkg_", "go-app/"},
		{"github.com_goccy_go_json", "goccy/go-json"},
		{"github.com_hack_pad_safejs", "safejs"},
		{"github.com_google_uuid", "google/uuid"},
	} {
		if strings.HasPrefix(p, r[0]) {
			p = r[1] + p[len(r[0]):]
		}
	}
	if !strings.Contains(p, ".") {
		p = strings.ReplaceAll(p, "_", "/") // the standard library and breachdesk
	}
	return p
}

// TestBenchStartup loads each site once to fill its service worker, then
// loads it warm with the trace on, and prints how many functions V8
// compiled before the first render, by package (when E2E_SITES holds
// <site>-named.wasm, the same build with its names), and what the wasm code
// cache did on those loads.
func TestBenchStartup(t *testing.T) {
	loads := 3
	if s := os.Getenv("BENCH_STARTUP_LOADS"); s != "" {
		loads, _ = strconv.Atoi(s)
	}
	dwell := 0
	if s := os.Getenv("BENCH_DWELL_MS"); s != "" {
		dwell, _ = strconv.Atoi(s)
	}
	var report strings.Builder
	how := "each a reload in the same browser, which keeps the compiled module in memory"
	switch os.Getenv("BENCH_STARTUP_MODE") {
	case "tab":
		how = "each in a new tab of the same browser"
	case "restart":
		how = "each in a new browser on the same profile"
	}
	if dwell > 0 {
		how += fmt.Sprintf(", %d ms on the page after each", dwell)
	}
	fmt.Fprintf(&report, "Start-up: functions V8 compiled before the first render (warm loads, %s; median of %d)\n", how, loads)
	fmt.Fprintf(&report, "%-8s %10s %12s %12s %10s  %s\n", "", "functions", "compile ms", "render ms", "after", "wasm code cache events (all loads)")
	byPkg := map[string]map[string]int{}
	siteNames := []string{"hello", "app"}
	if s := os.Getenv("BENCH_STARTUP_SITES"); s != "" {
		siteNames = strings.Fields(s)
	}
	for i, name := range siteNames {
		host := fmt.Sprintf("127.0.0.1:%d", 8481+i)
		n := newNetwork(t)
		n.serve(host, filepath.Join(sites, name), "")
		profile := t.TempDir()
		if d := os.Getenv("BENCH_PROFILE_DIR"); d != "" {
			profile = filepath.Join(d, name)
		}
		out := &lockedBuffer{}
		ctx := startupBrowser(t, n, profile, out)
		url := "http://" + host + "/"
		loadOnce(t, ctx, url)
		waitPrecached(t, ctx)
		waitOffline(t, ctx)
		var counts, ms, render, after []float64
		events := map[string]int{}
		var last startupLoad
		mode := os.Getenv("BENCH_STARTUP_MODE") // reload (default), tab, restart
		for k := 0; k < loads; k++ {
			lctx := ctx
			var cancel context.CancelFunc = func() {}
			switch mode {
			case "tab":
				lctx, cancel = chromedp.NewContext(ctx)
			case "restart":
				closeBrowser(ctx)
				ctx = startupBrowser(t, n, profile, out)
				lctx = ctx
			}
			l := tracedLoad(t, lctx, url, dwell)
			cancel()
			counts = append(counts, float64(len(l.lazy)))
			ms = append(ms, l.lazyMS)
			render = append(render, l.renderMS)
			after = append(after, float64(l.lazyAfter))
			for e, c := range l.cacheEvents {
				events[e] += c
			}
			for _, a := range l.cacheArgs {
				t.Logf("%s load %d: %s", name, k+1, a)
			}
			t.Logf("%s load %d: %d functions compiled before the render (%.0f ms), %d after; render %.0f ms; renderer pid %d; v8.wasm events %v",
				name, k+1, len(l.lazy), l.lazyMS, l.lazyAfter, l.renderMS, l.pid, l.names)
			if dir := os.Getenv("BENCH_TRACE"); dir != "" {
				b, _ := json.Marshal(map[string]any{"traceEvents": l.all})
				_ = os.WriteFile(filepath.Join(dir, fmt.Sprintf("%s-warm-%d.json", name, k+1)), b, 0o644)
			}
			if o := out.take(); o != "" {
				t.Logf("%s load %d: Chromium's output:\n%s", name, k+1, o)
			}
			if l.loader != "" {
				t.Logf("%s load %d: patched loader %s; histograms %v", name, k+1, l.loader, l.histograms)
			}
			last = l
		}
		closeBrowser(ctx)
		var ev []string
		for e, c := range events {
			ev = append(ev, fmt.Sprintf("%s×%d", strings.TrimPrefix(e, "v8.wasm."), c))
		}
		sort.Strings(ev)
		if len(ev) == 0 {
			ev = []string{"none"}
		}
		fmt.Fprintf(&report, "%-8s %10.0f %12.0f %12.0f %10.0f  %s\n", name, median(counts), median(ms), median(render), median(after), strings.Join(ev, " "))
		names, err := wasmNames(filepath.Join(sites, name+"-named.wasm"))
		if err != nil {
			t.Logf("no attribution by package: %v", err)
			continue
		}
		pk := map[string]int{}
		for _, f := range last.lazy {
			pk[packageOf(names[f])]++
		}
		byPkg[name] = pk
		if dir := os.Getenv("BENCH_TRACE"); dir != "" {
			var lines []string
			for _, f := range last.lazy {
				lines = append(lines, fmt.Sprintf("%d %s", f, names[f]))
			}
			_ = os.WriteFile(filepath.Join(dir, name+"-lazy.txt"), []byte(strings.Join(lines, "\n")+"\n"), 0o644)
		}
	}
	if len(byPkg) > 0 {
		fmt.Fprintf(&report, "\nBy package (last warm load): %-40s %8s %8s %8s\n", "", "hello", "app", "app−hello")
		all := map[string]bool{}
		for _, pk := range byPkg {
			for p := range pk {
				all[p] = true
			}
		}
		var rows []string
		for p := range all {
			rows = append(rows, p)
		}
		sort.Slice(rows, func(i, j int) bool {
			di := byPkg["app"][rows[i]] - byPkg["hello"][rows[i]]
			dj := byPkg["app"][rows[j]] - byPkg["hello"][rows[j]]
			if di != dj {
				return di > dj
			}
			return rows[i] < rows[j]
		})
		for _, p := range rows {
			fmt.Fprintf(&report, "  %-66s %8d %8d %8d\n", p, byPkg["hello"][p], byPkg["app"][p], byPkg["app"][p]-byPkg["hello"][p])
		}
	}
	fmt.Println(report.String())
	_ = os.WriteFile(filepath.Join(sites, "startup.txt"), []byte(report.String()), 0o644)
}
