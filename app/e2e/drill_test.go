//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// drillWaitContains waits until an element matching sel has text containing want.
func drillWaitContains(sel, want string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := chromedp.Poll[bool](fmt.Sprintf(
			`Array.from(document.querySelectorAll(%q)).some((e) => e.textContent.includes(%q))`, sel, want),
			chromedp.WithPollingTimeout(30*time.Second))(ctx, t)
		if err != nil {
			return fmt.Errorf("waiting for %s containing %q: %w", sel, want, err)
		}
		return nil
	})
}

// drillShot saves a full-page screenshot to $DRILL_SHOTS (when set) as name.png.
func drillShot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	dir := os.Getenv("DRILL_SHOTS")
	if dir == "" {
		return
	}
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	_ = os.MkdirAll(dir, 0o755)
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// drillStored reads an incident's stored JSON from IndexedDB.
func drillStored(t *testing.T, ctx context.Context, id string) string {
	t.Helper()
	return eval[string](t, ctx, "reading the stored incident", fmt.Sprintf(`new Promise((res, rej) => {
		const r = indexedDB.open("breachdesk");
		r.onerror = () => rej(r.error);
		r.onsuccess = () => {
			const db = r.result;
			const g = db.transaction("incidents").objectStore("incidents").get(%q);
			g.onerror = () => rej(g.error);
			g.onsuccess = () => { db.close(); res(g.result ? new TextDecoder().decode(g.result.data) : ""); };
		};
	})`, id))
}

// drillID is the incident id in the page's URL fragment.
func drillID(t *testing.T, ctx context.Context) string {
	return eval[string](t, ctx, "reading the incident id", `location.hash.slice(1)`)
}

// A drill from the UI, advanced by hand: two injects fire in order with
// their facts applied, the drill survives a reload, the team files the 速報
// in time, and the score shows it met and the rest missed.
func TestDrillEndToEnd(t *testing.T) {
	n := newNetwork(t)
	n.serve(appHost, filepath.Join(sites, "root"), "")
	ctx := browser(t, n, t.TempDir())
	do(t, ctx, "loading the app", chromedp.Navigate("http://"+appHost+"/"), waitApp())
	do(t, ctx, "opening drill mode from the menu",
		chromedp.Click(chromedp.CSS(`.bd-nav a[href="/drills"]`)),
		chromedp.WaitVisible(chromedp.CSS("#drill-start")))
	drillShot(t, ctx, "ja-1-chooser")
	do(t, ctx, "starting the travel drill, manual speed",
		chromedp.Click(chromedp.CSS(`label[for="scenario-travel-targeted-email"]`)),
		chromedp.Click(chromedp.CSS(`label[for="speed-step"]`)),
		chromedp.Click(chromedp.CSS("#drill-start")),
		chromedp.WaitVisible(chromedp.CSS("#drill-banner")),
		waitText("#drill-day", "0日目"))
	id := drillID(t, ctx)
	if !strings.HasPrefix(text(t, ctx, ".bd-incident-name"), "【訓練】") {
		t.Errorf("incident name %q is not marked", text(t, ctx, ".bd-incident-name"))
	}
	if got := text(t, ctx, "main h1"); got != "いまの状況" && got == "" {
		t.Errorf("not on the dashboard: %q", got)
	}
	before := text(t, ctx, "#jurisdictions")

	do(t, ctx, "first inject", chromedp.Click(chromedp.CSS("#drill-advance")),
		drillWaitContains("#drill-latest", "情報システム部から"))
	do(t, ctx, "second inject", chromedp.Click(chromedp.CSS("#drill-advance")),
		drillWaitContains("#drill-latest", "セキュリティベンダーから（初期所見）"),
		waitText("#drill-day", "1日目"))
	do(t, ctx, "third inject (day 4: outbound traffic)", chromedp.Click(chromedp.CSS("#drill-advance")),
		drillWaitContains("#drill-latest", "外部送信を報告"),
		waitText("#drill-day", "4日目"))
	drillShot(t, ctx, "ja-2-dashboard-day4")
	if after := text(t, ctx, "#jurisdictions"); after == before {
		t.Errorf("the dashboard did not change with the injects' facts:\n%s", after)
	}
	stored := drillStored(t, ctx, id)
	for _, want := range []string{`"drill":true`, `"id":"drill-cc"`, `"id":"drill-origin"`, `"kind":"targeted_email"`, `drillState`} {
		if !strings.Contains(stored, want) {
			t.Errorf("stored drill lacks %s", want)
		}
	}
	if strings.Index(stored, `"id":"drill-cc"`) > strings.Index(stored, `"id":"drill-origin"`) {
		t.Error("injects stored out of order")
	}

	// A reload mid-drill resumes it where it was.
	do(t, ctx, "reloading mid-drill", chromedp.Reload(), waitApp(),
		chromedp.WaitVisible(chromedp.CSS("#drill-banner")),
		waitText("#drill-day", "4日目"),
		drillWaitContains("#drill-latest", "外部送信を報告"))

	// The team files the 速報 at day 4, well within its deadline.
	do(t, ctx, "opening the drill room", chromedp.Click(chromedp.CSS("#drill-room-link")),
		chromedp.WaitVisible(chromedp.CSS("#drill-event-form")))
	drillShot(t, ctx, "ja-3-room")
	do(t, ctx, "recording the 速報",
		chromedp.SetValue(chromedp.CSS("#drill-event-kind"), "report_prelim"),
		chromedp.SetValue(chromedp.CSS("#drill-event-jur"), "JP"),
		chromedp.Click(chromedp.CSS("#drill-record-event")))
	do(t, ctx, "switching to English", chromedp.Click(chromedp.CSS("#lang-switch")),
		waitText("#drill-day", "day 4"))
	drillShot(t, ctx, "en-3-room")

	// Run the clock out: every remaining inject, then the end of the script.
	for i := 0; i < 6; i++ {
		do(t, ctx, fmt.Sprintf("advance %d", i+4), chromedp.Click(chromedp.CSS("#drill-advance")),
			chromedp.Sleep(300*time.Millisecond))
		if eval[bool](t, ctx, "ended?", `!document.querySelector("#drill-advance")`) {
			break
		}
	}
	do(t, ctx, "the drill ends by itself", drillWaitContains("#drill-banner", "The drill has ended"))
	do(t, ctx, "opening the score", chromedp.Click(chromedp.CSS("#drill-room-link")),
		chromedp.WaitVisible(chromedp.CSS("#drill-percent")))
	drillShot(t, ctx, "en-4-score")
	outcome := func(item string) string {
		return eval[string](t, ctx, "outcome of "+item, fmt.Sprintf(
			`(() => { const r = document.querySelector('tr[data-item=%q]'); return r ? r.dataset.outcome : "(none)"; })()`, item))
	}
	if got := outcome("jp.report.prelim"); got != "met" {
		t.Errorf("速報: %s, want met", got)
	}
	if got := outcome("jp.ministry.report"); got != "missed" {
		t.Errorf("ministry report: %s, want missed", got)
	}
	missed := eval[int](t, ctx, "counting missed", `document.querySelectorAll('tr[data-outcome="missed"]').length`)
	if missed < 3 {
		t.Errorf("%d missed items, want the untouched steps missed too", missed)
	}
	if s := text(t, ctx, "#drill-summary"); !strings.Contains(s, "Legal deadlines: 1 met") {
		t.Errorf("summary: %s", s)
	}
	do(t, ctx, "switching to Japanese", chromedp.Click(chromedp.CSS("#lang-switch")),
		drillWaitContains("#drill-percent", "得点"))
	drillShot(t, ctx, "ja-4-score")
	if s := text(t, ctx, "#drill-summary"); !strings.Contains(s, "期限内 1") {
		t.Errorf("JA summary: %s", s)
	}

	// On the home list the drill is marked and after the real incidents.
	do(t, ctx, "home", chromedp.Click(chromedp.CSS(`.bd-nav a[href="/"]`)),
		chromedp.WaitVisible(chromedp.CSS("#start-incident")))
	do(t, ctx, "a real incident", chromedp.Click(chromedp.CSS("#start-incident")), chromedp.WaitVisible(chromedp.CSS("#wizard-question")))
	do(t, ctx, "home again", chromedp.Click(chromedp.CSS(`.bd-nav a[href="/"]`)),
		chromedp.WaitVisible(chromedp.CSS("#incident-list")))
	rows := eval[[]bool](t, ctx, "list order", `Array.from(document.querySelectorAll("#incident-list tbody tr")).map((r) => !!r.querySelector(".bd-drill"))`)
	if len(rows) != 2 || rows[0] || !rows[1] {
		t.Errorf("rows (drill?) = %v, want the real incident first", rows)
	}
	drillShot(t, ctx, "ja-5-home")
	n.checkPrivacy(t, appHost)
}

