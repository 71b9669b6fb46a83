//go:build e2e || bench

package e2e

import (
	"context"
	"net/url"
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
