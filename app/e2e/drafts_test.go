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

	"breachdesk/app/assess"
	"breachdesk/app/draft"
	"breachdesk/app/incident"
	"breachdesk/app/rules"

	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// draftsType replaces the value of the input or textarea sel by typing text
// into it (select all, then key events), then leaves it with Tab so that
// change handlers run too.
func draftsType(sel, text string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		if _, err := chromedp.WaitVisible(chromedp.CSS(sel))(ctx, t); err != nil {
			return err
		}
		if _, err := chromedp.Evaluate[bool](fmt.Sprintf(
			`(() => { const e = document.querySelector(%q); e.focus(); e.select(); return true; })()`, sel))(ctx, t); err != nil {
			return err
		}
		if _, err := chromedp.KeyEvent(text)(ctx, t); err != nil {
			return err
		}
		_, err := chromedp.KeyEvent("\t")(ctx, t)
		return err
	})
}

// draftsSelect picks an option of a <select> the way a user does (value, then change).
func draftsSelect(sel, value string) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := chromedp.Evaluate[bool](fmt.Sprintf(
			`(() => { const e = document.querySelector(%q); e.value = %q; e.dispatchEvent(new Event("change", {bubbles: true})); return true; })()`,
			sel, value))(ctx, t)
		return err
	})
}

// draftsDownloads makes the browser save downloads into dir.
func draftsDownloads(t *testing.T, ctx context.Context, dir string) {
	t.Helper()
	if _, err := chromedp.CallBrowser(ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
		Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir,
	}); err != nil {
		t.Fatalf("setting the download folder: %v", err)
	}
}

// draftsWaitFile waits for a finished download named name in dir.
func draftsWaitFile(t *testing.T, dir, name string) []byte {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if b, err := os.ReadFile(filepath.Join(dir, name)); err == nil {
			if _, err := os.Stat(filepath.Join(dir, name+".crdownload")); os.IsNotExist(err) {
				return b
			}
		}
		time.Sleep(100 * time.Millisecond)
	}
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	t.Fatalf("download %q never arrived; the folder holds %v", name, names)
	return nil
}

// draftsExported waits for the export's status and returns the file name it names.
// (other than prev, the file exported before).
func draftsExported(t *testing.T, ctx context.Context, prev string) string {
	t.Helper()
	return eval[string](t, ctx, "waiting for the export", fmt.Sprintf(`new Promise((r) => {
		const look = () => { const e = document.querySelector("#drafts-export-status"); if (e && e.dataset.file && e.dataset.file !== %q) r(e.dataset.file); else setTimeout(look, 50); };
		look();
	})`, prev))
}

// draftsStart creates an incident through the start page and returns its id
// (the wizard is open on its first question).
func draftsStart(t *testing.T, ctx context.Context) string {
	t.Helper()
	do(t, ctx, "loading the app", chromedp.Navigate("http://"+appHost+"/"), waitApp())
	do(t, ctx, "starting an incident", chromedp.Click(chromedp.CSS("#start-incident")),
		chromedp.WaitVisible(chromedp.CSS("#f-title")))
	id := eval[string](t, ctx, "reading the incident id", `location.hash.slice(1)`)
	if id == "" {
		t.Fatal("no incident id in the URL")
	}
	return id
}

// draftsWizardTo clicks "next" until the wizard shows the field sel.
func draftsWizardTo(t *testing.T, ctx context.Context, sel string) {
	t.Helper()
	for i := 0; i < 6; i++ {
		if eval[bool](t, ctx, "looking for "+sel, fmt.Sprintf(`!!document.querySelector(%q)`, sel)) {
			return
		}
		do(t, ctx, "next question", chromedp.Click(chromedp.CSS("#wizard-next")), chromedp.Sleep(150*time.Millisecond))
	}
	do(t, ctx, "waiting for "+sel, chromedp.WaitVisible(chromedp.CSS(sel)))
}

