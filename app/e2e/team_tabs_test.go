//go:build e2e

package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"breachdesk/app/incident"

	"github.com/chromedp/chromedp"
)

// Two tabs of one browser sign with one device key. Tab 1 changes the
// summary and sends a packet to B; tab 2, open on the same incident, types
// too: its save stops (another tab changed it), and so does its packet,
// with a message saying what to do. After "keep mine" tab 2's packet goes,
// and B, who has tab 1's changes, takes it: one chain of the device, not two
// histories refused as forged.
func TestTeamTwoTabsOneChain(t *testing.T) {
	parallelTwo(t)
	a := newMember(t, "Sato", "DPO")
	b := newMember(t, "Tanaka", "CISO")
	base := "http://" + appHost
	id := safetyCreate(t, a.ctx, "Two tabs, one device", "start.")
	tab2, cancel := chromedp.NewContext(a.ctx)
	defer cancel()
	if err := chromedp.Do(tab2); err != nil { // the tab, opened for the whole test
		t.Fatal(err)
	}
	durableOpenWizard(t, tab2, base, id, "")

	b.receive(t, id, a.share(t, id), teamPass, "#packet-done")
	durableOpenWizard(t, a.ctx, base, id, "")
	do(t, a.ctx, "tab 1 types", chromedp.SendKeys(chromedp.CSS("#f-summary"), " one"))
	waitStoredID(t, a.ctx, id, "tab 1's words", func(inc *incident.Incident) bool { return strings.HasSuffix(inc.Story.Summary, " one") })
	b.receive(t, id, a.share(t, id), teamPass, "#packet-done")

	const notice = `[id^="notice-changed-"]`
	do(t, tab2, "tab 2 types over tab 1's change",
		chromedp.Evaluate[chromedp.Void](`(() => { const e = document.querySelector("#f-summary"); e.focus(); e.setSelectionRange(e.value.length, e.value.length); })()`),
		chromedp.SendKeys(chromedp.CSS("#f-summary"), " two"),
		chromedp.WaitVisible(chromedp.CSS(notice)))
	sharePacket := func(open chromedp.Action[chromedp.Void], want string) {
		do(t, tab2, "tab 2 sends its changes", open,
			chromedp.WaitVisible(chromedp.CSS("#share-pass")),
			typeText("#share-pass", teamPass), typeText("#share-repeat", teamPass),
			chromedp.Click(chromedp.CSS("#share-button")),
			chromedp.WaitVisible(chromedp.CSS(want)))
	}
	// In the page (not reloaded: this tab's change is only in its memory).
	sharePacket(chromedp.Click(chromedp.CSS(`a[href^="/incident/share"]`)), "#share-problem")
	if msg := eval[string](t, tab2, "the problem", `document.querySelector("#share-problem").textContent`); !strings.Contains(msg, "別のタブ") || !strings.Contains(msg, "このタブの内容を残す") {
		t.Fatalf("tab 2's packet refused with %q", msg)
	}
	// An export from tab 2 now leaves the log out, and says so, in the
	// page and in the file.
	row := `#backup-list tr[data-id="` + id + `"]`
	do(t, tab2, "tab 2 exports the incident",
		chromedp.Click(chromedp.CSS(`.bd-nav a[href="/settings"]`)),
		chromedp.WaitVisible(chromedp.CSS(row+" .export-one")),
		chromedp.Click(chromedp.CSS(row+" .export-one")),
		chromedp.WaitVisible(chromedp.CSS(row+" .export-left-out")))
	if msg := text(t, tab2, row+" .export-left-out"); !strings.Contains(msg, "変更履歴はファイルに入れませんでした") || !strings.Contains(msg, "再読み込み") {
		t.Errorf("the export's warning: %q", msg)
	}
	_, export := a.dl.wait(t, "breachdesk-"+id+"-*.json")
	if e, err := incident.DecodeExport(export); err != nil || len(e.Logs) != 0 || len(e.LogsLeftOut) != 1 || e.LogsLeftOut[0] != id {
		t.Errorf("the export: %v; %d logs, left out %v", err, len(e.Logs), e.LogsLeftOut)
	}

	do(t, tab2, "keep mine", chromedp.Click(chromedp.CSS(notice+" .notice-keep")), chromedp.WaitNotPresent(chromedp.CSS(notice)))
	waitStoredID(t, a.ctx, id, "tab 2's words", func(inc *incident.Incident) bool { return strings.HasSuffix(inc.Story.Summary, " two") })
	sharePacket(chromedp.Navigate(base+"/incident/share#"+id), "#share-done")
	dl, data := a.dl.wait(t, "breachdesk-changes-*.sealed.json")
	file := filepath.Join(t.TempDir(), dl.Name)
	if err := os.WriteFile(file, data, 0o600); err != nil {
		t.Fatal(err)
	}
	b.receive(t, id, file, teamPass, "#packet-done")
	if got := b.facts(t, id); !strings.Contains(got, "start. two") {
		t.Fatalf("B lacks tab 2's words: %s", got)
	}
}
