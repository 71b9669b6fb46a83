//go:build e2e

package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"breachdesk/app/incident"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// The skip link ("本文へ移動"), the first thing a keyboard or screen-reader
// user meets, moves the focus to the page's content and leaves the URL as
// it was: it was a link to "#main", which replaced the incident's id in the
// URL's fragment, and the page then said the incident was missing.
func TestSkipLinkKeepsTheIncident(t *testing.T) {
	parallel(t)
	ctx, _ := session(t)
	openHome(t, ctx)
	id := startIncident(t, ctx)
	do(t, ctx, "opening the dashboard", openPage("/incident#"+id), waitApp(), factsWaitIncident(), settled())
	factsTabTo(t, ctx, "skip-to-main")
	do(t, ctx, "following the skip link", chromedp.KeyEvent(kb.Enter),
		waitJS(`document.activeElement === document.querySelector("main h1")`))
	if got := eval[string](t, ctx, "reading the URL", `location.hash`); got != "#"+id {
		t.Errorf("after the skip link the URL's fragment is %q, want #%s", got, id)
	}
	do(t, ctx, "letting the page settle", settled())
	if got := text(t, ctx, "main h1"); strings.Contains(got, "見つかりません") || eval[bool](t, ctx, "looking for the missing page", `!!document.querySelector("#incident-missing")`) {
		t.Errorf("after the skip link the page says %q", got)
	}
	// The next Tab goes on from the content: the first control of the page
	// after the tabs, not the header's menu.
	do(t, ctx, "pressing Tab", chromedp.KeyEvent(kb.Tab))
	if in := eval[bool](t, ctx, "reading the focus", `!!document.activeElement.closest("main") && !document.activeElement.closest(".bd-tabs")`); !in {
		t.Errorf("after the skip link, Tab went to %s, outside the content",
			eval[string](t, ctx, "reading the focus", `document.activeElement.outerHTML.slice(0, 120)`))
	}
}

// TestWizardShowsEachQuestionFromTheTop: on a phone, where a question is
// taller than the screen, "next" and "back" show the new question from the
// top of the page with the header in sight and the focus on the question;
// the page had stayed scrolled down where the button was, the header hidden.
func TestWizardShowsEachQuestionFromTheTop(t *testing.T) {
	parallel(t)
	ctx, _ := session(t)
	emulatePhone(t, ctx, phone)
	openHome(t, ctx)
	startIncident(t, ctx)
	for _, button := range []string{"#wizard-next", "#wizard-next", "#wizard-back"} {
		do(t, ctx, "scrolling to the buttons", chromedp.Evaluate[chromedp.Void](`window.scrollTo(0, document.documentElement.scrollHeight)`),
			waitJS(`window.scrollY > 100`))
		before := text(t, ctx, ".bd-progress")
		do(t, ctx, "pressing "+button, chromedp.Click(chromedp.CSS(button)),
			waitJS(fmt.Sprintf(`document.querySelector(".bd-progress").textContent !== %q`, before)),
			waitJS(`document.activeElement && document.activeElement.id === "wizard-question"`))
		if y := eval[float64](t, ctx, "reading the scroll", `window.scrollY`); y != 0 {
			t.Errorf("after %s the page is scrolled %.0f px down", button, y)
		}
		if top := eval[float64](t, ctx, "the header", `document.querySelector(".bd-header").getBoundingClientRect().top`); top < 0 {
			t.Errorf("after %s the header is out of sight (top %.0f)", button, top)
		}
	}
}

// TestNewIncidentSaysNothingToBackUp: a brand-new incident (nothing entered
// yet) is not reported as holding changes not backed up; the first fact
// typed makes it one.
func TestNewIncidentSaysNothingToBackUp(t *testing.T) {
	parallel(t)
	ctx, _ := session(t)
	openHome(t, ctx)
	id := startIncident(t, ctx)
	do(t, ctx, "the dashboard", openPage("/incident#"+id), waitApp(),
		visible("#notice-incident-backup"))
	if got := text(t, ctx, "#notice-incident-backup"); !strings.Contains(got, "まだ何も入力されていない") || strings.Contains(got, "バックアップしていない変更") {
		t.Errorf("a new, empty incident says %q", got)
	}
	do(t, ctx, "typing a summary", chromedp.Click(chromedp.CSS(`.bd-tabs a[href^="/incident/start#"]`)),
		typeText("#f-summary", "不審なメールの添付ファイルを開いた。"),
		chromedp.Click(chromedp.CSS(`.bd-tabs a[href^="/incident#"]`)),
		waitContains("#notice-incident-backup", "バックアップしていない変更"))
}