// The readiness checklist is kept with the organisation and fills in a new incident.
func TestReadinessPrefillsNewIncident(t *testing.T) {
	n := newNetwork(t)
	n.serve(appHost, filepath.Join(sites, "root"), "")
	ctx := browser(t, n, t.TempDir())
	do(t, ctx, "loading the app", chromedp.Navigate("http://"+appHost+"/"), waitApp())
	do(t, ctx, "opening the readiness checklist",
		chromedp.Click(chromedp.CSS(`.bd-nav a[href="/readiness"]`)),
		chromedp.WaitVisible(chromedp.CSS("#r-orgName")))
	do(t, ctx, "filling two fields",
		chromedp.SendKeys(chromedp.CSS("#r-orgName"), "株式会社訓練商事"),
		chromedp.SendKeys(chromedp.CSS("#r-networkCut"), "情報システム部長 山田"),
		chromedp.Click(chromedp.CSS("main h1")),
		drillWaitContains("#ready-status", "保存しました"))
	drillShot(t, ctx, "ja-6-readiness")
	do(t, ctx, "reloading the checklist", chromedp.Reload(), waitApp(),
		chromedp.WaitVisible(chromedp.CSS("#r-orgName")))
	if v := eval[string](t, ctx, "org name", `document.querySelector("#r-orgName").value`); v != "株式会社訓練商事" {
		t.Errorf("after reload the org name is %q", v)
	}
	do(t, ctx, "switching to English", chromedp.Click(chromedp.CSS("#lang-switch")),
		waitText("main h1", "Readiness checklist"))
	drillShot(t, ctx, "en-6-readiness")
	do(t, ctx, "starting an incident", chromedp.Click(chromedp.CSS(`.bd-nav a[href="/"]`)),
		chromedp.WaitVisible(chromedp.CSS("#start-incident")),
		chromedp.Click(chromedp.CSS("#start-incident")),
		chromedp.WaitVisible(chromedp.CSS("#wizard-question")))
	id := drillID(t, ctx)
	var stored string
	for i := 0; i < 50; i++ {
		stored = drillStored(t, ctx, id)
		if strings.Contains(stored, "株式会社訓練商事") && strings.Contains(stored, "情報システム部長 山田") {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if !strings.Contains(stored, `"name":"株式会社訓練商事"`) {
		t.Errorf("the new incident's organisation is not pre-filled: %s", stored)
	}
	if !strings.Contains(stored, `"pb.contain.isolate":{"owner":"情報システム部長 山田"}`) {
		t.Errorf("the isolation step's owner is not pre-filled: %s", stored)
	}
	n.checkPrivacy(t, appHost)
}
