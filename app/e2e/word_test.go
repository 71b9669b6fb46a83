//go:build e2e

package e2e

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/docx/docxtest"
	"breachdesk/app/draft"
	"breachdesk/app/incident"
	"breachdesk/app/rules"

	"github.com/chromedp/chromedp"
)

// Where legal teams work: the customer letter downloaded as .docx from the
// drafts page is the document the facts make (paragraph for paragraph, in
// its letter layout); its PDF button shows the letter alone and opens the
// print dialog, and the page prints on A4 with the date right, 記 centred
// and the title in balanced lines; the meeting packet with the letter added
// downloads as .docx, which LibreOffice opens and reads.
func TestWordAndPDF(t *testing.T) {
	parallel(t)
	soffice := wordOffice(t)
	ctx, _ := session(t)
	dls := watchDownloads(t, ctx)
	openHome(t, ctx)
	id := answerWizard(t, ctx, wizardAnswers{
		title: "Word出力テスト", cause: string(incident.CauseUnauthorizedAccess),
		summary:    "会員サイトが不正アクセスを受け、会員情報が閲覧されたおそれがある。",
		categories: []string{"name", "email"}, persons: "1234", records: "1500", residentsJP: "1234", org: "テスト商事株式会社",
	})
	draftsOpen(t, ctx)
	do(t, ctx, "the letter", choose("#draft-variant", "letter"),
		visible(`#draft[data-variant="letter"]`))

	// Word: the file the browser made is the document built here.
	do(t, ctx, "exporting to Word", chromedp.Click(chromedp.CSS("#draft-export-docx")))
	name := draftsExported(t, ctx, "")
	if !strings.HasSuffix(name, "_notice-ja-letter.docx") {
		t.Fatalf("exported %q", name)
	}
	_, data := dls.wait(t, name)
	got, err := docxtest.Read(data)
	if err != nil {
		t.Fatalf("the downloaded .docx does not read back: %v", err)
	}
	inc := waitStoredID(t, ctx, id, "the facts", func(inc *incident.Incident) bool { return inc.Main().Persons.Latest().N == 1234 })
	rs, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	d, err := draft.Build(draft.Spec{Kind: draft.KindNotice, Lang: draft.JA, Variant: draft.VariantLetter, Date: now},
		inc, assess.Evaluate(inc, rs, now), rs)
	if err != nil {
		t.Fatal(err)
	}
	d, _ = draft.Apply(d, inc.Edits)
	b, err := draft.Word(d)
	if err != nil {
		t.Fatal(err)
	}
	want, err := docxtest.Read(b)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got.Paragraphs, want.Paragraphs) {
		t.Errorf("the downloaded letter differs from draft.Word of the stored facts:\n%s\n---\n%s", got.Text(), want.Text())
	}
	if got.Paragraphs[0].Align != "right" {
		t.Errorf("the letter's date is not on the right: %+v", got.Paragraphs[0])
	}

	// PDF: the button shows the letter alone and prints it.
	do(t, ctx, "the PDF button", chromedp.Evaluate[chromedp.Void](sessionPrintStub),
		chromedp.Click(chromedp.CSS("#draft-pdf")), visible("#letter .bd-pd-title"),
		waitJSFor(`window.__printed === 1`, "the print dialog"))
	if href := eval[string](t, ctx, "the way back", `document.querySelector("#printdoc-back").getAttribute("href")`); href != "/incident/drafts#"+id {
		t.Errorf("the way back leads to %q", href)
	}
	out := t.TempDir()
	pdf := printPDF(t, ctx, filepath.Join(out, "letter.pdf"))
	if n := pdfPages(t, pdf); n < 1 || n > 4 {
		t.Errorf("the letter prints on %d pages", n)
	}
	lt := pdfText(t, pdf)
	for _, c := range []string{"PDF（印刷画面で保存）", "文書案に戻る", "印刷する", "文書案"} {
		if strings.Contains(lt, c) {
			t.Errorf("control %q printed", c)
		}
	}
	lines := wordPDFLines(t, pdf)
	const page = 595.3
	centred := func(l wordPDFLine) bool { mid := (l.x0 + l.x1) / 2; return mid > page/2-6 && mid < page/2+6 }
	found := map[string]bool{}
	for i, l := range lines {
		switch l.text {
		case d.Sections[0].Paras[0].Text: // the date
			found["date"] = true
			if l.x1 < page-40-6 { // the page's margin is 14 mm
				t.Errorf("the printed date ends at x %.1f: not on the right", l.x1)
			}
		case "記":
			found["記"] = true
			if !centred(l) {
				t.Errorf("記 printed at x %.1f–%.1f: not centred", l.x0, l.x1)
			}
		case "以上":
			found["以上"] = true
			if l.x1 < page-40-6 {
				t.Errorf("以上 ends at x %.1f: not on the right", l.x1)
			}
		}
		// The title: the lines whose text, joined, is the title.
		joined := ""
		for j := i; j < len(lines) && strings.HasPrefix(d.Title, joined+lines[j].text); j++ {
			joined += lines[j].text
			if joined == d.Title {
				found["title"] = true
				for _, tl := range lines[i : j+1] {
					if len([]rune(tl.text)) < 4 && j > i || !centred(tl) {
						t.Errorf("title line %q at x %.1f–%.1f (of %d lines): alone or not centred", tl.text, tl.x0, tl.x1, j-i+1)
					}
				}
				break
			}
		}
	}
	for _, w := range []string{"date", "記", "以上", "title"} {
		if !found[w] {
			t.Errorf("%s not found in the printed letter: %+v", w, lines[:min(8, len(lines))])
		}
	}
	do(t, ctx, "back to the drafts", chromedp.Click(chromedp.CSS("#printdoc-back")), visible("#draft"))

	// The packet with the letter, as a Word file, read by LibreOffice.
	do(t, ctx, "the packet", openTab("/incident/packet#"), visible("#packet #pk-deadlines"),
		chromedp.Click(chromedp.CSS(`.bd-pk-doclist input[data-doc="notice-ja/letter"]`)),
		visible(`#packet section[id^="pk-doc-"]`),
		chromedp.Click(chromedp.CSS("#packet-word")),
		waitContains("#packet-notice", ".docx"))
	pname := "breachdesk-" + id + "-packet-ja.docx"
	_, pdata := dls.wait(t, pname)
	pk, err := docxtest.Read(pdata)
	if err != nil {
		t.Fatalf("the packet's .docx does not read back: %v", err)
	}
	if !strings.Contains(pk.Header, "Word出力テスト") {
		t.Errorf("running header %q", pk.Header)
	}
	file := filepath.Join(out, "packet.docx")
	if err := os.WriteFile(file, pdata, 0o644); err != nil {
		t.Fatal(err)
	}
	txt := wordConvert(t, soffice, out, file)
	flat := strings.Join(strings.Fields(txt), "")
	for _, w := range []string{"対策会議資料", "Word出力テスト", "期限一覧", "時系列と遅れの確認", "チェックリスト（担当と状況）",
		"下書きの未解決の指摘", "1,234人", "個人情報保護委員会", "記", "以上", "テスト商事株式会社"} {
		if !strings.Contains(flat, w) {
			t.Errorf("LibreOffice does not read %q in the packet", w)
		}
	}
	if strings.Contains(flat, "印刷する") || strings.Contains(flat, "Word（.docx）") {
		t.Error("controls in the packet's Word file")
	}
}

