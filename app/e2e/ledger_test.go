//go:build e2e

package e2e

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"breachdesk/app/incident"

	"github.com/chromedp/chromedp"
)

// importIncident imports inc through the settings page's import.
func importIncident(t *testing.T, ctx context.Context, inc *incident.Incident) {
	t.Helper()
	data, err := incident.Encode(inc)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), inc.ID+".json")
	if err := os.WriteFile(file, data, 0o644); err != nil {
		t.Fatal(err)
	}
	do(t, ctx, "importing "+inc.Title, openPage("/settings"), waitApp(),
		visible("#import-file"),
		chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{file}),
		visible("#import-result.bd-ok"))
}

// evidenceRawJS reads every attached file as stored in the evidence
// database, as one Latin-1 string.
const evidenceRawJS = `new Promise((ok, fail) => {
	const r = indexedDB.open("breachdesk-evidence");
	r.onerror = () => fail(r.error);
	r.onsuccess = () => {
		const db = r.result;
		if (!db.objectStoreNames.contains("files")) { db.close(); ok(""); return; }
		const q = db.transaction("files").objectStore("files").getAll();
		q.onerror = () => { db.close(); fail(q.error); };
		q.onsuccess = () => { db.close(); ok(q.result.map((x) => Array.from(x.data, (b) => String.fromCharCode(b)).join("")).join("\n")); };
	};
})`

const ledgerPass = "台帳の合言葉 correct horse 2026"

// unlockIfAsked waits until the page just loaded shows target or asks for
// the passphrase, and types it when asked.
func unlockIfAsked(t *testing.T, ctx context.Context, pass, target string) {
	t.Helper()
	do(t, ctx, "waiting for "+target+" or the unlock form",
		waitJS(fmt.Sprintf(`!!document.querySelector("#unlock-passphrase") || !!document.querySelector(%q)`, target)))
	if !eval[bool](t, ctx, "looking for the unlock form", `!!document.querySelector("#unlock-passphrase")`) {
		return
	}
	do(t, ctx, "unlocking", chromedp.SendKeys(chromedp.CSS("#unlock-passphrase"), pass),
		chromedp.Click(chromedp.CSS("#unlock-button")),
		waitJS(`!document.querySelector("#unlock-passphrase")`))
}

func evidenceRaw(t *testing.T, ctx context.Context) string {
	t.Helper()
	return eval[string](t, ctx, "reading the evidence database", evidenceRawJS)
}

