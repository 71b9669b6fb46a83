//go:build bench

package e2e

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"breachdesk/app/oplog"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/performance"
	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/chromedp"
)

// mergeProbe measures, in the page, from the moment a file is picked in the
// packet input (its change event) to the frame painted after the import's
// result is shown (#packet-done): reading the file, decoding and checking
// the packet, merging, folding and rendering. The same for a click on the
// change log's tab until the frame painted after its table is shown.
//
// "Painted" is a message posted from the requestAnimationFrame callback of
// the first frame that has the result in the document: it runs once that
// frame is rendered. The probe asks for a callback at every frame from the
// start of the step, so its callback comes before any the page asks for
// during the step, and its message is not queued behind work the page
// leaves for after the paint (writing the merged log). That work is still
// measured: "Idle" is when the main thread is next idle (requestIdleCallback
// two frames after the paint; -1 when it was not within 5 s), and the main thread's CPU
// time is read after it. The
// long animation frames (LoAF) are kept too: the one that painted the result
// ends when the browser says that frame was rendered, a check of the first
// figure that does not depend on the order of tasks.
//
// The probe also keeps the app's WebAssembly memory (wrapping
// WebAssembly.instantiate*, which go-app's loader calls) to report how much
// it grew during a step: the first use of new memory is a page fault per
// 4 KiB page, which costs this machine (a virtual machine) more than a
// desktop (memTouchCost below).
const mergeProbe = `(() => {
  const bd = window.__bdMerge = { frames: [] };
  for (const k of ["instantiate", "instantiateStreaming"]) {
    const o = WebAssembly[k];
    WebAssembly[k] = async (...a) => { const r = await o.apply(WebAssembly, a); bd.mem = (r.instance || r).exports.mem; return r; };
  }
  const memSize = () => bd.mem ? bd.mem.buffer.byteLength : -1;
  try {
    new PerformanceObserver((l) => { for (const e of l.getEntries()) bd.frames.push([e.startTime, e.startTime + e.duration]); })
      .observe({ type: "long-animation-frame" });
  } catch (e) {}
  const watch = (key, t0, sel) => {
    // A step again in the same document: its figures only, and the result
    // of the step before (still in the document until the page renders
    // again) is not this step's.
    const run = bd[key + "Run"] = {}, mine = () => bd[key + "Run"] === run;
    for (const k of ["", "T0", "ShownAt", "Idle", "MemPainted", "MemIdle"]) delete bd[key + k];
    bd[key + "T0"] = t0;
    bd[key + "Mem0"] = memSize();
    const stale = document.querySelector(sel);
    const found = () => { const el = document.querySelector(sel); return el && el !== stale; };
    const obs = new MutationObserver(() => {
      if (found()) { obs.disconnect(); if (mine()) bd[key + "ShownAt"] = performance.now(); }
    });
    obs.observe(document, { subtree: true, childList: true });
    const frame = () => {
      if (!mine()) return;
      if (!found()) { requestAnimationFrame(frame); return; }
      const ch = new MessageChannel();
      ch.port1.onmessage = () => {
        if (!mine()) return;
        bd[key] = performance.now() - t0;
        bd[key + "MemPainted"] = memSize();
        // Two frames on: the page asks for the frame after which it writes
        // only once the result is rendered (ui.goLoop.AfterPaint), and an
        // idle moment before that write must not end the step.
        requestAnimationFrame(() => requestAnimationFrame(() =>
          requestIdleCallback((d) => { if (mine()) { bd[key + "Idle"] = d.didTimeout ? -1 : performance.now() - t0; bd[key + "MemIdle"] = memSize(); } }, { timeout: 5000 })));
      };
      ch.port2.postMessage(0);
    };
    requestAnimationFrame(frame);
  };
  document.addEventListener("change", (e) => {
    if (e.target.id === "packet-file") watch("merge", e.timeStamp, "#packet-done");
  }, true);
  document.addEventListener("click", (e) => {
    const a = e.target.closest && e.target.closest('a[href^="/incident/changes"]');
    if (a) watch("changes", e.timeStamp, "#changes-table");
  }, true);
})();`

