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

	"breachdesk/app/incident"

	"github.com/chromedp/chromedp"
)

// checklistPick sets a date-time picker or a select the way the browser does
// after a user's choice: the value, then the input and change events.
func checklistPick(sel, v string) chromedp.Action[chromedp.Void] {
	return chromedp.Evaluate[chromedp.Void](fmt.Sprintf(`(() => { const e = document.querySelector(%q); e.value = %q;
		e.dispatchEvent(new Event("input", {bubbles: true})); e.dispatchEvent(new Event("change", {bubbles: true})); })()`, sel, v))
}

// checklistTab follows the incident's tab to path.
func checklistTab(path string) chromedp.Action[chromedp.Void] {
	return chromedp.Click(chromedp.CSS(fmt.Sprintf(`.bd-tabs a[href^=%q]`, path)))
}

// checklistShot saves a PNG of the whole page in $CHECKLIST_SHOTS, if set.
func checklistShot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	dir := os.Getenv("CHECKLIST_SHOTS")
	if dir == "" {
		return
	}
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// checklistViewShot saves a PNG of the window scrolled to sel, if $CHECKLIST_SHOTS is set.
func checklistViewShot(t *testing.T, ctx context.Context, name, sel string) {
	t.Helper()
	dir := os.Getenv("CHECKLIST_SHOTS")
	if dir == "" {
		return
	}
	eval[bool](t, ctx, "scrolling to "+sel, fmt.Sprintf(`(() => { const e = document.querySelector(%q); if (e) e.scrollIntoView(); return !!e; })()`, sel))
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// checklistStored waits until the stored incident satisfies ok (saving takes
// about 0.4 s after an edit) and returns it.
func checklistStored(t *testing.T, ctx context.Context, what string, ok func(*incident.Incident) bool) *incident.Incident {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		incs := storedIncidents(t, ctx)
		if len(incs) == 1 && ok(incs[0]) {
			return incs[0]
		}
		if time.Now().After(deadline) {
			for _, inc := range incs {
				t.Logf("stored: %+v %+v %v", inc.Data, inc.Steps, inc.Events)
			}
			t.Logf("page: %s", text(t, ctx, "body"))
			t.Fatalf("%s: not stored (%d incidents)", what, len(incs))
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// A user creates an incident through the wizard, marks a step of the
// checklist done with an owner, records the containment on the timeline and
// sees the detection→containment delay; both survive a reload.
func TestChecklistAndTimelineSurviveAReload(t *testing.T) {
	n := newNetwork(t)
	n.serve(appHost, filepath.Join(sites, "root"), "")
	ctx := browser(t, n, t.TempDir())
	do(t, ctx, "loading", chromedp.Navigate("http://"+appHost+"/"), waitApp(), chromedp.WaitVisible(chromedp.CSS("#start-incident")))

	tokyo, _ := time.LoadLocation("Asia/Tokyo")
	local := func(t time.Time) string { return t.In(tokyo).Format("2006-01-02T15:04") }
	detected := time.Now().Add(-30 * time.Hour).Truncate(time.Minute)
	aware := detected.Add(3 * time.Hour)
	contained := detected.Add(20 * time.Hour)

	do(t, ctx, "starting an incident", chromedp.Click(chromedp.CSS("#start-incident")), chromedp.WaitVisible(chromedp.CSS("#f-title")))
	do(t, ctx, "question 1", typeText("#f-title", "会員サイトへの不正アクセス"), choose("#f-cause", "unauthorized_access"), next())
	do(t, ctx, "question 2", chromedp.WaitVisible(chromedp.CSS("#f-at-aware")),
		choose("#f-at-aware", local(aware)), choose("#f-at-detected", local(detected)), next())
	do(t, ctx, "question 3", chromedp.WaitVisible(chromedp.CSS("#cat-name")),
		chromedp.Click(chromedp.CSS("#cat-name")), chromedp.Click(chromedp.CSS("#cat-email")), next())
	do(t, ctx, "question 4", chromedp.WaitVisible(chromedp.CSS("#f-persons")), typeText("#f-persons", "1,001"))
	checklistStored(t, ctx, "the wizard's answers", func(inc *incident.Incident) bool {
		return inc.Data.Persons.N == 1001 && len(inc.Data.Categories) == 2
	})

	// The checklist: tell those responsible, done by 佐藤.
	do(t, ctx, "opening the checklist", checklistTab("/incident/checklist"), waitText("main h1", "チェックリスト"),
		chromedp.WaitVisible(chromedp.CSS("#step-pb-internal-report")))
	checklistShot(t, ctx, "checklist-ja-before")
	do(t, ctx, "owner and done",
		chromedp.SendKeys(chromedp.CSS("#st-pb-internal-report-owner"), "佐藤"),
		chromedp.Click(chromedp.CSS("#st-pb-internal-report-done")),
		chromedp.WaitVisible(chromedp.CSS("#step-pb-internal-report .cl-when.cl-done")))
	st := checklistStored(t, ctx, "the done step", func(inc *incident.Incident) bool {
		return inc.Steps["pb.internal.report"].Status == incident.StepDone
	}).Steps["pb.internal.report"]
	if st.Owner != "佐藤" || st.DoneBy != "佐藤" || st.DoneAt == nil || time.Since(*st.DoneAt) > time.Minute {
		t.Errorf("stored step = %+v", st)
	}
	do(t, ctx, "reloading the checklist", chromedp.Reload(), waitApp(),
		chromedp.WaitVisible(chromedp.CSS("#step-pb-internal-report .cl-when.cl-done")))
	if got := eval[string](t, ctx, "owner", `document.querySelector("#st-pb-internal-report-owner").value`); got != "佐藤" {
		t.Errorf("owner after reload = %q", got)
	}
	if got := text(t, ctx, "#step-pb-internal-report .cl-when"); !strings.Contains(got, "佐藤") {
		t.Errorf("done line after reload = %q", got)
	}
	checklistShot(t, ctx, "checklist-ja")
	checklistViewShot(t, ctx, "checklist-ja-top", "body")
	checklistViewShot(t, ctx, "checklist-ja-maybe", "#phase-maybe")

	// The timeline: contained 20 hours after detection, within the 24-hour benchmark.
	do(t, ctx, "opening the timeline", checklistTab("/incident/timeline"), waitText("main h1", "時系列"),
		chromedp.WaitVisible(chromedp.CSS(`[data-finding="tl.contain"].tl-finding-overdue`)))
	do(t, ctx, "adding the containment",
		checklistPick("#tl-add-kind", "contained"), chromedp.WaitVisible(chromedp.CSS("#tl-add-at")),
		checklistPick("#tl-add-at", local(contained)),
		chromedp.SendKeys(chromedp.CSS("#tl-add-jur"), "JP"),
		chromedp.SendKeys(chromedp.CSS("#tl-add-note"), "ファイアウォールで外部通信を遮断"),
		chromedp.Click(chromedp.CSS("#tl-add-submit")),
		chromedp.WaitVisible(chromedp.CSS(`[data-finding="tl.contain"].tl-finding-ok`)))
	want := text(t, ctx, `[data-finding="tl.contain"] .tl-explain`)
	if !strings.HasPrefix(want, "検知から封じ込めまで：20時間") || !strings.Contains(want, "以内") {
		t.Errorf("finding = %q", want)
	}
	checklistStored(t, ctx, "the containment", func(inc *incident.Incident) bool {
		ev, ok := inc.FirstEvent(incident.EvContained)
		return ok && ev.At.Equal(contained) && ev.Jurisdiction == "JP"
	})
	do(t, ctx, "reloading the timeline", chromedp.Reload(), waitApp(),
		chromedp.WaitVisible(chromedp.CSS(`[data-finding="tl.contain"].tl-finding-ok`)))
	if got := text(t, ctx, `[data-finding="tl.contain"] .tl-explain`); got != want {
		t.Errorf("finding after reload = %q", got)
	}
	checklistShot(t, ctx, "timeline-ja")

	// The same pages in English.
	do(t, ctx, "English", chromedp.Click(chromedp.CSS("#lang-switch")), waitText("main h1", "Timeline"))
	checklistShot(t, ctx, "timeline-en")
	do(t, ctx, "English checklist", checklistTab("/incident/checklist"), waitText("main h1", "Checklist"),
		chromedp.WaitVisible(chromedp.CSS("#step-pb-internal-report .cl-when.cl-done")))
	checklistShot(t, ctx, "checklist-en")
	checklistViewShot(t, ctx, "checklist-en-top", "body")
	checklistViewShot(t, ctx, "checklist-en-maybe", "#phase-maybe")
	n.checkPrivacy(t, appHost)
}
