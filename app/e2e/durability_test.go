//go:build e2e

package e2e

// Durability (issue 6): every edit reaches IndexedDB within a second, and at
// once when the page is hidden or closed. Chromium is killed in the middle
// of typing (SIGKILL to all its processes, as a power cut) and started again
// on the same profile; the tab is closed right after a keystroke; the window
// is minimised (the document becomes hidden) right after a keystroke.

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"breachdesk/app/incident"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/inspector"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// durableSummary reads the stored summary of incident id: plain, or opened
// with pass when the desk is protected.
func durableSummary(t *testing.T, ctx context.Context, id, pass string) string {
	t.Helper()
	d := dumpDB(t, ctx)
	for _, r := range d.Incidents {
		if r.Key != id {
			continue
		}
		plain := []byte(r.Data)
		if pass != "" {
			k, ok := vaultKeyOf(t, vaultProtection(t, d), pass)
			if !ok {
				t.Fatal("the passphrase does not open the key check")
			}
			var err error
			if plain, err = k.openRaw(r.Data, "breachdesk-record-sealed"); err != nil {
				t.Fatalf("record %s: %v", id, err)
			}
		}
		inc, err := incident.Decode(plain)
		if err != nil {
			t.Fatalf("record %s: %v", id, err)
		}
		return inc.Story.Summary
	}
	t.Fatalf("incident %s is not stored", id)
	return ""
}

// durableOpenWizard opens the incident's first wizard question by URL,
// unlocking with pass when it is protected.
func durableOpenWizard(t *testing.T, ctx context.Context, base, id, pass string) {
	t.Helper()
	do(t, ctx, "opening the incident", chromedp.Navigate(base+"/incident/start#"+id), waitApp())
	if pass != "" {
		vaultUnlock(t, ctx, pass)
	}
	do(t, ctx, "the summary field", visible("#f-summary"))
}

// Killing Chromium in the middle of typing loses at most the last second:
// words are typed into the summary about ten a second, Chromium is killed
// right after one of them, and after a restart on the same profile every
// word typed more than a second before the kill is stored. Three rounds,
// the last on a protected desk (every write sealed first).
func TestDurabilityKillMidTyping(t *testing.T) {
	// Not t.Parallel: its figures are timings, taken with the machine to
	// itself (the suite runs such tests alone, before the others).
	profile := t.TempDir()
	n, ctx, base := vaultOpen(t, profile)
	id := safetyCreate(t, ctx, "Durability", "start.")
	var worst time.Duration
	totalLost := 0
	for round, words := range []int{25, 33, 28} {
		pass := ""
		if round == 2 {
			pass = vaultPassA
			vaultProtect(t, ctx, base, pass, "0")
		}
		durableOpenWizard(t, ctx, base, id, pass)
		before := eval[string](t, ctx, "summary", `document.querySelector("#f-summary").value`)
		if stored := durableSummary(t, ctx, id, pass); stored != before {
			t.Fatalf("round %d: the page shows %q, stored %q", round, before, stored)
		}
		started := make([]time.Time, words) // when each word's first key was sent
		word := func(i int) string { return fmt.Sprintf(" r%dw%02d", round, i) }
		full := before
		for i := range words {
			started[i] = time.Now()
			do(t, ctx, "typing", chromedp.SendKeys(chromedp.CSS("#f-summary"), word(i)))
			full += word(i)
			// Deliberate pacing, not a wait: a person types about ten words
			// a second, so the kill lands among saves due, running and done.
			time.Sleep(60 * time.Millisecond)
		}
		// The kill's instant is its first signal: the wait for every
		// process to be gone (three looks at /proc 50 ms apart, slow on a
		// busy machine) is no time the page had to store a key.
		killed := vaultKillChromium(t, profile)
		if killed.IsZero() {
			t.Fatalf("round %d: no process of Chromium was found to kill", round)
		}
		t.Logf("round %d: the kill took %v from its first signal to the processes gone", round, time.Since(killed).Round(time.Millisecond))
		ctx = browser(t, n, profile)
		do(t, ctx, "loading after the kill", chromedp.Navigate(base+"/"), waitApp())
		got := durableSummary(t, ctx, id, pass)
		if !strings.HasPrefix(full, got) || len(got) < len(before) {
			t.Fatalf("round %d: stored %q is not a beginning of the typed text %q", round, got, full)
		}
		// The first character lost belongs to word i: it was typed at the
		// earliest when that word was started.
		var lost time.Duration
		lostChars := len(full) - len(got)
		if lostChars > 0 {
			i := 0
			for n := len(before); i < words && n+len(word(i)) <= len(got); i++ {
				n += len(word(i))
			}
			lost = killed.Sub(started[i])
			if lost > time.Second {
				t.Errorf("round %d: %q, started %v before the kill, was lost", round, full[len(got):], lost.Round(time.Millisecond))
			}
		}
		t.Logf("round %d (protected %v): %d characters typed in %d words, %d lost; the oldest lost was typed at most %v before the kill",
			round, pass != "", len(full)-len(before), words, lostChars, lost.Round(time.Millisecond))
		totalLost += lostChars
		worst = max(worst, lost)
	}
	t.Logf("FIGURE kill mid-typing: 3 kills (one protected), %d characters lost in all, the oldest typed at most %v before its kill (limit 1 s)", totalLost, worst.Round(time.Millisecond))
}