// TestStepDoneAtIsEditable: a step marked done takes the time it was really
// done: the field holds the moment of the click, and a corrected time is
// what the step's line says and what is stored.
func TestStepDoneAtIsEditable(t *testing.T) {
	parallel(t)
	ctx, _ := session(t)
	openHome(t, ctx)
	id := startIncident(t, ctx)
	do(t, ctx, "the checklist", openPage("/incident/checklist#"+id), waitApp(),
		visible(".cl-done-button"))
	btn := eval[string](t, ctx, "the first step", `document.querySelector(".cl-done-button").id`)
	base := strings.TrimSuffix(btn, "-done")
	do(t, ctx, "marking it done", chromedp.Click(chromedp.CSS("#"+btn)), visible("#"+base+"-doneat"))
	if v := eval[string](t, ctx, "the done-at field", fmt.Sprintf(`document.querySelector("#%s-doneat").value`, base)); v == "" {
		t.Fatal("marked done, the done-at field is empty")
	}
	do(t, ctx, "correcting the time", choose("#"+base+"-doneat", "2026-01-05T10:30"),
		waitJS(fmt.Sprintf(`document.querySelector("#step-%s .cl-when").textContent.includes("01/05")`, strings.TrimPrefix(base, "st-"))))
	if v := eval[string](t, ctx, "the done-at field", fmt.Sprintf(`document.querySelector("#%s-doneat").value`, base)); !strings.HasPrefix(v, "2026-01-05T10:30") {
		t.Errorf("the done-at field holds %q after the correction", v)
	}
}

// TestKindSelectorAfterAddingAnEvent: after an event is added, the form's
// kind selector shows its prompt ("choose"), ready for the next event, not
// a blank box.
func TestKindSelectorAfterAddingAnEvent(t *testing.T) {
	parallel(t)
	ctx, _ := session(t)
	openHome(t, ctx)
	id := startIncident(t, ctx)
	do(t, ctx, "adding an event", openPage("/incident/timeline#"+id), waitApp(),
		visible("#tl-add-kind"),
		choose("#tl-add-kind", "detected"),
		choose("#tl-add-at", "2026-11-30T09:00"),
		chromedp.Click(chromedp.CSS("#tl-add-submit")),
		visible(`.tl-event[data-kind="detected"]`))
	shown := eval[string](t, ctx, "the kind selector", `(() => { const s = document.querySelector("#tl-add-kind"); return s.selectedIndex < 0 ? "(nothing selected)" : s.options[s.selectedIndex].textContent; })()`)
	if strings.TrimSpace(shown) == "" || shown == "(nothing selected)" {
		t.Errorf("after adding an event the kind selector shows %q", shown)
	}
}

// TestPassphraseOfferedOnce: once the first incident holds something, its
// pages offer to protect the data with a passphrase; answered ("not now"),
// the offer is not made again, not after a reload either. A brand-new,
// empty incident gets no offer yet.
func TestPassphraseOfferedOnce(t *testing.T) {
	parallel(t)
	ctx, _ := session(t)
	openHome(t, ctx)
	id := startIncident(t, ctx)
	if eval[bool](t, ctx, "looking for the offer", `!!document.querySelector("#notice-pass-offer")`) {
		t.Error("a new, empty incident offers a passphrase already")
	}
	do(t, ctx, "typing a summary", typeText("#f-summary", "不審なメールの添付ファイルを開いた。"),
		chromedp.Click(chromedp.CSS(`.bd-tabs a[href^="/incident#"]`)),
		visible("#notice-pass-offer"))
	if href := eval[string](t, ctx, "the offer's link", `document.querySelector("#pass-offer-set").getAttribute("href")`); href != "/settings#protect" {
		t.Errorf("the offer links to %q", href)
	}
	do(t, ctx, "not now", chromedp.Click(chromedp.CSS("#pass-offer-later")),
		waitJS(`!document.querySelector("#notice-pass-offer")`))
	waitStored(t, ctx, "the summary", func(inc *incident.Incident) bool { return inc.Story.Summary != "" })
	do(t, ctx, "reloading", chromedp.Navigate("http://"+appHost+"/incident#"+id), waitApp(),
		visible("#notice-incident-backup"))
	if eval[bool](t, ctx, "looking for the offer", `!!document.querySelector("#notice-pass-offer")`) {
		t.Error("the passphrase is offered again after it was answered")
	}
}

