//go:build e2e && soak

package e2e

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/chromedp"
)

// The storage fills up while the user types (SOAK_QUOTA_BROWSER trials,
// 3 by default: each takes a minute or two). The origin's quota is cut to
// one byte at a random moment of typing; IndexedDB applies the cut when it
// next looks at its free space, at a moment the test does not choose: in
// the middle of a save or between two. Typing goes on until the page says
// the storage is full and a little after; then the space comes back, and
// every word typed is stored by itself (the desk tries every 5 s).
func TestSoakQuotaBrowser(t *testing.T) {
	trials := soakTrials(t, "SOAK_QUOTA_BROWSER", 3)
	_, ctx, base := vaultOpen(t, "")
	id := safetyCreate(t, ctx, "Quota soak", "start.")
	durableOpenWizard(t, ctx, base, id, "")
	origin := "http://" + appHost
	rng := rand.New(rand.NewPCG(15, 3))
	words, lost := 0, 0
	var fullAfter, storedAfter []string
	for trial := range trials {
		n := 0
		typeWord := func() {
			w := fmt.Sprintf(" q%dw%d", trial, n)
			n++
			words++
			do(t, ctx, "typing", chromedp.SendKeys(chromedp.CSS("#f-summary"), w))
			time.Sleep(time.Duration(100+rng.IntN(300)) * time.Millisecond)
		}
		for end := time.Now().Add(time.Duration(rng.IntN(3000)) * time.Millisecond); time.Now().Before(end); {
			typeWord()
		}
		quota := 1.0
		if _, err := chromedp.Call(ctx, storage.OverrideQuotaForOrigin, storage.OverrideQuotaForOriginParams{Origin: origin, QuotaSize: &quota}); err != nil {
			t.Fatal(err)
		}
		cut := time.Now()
		for !eval[bool](t, ctx, "full", `!!document.querySelector("#notice-full")`) {
			if time.Since(cut) > 3*time.Minute {
				t.Fatalf("trial %d: the page never said the storage is full", trial)
			}
			typeWord()
		}
		fullAfter = append(fullAfter, time.Since(cut).Round(time.Second).String())
		for end := time.Now().Add(time.Duration(500+rng.IntN(2500)) * time.Millisecond); time.Now().Before(end); {
			typeWord()
		}
		if _, err := chromedp.Call(ctx, storage.OverrideQuotaForOrigin, storage.OverrideQuotaForOriginParams{Origin: origin}); err != nil {
			t.Fatal(err)
		}
		back := time.Now()
		typeWord()
		typeWord()
		field := eval[string](t, ctx, "summary", `document.querySelector("#f-summary").value`)
		var got string
		for deadline := time.Now().Add(3 * time.Minute); ; time.Sleep(500 * time.Millisecond) {
			if got = durableSummary(t, ctx, id, ""); got == field || time.Now().After(deadline) {
				break
			}
		}
		storedAfter = append(storedAfter, time.Since(back).Round(time.Second).String())
		for i := range n {
			if w := fmt.Sprintf(" q%dw%d", trial, i); !strings.Contains(got+" ", w+" ") {
				lost++
				t.Errorf("trial %d: %q is not stored after the space came back", trial, w)
			}
		}
		do(t, ctx, "the message goes", chromedp.WaitNotPresent(chromedp.CSS("#notice-full")))
	}
	t.Logf("FIGURE storage full while typing (Chromium, quota cut to 1 byte at a random moment): %d trials, %d words typed, the page said full %v after each cut, all stored %v after the space came back; %d words lost",
		trials, words, fullAfter, storedAfter, lost)
}