// durableQuiet waits until nothing typed into the summary waits to be
// written: the record holds what the page shows, the page has stopped
// rendering, and no write came for longer than the desk's save delay (400
// ms), so no timed save is due. A key typed then starts a timed save of its
// own, due 400 ms later. (It waited for a write 400 ms after the last key,
// which never came when an earlier edit's save, due before the handler
// ran, had written that key: a CI run waited 15 s for it and failed.)
func durableQuiet(t *testing.T, ctx context.Context, id, pass string) {
	t.Helper()
	shown := eval[string](t, ctx, "summary", `document.querySelector("#f-summary").value`)
	waitUntil(t, "the summary written", 15*time.Second, func() bool {
		return durableSummary(t, ctx, id, pass) == shown
	})
	waitUntil(t, "no write for 600 ms, the page settled", 15*time.Second, func() bool {
		do(t, ctx, "the page settled", settled())
		before := durableWrittenAt(t, ctx, id)
		// Deliberate: longer than the desk's save delay (400 ms).
		time.Sleep(600 * time.Millisecond)
		return durableWrittenAt(t, ctx, id) == before
	})
}

// durableWrittenAt is the time of the incident's last write (the record's
// updatedAt, the page's milliseconds).
func durableWrittenAt(t *testing.T, ctx context.Context, id string) float64 {
	t.Helper()
	return eval[float64](t, ctx, "the record's time", fmt.Sprintf(`new Promise((ok, fail) => {
		const r = indexedDB.open("breachdesk"); r.onerror = () => fail(r.error);
		r.onsuccess = () => { const q = r.result.transaction("incidents").objectStore("incidents").get(%q);
			q.onsuccess = () => { ok(q.result.updatedAt); r.result.close(); }; q.onerror = () => fail(q.error); };
	})`, id))
}

// durableKeyThenHide types one character into the summary once nothing is
// waiting to be written (durableQuiet), so the desk's timed save is due
// 400 ms later, and runs hide 50 ms after it was sent (no person closes a
// tab faster; DevTools' close does not queue behind the keystroke as the
// browser's own input does).
func durableKeyThenHide(t *testing.T, ctx context.Context, id, pass string, key string, hide func()) {
	t.Helper()
	durableQuiet(t, ctx, id, pass)
	do(t, ctx, "a key", chromedp.SendKeys(chromedp.CSS("#f-summary"), key))
	// Deliberate: the figure is about a key typed 50 ms before the page goes.
	time.Sleep(50 * time.Millisecond)
	hide()
}

