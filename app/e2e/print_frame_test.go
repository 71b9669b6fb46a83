//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// framePortal serves, on the intranet's origin (another site than the
// app's), a page embedding the app in an iframe with the given sandbox
// attribute ("" = none). The page records the print events it gets itself.
func framePortal(n *wire, sandbox string) {
	n.handle(otherHost, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		attr := ""
		if sandbox != "" {
			attr = fmt.Sprintf(` sandbox=%q`, sandbox)
		}
		fmt.Fprintf(w, `<!doctype html><html lang="ja"><title>社内ポータル</title><h1>社内ポータル</h1>
<iframe id="bd" title="Breach Desk" src="http://%s/"%s width="1200" height="800"></iframe>
<script>window.printEvents = []; addEventListener("beforeprint", () => printEvents.push("beforeprint"));</script>`, appHost, attr)
	}))
}

// frameTarget attaches to the app's cross-origin frame: a target of its own,
// in which only DOM queries and input work (no script).
func frameTarget(t *testing.T, ctx context.Context) context.Context {
	t.Helper()
	var fctx context.Context
	waitUntil(t, "the app's iframe as a target", 30*time.Second, func() bool {
		targets, err := chromedp.Targets(ctx)
		if err != nil {
			t.Fatal(err)
		}
		for _, ti := range targets {
			if ti.Type == "iframe" && strings.HasPrefix(ti.URL, "http://"+appHost) {
				fctx, _ = chromedp.NewContext(ctx, chromedp.WithTargetID(ti.TargetID))
				return true
			}
		}
		return false
	})
	// Attach now, on this context: a target attached by an action under a
	// timeout would be let go when the timeout's context ends.
	if err := chromedp.Do(fctx); err != nil {
		t.Fatalf("attaching to the frame: %v", err)
	}
	return fctx
}

// frameOpenPacket brings the realistic incident into the framed app (its
// storage is the frame's own, partitioned by the intranet's site) through
// the import on the settings page, and opens its meeting packet: clicks
// and a file choice, as a user would.
func frameOpenPacket(t *testing.T, fctx context.Context, file string) {
	t.Helper()
	do(t, fctx, "the app in the frame", domVisible(appRendered))
	do(t, fctx, "opening the settings in the frame", chromedp.Click(chromedp.CSS(`.bd-nav a[href="/settings"]`)))
	do(t, fctx, "the import field", domVisible("#import-file"))
	do(t, fctx, "choosing the file", chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{file}))
	do(t, fctx, "imported", domVisible("#import-result.bd-ok"))
	do(t, fctx, "opening its packet",
		chromedp.Click(chromedp.CSS(`.bd-nav a[href="/"]`)),
		domVisible("#incident-list .bd-incident-link"),
		chromedp.Click(chromedp.CSS("#incident-list .bd-incident-link")),
		domVisible("#jurisdictions"),
		chromedp.Click(chromedp.CSS(`.bd-tabs a[href^="/incident/packet#"]`)),
		domVisible("#packet #pk-lint"),
		domVisible("#packet-frame-hint"),
		domVisible("#packet-save"))
}

// Printing the packet from the app in a cross-origin iframe of an intranet
// page, as a user does it: the Print button in the frame makes Chromium
// print the frame's document (the frame gets "beforeprint", the intranet
// page does not, so the app says it sent the packet to the print dialog),
// and with print media the frame shows the packet without the controls.
func TestPrintInCrossOriginFrame(t *testing.T) {
	parallel(t)
	file, _ := boardIncident(t)
	n := newNetwork(t)
	n.serve(appHost, filepath.Join(sites, "root"), "")
	framePortal(n, "")
	ctx := browser(t, n, t.TempDir())
	do(t, ctx, "loading the intranet page", chromedp.Navigate("http://"+otherHost+"/"))
	fctx := frameTarget(t, ctx)
	frameOpenPacket(t, fctx, file)

	do(t, fctx, "printing in the frame", chromedp.Click(chromedp.CSS("#packet-print")),
		domVisible("#packet-notice"))
	notice, err := chromedp.Run(fctx, chromedp.TextContent(chromedp.CSS("#packet-notice")))
	if err != nil || !strings.Contains(notice, "印刷画面") {
		t.Errorf("after Print the app says %q (%v), want that the packet went to the print dialog", notice, err)
	}
	if got := eval[[]string](t, ctx, "print events of the intranet page", `window.printEvents`); len(got) != 0 {
		t.Errorf("the intranet page got %v: Chromium printed the whole page, not the frame", got)
	}

	// What the frame prints: its print styles hide every control.
	if _, err := chromedp.Call(fctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		t.Fatalf("print media in the frame: %v", err)
	}
	do(t, fctx, "the frame in print media", chromedp.WaitNotVisible(chromedp.CSS(".bd-pk-controls"), chromedp.RetryInterval(50*time.Millisecond)),
		chromedp.WaitNotVisible(chromedp.CSS(".bd-nav"), chromedp.RetryInterval(50*time.Millisecond)), domVisible("#pk-deadlines"))
	n.checkPrivacy(t, appHost, otherHost)
}

