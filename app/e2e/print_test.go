//go:build e2e

package e2e

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"breachdesk/app/incident"
	"breachdesk/app/static"

	"github.com/chromedp/chromedp"
)

// The meeting packet, printed to PDF by Chromium in Japanese and English:
// the page count, every section's heading, the key numbers and no button
// text; a draft added on request; two pages kept as PNG for a human to look
// at ($SCREENS, when it names a folder, gets copies); the deadlines downloaded as .ics
// and read by a strict parser; the estimate's total follows an edited input.
func TestPrintPacket(t *testing.T) {
	parallel(t)
	for _, tool := range []string{"pdftotext", "pdfinfo", "pdftoppm"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed (poppler-utils)", tool)
		}
	}
	ctx, _ := session(t)
	openHome(t, ctx)
	id := printCreateIncident(t, ctx)

	do(t, ctx, "opening the packet from its tab", openTab("/incident/packet#"),
		visible("#packet #pk-deadlines"))
	// The deadline the packet shows first, as the page computed it.
	due := text(t, ctx, "#pk-deadlines tbody tr .bd-pk-due")
	shot(t, ctx, "print-packet-screen-ja")
	dueDate := regexp.MustCompile(`\d{4}/\d{2}/\d{2}`).FindString(due)
	if dueDate == "" {
		t.Fatalf("first deadline has no date: %q", due)
	}

	out := t.TempDir()
	ja := printPDF(t, ctx, filepath.Join(out, "packet-ja.pdf"))
	jaText := pdfText(t, ja)
	for _, want := range []string{
		"漏えい対応デスク — 対策会議資料", "印刷テスト：会員サイト不正アクセス", "概要", "会員サイトに不正アクセスがあり",
		"段階", "作成時点", "期限一覧", "時系列と遅れの確認", "遅れの確認", "チェックリスト（担当と状況）",
		"下書きの未解決の指摘", "1,200人", dueDate, "個人情報保護委員会", "適用法令の判定", "適用されない法令と理由",
	} {
		if !strings.Contains(jaText, want) {
			t.Errorf("ja packet: %q not in the PDF text", want)
		}
	}
	printNoControls(t, "ja", jaText, []string{"印刷する", "カレンダーに追加", "この文書だけを印刷", "一緒に印刷する下書き",
		"最初の1時間", "English", "本文へ移動", "資料の言語"})
	// The cover is one page: its closing disclaimer is on page 1 (it once
	// spilled alone onto a page of its own).
	if cover, _, _ := strings.Cut(jaText, "\f"); !strings.Contains(cover, "法的助言ではありません") {
		t.Errorf("ja packet: the cover's disclaimer is not on page 1:\n%s", cover)
	}
	jaPages := pdfPages(t, ja)
	if jaPages < 5 || jaPages > 30 {
		t.Errorf("ja packet has %d pages; want a cover and four sections (5 or more), not a runaway", jaPages)
	}
	pageNo := func(i int) *regexp.Regexp {
		return regexp.MustCompile(fmt.Sprintf(`(?m)^\s*%d\s*/\s*%d\s*$`, i, jaPages))
	}
	if !pageNo(1).MatchString(jaText) || !pageNo(jaPages).MatchString(jaText) {
		t.Errorf("ja packet: page numbers \"1 / %d\" … \"%d / %d\" not printed", jaPages, jaPages, jaPages)
	}
	// The running header: the incident's name on a page other than the cover.
	if got := strings.Count(jaText, "印刷テスト：会員サイト不正アクセス"); got < jaPages-1 {
		t.Errorf("ja packet: the incident's name appears %d times on %d pages; want it on every section page", got, jaPages)
	}
	printPNG(t, ja, 1, filepath.Join(out, "packet-ja-1"))
	printPNG(t, ja, 2, filepath.Join(out, "packet-ja-2"))

	// English, with the customer notice attached on request.
	do(t, ctx, "packet in English", choose("#packet-lang", "en"),
		visibleX(`//h2[text()="Deadlines"]`))
	docBox := eval[string](t, ctx, "finding a draft", `(() => {
		const b = document.querySelector('.bd-pk-doclist input[data-doc^="notice-en"]') || document.querySelector('.bd-pk-doclist input');
		return b ? b.id : "";
	})()`)
	if docBox == "" {
		t.Fatal("no draft offered for the packet")
	}
	do(t, ctx, "adding a draft", chromedp.Click(chromedp.CSS("#"+docBox)),
		visible(`#packet section[id^="pk-doc-"]`))
	docTitle := text(t, ctx, `#packet section[id^="pk-doc-"] .bd-pd-title`)
	en := printPDF(t, ctx, filepath.Join(out, "packet-en.pdf"))
	enText := pdfText(t, en)
	for _, want := range []string{
		"Breach Desk — response meeting packet", "Summary", "Stage", "As of", "Deadlines", "Timeline and delays",
		"Checklist (owners and status)", "Open findings in the drafts", "1,200 persons", printFirstLine(docTitle),
		"Which laws apply", "Laws that do not apply, and why",
	} {
		if !strings.Contains(enText, want) {
			t.Errorf("en packet: %q not in the PDF text", want)
		}
	}
	printNoControls(t, "en", enText, []string{"Print (or save as PDF)", "Add deadlines to a calendar", "Print this document only",
		"Drafts to print with the packet", "First hour", "日本語", "Skip to", "Language of the packet"})
	enPages := pdfPages(t, en)
	if enPages <= 5 {
		t.Errorf("en packet with a draft has %d pages; want more than the cover and four sections", enPages)
	}
	printPNG(t, en, 1, filepath.Join(out, "packet-en-1"))
	printPNG(t, en, 2, filepath.Join(out, "packet-en-2"))
	if dir := os.Getenv("SCREENS"); dir != "" {
		_ = os.MkdirAll(dir, 0o755)
		for _, f := range []string{"packet-ja-1.png", "packet-ja-2.png", "packet-en-1.png", "packet-en-2.png", "packet-ja.pdf", "packet-en.pdf"} {
			if b, err := os.ReadFile(filepath.Join(out, f)); err == nil {
				_ = os.WriteFile(filepath.Join(dir, f), b, 0o644)
			}
		}
	}

	// Deadlines to calendars: the file made in the browser, read strictly.
	dls := watchDownloads(t, ctx)
	do(t, ctx, "downloading the deadlines", chromedp.Click(chromedp.CSS("#packet-ics")),
		visibleX(`//p[@id="packet-notice" and contains(., ".ics")]`))
	_, data := dls.wait(t, "breachdesk-"+id+".ics")
	cal, err := printParseICS(data)
	if err != nil {
		t.Fatalf("the .ics file does not parse: %v\n%s", err, data)
	}
	var events []*printICSComp
	for _, s := range cal.Subs {
		if s.Name == "VEVENT" {
			events = append(events, s)
		}
	}
	if len(events) == 0 {
		t.Fatal("the .ics file has no event")
	}
	for _, ev := range events {
		d, _ := ev.get("DESCRIPTION")
		desc, err := printUnescape(d.Value)
		if err != nil {
			t.Errorf("DESCRIPTION: %v", err)
		}
		if !regexp.MustCompile(`(?i)basis|根拠|Art\.|条`).MatchString(desc) {
			s, _ := ev.get("SUMMARY")
			t.Errorf("event %q has no legal basis in its description: %q", s.Value, desc)
		}
	}

	// The estimate: an edited input changes the total shown, and is stored.
	do(t, ctx, "opening the estimate", openTab("/incident/estimate#"),
		visible("#est-total"))
	before := text(t, ctx, "#est-total")
	shot(t, ctx, "print-estimate-screen-ja")
	do(t, ctx, "scrolling to the cost sheet", chromedp.Evaluate[chromedp.Void](`document.querySelector("#est-costs").scrollIntoView()`))
	shot(t, ctx, "print-estimate-costs-ja")
	do(t, ctx, "scrolling back", chromedp.Evaluate[chromedp.Void](`window.scrollTo(0, 0)`))
	do(t, ctx, "choosing a higher social responsibility", choose("#est-resp", "higher"))
	do(t, ctx, "waiting for the new total", waitJS(fmt.Sprintf(`document.querySelector("#est-total").textContent !== %q`, before)))
	after := text(t, ctx, "#est-total")
	if after == before {
		t.Errorf("total unchanged after an edit: %q", before)
	}
	waitStoredID(t, ctx, id, "the estimate's higher responsibility", func(inc *incident.Incident) bool {
		return inc.Estimate != nil && inc.Estimate.Responsibility == "higher"
	})
	do(t, ctx, "reloading the estimate", chromedp.Reload(), waitApp(), visible("#est-total"))
	if got := text(t, ctx, "#est-total"); got != after {
		t.Errorf("after a reload the total is %q, want %q (the input was not stored)", got, after)
	}
	t.Logf("estimate total %q → %q", before, after)

	// One document in a letter layout, linked from the packet.
	do(t, ctx, "back to the packet", openTab("/incident/packet#"),
		visible(".bd-pk-letter"))
	do(t, ctx, "printing one document", chromedp.Click(chromedp.CSS(".bd-pk-letter")),
		visible("#letter .bd-pd-title"))
	letter := printPDF(t, ctx, filepath.Join(out, "letter.pdf"))
	lt := pdfText(t, letter)
	if title := text(t, ctx, "#letter .bd-pd-title"); !strings.Contains(lt, printFirstLine(title)) {
		t.Errorf("letter: title %q not in the PDF", title)
	}
	if strings.Contains(lt, "会議資料に戻る") || strings.Contains(lt, "印刷する") || strings.Contains(lt, "Back to the meeting packet") {
		t.Error("letter: controls printed")
	}
}