// Leaving the page right after a keystroke loses nothing: the page is
// replaced by a page load 50 ms after the key (its timed save, due 400 ms
// after the key, may or may not have run by then: Chromium takes a few
// hundred milliseconds to leave a page here; TestDurabilityHideWrites shows
// the handlers themselves writing before it). Unprotected, then protected
// (the sealed copy made after each edit is what is written).
//
// Closing the tab instead is also tried, once: Chromium may end a renderer
// that is still busy half a second into the close without running its
// pagehide handlers, as when it is killed; then at most the last second
// may be lost, as for a kill (TestDurabilityKillMidTyping).
func TestDurabilityPageHide(t *testing.T) {
	// Not t.Parallel: its figures are timings, taken with the machine to
	// itself (the suite runs such tests alone, before the others).
	_, ctx, base := vaultOpen(t, "")
	id := safetyCreate(t, ctx, "Page hide", "start.")
	check := func(what, pass, want string, exact bool) {
		t.Helper()
		var got string
		eventually(5*time.Second, func() bool {
			got = durableSummary(t, ctx, id, pass)
			return got == want
		})
		switch {
		case got == want:
			t.Logf("%s: the key typed 50 ms before is stored", what)
		case exact:
			t.Errorf("%s: the key typed 50 ms before was lost: stored %q, want %q", what, got, want)
		default:
			t.Logf("%s: the key typed 50 ms before was lost (Chromium ended the page without pagehide): stored %q", what, got)
		}
	}
	for _, pass := range []string{"", vaultPassA} {
		if pass != "" {
			vaultProtect(t, ctx, base, pass, "0")
		}
		durableOpenWizard(t, ctx, base, id, pass)
		before := eval[string](t, ctx, "summary", `document.querySelector("#f-summary").value`)
		var sent time.Time
		durableQuiet(t, ctx, id, pass)
		sent = time.Now()
		// The 50 ms are deliberate: the figure is about a key typed 50 ms
		// before the page is left.
		do(t, ctx, "a key, then leaving the page", chromedp.SendKeys(chromedp.CSS("#f-summary"), "P"),
			chromedp.Sleep(50*time.Millisecond), chromedp.Navigate("about:blank"))
		do(t, ctx, "back on the app's origin", chromedp.Navigate(base+"/about"), waitApp())
		what := fmt.Sprintf("page left (protected %v)", pass != "")
		check(what, pass, before+"P", true)
		// Written by the pagehide handler, not by the timed save: the
		// record's time is before the save could have been due.
		at := durableWrittenAt(t, ctx, id)
		t.Logf("%s: written %v after the key was sent", what, time.UnixMilli(int64(at)).Sub(sent).Round(time.Millisecond))
	}
	// The tab closed, on the protected desk.
	tab, closeTab := chromedp.NewContext(ctx)
	if err := chromedp.Do(tab); err != nil {
		t.Fatal(err)
	}
	durableOpenWizard(t, tab, base, id, vaultPassA)
	before := eval[string](t, tab, "summary", `document.querySelector("#f-summary").value`)
	durableKeyThenHide(t, tab, id, vaultPassA, "C", closeTab)
	check("tab closed (protected)", vaultPassA, before+"C", false)
	t.Log("FIGURE page left 50 ms after a keystroke: 2 times (plain, protected), 0 keys lost")
}

// firstWriteJS polls the incident's record every few milliseconds until it
// holds %q and returns [key down, page hidden, record written] in the page's
// milliseconds (written -1: never).
const firstWriteJS = `(async () => {
	const db = await new Promise((res, rej) => { const r = indexedDB.open("breachdesk"); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
	try {
		for (let i = 0; i < 1000; i++) {
			const rec = await new Promise((res, rej) => { const r = db.transaction("incidents").objectStore("incidents").get(%q); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
			if (rec && new TextDecoder().decode(rec.data).includes(%q)) return [window.__keyAt, window.__hiddenAt, rec.updatedAt];
			await new Promise((r) => setTimeout(r, 3));
		}
		return [window.__keyAt, window.__hiddenAt, -1];
	} finally { db.close(); }
})()`