// probeFigures is what the probe measured of key beyond its time: when the
// result was in the document, when the long animation frame holding that
// moment ended (-1: none reported), and when the main thread was next idle,
// in ms from the step's start.
func probeFigures(t *testing.T, ctx context.Context, key string) (shown, frameEnd, idle float64) {
	t.Helper()
	v := eval[[]float64](t, ctx, "the probe's figures", `(() => {
  const b = window.__bdMerge, t0 = b.`+key+`T0, at = b.`+key+`ShownAt;
  const f = b.frames.find(([s, e]) => s <= at && at <= e);
  return [at - t0, f ? f[1] - t0 : -1, b.`+key+`Idle];
})()`)
	return v[0], v[1], v[2]
}

// memGrowth is how much the app's WebAssembly memory grew during the step
// key, in MB: up to the frame that painted its result, and up to the main
// thread's next idle moment (0 when the probe did not see the memory).
func memGrowth(t *testing.T, ctx context.Context, key string) (painted, idle float64) {
	t.Helper()
	v := eval[[]float64](t, ctx, "the memory's growth", `(() => {
  const b = window.__bdMerge, m0 = b.`+key+`Mem0;
  if (!(m0 > 0)) return [0, 0];
  return [(b.`+key+`MemPainted - m0) / 1048576, ((b.`+key+`MemIdle || b.`+key+`MemPainted) - m0) / 1048576];
})()`)
	return v[0], v[1]
}

// memTouchCost is what the first use of new WebAssembly memory costs in this
// browser on this machine, in ms per MB: a fresh 16 MB memory written once
// per 4 KiB page (a page fault each), less writing it again. On this
// machine (a virtual machine) a native program's first write to a new page
// takes ~12 µs (2026-12-05); on bare metal it is well under 1 µs.
func memTouchCost(t *testing.T, ctx context.Context) float64 {
	t.Helper()
	return eval[float64](t, ctx, "the cost of new memory", `(() => {
  const m = new WebAssembly.Memory({ initial: 256 }), u = new Uint8Array(m.buffer);
  const pass = (v) => { const t0 = performance.now(); for (let i = 0; i < u.length; i += 4096) u[i] = v; return performance.now() - t0; };
  const first = pass(1), again = pass(2);
  return (first - again) / 16;
})()`)
}

// teamPackets writes two plain packets of the 1,000-event incident: its log
// begun (one imported operation), and the same log with 10,000 edits of the
// events' notes after it, made by another person in 100 edits of 100.
func teamPackets(t *testing.T) (first, big string, id string) {
	t.Helper()
	inc := thousandEvents(t)
	k, err := oplog.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	sato := oplog.Author{Name: "Sato", Role: "DPO"}
	at := time.Date(2026, 11, 20, 9, 0, 0, 0, time.FixedZone("JST", 9*3600))
	log, err := oplog.Import(inc, sato, k, at)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	first = filepath.Join(dir, "first.json")
	if err := os.WriteFile(first, log.Packet(nil).Encode(), 0o644); err != nil {
		t.Fatal(err)
	}
	notes := map[string]string{}
	for _, ev := range inc.Events {
		notes[ev.ID] = ev.Note
	}
	n := 0
	for batch := 0; batch < 100; batch++ {
		ops := make([]oplog.Op, 0, 100)
		for i := 0; i < 100; i++ {
			ev := inc.Events[n%len(inc.Events)]
			old, _ := oplog.Value(notes[ev.ID])
			notes[ev.ID] = fmt.Sprintf("確認 %d 回目: %s", n+1, ev.ID)
			nv, _ := oplog.Value(notes[ev.ID])
			if notes[ev.ID] == "" {
				old = nil
			}
			ops = append(ops, oplog.Op{Path: "events[" + ev.ID + "].note", Old: old, New: nv})
			n++
		}
		if _, err := log.Add(ops, sato, k, at.Add(time.Duration(batch+1)*time.Minute)); err != nil {
			t.Fatal(err)
		}
	}
	big = filepath.Join(dir, "big.json")
	if err := os.WriteFile(big, log.Packet(nil).Encode(), 0o644); err != nil {
		t.Fatal(err)
	}
	return first, big, inc.ID
}