// draftsTab opens a tab of the incident.
func draftsTab(t *testing.T, ctx context.Context, path, wait string) {
	t.Helper()
	do(t, ctx, "opening "+path, chromedp.Click(chromedp.CSS(`.bd-tabs a[href^="`+path+`"]`)),
		chromedp.WaitVisible(chromedp.CSS(wait)))
}

// draftsStored reads the incident as the app stored it in IndexedDB.
func draftsStored(t *testing.T, ctx context.Context, id string) *incident.Incident {
	t.Helper()
	js := fmt.Sprintf(`new Promise((res, rej) => {
		const r = indexedDB.open("breachdesk");
		r.onerror = () => rej(r.error);
		r.onsuccess = () => {
			const db = r.result;
			const g = db.transaction("incidents").objectStore("incidents").get(%q);
			g.onerror = () => { db.close(); rej(g.error); };
			g.onsuccess = () => { db.close(); res(g.result ? new TextDecoder().decode(g.result.data) : ""); };
		};
	})`, id)
	data := eval[string](t, ctx, "reading the stored incident", js)
	if data == "" {
		keys := eval[string](t, ctx, "listing the stored keys", `new Promise((res, rej) => {
			const r = indexedDB.open("breachdesk");
			r.onsuccess = () => { const db = r.result; const g = db.transaction("incidents").objectStore("incidents").getAllKeys();
				g.onsuccess = async () => { db.close(); res(JSON.stringify(g.result) + " dbs " + JSON.stringify(await indexedDB.databases()) + " storage-error " + (document.querySelector("#storage-error") || {}).textContent); }; };
		})`)
		t.Fatalf("the incident %s is not stored; stored keys: %s", id, keys)
	}
	inc, err := incident.Decode([]byte(data))
	if err != nil {
		t.Fatalf("decoding the stored incident: %v", err)
	}
	return inc
}