// TestTimelineWarnsOfARepeatedEvent: an event entered in the wizard and
// entered again on the timeline is not added silently a second time: the
// page says it is there already, and adds it only when "add" is pressed
// again.
func TestTimelineWarnsOfARepeatedEvent(t *testing.T) {
	parallel(t)
	ctx, _ := session(t)
	openHome(t, ctx)
	startIncident(t, ctx)
	wizardTo(t, ctx, "#f-at-detected")
	// The first edit brings the one-time passphrase offer above the tabs,
	// which moves them down: the click waits for it, or it may land where
	// the tab was (the page stayed on the wizard once in a CI run).
	do(t, ctx, "the wizard's detection", choose("#f-at-detected", "2026-11-30T09:00"),
		visible("#notice-pass-offer"),
		chromedp.Click(chromedp.CSS(`.bd-tabs a[href^="/incident/timeline#"]`)),
		visible(`.tl-event[data-kind="detected"]`))
	count := func() int {
		return eval[int](t, ctx, "counting", `document.querySelectorAll('.tl-event[data-kind="detected"]').length`)
	}
	do(t, ctx, "entering it again", choose("#tl-add-kind", "detected"), choose("#tl-add-at", "2026-11-30T09:00"),
		chromedp.Click(chromedp.CSS("#tl-add-submit")), waitContains("#tl-notice", "すでに時系列にあります"))
	if n := count(); n != 1 {
		t.Errorf("after the warning the timeline has %d detections, want 1", n)
	}
	do(t, ctx, "adding it anyway", chromedp.Click(chromedp.CSS("#tl-add-submit")),
		waitJS(`document.querySelectorAll('.tl-event[data-kind="detected"]').length === 2`))
}

// TestReimportOffersToReplace: importing a backup of an incident that is
// here says which incident it is a copy of, with when each version was
// changed and the file written, and can replace the one here: one incident,
// not two that look the same.
func TestReimportOffersToReplace(t *testing.T) {
	parallel(t)
	ctx, _ := session(t)
	openHome(t, ctx)
	startIncident(t, ctx)
	do(t, ctx, "typing a summary", typeText("#f-summary", "不審なメールの添付ファイルを開いた。"))
	waitStored(t, ctx, "the summary", func(inc *incident.Incident) bool { return inc.Story.Summary != "" })
	dls := watchDownloads(t, ctx)
	do(t, ctx, "exporting", chromedp.Navigate("http://"+appHost+"/settings"), waitApp(),
		visible("#export-all"), chromedp.Click(chromedp.CSS("#export-all")))
	got, data := dls.wait(t, "*.json")
	file := filepath.Join(t.TempDir(), got.Name)
	if err := os.WriteFile(file, data, 0o600); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, "importing it back", chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{file}),
		visible("#import-result .import-copy"))
	if origin := text(t, ctx, "#import-result .import-origin"); !strings.Contains(origin, "のコピーです") || !strings.Contains(origin, "エクスポート") {
		t.Errorf("the copy's line says %q", origin)
	}
	do(t, ctx, "replacing", chromedp.Click(chromedp.CSS("#import-result .import-replace")),
		visible("#import-replaced"),
		chromedp.Navigate("http://"+appHost+"/"), waitApp(), visible("#incident-list"))
	if n := eval[int](t, ctx, "counting", `document.querySelectorAll("#incident-list tbody tr").length`); n != 1 {
		t.Errorf("after replacing, %d incidents are listed, want 1", n)
	}
}
