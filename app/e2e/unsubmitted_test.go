//go:build e2e

package e2e

// Unsubmitted input survives (issue 15): what is typed into a form and not
// yet submitted (a timeline note before 追加する, an event being edited
// before 保存, a paragraph being edited before 保存) is back after a
// reload made right after the last key, and gone once the form is
// submitted.

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

// unsubmittedReload loads the page again (the page is left: its pagehide
// handler writes what was typed) and waits for sel.
func unsubmittedReload(t *testing.T, ctx context.Context, sel string) {
	t.Helper()
	do(t, ctx, "reloading", chromedp.Reload(), waitApp(), chromedp.WaitVisible(chromedp.CSS(sel)))
}

func fieldValue(t *testing.T, ctx context.Context, sel string) string {
	t.Helper()
	return eval[string](t, ctx, "reading "+sel, fmt.Sprintf(`(() => { const e = document.querySelector(%q); return e ? e.value : "<none>"; })()`, sel))
}

func TestUnsubmittedTimelineForms(t *testing.T) {
	parallel(t)
	_, ctx, base := vaultOpen(t, "")
	id := safetyCreate(t, ctx, "Unsubmitted", "start.")
	do(t, ctx, "the timeline", chromedp.Navigate(base+"/incident/timeline#"+id), waitApp(),
		chromedp.WaitVisible(chromedp.CSS("#tl-add-note")))

	// The add form: a half-typed note, reloaded at once.
	note := "踏み台サーバのログを確認中"
	do(t, ctx, "typing a note", chromedp.SendKeys(chromedp.CSS("#tl-add-note"), note))
	unsubmittedReload(t, ctx, "#tl-add-note")
	if got := fieldValue(t, ctx, "#tl-add-note"); got != note {
		t.Fatalf("after the reload the add form's note is %q, want %q", got, note)
	}
	do(t, ctx, "adding the event", choose("#tl-add-kind", string(incident.EvDetected)),
		chromedp.Click(chromedp.CSS("#tl-add-submit")), chromedp.WaitVisible(chromedp.CSS(".tl-event .tl-note")))
	inc := waitStoredID(t, ctx, id, "the event added, the draft gone", func(inc *incident.Incident) bool {
		return len(inc.Events) > 0 && inc.Unsubmitted == nil
	})
	evID := ""
	for _, ev := range inc.Events {
		if ev.Note == note {
			evID = ev.ID
		}
	}
	if evID == "" {
		t.Fatalf("no stored event has the note: %+v", inc.Events)
	}
	unsubmittedReload(t, ctx, "#tl-add-note")
	if got := fieldValue(t, ctx, "#tl-add-note"); got != "" {
		t.Errorf("after the submit and a reload the add form's note is %q, want empty", got)
	}

	// The edit form: an event's note being changed, reloaded at once.
	do(t, ctx, "editing the event", chromedp.Click(chromedp.CSS("#ev-"+evID+" .tl-edit")),
		chromedp.WaitVisible(chromedp.CSS("#tl-edit-note")), chromedp.SendKeys(chromedp.CSS("#tl-edit-note"), "、原因を特定"))
	unsubmittedReload(t, ctx, "#tl-edit-note")
	want := note + "、原因を特定"
	if got := fieldValue(t, ctx, "#tl-edit-note"); got != want {
		t.Fatalf("after the reload the edit form's note is %q, want %q", got, want)
	}
	do(t, ctx, "saving the event", chromedp.Click(chromedp.CSS("#tl-edit-save")), chromedp.WaitNotPresent(chromedp.CSS("#tl-edit-note")))
	waitStoredID(t, ctx, id, "the event saved, the draft gone", func(inc *incident.Incident) bool {
		ev, ok := inc.Event(evID)
		return ok && ev.Note == want && inc.Unsubmitted == nil
	})
	unsubmittedReload(t, ctx, "#tl-add-note")
	if n := eval[int](t, ctx, "the edit form", `document.querySelectorAll("#tl-edit-note").length`); n != 0 {
		t.Error("after the save and a reload the edit form is open again")
	}
}

