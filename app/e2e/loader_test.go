//go:build e2e

package e2e

import (
	"context"
	"regexp"
	"strconv"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// labelProbe records every text the loading label shows (go-app's loader
// writes the share of app.wasm received into it).
const labelProbe = `window.__labels = [];
document.addEventListener("DOMContentLoaded", () => {
	const l = document.getElementById("app-wasm-loader-label");
	if (!l) return;
	window.__labels.push(l.innerText);
	new MutationObserver(() => window.__labels.push(l.innerText)).observe(l, { childList: true, characterData: true, subtree: true });
});`

// slowFirstLoad makes the next load of app.wasm from the network slow (3 MB/s,
// a VPN's pace: the served module takes a second or more) and records what
// the loading label shows. The returned func, called once the app has
// rendered, ends the throttle and checks the label counted the module: the
// loader hands the browser fetch()'s own response and counts the bytes on a
// copy (cmd wasm's loader patch), and the user still sees it advance.
func slowFirstLoad(t *testing.T, ctx context.Context, host string) func() {
	t.Helper()
	var rules []string
	do(t, ctx, "throttling app.wasm", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		if _, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: labelProbe}); err != nil {
			return err
		}
		res, err := cdp.Call(ctx, tg, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{
			MatchedNetworkConditions: []*network.Conditions{{URLPattern: "http://" + host + "/web/app.wasm", DownloadThroughput: 3e6, UploadThroughput: -1}},
		})
		if err == nil {
			rules = res.RuleIDs
		}
		return err
	}))
	return func() {
		t.Helper()
		do(t, ctx, "ending the throttle", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := cdp.Call(ctx, tg, network.EmulateNetworkConditionsByRule, network.EmulateNetworkConditionsByRuleParams{MatchedNetworkConditions: []*network.Conditions{}})
			return err
		}))
		labels, between, full := loaderLabels(t, ctx)
		if len(rules) != 1 || !between || !full {
			t.Errorf("the loading label did not count app.wasm from 0 to 100%% (throttle rules %v): %q", rules, labels)
		}
	}
}

// checkWarmLabel checks the label of a load the service worker answered
// (after slowFirstLoad's probe): 100% at once, no count, since the browser
// alone reads the module from the worker's cache.
func checkWarmLabel(t *testing.T, ctx context.Context) {
	t.Helper()
	if labels, between, full := loaderLabels(t, ctx); between || !full {
		t.Errorf("a load from the worker's cache: the label shows %q, want 100%% and no count", labels)
	}
}

// loaderLabels reads what the label showed on the page's load, and whether a
// share between 0 and 100% and the full 100% were among it.
func loaderLabels(t *testing.T, ctx context.Context) (labels []string, between, full bool) {
	t.Helper()
	labels = eval[[]string](t, ctx, "the loading label's texts", `window.__labels || []`)
	pct := regexp.MustCompile(`(\d+)%`)
	for _, l := range labels {
		if m := pct.FindStringSubmatch(l); m != nil {
			n, _ := strconv.Atoi(m[1])
			between = between || n > 0 && n < 100
			full = full || n == 100
		}
	}
	return labels, between, full
}