// The page-hide handlers write at once, before the timed save is due (400
// ms after a key): first on the pagehide event (dispatched in the page, as
// the browser does when the page is left), then on the document becoming
// hidden (the window minimised, a real visibilitychange); the two keys
// survive Chromium killed a moment later.
func TestDurabilityHideWrites(t *testing.T) {
	// Not t.Parallel: its figures are timings, taken with the machine to
	// itself (the suite runs such tests alone, before the others).
	profile := t.TempDir()
	n, ctx, base := vaultOpen(t, profile)
	id := safetyCreate(t, ctx, "Hidden", "start.")
	durableOpenWizard(t, ctx, base, id, "")
	win, err := chromedp.CallBrowser(ctx, cdpbrowser.GetWindowForTarget, cdpbrowser.GetWindowForTargetParams{TargetID: chromedp.FromContext(ctx).Target.TargetID})
	if err != nil {
		t.Fatal(err)
	}
	text := eval[string](t, ctx, "summary", `document.querySelector("#f-summary").value`)
	for _, c := range []struct {
		what, key string
		hide      func()
	}{
		{"pagehide", "E", func() {
			do(t, ctx, "pagehide", chromedp.Evaluate[chromedp.Void](`window.__hiddenAt = Date.now(); window.dispatchEvent(new PageTransitionEvent("pagehide", { persisted: false }))`))
		}},
		{"visibilitychange (window minimised)", "H", func() {
			if _, err := chromedp.CallBrowser(ctx, cdpbrowser.SetWindowBounds, cdpbrowser.SetWindowBoundsParams{
				WindowID: win.WindowID, Bounds: &cdpbrowser.Bounds{WindowState: cdpbrowser.WindowStateMinimized}}); err != nil {
				t.Fatal(err)
			}
		}},
	} {
		// The page notes when the key went down and when it was hidden.
		do(t, ctx, "watching", chromedp.Evaluate[chromedp.Void](`window.__keyAt = 0; window.__hiddenAt = 0;
			if (!window.__watching) {
				window.__watching = true;
				document.addEventListener("keydown", () => { if (!window.__keyAt) window.__keyAt = Date.now(); }, true);
				document.addEventListener("visibilitychange", () => { if (document.visibilityState === "hidden" && !window.__hiddenAt) window.__hiddenAt = Date.now(); });
			}`))
		durableKeyThenHide(t, ctx, id, "", c.key, c.hide)
		text += c.key
		res := eval[[]float64](t, ctx, "the first write", fmt.Sprintf(firstWriteJS, id, text))
		keyAt, hiddenAt, wroteAt := res[0], res[1], res[2]
		switch {
		case hiddenAt == 0:
			t.Fatalf("%s: the page was not hidden", c.what)
		case wroteAt < 0:
			t.Fatalf("%s: the key was never written", c.what)
		}
		t.Logf("FIGURE %s: hidden %.0f ms after the key, the key written %.0f ms after it (the timed save is due at 400 ms)", c.what, hiddenAt-keyAt, wroteAt-keyAt)
		if hiddenAt-keyAt < 380 && wroteAt-keyAt >= 400 {
			t.Errorf("%s: hidden %.0f ms after the key, yet first written %.0f ms after it: by the timed save, not by the handler", c.what, hiddenAt-keyAt, wroteAt-keyAt)
		}
	}
	vaultKillChromium(t, profile)
	ctx = browser(t, n, profile)
	do(t, ctx, "loading after the kill", chromedp.Navigate(base+"/"), waitApp())
	if got := durableSummary(t, ctx, id, ""); got != text {
		t.Errorf("after the kill the summary is %q, want %q", got, text)
	}
}