// Decisions, filings, evidence and the register, as a user records them:
// "not reportable" without a reason is flagged on the ledger and in the
// drafts' lint; a decision with its reason and a filing with its reference
// number and the frozen copy of the draft sent reach IndexedDB with the
// name typed in the settings; a file attached to an event shows its
// SHA-256, is kept in the browser and saved back byte for byte; the
// register's CSV starts with a BOM, reads in Japanese and leaves the drill
// out; the printed packet carries the ledger.
func TestLedgerFilingEvidenceRegister(t *testing.T) {
	parallel(t)
	ctx, _ := session(t)
	dl := watchDownloads(t, ctx)
	base := "http://" + appHost

	real := scenario01(t)
	real.ID, real.Title = "ledger-real", "台帳テスト事案（旅行会社）"
	drill := scenario01(t)
	drill.ID, drill.Title, drill.Drill = "ledger-drill", "訓練：記録簿に載らない", true
	importIncident(t, ctx, real)
	importIncident(t, ctx, drill)
	do(t, ctx, "typing the recorder's name", goTo("/settings"), waitApp(),
		typeText("#who", "佐藤 花子"))

	// A decision "not reportable" without a reason.
	do(t, ctx, "opening the ledger", goTo("/incident/ledger#"+real.ID), waitApp(),
		visible("#ledger .bd-ledger-row"))
	key := eval[string](t, ctx, "the first row", `document.querySelector("#ledger .bd-ledger-row").dataset.ledger`)
	prefix := "#" + strings.TrimSuffix(eval[string](t, ctx, "the first row's id", `document.querySelector("#ledger .bd-ledger-row").id`), "-row")
	row := fmt.Sprintf(`.bd-ledger-row[data-ledger=%q]`, key)
	do(t, ctx, "deciding not to report, with no reason",
		choose(prefix+"-decision", "not_report"),
		chromedp.Click(chromedp.CSS(prefix+"-decide")),
		visible(row+" .lg-needs-reason"))
	waitStoredID(t, ctx, real.ID, "the decision without a reason", func(inc *incident.Incident) bool {
		d, ok := inc.LedgerOf(key).Current()
		return ok && d.Decision == incident.DecideNotReport && d.NeedsReason() && d.By == "佐藤 花子"
	})
	do(t, ctx, "the dashboard counts it", goTo("/incident#"+real.ID), waitApp(),
		visible(`#duties.bd-card-bad [data-flag="no_reason"]`))
	do(t, ctx, "the drafts' lint reports it", openTab("/incident/drafts"),
		waitContains("main", "報告しないと判断した理由が記録されていません"))

	// The decision with its reason.
	reason := "要配慮個人情報（旅券番号）を含み、不正の目的によるおそれがあるため報告する"
	do(t, ctx, "deciding to report, with the reason", goTo("/incident/ledger#"+real.ID), waitApp(),
		visible(prefix+"-decision"),
		choose(prefix+"-decision", "report"),
		typeText(prefix+"-reason", reason),
		chromedp.Click(chromedp.CSS(prefix+"-decide")),
		visible(row+` .lg-current[data-decision="report"]`),
		waitContains(row+" .lg-decision", reason))
	if n := eval[int](t, ctx, "reason warnings", `document.querySelectorAll(".lg-needs-reason").length`); n != 0 {
		t.Errorf("%d rows still say a reason is missing", n)
	}

	// The filing, with its reference number and the draft sent, frozen.
	do(t, ctx, "opening the filing form", chromedp.Click(chromedp.CSS(prefix+"-open-filing")),
		visible(prefix+"-ref"))
	doc := eval[string](t, ctx, "the first draft offered", fmt.Sprintf(`document.querySelector(%q).options[1].value`, prefix+"-doc"))
	do(t, ctx, "recording the filing", typeText(prefix+"-ref", "PPC-2026-000123"), choose(prefix+"-doc", doc),
		chromedp.Click(chromedp.CSS(prefix+"-file")),
		visible(row+` .lg-filing[data-reference="PPC-2026-000123"]`))
	stored := waitStoredID(t, ctx, real.ID, "the filing", func(inc *incident.Incident) bool {
		f, ok := inc.LedgerOf(key).LastFiling()
		return ok && f.Reference == "PPC-2026-000123"
	})
	f, _ := stored.LedgerOf(key).LastFiling()
	if f.Document != doc || f.Text == "" || f.SHA256 != incident.HashText(f.Text) || f.By != "佐藤 花子" || f.RecordedBy != "佐藤 花子" {
		t.Errorf("filing on record: document %q (want %q), %d bytes of text, hash %s, by %q, recorded by %q", f.Document, doc, len(f.Text), f.SHA256, f.By, f.RecordedBy)
	}
	// The filing's event was offered (checked) and is on the timeline at the time filed.
	onTimeline := false
	for _, ev := range stored.Events {
		onTimeline = onTimeline || ev.At.Equal(f.At) && len(stored.Events) == len(real.Events)+1
	}
	if !onTimeline || !strings.Contains(text(t, ctx, row+` [role="status"]`), "時系列") {
		t.Errorf("the filing at %v did not put its event on the timeline (%d events, %d before)", f.At, len(stored.Events), len(real.Events))
	}
	if !strings.Contains(f.Text, real.Org.Name) {
		t.Errorf("the frozen copy does not name the company %q:\n%s", real.Org.Name, f.Text)
	}
	if got := text(t, ctx, row+" .lg-frozen summary"); !strings.Contains(got, f.SHA256) {
		t.Errorf("the frozen copy's summary %q does not show its hash", got)
	}
	shot(t, ctx, "ledger-ja")
	if ps := incident.Validate(stored).At("ledger"); ps.HasErrors() {
		t.Errorf("the stored ledger has problems: %v", ps)
	}

	// Evidence on an event: attached, its hash shown, saved back.
	content := append([]byte("2026-03-10 09:12:01 203.0.113.5 GET /admin 不審なアクセス\n"), 0, 1, 2, 0xff)
	file := filepath.Join(t.TempDir(), "access.log")
	if err := os.WriteFile(file, content, 0o644); err != nil {
		t.Fatal(err)
	}
	sum := incident.HashBytes(content)
	do(t, ctx, "attaching a file to an event", goTo("/incident/timeline#"+real.ID), waitApp(),
		visible(".tl-event .tl-attach"),
		chromedp.Click(chromedp.CSS(".tl-event .tl-attach")),
		visible(`.tl-event input[type="file"]`),
		chromedp.SetUploadFiles(chromedp.CSS(`.tl-event input[type="file"]`), []string{file}),
		visible(fmt.Sprintf(`.bd-evidence-item[data-sha256=%q]`, sum)),
		waitContains(".bd-evidence-item .ev-sha256", sum))
	viewShot(t, ctx, "ledger-evidence-ja", ".bd-evidence-item")
	stored = waitStoredID(t, ctx, real.ID, "the evidence record", func(inc *incident.Incident) bool { return len(inc.Evidence) == 1 })
	ev := stored.Evidence[0]
	if ev.SHA256 != sum || ev.Size != int64(len(content)) || ev.Name != "access.log" || ev.Event == "" || ev.AddedBy != "佐藤 花子" {
		t.Errorf("evidence on record: %+v", ev)
	}
	raw := storedJSON(t, ctx)[real.ID]
	if strings.Contains(raw, "203.0.113.5") {
		t.Error("the file's content is in the incident's record")
	}
	do(t, ctx, "saving the file back", chromedp.Click(chromedp.CSS(".bd-evidence-item button.bd-secondary")))
	if _, back := dl.wait(t, "access.log"); !bytes.Equal(back, content) {
		t.Errorf("the file saved back differs: %q", back)
	}
	if raw := evidenceRaw(t, ctx); !strings.Contains(raw, "203.0.113.5") {
		t.Fatalf("the file is not in the evidence database as it is: %.200q", raw)
	}

	// Protected: the stored file is sealed with the records, and still saves back whole.
	do(t, ctx, "protecting the desk", goTo("/settings"), waitApp(),
		visible("#protect-form"),
		chromedp.SendKeys(chromedp.CSS("#pass-new"), ledgerPass),
		chromedp.SendKeys(chromedp.CSS("#pass-repeat"), ledgerPass),
		chromedp.Click(chromedp.CSS("#protect-button")),
		visible("#protect-status"))
	// The re-seal runs in the protection's job, committed before the status shows.
	for deadline := time.Now().Add(15 * time.Second); ; {
		raw := evidenceRaw(t, ctx)
		if raw != "" && !strings.Contains(raw, "203.0.113.5") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the attached file is still stored plain on the protected desk: %.200q", raw)
		}
		time.Sleep(100 * time.Millisecond)
	}
	// Loaded again: the sealed file is read from storage after an unlock.
	do(t, ctx, "reopening the time line", chromedp.Navigate(base+"/incident/timeline#"+real.ID), waitApp())
	unlockIfAsked(t, ctx, ledgerPass, ".bd-evidence-item")
	do(t, ctx, "saving the sealed file back",
		visible(".bd-evidence-item button.bd-secondary"),
		chromedp.Click(chromedp.CSS(".bd-evidence-item button.bd-secondary")))
	if _, back := dl.wait(t, "access.log"); !bytes.Equal(back, content) {
		t.Errorf("the sealed file saved back differs: %q", back)
	}

	// The register, as CSV.
	do(t, ctx, "opening the register", goTo("/register"), waitApp())
	unlockIfAsked(t, ctx, ledgerPass, "#register")
	do(t, ctx, "reading the register",
		visible(fmt.Sprintf(`#register tr[data-incident=%q]`, real.ID)))
	shot(t, ctx, "ledger-register-ja")
	if n := eval[int](t, ctx, "drill rows", fmt.Sprintf(`document.querySelectorAll('#register tr[data-incident=%q]').length`, drill.ID)); n != 0 {
		t.Error("the drill is in the register")
	}
	do(t, ctx, "exporting the register", chromedp.Click(chromedp.CSS("#register-csv")),
		visible("#register-msg"))
	_, csv := dl.wait(t, "breach-register-*.csv")
	if !bytes.HasPrefix(csv, []byte("\xef\xbb\xbf")) {
		t.Errorf("the CSV does not start with a BOM: % x", csv[:min(8, len(csv))])
	}
	for _, want := range []string{"管理番号", "判断とその理由", real.Title, reason, "PPC-2026-000123", "佐藤 花子", f.SHA256, "1 件（"} {
		if !bytes.Contains(csv, []byte(want)) {
			t.Errorf("the CSV lacks %q", want)
		}
	}
	if bytes.Contains(csv, []byte(drill.Title)) {
		t.Error("the CSV has the drill")
	}

	// The printed register, on landscape pages; the printed packet carries the ledger.
	for _, tool := range []string{"pdftotext", "pdfinfo"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed (poppler-utils)", tool)
		}
	}
	regPDF := printPDF(t, ctx, filepath.Join(t.TempDir(), "register.pdf"))
	info, err := exec.Command("pdfinfo", regPDF).Output()
	if err != nil {
		t.Fatalf("pdfinfo: %v", err)
	}
	var w, h float64
	for _, line := range strings.Split(string(info), "\n") {
		if rest, ok := strings.CutPrefix(line, "Page size:"); ok {
			_, _ = fmt.Sscanf(strings.TrimSpace(rest), "%f x %f", &w, &h)
		}
	}
	if w < 835 || w > 848 || h < 590 || h > 600 {
		t.Errorf("the register's first page is %.0f x %.0f pt, not landscape A4 (842 x 595):\n%s", w, h, info)
	}
	regText, err := exec.Command("pdftotext", "-raw", regPDF, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	if flat := strings.Join(strings.Fields(string(regText)), ""); !strings.Contains(flat, "侵害記録簿") || !strings.Contains(flat, "PPC-2026-000123") {
		t.Errorf("the printed register lacks its title or the reference:\n%s", regText)
	}
	do(t, ctx, "opening the packet", goTo("/incident/packet#"+real.ID), waitApp())
	unlockIfAsked(t, ctx, ledgerPass, "#pk-ledger")
	do(t, ctx, "reading the packet",
		visible("#packet #pk-ledger"),
		waitContains("#pk-ledger", "PPC-2026-000123"))
	pdf := printPDF(t, ctx, filepath.Join(t.TempDir(), "packet.pdf"))
	// In reading order (-raw): a table's columns laid out side by side
	// (pdfText's -layout) interleave a reference broken over two lines.
	out, err := exec.Command("pdftotext", "-raw", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	flat := strings.Join(strings.Fields(string(out)), "")
	for _, want := range []string{"判断と提出の記録", "PPC-2026-000123", "報告する", f.SHA256[:16]} {
		if !strings.Contains(flat, strings.Join(strings.Fields(want), "")) {
			t.Errorf("the printed packet lacks %q:\n%s", want, out)
		}
	}
}
