//go:build e2e && soak

package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"breachdesk/app/desk"
	"breachdesk/app/incident"
	"breachdesk/app/mutate"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// soakImportSeeds are testdata's incident files (one per schema version,
// the scenarios, the drafts' cases) and an export of three of them.
func soakImportSeeds(t *testing.T) [][]byte {
	t.Helper()
	root := filepath.Join("..", "..", "testdata")
	var files []string
	for _, dir := range []string{"incident", "scenarios", "draft"} {
		m, _ := filepath.Glob(filepath.Join(root, dir, "*.json"))
		files = append(files, m...)
	}
	sort.Strings(files)
	var seeds [][]byte
	var incs []*incident.Incident
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		seeds = append(seeds, b)
		if inc, err := incident.Decode(b); err == nil && len(incs) < 3 {
			incs = append(incs, inc)
		}
	}
	export, err := incident.EncodeExport(incs, incs[0].UpdatedAt)
	if err != nil {
		t.Fatal(err)
	}
	return append(seeds, export)
}

// soakImportWatch notes, before a file is picked, the result of the last
// import; the new file's answer names it (a refusal) or lists other
// incidents (an import: each added under a fresh link).
const soakImportWatch = `(() => { const r = document.querySelector("#import-result"); window.__soakBefore = r ? r.outerHTML : ""; })()`

// soakImportDone is true once the page answers about the file name.
func soakImportDone(name string) string {
	return fmt.Sprintf(`(() => {
		if (document.querySelector("#import-busy")) return false;
		if (document.querySelector("#import-pass")) return true;
		const r = document.querySelector("#import-result");
		return !!r && (r.textContent.includes(%q) || (r.classList.contains("bd-ok") && r.outerHTML !== window.__soakBefore));
	})()`, name)
}

// soakImportResult is what the page shows once the file is read.
const soakImportResult = `(() => {
	const r = document.querySelector("#import-result");
	return { ok: r.classList.contains("bd-ok"), problems: Array.from(r.querySelectorAll(".import-problem"), (e) => e.textContent),
		added: r.querySelectorAll(".import-added").length, text: r.textContent };
})()`

// soakImportWait waits (two minutes at most: a large file takes long in a
// loaded machine's wasm) until cond holds, and says what the page shows if not.
func soakImportWait(t *testing.T, ctx context.Context, what, cond string) {
	t.Helper()
	for deadline := time.Now().Add(2 * time.Minute); !eval[bool](t, ctx, "waiting", cond); time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("%s: no answer; the page: %s", what, eval[string](t, ctx, "state", `JSON.stringify({
				result: !!document.querySelector("#import-result"), busy: !!document.querySelector("#import-busy"),
				text: (document.querySelector("#import-result") || document.querySelector("main") || {}).textContent})`))
		}
	}
}

// soakText is s without what is not UTF-8 (a hostile file's bytes in a
// path are shown as U+FFFD, each in the browser's own way).
func soakText(s string) string {
	return strings.ReplaceAll(strings.ToValidUTF8(s, ""), "\uFFFD", "")
}

type soakShown struct {
	OK       bool     `json:"ok"`
	Problems []string `json:"problems"`
	Added    int      `json:"added"`
	Text     string   `json:"text"`
}