// A tab whose page is ended right after a keystroke, without its pagehide
// event and before its timed save (due 400 ms after the key), keeps the
// key: make soak lost a key once in 100 tab closes because Chromium ended
// the closing tab's busy renderer without running pagehide. Here the
// renderer is crashed (Page.crash) just after the key, which ends it the
// same way, every time. The key was put in the keystroke's own turn (the
// desk's typed record); the next load of the app shows it and writes it.
// Without the typed record the key is lost (the record shows no "K").
func TestDurabilityTabEndedWithoutPageHide(t *testing.T) {
	_, ctx, base := vaultOpen(t, "")
	id := safetyCreate(t, ctx, "Ended", "start.")
	reader := base + "/manifest.webmanifest"
	do(t, ctx, "the reader", chromedp.Navigate(reader))
	tab, closeTab := chromedp.NewContext(ctx)
	defer closeTab()
	if err := chromedp.Do(tab); err != nil {
		t.Fatal(err)
	}
	// A new tab's first load of the app took over a minute on the loaded
	// machine (load 35): three minutes.
	octx, ocancel := context.WithTimeout(tab, 3*time.Minute)
	if err := chromedp.Do(octx, chromedp.Navigate(base+"/incident/start#"+id), waitApp(), visible("#f-summary")); err != nil {
		t.Fatalf("opening the incident: %v", err)
	}
	ocancel()
	durableQuiet(t, tab, id, "")
	before := eval[string](t, tab, "summary", `document.querySelector("#f-summary").value`)
	do(t, tab, "the mark", chromedp.Evaluate[chromedp.Void](`localStorage.removeItem("ended-hidden");
		addEventListener("pagehide", () => localStorage.setItem("ended-hidden", "1"))`))
	do(t, tab, "a key", chromedp.SendKeys(chromedp.CSS("#f-summary"), "K"))
	endRenderer(tab)
	if got := eval[string](t, ctx, "the mark", `String(localStorage.getItem("ended-hidden"))`); got != "null" {
		t.Fatalf("the page ran pagehide (%s): the test must end it without", got)
	}
	if got := durableSummary(t, ctx, id, ""); got != before {
		t.Fatalf("the incident's record holds %q, want %q: the timed save ran before the page ended, the test shows nothing", got, before)
	}
	// The next load of the app.
	do(t, ctx, "the app again", chromedp.Navigate(base+"/incident/start#"+id), waitApp(), visible("#f-summary"))
	var got string
	if !eventually(15*time.Second, func() bool {
		got = durableSummary(t, ctx, id, "")
		return got == before+"K"
	}) {
		t.Fatalf("after the tab ended, the next load stored %q, want %q: the key was lost", got, before+"K")
	}
	if shown := eval[string](t, ctx, "summary", `document.querySelector("#f-summary").value`); shown != before+"K" {
		t.Errorf("the page shows %q, want %q", shown, before+"K")
	}
}

// endRenderer crashes the tab's renderer (Page.crash): the page ends at once,
// without pagehide, as Chromium ends a busy renderer whose tab is closed.
// It returns once DevTools reports the target crashed (Inspector.
// targetCrashed: the command itself gets no answer), 10 s at most.
func endRenderer(tab context.Context) {
	cctx, cancel := context.WithTimeout(tab, 10*time.Second)
	defer cancel()
	crashed := make(chan struct{})
	events := chromedp.Events(cctx, inspector.TargetCrashed)
	go func() {
		for _, err := range events {
			if err == nil {
				close(crashed)
			}
			return
		}
	}()
	go func() {
		_ = chromedp.Do(cctx, chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := cdp.Call(ctx, tg, page.Crash, cdp.Empty{})
			return err
		}))
	}()
	select {
	case <-crashed:
	case <-cctx.Done():
	}
}
