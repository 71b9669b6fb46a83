//go:build e2e

package e2e

import (
	"strings"
	"testing"
	"time"

	"breachdesk/app/incident"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// A user creates an incident through the wizard, marks a step of the
// checklist done with an owner, records the containment on the timeline and
// sees the detection→containment delay; both survive a reload.
func TestChecklistAndTimelineSurviveAReload(t *testing.T) {
	parallel(t)
	ctx, _ := session(t)
	openHome(t, ctx)
	tokyo, _ := time.LoadLocation("Asia/Tokyo")
	local := func(t time.Time) string { return t.In(tokyo).Format("2006-01-02T15:04") }
	detected := time.Now().Add(-30 * time.Hour).Truncate(time.Minute)
	aware := detected.Add(3 * time.Hour)
	contained := detected.Add(20 * time.Hour)
	answerWizard(t, ctx, wizardAnswers{title: "会員サイトへの不正アクセス", cause: "unauthorized_access",
		aware: aware, detected: detected, categories: []string{"name", "email"}, persons: "1,001"})
	waitStored(t, ctx, "the wizard's answers", func(inc *incident.Incident) bool {
		return inc.Main().Persons.Latest().N == 1001 && len(inc.Main().Categories) == 2
	})

	// The checklist: tell those responsible, done by 佐藤.
	do(t, ctx, "opening the checklist", openTab("/incident/checklist"), waitText("main h1", "チェックリスト"),
		visible("#step-pb-internal-report"))
	shot(t, ctx, "checklist-ja-before")
	href := eval[string](t, ctx, "reading the address", `location.href`)
	// The owner's field is a form of its own (for Chromium's autofill):
	// Enter in it submits nothing, reloads nothing, leaves the focus.
	do(t, ctx, "owner, then Enter",
		chromedp.SendKeys(chromedp.CSS("#st-pb-internal-report-owner"), "佐藤"),
		chromedp.SendKeys(chromedp.CSS("#st-pb-internal-report-owner"), kb.Enter), settled())
	if got := eval[string](t, ctx, "after Enter", `location.href + " " + document.activeElement.id + " " + document.querySelector("#st-pb-internal-report-owner").value`); got != href+" st-pb-internal-report-owner 佐藤" {
		t.Errorf("after Enter in a step's owner: %q, want %q", got, href+" st-pb-internal-report-owner 佐藤")
	}
	do(t, ctx, "done",
		chromedp.Click(chromedp.CSS("#st-pb-internal-report-done")),
		visible("#step-pb-internal-report .cl-when.cl-done"))
	st := waitStored(t, ctx, "the done step", func(inc *incident.Incident) bool {
		return inc.Steps["pb.internal.report"].Status == incident.StepDone
	}).Steps["pb.internal.report"]
	if st.Owner != "佐藤" || st.DoneBy != "佐藤" || st.DoneAt == nil || time.Since(*st.DoneAt) > time.Minute {
		t.Errorf("stored step = %+v", st)
	}
	do(t, ctx, "reloading the checklist", chromedp.Reload(), waitApp(),
		visible("#step-pb-internal-report .cl-when.cl-done"))
	if got := eval[string](t, ctx, "owner", `document.querySelector("#st-pb-internal-report-owner").value`); got != "佐藤" {
		t.Errorf("owner after reload = %q", got)
	}
	if got := text(t, ctx, "#step-pb-internal-report .cl-when"); !strings.Contains(got, "佐藤") {
		t.Errorf("done line after reload = %q", got)
	}
	shot(t, ctx, "checklist-ja")
	viewShot(t, ctx, "checklist-ja-top", "body")
	viewShot(t, ctx, "checklist-ja-maybe", "#phase-maybe")
	// The steps that may apply: each question once, above the steps it
	// decides, none repeated on a step (F204).
	if got := eval[string](t, ctx, "the may-apply questions", `(() => {
		const qs = [...document.querySelectorAll("#phase-maybe > .cl-needs-group")].map(e => e.textContent);
		const steps = document.querySelectorAll("#phase-maybe li.cl-step").length;
		const own = document.querySelectorAll("#phase-maybe li .cl-needs").length;
		const ok = qs.length > 0 && new Set(qs).size == qs.length && steps >= qs.length && own == 0 && qs.every(q => q.startsWith("判定に必要な情報："));
		return ok ? "ok" : JSON.stringify({qs, steps, own});
	})()`); got != "ok" {
		t.Errorf("the may-apply questions: %s", got)
	}

	// The timeline: contained 20 hours after detection, within the 24-hour benchmark.
	do(t, ctx, "opening the timeline", openTab("/incident/timeline"), waitText("main h1", "時系列"),
		visible(`[data-finding="tl.contain"].tl-finding-overdue`))
	do(t, ctx, "adding the containment",
		choose("#tl-add-kind", "contained"), visible("#tl-add-at"),
		choose("#tl-add-at", local(contained)),
		chromedp.SendKeys(chromedp.CSS("#tl-add-jur"), "JP"),
		chromedp.SendKeys(chromedp.CSS("#tl-add-note"), "ファイアウォールで外部通信を遮断"),
		chromedp.Click(chromedp.CSS("#tl-add-submit")),
		visible(`[data-finding="tl.contain"].tl-finding-ok`))
	want := text(t, ctx, `[data-finding="tl.contain"] .tl-explain`)
	if !strings.HasPrefix(want, "検知から封じ込めまで：20時間") || !strings.Contains(want, "以内") {
		t.Errorf("finding = %q", want)
	}
	waitStored(t, ctx, "the containment", func(inc *incident.Incident) bool {
		ev, ok := inc.FirstEvent(incident.EvContained)
		return ok && ev.At.Equal(contained) && ev.Jurisdiction == "JP"
	})
	do(t, ctx, "reloading the timeline", chromedp.Reload(), waitApp(),
		visible(`[data-finding="tl.contain"].tl-finding-ok`))
	if got := text(t, ctx, `[data-finding="tl.contain"] .tl-explain`); got != want {
		t.Errorf("finding after reload = %q", got)
	}
	shot(t, ctx, "timeline-ja")

	// The same pages in English.
	do(t, ctx, "English", chromedp.Click(chromedp.CSS("#lang-switch")), waitText("main h1", "Timeline"))
	shot(t, ctx, "timeline-en")
	do(t, ctx, "English checklist", openTab("/incident/checklist"), waitText("main h1", "Checklist"),
		visible("#step-pb-internal-report .cl-when.cl-done"))
	shot(t, ctx, "checklist-en")
	viewShot(t, ctx, "checklist-en-top", "body")
	viewShot(t, ctx, "checklist-en-maybe", "#phase-maybe")
}