// wordOffice finds LibreOffice: `make test-e2e` installs it (`make office`)
// and sets BREACHDESK_OFFICE=require; without it by hand the test skips.
func wordOffice(t *testing.T) string {
	t.Helper()
	p, err := exec.LookPath("soffice")
	if err != nil {
		msg := "soffice is missing: `make office` installs Debian's libreoffice-writer-nogui"
		if os.Getenv("BREACHDESK_OFFICE") == "require" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	for _, tool := range []string{"pdftotext", "pdfinfo"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Fatalf("%s is missing (poppler-utils): `make browser` installs it", tool)
		}
	}
	return p
}

// wordConvert converts a file to text with LibreOffice and returns the text.
func wordConvert(t *testing.T, soffice, dir, file string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, soffice, "--headless", "--norestore", "--nolockcheck",
		"-env:UserInstallation=file://"+filepath.Join(dir, "lo-profile"),
		"--convert-to", "txt:Text (encoded):UTF8", "--outdir", dir, file)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	b, err := os.ReadFile(strings.TrimSuffix(file, filepath.Ext(file)) + ".txt")
	if err != nil {
		t.Fatalf("LibreOffice wrote no text: %v", err)
	}
	return string(b)
}

type wordPDFLine struct {
	text      string
	x0, x1, y float64
}

// wordPDFLines are the lines pdftotext finds, with where each begins and
// ends across the page (the words of a line joined without spaces).
func wordPDFLines(t *testing.T, pdf string) []wordPDFLine {
	t.Helper()
	out, err := exec.Command("pdftotext", "-bbox", pdf, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext -bbox: %v", err)
	}
	// Words belong to one line when their heights overlap by half (digits
	// and kana of one line sit in different fonts, with different boxes).
	type box struct {
		text           string
		x0, x1, y0, y1 float64
	}
	var lines []wordPDFLine
	var page [][]box
	flush := func() {
		for _, ws := range page {
			sort.Slice(ws, func(i, j int) bool { return ws[i].x0 < ws[j].x0 })
			l := wordPDFLine{x0: ws[0].x0, x1: ws[0].x1, y: ws[0].y1}
			for _, w := range ws {
				l.text += w.text
				l.x1 = max(l.x1, w.x1)
			}
			lines = append(lines, l)
		}
		page = nil
	}
	re := regexp.MustCompile(`<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>`)
	for _, m := range re.FindAllStringSubmatch(string(out), -1) {
		if m[0] == "<page " {
			flush()
			continue
		}
		var w box
		w.x0, _ = strconv.ParseFloat(m[1], 64)
		w.y0, _ = strconv.ParseFloat(m[2], 64)
		w.x1, _ = strconv.ParseFloat(m[3], 64)
		w.y1, _ = strconv.ParseFloat(m[4], 64)
		w.text = m[5]
		placed := false
		for i, ws := range page {
			if over := min(ws[0].y1, w.y1) - max(ws[0].y0, w.y0); over > (w.y1-w.y0)/2 {
				page[i] = append(ws, w)
				placed = true
				break
			}
		}
		if !placed {
			page = append(page, []box{w})
		}
	}
	flush()
	return lines
}