// Merging a packet of 10,000 operations into a 1,000-event incident, and
// opening its change log, in Chromium (goal: under 200 ms each).
func TestBenchTeamSyncMerge(t *testing.T) {
	first, big, id := teamPackets(t)
	st, _ := os.Stat(big)
	dir := filepath.Join(sites, "app")
	if _, err := os.Stat(dir); err != nil {
		dir = filepath.Join(sites, "root") // E2E_SITES from .ci/e2e-sites
	}
	n := newNetwork(t)
	n.serve(appHost, dir, "")
	// BENCH_LIFTOFF runs the app's WebAssembly with V8's baseline compiler
	// only: the merge as slow as code never optimised, which is how it runs
	// when the optimising compiler's background work has not finished by the
	// pick (a busy machine): the bound the goal must hold under.
	if os.Getenv("BENCH_LIFTOFF") != "" {
		defer func(f func(*testing.T) bool) { baselineFor = f }(baselineFor)
		baselineFor = func(*testing.T) bool { return true }
		t.Logf("V8: %s", baselineWasm)
	}
	ctx := browser(t, n, t.TempDir())
	base := "http://" + appHost
	do(t, ctx, "installing the probe", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: mergeProbe})
		return err
	}))
	do(t, ctx, "counting CPU time", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, performance.Enable, performance.EnableParams{TimeDomain: performance.EnableTimeDomainThreadTicks})
		return err
	}))
	do(t, ctx, "the incident, from its first packet", chromedp.Navigate(base+"/incident/share"), waitApp(),
		chromedp.WaitVisible(chromedp.CSS("#identity-device")),
		chromedp.SetUploadFiles(chromedp.CSS("#packet-file"), []string{first}),
		chromedp.WaitVisible(chromedp.CSS("#packet-done")), gone("#packet-saving"))
	do(t, ctx, "opening the incident", chromedp.Navigate(base+"/incident/share#"+id), waitApp(),
		chromedp.WaitVisible(chromedp.CSS("#conflicts")))
	// A person opens the file dialog, finds the packet and picks it: the
	// page stands idle meanwhile (the share page warms the merge's code
	// then: ui.warmMerge). BENCH_PICK_MS sets the wait (0: the pick comes
	// as soon as the page shows).
	pickWait := 2 * time.Second
	if s := os.Getenv("BENCH_PICK_MS"); s != "" {
		ms, err := strconv.Atoi(s)
		if err != nil {
			t.Fatalf("BENCH_PICK_MS=%q: %v", s, err)
		}
		pickWait = time.Duration(ms) * time.Millisecond
	}
	time.Sleep(pickWait)
	mergeSettle := settle(t, "the merge")
	stopProfile := profile(t, ctx, "merge")
	stopTrace := traceStep(t, ctx, "merge")
	cpu0 := taskCPU(t, ctx)
	do(t, ctx, "merging 10,000 operations",
		chromedp.SetUploadFiles(chromedp.CSS("#packet-file"), []string{big}),
		chromedp.WaitVisible(chromedp.CSS("#packet-done")),
		waitJS(`window.__bdMerge.mergeIdle !== undefined`))
	mergeCPU := (taskCPU(t, ctx) - cpu0) * 1000
	stopTrace()
	stopProfile()
	merge := eval[float64](t, ctx, "the merge's time", `window.__bdMerge.merge`)
	mergeShown, mergeFrame, mergeIdle := probeFigures(t, ctx, "merge")
	if got := text(t, ctx, "#packet-done"); got == "" {
		t.Fatal("no result")
	}
	changesSettle := settle(t, "the change log")
	stopProfile = profile(t, ctx, "changes")
	stopTrace = traceStep(t, ctx, "changes")
	cpu1 := taskCPU(t, ctx)
	do(t, ctx, "opening the change log", chromedp.Click(chromedp.CSS(`.bd-tabs a[href^="/incident/changes"]`)),
		chromedp.WaitVisible(chromedp.CSS("#changes-table")),
		waitJS(`window.__bdMerge.changesIdle !== undefined`))
	changesCPU := (taskCPU(t, ctx) - cpu1) * 1000
	stopTrace()
	stopProfile()
	changes := eval[float64](t, ctx, "the change log's time", `window.__bdMerge.changes`)
	changesShown, changesFrame, changesIdle := probeFigures(t, ctx, "changes")
	count := text(t, ctx, "#changes-count")
	goal := func(ms float64) string {
		if ms < 200 {
			return "goal met (< 200 ms)"
		}
		return "GOAL NOT MET (>= 200 ms)"
	}
	t.Logf("Team sync, 1,000-event incident, packet of 10,001 operations (%d KB), in Chromium; the file picked %v after the page showed, once the machine was idle or a minute had passed (below)", st.Size()/1024, pickWait)
	t.Logf("  merge (pick the file → result painted): %7.0f ms  %s; main thread CPU %4.0f ms", merge, goal(merge), mergeCPU)
	t.Logf("  change log (click → table painted):     %7.0f ms  %s; main thread CPU %4.0f ms  (%s)", changes, goal(changes), changesCPU, count)
	t.Logf("  merge:      in the document at %4.0f ms, its frame rendered at %4.0f ms (LoAF), main thread idle again at %4.0f ms", mergeShown, mergeFrame, mergeIdle)
	t.Logf("  change log: in the document at %4.0f ms, its frame rendered at %4.0f ms (LoAF), main thread idle again at %4.0f ms", changesShown, changesFrame, changesIdle)
	t.Logf("  machine: %s; %s", mergeSettle, changesSettle)
	t.Logf("  (CPU: Performance.getMetrics TaskDuration in thread ticks, up to the moment the main thread was idle again after the paint; the wall times inflate with the machine's load)")
	cost := memTouchCost(t, ctx)
	for _, k := range []string{"merge", "changes"} {
		p, i := memGrowth(t, ctx, k)
		t.Logf("  %-10s the app's wasm memory grew %.1f MB before the paint, %.1f MB by idle: ≈ %.0f ms of first use of new memory before the paint, at %.1f ms/MB here",
			k+":", p, i, p*cost, cost)
	}
}