// Printing inside an iframe: the Print button calls the frame's own
// window.print (which prints the frame's document, not the host page), and
// the print styles apply there too.
func TestPrintPacketInIframe(t *testing.T) {
	parallel(t)
	ctx, n := session(t)
	site := &static.Server{Dir: filepath.Join(sites, "root")}
	n.handle(appHost, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/portal-test.html" {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprint(w, `<!doctype html><html lang="ja"><title>社内ポータル</title><h1>社内ポータル</h1>
<iframe id="bd" title="Breach Desk" src="/" width="1000" height="700"></iframe>`)
			return
		}
		site.ServeHTTP(w, r)
	}))
	base := "http://" + appHost
	openHome(t, ctx)
	id := printCreateIncident(t, ctx)
	do(t, ctx, "loading the portal", chromedp.Navigate(base+"/portal-test.html"))
	js := func(body string) string {
		return `(async () => { const f = document.getElementById("bd"); const w = f.contentWindow;` + body + `})()`
	}
	eval[bool](t, ctx, "opening the packet in the frame", js(fmt.Sprintf(`
		for (let i = 0; i < 300 && !(w.document && w.document.querySelector("body:not(:has(#app-wasm-loader)) main h1")); i++) await new Promise(r => setTimeout(r, 100));
		w.location.href = "/incident/packet#%s";
		for (let i = 0; i < 300 && !(w.document && w.document.querySelector("#packet-print")); i++) await new Promise(r => setTimeout(r, 100));
		return !!w.document.querySelector("#packet-print");`, id)))
	called := eval[bool](t, ctx, "printing in the frame", js(`
		let called = false; w.print = () => { called = true; w.dispatchEvent(new Event("beforeprint")); };
		w.document.querySelector("#packet-print").click();
		for (let i = 0; i < 50 && !called; i++) await new Promise(r => setTimeout(r, 100));
		return called && !w.document.querySelector("#packet-problem");`))
	if !called {
		t.Error("the Print button in the iframe did not call the frame's print()")
	}
	hidden := eval[bool](t, ctx, "print styles in the frame", js(`
		const rule = [...w.document.styleSheets].flatMap(s => { try { return [...s.cssRules]; } catch (e) { return []; } })
			.some(r => r.cssText && r.cssText.includes("@page bd-paper"));
		return rule;`))
	if !hidden {
		t.Error("the print style sheet is not loaded in the frame")
	}
}

// printCreateIncident creates the incident the packet prints, through the
// wizard, from the home page; it returns its id.
func printCreateIncident(t *testing.T, ctx context.Context) string {
	t.Helper()
	aware := time.Now().Add(-4 * 24 * time.Hour).Truncate(time.Minute)
	return answerWizard(t, ctx, wizardAnswers{
		title: "印刷テスト：会員サイト不正アクセス", cause: "unauthorized_access",
		summary: "会員サイトに不正アクセスがあり、会員の氏名・住所・メールアドレスが漏えいした。",
		aware:   aware, detected: aware.Add(-6 * time.Hour), contained: aware.Add(3 * time.Hour),
		categories: []string{"name", "address", "email"}, status: "confirmed", encryption: "none",
		persons: "1200", records: "1500", residentsJP: "1200", org: "株式会社テスト商事",
	})
}

// printPDF prints the page with Chromium's print-to-PDF, honouring the
// page's @page rules (A4, margins, page numbers), and writes it to path.
func printPDF(t *testing.T, ctx context.Context, path string) string {
	t.Helper()
	pctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	buf, err := chromedp.Run(pctx, chromedp.PrintToPDF(chromedp.PDFPreferCSSPageSize()))
	if err != nil {
		t.Fatalf("printing to PDF: %v", err)
	}
	if err := os.WriteFile(path, buf, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func pdfText(t *testing.T, path string) string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return string(out)
}

func pdfPages(t *testing.T, path string) int {
	t.Helper()
	out, err := exec.Command("pdfinfo", path).Output()
	if err != nil {
		t.Fatalf("pdfinfo %s: %v", path, err)
	}
	m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindSubmatch(out)
	if m == nil {
		t.Fatalf("pdfinfo: no page count in %s", out)
	}
	n, _ := strconv.Atoi(string(m[1]))
	size := regexp.MustCompile(`(?m)^Page size:\s+([\d.]+) x ([\d.]+)`).FindSubmatch(out)
	if size != nil {
		w, _ := strconv.ParseFloat(string(size[1]), 64)
		h, _ := strconv.ParseFloat(string(size[2]), 64)
		if w < 590 || w > 600 || h < 837 || h > 847 { // A4 is 595 × 842 pt
			t.Errorf("%s: page size %.0f × %.0f pt, want A4 (595 × 842)", filepath.Base(path), w, h)
		}
	}
	return n
}

// printPNG writes page of the PDF as prefix.png at 60 dpi (small, for a look).
func printPNG(t *testing.T, pdf string, page int, prefix string) {
	t.Helper()
	p := strconv.Itoa(page)
	if out, err := exec.Command("pdftoppm", "-png", "-r", "60", "-f", p, "-l", p, "-singlefile", pdf, prefix).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v: %s", err, out)
	}
}

// printNoControls fails for any control's text found on paper.
func printNoControls(t *testing.T, lang, text string, controls []string) {
	t.Helper()
	for _, c := range controls {
		if strings.Contains(text, c) {
			t.Errorf("%s packet: control text %q printed", lang, c)
		}
	}
}

func printFirstLine(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, "\n"); i >= 0 {
		s = s[:i]
	}
	if r := []rune(s); len(r) > 12 {
		s = string(r[:12])
	}
	return s
}

// A strict RFC 5545 reader mirroring app/ics's test parser: physical form
// (CRLF, ≤ 75 octets, UTF-8, folding), content lines, nesting, and the
// properties each component requires.

type printICSProp struct {
	Name   string
	Params map[string]string
	Value  string
}

type printICSComp struct {
	Name  string
	Props []printICSProp
	Subs  []*printICSComp
}

func (c *printICSComp) get(name string) (printICSProp, bool) {
	for _, p := range c.Props {
		if p.Name == name {
			return p, true
		}
	}
	return printICSProp{}, false
}

func printParseICS(data []byte) (*printICSComp, error) {
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("not valid UTF-8")
	}
	if !bytes.HasSuffix(data, []byte("\r\n")) {
		return nil, fmt.Errorf("does not end with CRLF")
	}
	raw := strings.Split(strings.TrimSuffix(string(data), "\r\n"), "\r\n")
	var lines []string
	for i, l := range raw {
		if strings.ContainsAny(l, "\r\n") {
			return nil, fmt.Errorf("line %d: bare CR or LF", i+1)
		}
		if len(l) > 75 {
			return nil, fmt.Errorf("line %d: %d octets > 75", i+1, len(l))
		}
		if strings.HasPrefix(l, " ") || strings.HasPrefix(l, "\t") {
			if len(lines) == 0 {
				return nil, fmt.Errorf("line %d: continuation without a line", i+1)
			}
			lines[len(lines)-1] += l[1:]
			continue
		}
		lines = append(lines, l)
	}
	var stack []*printICSComp
	var root *printICSComp
	for i, l := range lines {
		p, err := printSplitLine(l)
		if err != nil {
			return nil, fmt.Errorf("content line %d: %v", i+1, err)
		}
		switch p.Name {
		case "BEGIN":
			c := &printICSComp{Name: p.Value}
			if len(stack) == 0 {
				if root != nil {
					return nil, fmt.Errorf("two top-level components")
				}
				root = c
			} else {
				top := stack[len(stack)-1]
				top.Subs = append(top.Subs, c)
			}
			stack = append(stack, c)
		case "END":
			if len(stack) == 0 || stack[len(stack)-1].Name != p.Value {
				return nil, fmt.Errorf("content line %d: END:%s does not close the open component", i+1, p.Value)
			}
			if err := printCheckRequired(stack[len(stack)-1]); err != nil {
				return nil, err
			}
			stack = stack[:len(stack)-1]
		default:
			if len(stack) == 0 {
				return nil, fmt.Errorf("content line %d: property outside a component", i+1)
			}
			top := stack[len(stack)-1]
			top.Props = append(top.Props, p)
		}
	}
	if len(stack) != 0 || root == nil || root.Name != "VCALENDAR" {
		return nil, fmt.Errorf("not one closed VCALENDAR")
	}
	return root, nil
}

func printSplitLine(l string) (printICSProp, error) {
	p := printICSProp{Params: map[string]string{}}
	i := strings.IndexAny(l, ";:")
	if i <= 0 {
		return p, fmt.Errorf("no name in %q", l)
	}
	p.Name = l[:i]
	if !regexp.MustCompile(`^[A-Z0-9-]+$`).MatchString(p.Name) {
		return p, fmt.Errorf("bad name %q", p.Name)
	}
	rest := l[i:]
	for strings.HasPrefix(rest, ";") {
		rest = rest[1:]
		eq := strings.IndexByte(rest, '=')
		if eq <= 0 {
			return p, fmt.Errorf("bad parameter in %q", l)
		}
		name := rest[:eq]
		rest = rest[eq+1:]
		var val string
		if strings.HasPrefix(rest, `"`) {
			end := strings.IndexByte(rest[1:], '"')
			if end < 0 {
				return p, fmt.Errorf("unclosed quote in %q", l)
			}
			val, rest = rest[1:end+1], rest[end+2:]
		} else {
			end := strings.IndexAny(rest, ";:")
			if end < 0 {
				return p, fmt.Errorf("no value in %q", l)
			}
			val, rest = rest[:end], rest[end:]
		}
		p.Params[name] = val
	}
	if !strings.HasPrefix(rest, ":") {
		return p, fmt.Errorf("no ':' in %q", l)
	}
	p.Value = rest[1:]
	return p, nil
}