// draftsShot saves a screenshot (PNG) when DRAFTS_SHOTS names a folder.
func draftsShot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	dir := os.Getenv("DRAFTS_SHOTS")
	if dir == "" {
		return
	}
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)) // 100: PNG
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// The first hour through the UI, then the drafts: edit a paragraph of the
// customer notice, change the persons count in the wizard, come back and see
// the mark with both texts; export the text file and compare its bytes with
// draft.Text of the same document built here from the stored facts.
func TestDraftsEditConflictAndExport(t *testing.T) {
	n := newNetwork(t)
	n.serve(appHost, filepath.Join(sites, "root"), "")
	ctx := browser(t, n, t.TempDir())
	downloads := t.TempDir()
	draftsDownloads(t, ctx, downloads)

	id := draftsStart(t, ctx)
	do(t, ctx, "the first hour",
		draftsType("#f-title", "会員サイトへの不正アクセス"),
		draftsSelect("#f-cause", string(incident.CauseUnauthorizedAccess)),
		draftsType("#f-summary", "会員サイトが不正アクセスを受け、会員情報が閲覧されたおそれがある。"),
	)
	draftsWizardTo(t, ctx, "#cat-name")
	do(t, ctx, "the data", chromedp.Click(chromedp.CSS("#cat-name")), chromedp.Click(chromedp.CSS("#cat-email")))
	draftsWizardTo(t, ctx, "#f-persons")
	do(t, ctx, "the counts", draftsType("#f-persons", "1234"), draftsType("#f-records", "1500"))
	draftsWizardTo(t, ctx, "#f-res-JP")
	do(t, ctx, "where they live", draftsType("#f-res-JP", "1234"), draftsType("#f-res-US-CA", "10")) // CA: the English documents too
	draftsWizardTo(t, ctx, "#f-org")
	do(t, ctx, "the company", draftsType("#f-org", "テスト商事株式会社"))

	draftsTab(t, ctx, "/incident/drafts", "#draft")
	if doc := eval[string](t, ctx, "reading the document", `document.querySelector("#draft").dataset.doc`); doc != "notice-ja" {
		t.Fatalf("first document = %q, want notice-ja", doc)
	}
	para := eval[string](t, ctx, "finding the persons paragraph", `(() => {
		for (const p of document.querySelectorAll("#draft .bd-para"))
			if (p.querySelector(".bd-para-text").textContent.includes("1,234")) return p.dataset.para;
		return "";
	})()`)
	if para == "" {
		t.Fatal("no paragraph of the notice states 1,234 persons")
	}
	sel := `div[data-para="` + para + `"]`
	mine := "対象となるお客様は1,234名です。心よりお詫び申し上げます。"
	do(t, ctx, "editing the paragraph",
		chromedp.Click(chromedp.CSS(sel+" .bd-edit")),
		draftsType("#draft-edit", mine),
		chromedp.Click(chromedp.CSS("#draft-save")),
		chromedp.WaitVisible(chromedp.CSS(sel+".bd-para-edited")),
	)
	if got := text(t, ctx, sel+" .bd-para-text"); got != mine {
		t.Errorf("edited paragraph shows %q", got)
	}

	// A fact changes under the edit.
	draftsTab(t, ctx, "/incident/start", "#f-title")
	draftsWizardTo(t, ctx, "#f-persons")
	do(t, ctx, "changing the persons count", draftsType("#f-persons", "2000"), chromedp.Sleep(300*time.Millisecond))
	draftsTab(t, ctx, "/incident/drafts", "#draft")
	do(t, ctx, "the conflict mark", chromedp.WaitVisible(chromedp.CSS(sel+".bd-para-conflict")),
		chromedp.WaitVisible(chromedp.CSS("#drafts-conflicts")))
	if got := text(t, ctx, sel+" .bd-conflict-mine .bd-para-text"); got != mine {
		t.Errorf("your text in the conflict = %q", got)
	}
	if got := text(t, ctx, sel+" .bd-conflict-new .bd-para-text"); !strings.Contains(got, "2,000") {
		t.Errorf("new text in the conflict = %q, want the new count", got)
	}
	draftsShot(t, ctx, "drafts-conflict-ja")

	// Export the text file and compare it with the same document built here.
	do(t, ctx, "exporting the text", chromedp.Click(chromedp.CSS("#draft-export-txt")),
		chromedp.WaitVisible(chromedp.CSS("#drafts-export-status")))
	name := draftsExported(t, ctx, "")
	if !strings.HasSuffix(name, "_notice-ja-email.txt") || !strings.Contains(text(t, ctx, "#drafts-export-status"), name) {
		t.Fatalf("exported %q; the status says %q", name, text(t, ctx, "#drafts-export-status"))
	}
	got := draftsWaitFile(t, downloads, name)

	now := time.Now()
	inc := draftsStored(t, ctx, id)
	if inc.Data.Persons.N != 2000 || inc.Edits[para].Text != mine {
		t.Fatalf("stored facts: persons %+v, edit %+v", inc.Data.Persons, inc.Edits[para])
	}
	rs, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	d, err := draft.Build(draft.Spec{Kind: draft.KindNotice, Lang: draft.JA, Variant: draft.VariantEmail, Date: now},
		inc, assess.Evaluate(inc, rs, now), rs)
	if err != nil {
		t.Fatal(err)
	}
	d, _ = draft.Apply(d, inc.Edits)
	if want := draft.Text(d); string(got) != want {
		t.Errorf("exported text differs from draft.Text (%d vs %d bytes)\n--- got\n%s\n--- want\n%s", len(got), len(want), got, want)
	}
	if !strings.Contains(string(got), mine) {
		t.Error("the export lacks the user's paragraph")
	}

	// Keep mine resolves the mark; the dashboard counts the findings.
	do(t, ctx, "keep mine", chromedp.Click(chromedp.CSS(sel+" .bd-keep-mine")),
		chromedp.WaitVisible(chromedp.CSS(sel+".bd-para-edited")))
	draftsShot(t, ctx, "drafts-notice-ja")
	do(t, ctx, "the English interface", chromedp.Click(chromedp.CSS("#lang-switch")),
		waitText("main h1", "Drafts"))
	draftsShot(t, ctx, "drafts-notice-en")
	do(t, ctx, "the PPC report", chromedp.Click(chromedp.CSS(`[data-kind="ppc"]`)),
		chromedp.WaitVisible(chromedp.CSS("#drafts-diff")))
	do(t, ctx, "the 確報", draftsSelect("#draft-variant", "final"),
		chromedp.WaitVisible(chromedp.CSS(`#draft[data-doc="ppc-final-ja"]`)))
	draftsShot(t, ctx, "drafts-ppc-en")
	draftsTab(t, ctx, "/incident", "#drafts-lint-count")
	if n := eval[string](t, ctx, "reading the count", `document.querySelector("#drafts-lint-count").dataset.findings`); n == "" || n == "0" {
		t.Errorf("dashboard lint count = %q", n)
	}
	draftsShot(t, ctx, "dashboard-en")
	n.checkPrivacy(t, appHost)
}