// 1,000 mutated files through the real file input of the settings page, in
// Chromium: the app never crashes (no panic, no uncaught exception, and
// every file gets its answer), the incident stored before is unchanged,
// each refusal lists exactly the problems the importer finds (named in
// Japanese words, with their place), and each file accepted adds what it
// holds.
func TestSoakImportFileInput(t *testing.T) {
	files := soakTrials(t, "SOAK_IMPORT_BROWSER", 1000)
	_, ctx, base := vaultOpen(t, "")
	id := safetyCreate(t, ctx, "Stored before the imports", "nothing may change this")
	var mu sync.Mutex
	var crashes []string
	crashed := func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), crashes...)
	}
	if err := chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch ev := ev.(type) {
		case *runtime.EventExceptionThrown:
			crashes = append(crashes, "exception: "+ev.ExceptionDetails.Text)
		case *runtime.EventConsoleAPICalled:
			for _, a := range ev.Args {
				if s := string(a.Value) + a.Description; strings.Contains(s, "panic:") || strings.Contains(s, "fatal error") {
					crashes = append(crashes, "console: "+s)
				}
			}
		}
	}); err != nil {
		t.Fatal(err)
	}
	storedBefore := storedJSON(t, ctx)[id]
	do(t, ctx, "the settings", chromedp.Navigate(base+"/settings"), waitApp(), chromedp.WaitVisible(chromedp.CSS("#import-file")))
	m := mutate.New(1015, soakImportSeeds(t)...)
	dir := t.TempDir()
	var refused, accepted, mismatched, added, readErrs int
	for i := range files {
		data, what := m.Next()
		base := fmt.Sprintf("soak-%04d.json", i)
		name := filepath.Join(dir, base)
		if err := os.WriteFile(name, data, 0o644); err != nil {
			t.Fatal(err)
		}
		do(t, ctx, fmt.Sprintf("picking file %d (%s)", i, what),
			chromedp.Evaluate[chromedp.Void](soakImportWatch),
			chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{name}))
		soakImportWait(t, ctx, fmt.Sprintf("file %d (%s, %d bytes)", i, what, len(data)), soakImportDone(base))
		if eval[bool](t, ctx, "a passphrase asked", `!!document.querySelector("#import-pass")`) {
			do(t, ctx, "a wrong passphrase", chromedp.SendKeys(chromedp.CSS("#import-pass"), "not the passphrase"),
				chromedp.Evaluate[chromedp.Void](soakImportWatch), chromedp.Click(chromedp.CSS("#import-open")))
			soakImportWait(t, ctx, fmt.Sprintf("file %d (%s), sealed", i, what),
				`window.__soakCleared && !document.querySelector("#import-busy") && !!document.querySelector("#import-result")`)
		}
		shown := eval[soakShown](t, ctx, "the result", soakImportResult)
		_, errs, _ := desk.ReadImport(data)
		switch {
		case shown.OK:
			accepted++
			added += shown.Added
			if len(errs) > 0 {
				mismatched++
				t.Errorf("file %d (%s): accepted by the page, refused by the importer: %v", i, what, errs)
			}
		case len(errs) == 0:
			// Refused by the page for a reason of its own (the file could
			// not be read, or is too large): it must say so.
			refused++
			readErrs++
			if len(shown.Problems) != 1 || strings.TrimSpace(shown.Problems[0]) == "" {
				mismatched++
				t.Errorf("file %d (%s): refused without a named reason: %q", i, what, shown.Text)
			}
		default:
			refused++
			want := make([]string, len(errs))
			for j, p := range errs {
				want[j] = p.Text("ja")
			}
			if soakText(strings.Join(shown.Problems, "\n")) != soakText(strings.Join(want, "\n")) {
				mismatched++
				t.Errorf("file %d (%s): the page lists %q, the importer finds %q", i, what, shown.Problems, want)
			}
		}
		if c := crashed(); len(c) > 0 {
			t.Fatalf("file %d (%s): the app crashed: %v", i, what, c)
		}
		if i%50 == 49 || i == files-1 {
			if got := storedJSON(t, ctx)[id]; got != storedBefore {
				t.Fatalf("after file %d the incident stored before the imports changed", i)
			}
		}
	}
	if n := len(storedJSON(t, ctx)); n != 1+added {
		t.Errorf("%d records stored, want the one before and the %d imported", n, added)
	}
	t.Logf("FIGURE mutated files through the file input (Chromium): %d files, %d crashes, 0 stored records changed, %d refused (%d by the page before the importer, e.g. unreadable), %d accepted (%d incidents added), %d answers that differ from the importer's",
		files, len(crashed()), refused, readErrs, accepted, added, mismatched)
}
