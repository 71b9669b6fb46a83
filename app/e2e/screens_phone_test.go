//go:build e2e

package e2e

import (
	"context"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// TestScreensPhone is TestScreens on a phone (390 × 844 CSS pixels, 3 device
// pixels each, touch): every page in both languages, each checked by
// phoneCheck and, with AXE_JS, by axe; with SCREENS, a screenshot of each in
// SCREENS/phone.
func TestScreensPhone(t *testing.T) {
	parallel(t)
	screensOn(t, phone)
}

// emulatePhone makes the browser's page a phone's screen.
func emulatePhone(t *testing.T, ctx context.Context, dev device) {
	t.Helper()
	if _, err := chromedp.Call(ctx, emulation.SetDeviceMetricsOverride, emulation.SetDeviceMetricsOverrideParams{
		Width: dev.width, Height: dev.height, DeviceScaleFactor: dev.scale, Mobile: true,
	}); err != nil {
		t.Fatalf("phone metrics: %v", err)
	}
	if _, err := chromedp.Call(ctx, emulation.SetTouchEmulationEnabled, emulation.SetTouchEmulationEnabledParams{Enabled: true, MaxTouchPoints: 5}); err != nil {
		t.Fatalf("touch: %v", err)
	}
}

// phoneCheck fails t for what makes a page hard to use on a phone: a link
// of the menu or a tab broken over lines (the menu once broke its words one
// or two characters a line), a header with the tabs taller than a quarter of
// the screen, a page wider than the screen (scrolled sideways), and a
// document title with one character alone on a line.
func phoneCheck(t *testing.T, ctx context.Context, page string) {
	t.Helper()
	type report struct {
		Broken   []string `json:"broken"`
		Header   float64  `json:"header"`
		Screen   float64  `json:"screen"`
		Width    float64  `json:"width"`
		Overflow []string `json:"overflow"`
		Orphans  []string `json:"orphans"`
		Narrow   []string `json:"narrow"`
	}
	r := eval[report](t, ctx, "measuring "+page, `(() => {
		const broken = [];
		for (const a of document.querySelectorAll(".bd-nav a, .bd-tabs a, .bd-lang")) {
			const cs = getComputedStyle(a);
			if (cs.display === "none" || a.offsetParent === null) continue;
			const line = parseFloat(cs.lineHeight) || 1.6 * parseFloat(cs.fontSize);
			const textHeight = (() => { const r = document.createRange(); r.selectNodeContents(a); const rs = Array.from(r.getClientRects()).filter((x) => x.width > 0); const tops = new Set(rs.map((x) => Math.round(x.top))); return tops.size; })();
			if (textHeight > 1) broken.push(a.textContent.trim() + " (" + textHeight + " lines)");
		}
		// The header (without the notices it may carry: a warning is worth
		// its room) and, on an incident's page, the name and the tabs.
		const height = (sel) => { const e = document.querySelector(sel); return e && e.offsetParent !== null ? e.getBoundingClientRect().height : 0; };
		const bottom = height(".bd-header") - height(".bd-header .bd-notices") + height(".bd-incident-name") + height(".bd-tabs");
		// What a strip that scrolls sideways holds (the menu, the tabs, a
		// wide table in its frame) may reach past the screen's edge.
		const inScroller = (e) => {
			for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
				if (getComputedStyle(p).overflowX !== "visible") return true;
			}
			return false;
		};
		const overflow = [];
		const w = document.documentElement.clientWidth;
		if (document.documentElement.scrollWidth > w + 1) {
			for (const e of document.querySelectorAll("main *, header *")) {
				const r = e.getBoundingClientRect();
				if (r.right > w + 1 && r.width > 0 && !inScroller(e)) {
					overflow.push(e.tagName.toLowerCase() + (e.id ? "#" + e.id : "") + (e.className && typeof e.className === "string" ? "." + e.className.split(" ").join(".") : "") + " right=" + Math.round(r.right));
					if (overflow.length >= 5) break;
				}
			}
		}
		// A document's title never leaves one character alone on a line
		// (a letter's title once broke as "お知ら／せ").
		const orphans = [];
		for (const h of document.querySelectorAll(".bd-pd-title")) {
			const lines = new Map();
			const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				for (let i = 0; i < n.length; i++) {
					const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 1);
					const b = r.getBoundingClientRect();
					if (b.width === 0 || /\s/.test(n.data[i])) continue;
					const top = Math.round(b.top);
					lines.set(top, (lines.get(top) || "") + n.data[i]);
				}
			}
			for (const text of lines.values()) if ([...text].length === 1) orphans.push(h.textContent.trim() + " (" + text + ")");
		}
		// A date-time field shows all it holds: in an English browser
		// "12/07/2026, 01:36 PM" and its picker need 15rem; narrower, the
		// field cut "PM" off, and 1:36 PM read as 1:36 at night.
		const narrow = [];
		for (const e of document.querySelectorAll('input[type="datetime-local"]')) {
			if (e.offsetParent === null) continue;
			const w = e.getBoundingClientRect().width;
			if (w < 15 * parseFloat(getComputedStyle(document.documentElement).fontSize)) narrow.push((e.id || e.name) + " " + Math.round(w) + " px");
		}
		return {broken, header: bottom, screen: window.innerHeight, width: document.documentElement.scrollWidth, overflow, orphans, narrow};
	})()`)
	for _, b := range r.Broken {
		t.Errorf("phone %s: a link of the menu or the tabs breaks over lines: %s", page, b)
	}
	if r.Header > r.Screen/4 {
		t.Errorf("phone %s: the header and tabs take %.0f px of a %.0f px screen (more than a quarter)", page, r.Header, r.Screen)
	}
	for _, o := range r.Orphans {
		t.Errorf("phone %s: a document title leaves one character on a line: %s", page, o)
	}
	for _, n := range r.Narrow {
		t.Errorf("phone %s: a date-time field too narrow to show its time in full: %s", page, n)
	}
	if len(r.Overflow) > 0 {
		t.Errorf("phone %s: the page is %.0f px wide on a 390 px screen; too wide: %v", page, r.Width, r.Overflow)
	}
}