// XSS payloads typed into the title, the summary and the contact desk never
// run: every document shows them as text, every export carries them inert.
func TestDraftsXSS(t *testing.T) {
	const p1 = `<script>window.__xss=1</script><img src=x onerror="window.__xss=2">`
	const p2 = `javascript:alert(1)`
	payload := p1 + " " + p2
	n := newNetwork(t)
	n.serve(appHost, filepath.Join(sites, "root"), "")
	ctx := browser(t, n, t.TempDir())
	downloads := t.TempDir()
	draftsDownloads(t, ctx, downloads)

	draftsStart(t, ctx)
	do(t, ctx, "typing the payloads", draftsType("#f-title", payload), draftsType("#f-summary", payload))
	draftsWizardTo(t, ctx, "#f-persons")
	do(t, ctx, "the counts", draftsType("#f-persons", "1234"))
	draftsWizardTo(t, ctx, "#f-res-JP")
	do(t, ctx, "where they live", draftsType("#f-res-JP", "1234"), draftsType("#f-res-US-CA", "10")) // CA: the English documents too
	draftsWizardTo(t, ctx, "#f-org")
	do(t, ctx, "the company", draftsType("#f-org", payload))

	// The contact desk is on the facts page (when that page is there).
	contact := false
	if eval[bool](t, ctx, "looking for the facts tab", `!!document.querySelector('.bd-tabs a[href^="/incident/facts"]')`) {
		do(t, ctx, "opening the facts", chromedp.Click(chromedp.CSS(`.bd-tabs a[href^="/incident/facts"]`)))
		if eval[bool](t, ctx, "looking for the contact fields", `new Promise((r) => {
			let n = 0;
			const look = () => { if (document.querySelector("#fx-contact-name")) r(true); else if (++n > 50) r(false); else setTimeout(look, 100); };
			look();
		})`) {
			do(t, ctx, "typing into the contact desk", draftsType("#fx-contact-name", payload),
				draftsType("#fx-contact-hours", payload), draftsType("#fx-contact-web", p2))
			// The English name, the card company and the police (a date makes the police memo apply).
			do(t, ctx, "typing into the names, card company and police", draftsType("#fx-org-nameEn", payload),
				draftsType("#fx-card-acquirer", payload), draftsType("#fx-card-contact", payload),
				draftsType("#fx-police-station", payload), draftsType("#fx-police-contact", payload),
				draftsType("#fx-police-reference", payload), draftsSelect("#fx-police-at", time.Now().Add(-time.Hour).Format("2006-01-02T15:04")))
			contact = true
		}
	}
	if !contact {
		t.Log("no contact desk fields in this build (facts page missing): payloads typed into title, summary and company only")
	}

	do(t, ctx, "opening the drafts", chromedp.Navigate("http://"+appHost+"/incident/drafts"+
		"#"+eval[string](t, ctx, "id", `location.hash.slice(1)`)), waitApp(), chromedp.WaitVisible(chromedp.CSS("#draft")))
	kinds := eval[[]string](t, ctx, "listing the documents", `Array.from(document.querySelectorAll("#drafts-docs [data-kind]")).map((b) => b.dataset.kind)`)
	if len(kinds) < 3 || contact && !strings.Contains(strings.Join(kinds, " "), "police") {
		t.Fatalf("documents: %v", kinds)
	}
	exported := 0
	for _, k := range kinds {
		do(t, ctx, "opening "+k, chromedp.Click(chromedp.CSS(`#drafts-docs [data-kind="`+k+`"]`)),
			chromedp.WaitVisible(chromedp.CSS(`#drafts-docs [data-kind="`+k+`"][aria-pressed="true"]`)))
		langs := eval[[]string](t, ctx, "languages", `Array.from(document.querySelectorAll("#draft-lang option")).map((o) => o.value)`)
		for _, lang := range langs {
			do(t, ctx, "language "+lang, draftsSelect("#draft-lang", lang),
				chromedp.WaitVisible(chromedp.CSS(`#draft[lang="`+lang+`"]`)))
			variants := eval[[]string](t, ctx, "variants", `Array.from(document.querySelectorAll("#draft-variant option")).map((o) => o.value)`)
			if len(variants) == 0 {
				variants = []string{""}
			}
			for _, v := range variants {
				if v != "" {
					do(t, ctx, "variant "+v, draftsSelect("#draft-variant", v),
						chromedp.WaitVisible(chromedp.CSS(`#draft[data-variant="`+v+`"]`)))
				}
				doc := eval[string](t, ctx, "doc", `document.querySelector("#draft").dataset.doc`)
				bad := eval[int](t, ctx, "counting elements", `document.querySelectorAll("#draft script, #draft img, #draft a, #draft iframe").length`)
				if bad != 0 {
					t.Errorf("%s %s: %d script/img/a elements in the document", doc, v, bad)
				}
				if k == "notice" && !eval[bool](t, ctx, "payload as text", fmt.Sprintf(`document.querySelector("#draft").textContent.includes(%q)`, p1)) {
					t.Errorf("%s %s: the payload does not appear as text", doc, v)
				}
				if contact && doc == "notice-ja" && eval[bool](t, ctx, "contact placeholder", `document.querySelector("#draft").textContent.includes("窓口の名称】")`) {
					t.Errorf("%s %s: the contact desk typed on the facts page is not in the notice", doc, v)
				}
				prev := ""
				for _, f := range []string{"txt", "md", "html"} {
					do(t, ctx, "export "+f, chromedp.Click(chromedp.CSS("#draft-export-"+f)),
						chromedp.WaitVisible(chromedp.CSS("#drafts-export-status")))
					name := draftsExported(t, ctx, prev)
					prev = name
					body := string(draftsWaitFile(t, downloads, name))
					exported++
					switch f {
					case "html":
						if strings.Contains(body, "<script>window") || strings.Contains(body, "<img") {
							t.Errorf("%s: the HTML export carries live markup", name)
						}
					case "txt":
						if (k == "notice" || k == "public") && !strings.Contains(body, p1) {
							t.Errorf("%s: the text export lacks the payload as typed", name)
						}
					}
					_ = os.Remove(filepath.Join(downloads, name))
				}
			}
		}
	}
	t.Logf("%d documents × formats exported", exported)
	if xss := eval[string](t, ctx, "reading window.__xss", `String(window.__xss)`); xss != "undefined" {
		t.Errorf("window.__xss = %s: a payload ran", xss)
	}
	n.checkPrivacy(t, appHost)
}
