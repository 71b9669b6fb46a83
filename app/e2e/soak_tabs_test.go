//go:build e2e && soak

package e2e

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"breachdesk/app/oplog"

	"github.com/chromedp/chromedp"
)

// Two tabs and a second window edit the same incident's summary at random
// for five minutes (SOAK_TABS_SECONDS): words typed at the end of the
// field, and, when a page shows that another changed the incident, the
// user's choice at random: reload it, keep mine, or go on typing. No edit
// is silently lost: each word missing from the final record was typed in a
// page that showed the other's change after it was typed. At the end every
// page, reloaded, shows what is stored.
func TestSoakTwoTabsBrowser(t *testing.T) {
	seconds := soakTrials(t, "SOAK_TABS_SECONDS", 300)
	_, ctx, base := vaultOpen(t, "")
	id := safetyCreate(t, ctx, "Two tabs soak", "start.")
	tab2, cancel2 := chromedp.NewContext(ctx)
	defer cancel2()
	win, cancel3 := chromedp.NewContext(ctx, chromedp.WithNewWindow(true))
	defer cancel3()
	pages := []context.Context{ctx, tab2, win}
	names := []string{"tab 1", "tab 2", "window 2"}
	for _, p := range pages {
		if err := chromedp.Do(p); err != nil {
			t.Fatal(err)
		}
		durableOpenWizard(t, p, base, id, "")
	}
	const notice = `[id^="notice-changed-"]`
	type typedWord struct {
		page int
		at   time.Time
		word string
	}
	var typed []typedWord
	shown := make([]time.Time, len(pages)) // when each page last showed another's change
	look := func() {
		for i, p := range pages {
			if eval[bool](t, p, "a notice", `!!document.querySelector('`+notice+`')`) {
				shown[i] = time.Now()
			}
		}
	}
	// The pages sign with one device key: the stored change log only ever
	// grows along one chain of that device. A log written over it by a
	// page that had not read it (a second history of the device) would lose
	// operations that a packet may have carried already, and a receiver
	// holding them would refuse the next packet as forged.
	var had map[string]bool // the hashes of the operations of the last log read
	samples, losses := 0, 0
	checkLog := func(final bool) {
		var data string
		for _, r := range dumpDB(t, ctx).Own {
			if r.Key == "\x1flog:"+id {
				data = r.Data
			}
		}
		if data == "" {
			if had != nil || final {
				t.Errorf("no change log of the incident stored")
			}
			return
		}
		p, err := oplog.DecodePacket([]byte(data))
		if err == nil && final {
			_, err = oplog.Open(p, oplog.ECDSAVerifier{})
		}
		if err != nil {
			t.Errorf("the stored change log is refused: %v", err)
			return
		}
		now := map[string]bool{}
		for _, op := range p.Ops {
			now[op.Hash] = true
		}
		lost := 0
		for h := range had {
			if !now[h] {
				lost++
			}
		}
		if lost > 0 {
			losses++
			t.Errorf("the stored change log lost %d of its %d operations: another history was written over it", lost, len(had))
		}
		had = now
		samples++
	}
	rng := rand.New(rand.NewPCG(15, 2))
	reloads, keeps, actions := 0, 0, 0
	end := time.Now().Add(time.Duration(seconds) * time.Second)
	for n := 0; time.Now().Before(end); n++ {
		i := rng.IntN(len(pages))
		p := pages[i]
		has := eval[bool](t, p, "a notice", `!!document.querySelector('`+notice+`')`)
		switch r := rng.IntN(10); {
		case has && r < 2:
			// (The notice may come back at once: another page's save lands.)
			reloads++
			do(t, p, "reload", chromedp.Click(chromedp.CSS(notice+" .notice-reload")))
		case has && r < 4 && eval[bool](t, p, "keep", `!!document.querySelector('`+notice+` .notice-keep')`):
			keeps++
			do(t, p, "keep mine", chromedp.Click(chromedp.CSS(notice+" .notice-keep")))
		default:
			w := fmt.Sprintf(" p%dn%d", i, n)
			typed = append(typed, typedWord{page: i, at: time.Now(), word: w})
			do(t, p, "typing", chromedp.Evaluate[chromedp.Void](`(() => { const e = document.querySelector("#f-summary"); e.focus(); e.setSelectionRange(e.value.length, e.value.length); })()`),
				chromedp.SendKeys(chromedp.CSS("#f-summary"), w))
		}
		actions++
		time.Sleep(time.Duration(50+rng.IntN(350)) * time.Millisecond)
		look()
		if n%4 == 0 {
			checkLog(false)
		}
	}
	// Settle: the saves are done, then every page that shows a change reloads.
	time.Sleep(time.Second)
	look()
	for i, p := range pages {
		if eval[bool](t, p, "a notice", `!!document.querySelector('`+notice+`')`) {
			shown[i] = time.Now()
			do(t, p, "reload", chromedp.Click(chromedp.CSS(notice+" .notice-reload")), chromedp.WaitNotPresent(chromedp.CSS(notice)))
			look()
		}
	}
	final := durableSummary(t, ctx, id, "")
	kept, dropped, silent := 0, 0, 0
	for _, w := range typed {
		switch {
		case strings.Contains(final+" ", w.word+" "):
			kept++
		case !shown[w.page].Before(w.at):
			dropped++
		default:
			silent++
			t.Errorf("%q typed in %s at %v is lost, and that page showed no change after it", w.word, names[w.page], w.at.Format("15:04:05.000"))
		}
	}
	for i, p := range pages {
		durableOpenWizard(t, p, base, id, "")
		if got := eval[string](t, p, "summary", `document.querySelector("#f-summary").value`); got != final {
			t.Errorf("%s, reloaded, shows %q; stored %q", names[i], got, final)
		}
	}
	checkLog(true)
	t.Logf("FIGURE two tabs and a second window editing one incident for %d s: %d actions, %d words typed, %d stored, %d dropped after the page showed the other's change (%d reloads, %d keep-mine chosen), %d silently lost; the stored change log read %d times, %d operations at the end, %d times with operations lost since the read before",
		seconds, actions, len(typed), kept, dropped, reloads, keeps, silent, samples, len(had), losses)
}
