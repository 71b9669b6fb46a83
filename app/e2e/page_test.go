//go:build e2e || bench

package e2e

import (
	"context"
	"net/url"
	"os"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
)

// pageRequests records, from DevTools, every request the tab makes (its
// frames and the worker answering them), whatever host it goes to.
type pageRequests struct {
	mu   sync.Mutex
	urls []string
}

// watchPage starts recording the tab's requests.
func watchPage(t *testing.T, ctx context.Context) *pageRequests {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, network.Enable, network.EnableParams{})
		return err
	})); err != nil {
		t.Fatalf("enabling DevTools network events: %v", err)
	}
	p := &pageRequests{}
	if b := chromedp.FromContext(ctx).Browser; logCosts && b != nil && b.Process() != nil {
		pid := b.Process().Pid
		before := treeCPU(pid)
		t.Cleanup(func() {
			p.mu.Lock()
			loads := 0
			for _, u := range p.urls {
				if strings.HasSuffix(u, "/app.wasm") {
					loads++
				}
			}
			p.mu.Unlock()
			cpu := treeCPU(pid) - before
			t.Logf("cost: %.1f CPU-s in Chromium, %d loads of the app", cpu, loads)
			costs.Lock()
			costs.cpu += cpu
			costs.loads += loads
			costs.Unlock()
		})
	}
	events := chromedp.Events(ctx, network.RequestWillBeSent)
	go func() {
		for ev, err := range events {
			if err != nil {
				return
			}
			p.mu.Lock()
			p.urls = append(p.urls, ev.Request.Method+" "+ev.Request.URL)
			p.mu.Unlock()
		}
	}()
	return p
}

// logCosts turns the cost lines on: the suite's TestMain (tag e2e) sets it.
// The benchmarks restart and kill browsers in ways the sum over a process
// tree does not follow (their lines came out negative), and time what they
// measure themselves.
var logCosts bool

// costs sums the cost lines of the suite's browsers.
var costs struct {
	sync.Mutex
	cpu   float64
	loads int
}

// treeCPU is the CPU time, in seconds, of the process pid and every process
// under it, living or ended (an ended renderer's time is in its parent's).
// It reads /proc: on a system without it, 0.
func treeCPU(pid int) float64 {
	ents, err := os.ReadDir("/proc")
	if err != nil {
		return 0
	}
	parent := map[int]int{}
	ticks := map[int]float64{}
	for _, e := range ents {
		id, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		b, err := os.ReadFile("/proc/" + e.Name() + "/stat")
		if err != nil {
			continue
		}
		s := string(b)
		i := strings.LastIndexByte(s, ')')
		if i < 0 || i+2 > len(s) {
			continue
		}
		f := strings.Fields(s[i+2:]) // from field 3, state
		if len(f) < 15 {
			continue
		}
		parent[id], _ = strconv.Atoi(f[1])
		for _, k := range f[11:15] { // utime, stime, cutime, cstime
			v, _ := strconv.ParseFloat(k, 64)
			ticks[id] += v
		}
	}
	var sum float64
	for id, v := range ticks {
		for a := id; a > 1; a = parent[a] {
			if a == pid {
				sum += v
				break
			}
		}
	}
	return sum / 100 // USER_HZ
}

// check fails t for any request of the tab to a host outside allowed
// (data: and blob: URLs stay in the page and are fine).
func (p *pageRequests) check(t *testing.T, allowed ...string) {
	t.Helper()
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, r := range p.urls {
		_, raw, _ := strings.Cut(r, " ")
		u, err := url.Parse(raw)
		if err != nil {
			t.Errorf("privacy (page): unparsable URL %q", raw)
			continue
		}
		if u.Scheme == "data" || u.Scheme == "blob" || u.Host == keeperHost && u.Scheme == "http" {
			continue // in the page, or the pooled browser's page between tests
		}
		ok := false
		for _, h := range allowed {
			ok = ok || u.Host == h
		}
		if !ok {
			t.Errorf("privacy (page): the page requested another origin: %s", r)
		}
	}
}