func TestUnsubmittedParagraph(t *testing.T) {
	parallel(t)
	_, ctx, base := vaultOpen(t, "")
	inc := scenario01(t)
	inc.ID, inc.Title = "unsub-drafts", "Paragraph being edited"
	data, err := incident.EncodeExport([]*incident.Incident{inc}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "incident.json")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, "importing", chromedp.Navigate(base+"/settings"), waitApp(),
		chromedp.WaitVisible(chromedp.CSS("#import-file")),
		chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{file}),
		chromedp.WaitVisible(chromedp.CSS("#import-result.bd-ok .import-added a")))
	id := eval[string](t, ctx, "the imported id", `document.querySelector("#import-result .import-added a").getAttribute("href").split("#")[1]`)
	do(t, ctx, "the drafts", chromedp.Navigate(base+"/incident/drafts#"+id), waitApp(), chromedp.WaitVisible(chromedp.CSS("#draft .bd-para .bd-edit")))
	para := eval[string](t, ctx, "the first paragraph", `document.querySelector("#draft .bd-para").dataset.para`)
	typed := "（追記中）"
	do(t, ctx, "editing a paragraph", chromedp.Click(chromedp.CSS(`div[data-para="`+para+`"] .bd-edit`)),
		chromedp.WaitVisible(chromedp.CSS("#draft-edit")),
		chromedp.Evaluate[chromedp.Void](`(() => { const e = document.querySelector("#draft-edit"); e.setSelectionRange(e.value.length, e.value.length); })()`),
		chromedp.SendKeys(chromedp.CSS("#draft-edit"), typed))
	before := fieldValue(t, ctx, "#draft-edit")
	unsubmittedReload(t, ctx, "#draft-edit")
	if got := fieldValue(t, ctx, "#draft-edit"); got != before {
		t.Fatalf("after the reload the paragraph's editor holds %q, want %q", got, before)
	}
	do(t, ctx, "saving the paragraph", chromedp.Click(chromedp.CSS("#draft-save")), chromedp.WaitNotPresent(chromedp.CSS("#draft-edit")))
	waitStoredID(t, ctx, id, "the paragraph saved, the draft gone", func(inc *incident.Incident) bool {
		return inc.Edits[para].Text == before && inc.Unsubmitted == nil
	})
	unsubmittedReload(t, ctx, "#draft .bd-para")
	if n := eval[int](t, ctx, "the editor", `document.querySelectorAll("#draft-edit").length`); n != 0 {
		t.Error("after the save and a reload the paragraph's editor is open again")
	}
}

// The wizard's fields that are read when they are left (the other data
// category, the establishments) keep what is typed before they are left.
func TestUnsubmittedWizardFields(t *testing.T) {
	parallel(t)
	_, ctx, _ := vaultOpen(t, "")
	id := safetyCreate(t, ctx, "Unsubmitted wizard", "start.")
	for _, f := range []struct{ sel, typed string }{{"#f-other", "会員番号"}, {"#f-establishments", "JP, D"}} {
		unsubmittedReload(t, ctx, "#f-title") // the wizard, from its first question
		wizardTo(t, ctx, f.sel)
		do(t, ctx, "typing into "+f.sel, chromedp.SendKeys(chromedp.CSS(f.sel), f.typed))
		unsubmittedReload(t, ctx, "#f-title")
		wizardTo(t, ctx, f.sel)
		if got := fieldValue(t, ctx, f.sel); got != f.typed {
			t.Fatalf("after the reload %s holds %q, want %q", f.sel, got, f.typed)
		}
		// Left: read, and the typed text is no longer kept apart.
		do(t, ctx, "leaving "+f.sel, chromedp.SendKeys(chromedp.CSS(f.sel), "E"),
			chromedp.Evaluate[chromedp.Void](`document.activeElement.dispatchEvent(new Event("change", {bubbles: true}))`))
		inc := waitStoredID(t, ctx, id, f.sel+" read", func(inc *incident.Incident) bool { return inc.Unsubmitted == nil })
		if f.sel == "#f-establishments" && strings.Join(inc.Org.Establishments, ",") != "JP,DE" {
			t.Errorf("establishments stored: %v", inc.Org.Establishments)
		}
	}
}

// The readiness checklist's fields, read when they are left, keep what is
// typed before.
func TestUnsubmittedReadiness(t *testing.T) {
	parallel(t)
	_, ctx, base := vaultOpen(t, "")
	do(t, ctx, "the readiness page", chromedp.Navigate(base+"/readiness"), waitApp(), chromedp.WaitVisible(chromedp.CSS("#r-police")))
	typed := "警視庁サイバー "
	do(t, ctx, "typing", chromedp.SendKeys(chromedp.CSS("#r-police"), typed))
	unsubmittedReload(t, ctx, "#r-police")
	if got := fieldValue(t, ctx, "#r-police"); got != typed {
		t.Fatalf("after the reload the field holds %q, want %q", got, typed)
	}
	do(t, ctx, "leaving the field", chromedp.SendKeys(chromedp.CSS("#r-police"), "対策課"),
		chromedp.Evaluate[chromedp.Void](`document.querySelector("#r-police").dispatchEvent(new Event("change", {bubbles: true}))`))
	vaultWaitDB(t, ctx, "the field read", func(d dbDump) bool {
		s, _ := d.setting("readiness")
		return strings.Contains(s, `"police":"警視庁サイバー 対策課"`) && !strings.Contains(s, `"typing"`)
	})
}