// taskCPU is the page's main thread busy time so far, in CPU seconds
// (Performance.enable with thread ticks).
func taskCPU(t *testing.T, ctx context.Context) float64 {
	t.Helper()
	var v float64
	do(t, ctx, "reading the metrics", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		res, err := cdp.Call(ctx, tg, performance.GetMetrics, cdp.Empty{})
		if err != nil {
			return err
		}
		for _, m := range res.Metrics {
			if m.Name == "TaskDuration" {
				v = m.Value
			}
		}
		return nil
	}))
	return v
}

// profile starts the page's JavaScript and WebAssembly CPU profiler when
// BENCH_PROFILE names a directory, and returns what stops it and writes
// DIR/NAME.cpuprofile (to open in DevTools): where a measured step spends
// its time, function by function. Without BENCH_PROFILE it does nothing.
func profile(t *testing.T, ctx context.Context, name string) (stop func()) {
	dir := os.Getenv("BENCH_PROFILE")
	if dir == "" {
		return func() {}
	}
	do(t, ctx, "starting the profiler", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		if _, err := cdp.Call(ctx, tg, profiler.Enable, cdp.Empty{}); err != nil {
			return err
		}
		if _, err := cdp.Call(ctx, tg, profiler.SetSamplingInterval, profiler.SetSamplingIntervalParams{Interval: 200}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, tg, profiler.Start, cdp.Empty{})
		return err
	}))
	return func() {
		do(t, ctx, "writing the profile", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			res, err := cdp.Call(ctx, tg, profiler.Stop, cdp.Empty{})
			if err != nil {
				return err
			}
			b, err := json.Marshal(res.Profile)
			if err != nil {
				return err
			}
			return os.WriteFile(filepath.Join(dir, name+".cpuprofile"), b, 0o644)
		}))
	}
}

// traceStep records a trace of the browser (its tasks, frames and paints,
// Chromium's timeline categories) while a measured step runs when
// BENCH_TRACE names a directory, and returns what stops it and writes
// DIR/NAME.trace.json (to open in DevTools' performance panel): where the
// step waits as well as where it computes. Without BENCH_TRACE it does
// nothing.
func traceStep(t *testing.T, ctx context.Context, name string) (stop func()) {
	dir := os.Getenv("BENCH_TRACE")
	if dir == "" {
		return func() {}
	}
	tr := startTrace(t, ctx, "toplevel", "devtools.timeline", "disabled-by-default-devtools.timeline",
		"disabled-by-default-devtools.timeline.frame", "blink.user_timing")
	return func() {
		b, err := json.Marshal(map[string]any{"traceEvents": tr.stop(t, ctx)})
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name+".trace.json"), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