// printUnescape reads a TEXT value, refusing a bad escape.
func printUnescape(s string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\':
			if i+1 >= len(s) {
				return "", fmt.Errorf("trailing backslash")
			}
			i++
			switch s[i] {
			case 'n', 'N':
				b.WriteByte('\n')
			case '\\', ';', ',':
				b.WriteByte(s[i])
			default:
				return "", fmt.Errorf("bad escape \\%c", s[i])
			}
		case c == ';' || c == ',':
			return "", fmt.Errorf("unescaped %q in TEXT", c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), nil
}

func printCheckRequired(c *printICSComp) error {
	need := map[string][]string{
		"VCALENDAR": {"VERSION", "PRODID"},
		"VEVENT":    {"UID", "DTSTAMP", "DTSTART", "SUMMARY", "DESCRIPTION"},
		"VALARM":    {"ACTION", "TRIGGER", "DESCRIPTION"},
		"VTIMEZONE": {"TZID"},
	}
	for _, name := range need[c.Name] {
		if _, ok := c.get(name); !ok {
			return fmt.Errorf("%s without %s", c.Name, name)
		}
	}
	if c.Name == "VEVENT" {
		for _, name := range []string{"DTSTAMP", "DTSTART", "DTEND"} {
			if p, ok := c.get(name); ok && !regexp.MustCompile(`^\d{8}T\d{6}Z?$`).MatchString(p.Value) {
				return fmt.Errorf("VEVENT %s: bad date-time %q", name, p.Value)
			}
		}
	}
	return nil
}