// In a frame sandboxed without allow-modals Chromium ignores window.print
// silently: the app notices (no "beforeprint"), says so, and saves the
// packet as one HTML file, which opened in the browser prints the packet
// (checked as PDF: the sections and figures, no controls).
func TestPrintFromSandboxedFrameBySaving(t *testing.T) {
	parallel(t)
	for _, tool := range []string{"pdftotext", "pdfinfo"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed (poppler-utils)", tool)
		}
	}
	file, _ := boardIncident(t)
	n := newNetwork(t)
	n.serve(appHost, filepath.Join(sites, "root"), "")
	framePortal(n, "allow-scripts allow-same-origin allow-forms allow-downloads")
	ctx := browser(t, n, t.TempDir())
	dls := watchDownloads(t, ctx)
	do(t, ctx, "loading the intranet page", chromedp.Navigate("http://"+otherHost+"/"))
	fctx := frameTarget(t, ctx)
	frameOpenPacket(t, fctx, file)

	do(t, fctx, "printing in the sandboxed frame", chromedp.Click(chromedp.CSS("#packet-print")),
		domVisible("#packet-problem"))
	if p, _ := chromedp.Run(fctx, chromedp.TextContent(chromedp.CSS("#packet-problem"))); !strings.Contains(p, "印刷用にファイルで保存") {
		t.Errorf("the problem shown does not say what to do: %q", p)
	}
	do(t, fctx, "saving for printing", chromedp.Click(chromedp.CSS("#packet-save")),
		domVisible("#packet-notice"))
	got, data := dls.wait(t, "breachdesk-*-packet-ja.html")
	if len(data) == 0 {
		t.Fatalf("the saved packet %s is empty", got.Name)
	}
	// The file as the user has it, under the name the page gave it.
	saved := filepath.Join(t.TempDir(), got.Name)
	if err := os.WriteFile(saved, data, 0o644); err != nil {
		t.Fatal(err)
	}

	// The saved file, opened in the browser on its own (a new tab: a file,
	// not the network), prints the packet.
	tab, _ := chromedp.NewContext(ctx)
	if err := chromedp.Do(tab); err != nil {
		t.Fatal(err)
	}
	do(t, tab, "opening the saved file", chromedp.Navigate("file://"+saved),
		domVisible("#pk-deadlines"))
	pdf := printPDF(t, tab, filepath.Join(t.TempDir(), "saved.pdf"))
	txt := pdfText(t, pdf)
	for _, want := range []string{"期限一覧", "時系列と遅れの確認", "チェックリスト（担当と状況）", "下書きの未解決の指摘", "2,417人", "株式会社架空雑貨"} {
		if !strings.Contains(txt, want) {
			t.Errorf("the saved packet's PDF lacks %q", want)
		}
	}
	if !regexp.MustCompile(`(?m)^\s*2\s*/\s*\d+\s*$`).MatchString(txt) {
		t.Error("the saved packet prints no page numbers")
	}
	printNoControls(t, "saved", txt, []string{"印刷する", "カレンダーに追加", "印刷用にファイルで保存", "資料の言語"})
	if pages := pdfPages(t, pdf); pages < 5 {
		t.Errorf("the saved packet prints on %d pages; want the cover and four sections", pages)
	}
	if dir := os.Getenv("PRINT_SCREENS"); dir != "" {
		printPNG(t, pdf, 1, filepath.Join(dir, "saved-ja-1"))
		if b, err := os.ReadFile(saved); err == nil {
			_ = os.WriteFile(filepath.Join(dir, "saved-ja.html"), b, 0o644)
		}
	}
	n.checkPrivacy(t, appHost, otherHost)
}
