package draft

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/docx"
	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// officeTools returns the path of LibreOffice's soffice, with pdftotext and
// pdfinfo (poppler-utils) found too. `make test` installs them (`make office`)
// and sets BREACHDESK_OFFICE=require, so there a missing tool fails the test;
// run by hand without them, the test says what to install and skips.
func officeTools(t *testing.T) string {
	t.Helper()
	var missing []string
	for _, tool := range []string{"soffice", "pdftotext", "pdfinfo"} {
		if _, err := exec.LookPath(tool); err != nil {
			missing = append(missing, tool)
		}
	}
	if len(missing) > 0 {
		msg := "missing " + strings.Join(missing, ", ") + ": `make office` installs Debian's libreoffice-writer-nogui, fonts-noto-cjk and poppler-utils"
		if os.Getenv("BREACHDESK_OFFICE") == "require" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	p, _ := exec.LookPath("soffice")
	return p
}

// soffice converts files with LibreOffice, headless, into dir, with a
// profile of its own (no clash with a running LibreOffice or another
// conversion), and says how long it took.
func soffice(bin, format, dir string, files ...string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	args := append([]string{"--headless", "--norestore", "--nolockcheck",
		"-env:UserInstallation=file://" + filepath.Join(dir, "profile-"+strings.Split(format, ":")[0]),
		"--convert-to", format, "--outdir", dir}, files...)
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Env = append(os.Environ(), "HOME="+dir)
	start := time.Now()
	out, err := cmd.CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("soffice --convert-to %s: %v\n%s", format, err, out)
	}
	return fmt.Sprintf("soffice --convert-to %s of %d files: %.1f s", format, len(files), time.Since(start).Seconds()), nil
}

// officePicks are the documents LibreOffice opens: each kind of letter and
// report, in both languages.
var officePicks = []struct {
	scenario string
	spec     Spec
}{
	{"01-travel-targeted-email", Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}},
	{"01-travel-targeted-email", Spec{Kind: KindMinistry, Lang: JA}},
	{"01-travel-targeted-email", Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}},
	{"03-webshop-skimming-2025", Spec{Kind: KindCard, Lang: JA}},
	{"08-callcentre-insider-processor", Spec{Kind: KindEntrustor, Lang: JA}},
	{"10-crossborder-eu-jp-ca", Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter}},
	{"10-crossborder-eu-jp-ca", Spec{Kind: KindGDPR33, Lang: EN}},
	{"11-city-office-public-body", Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb}},
}

// officeJob is LibreOffice's part of TestWordInLibreOffice: the Word files
// written, converted to text and the two letters to PDF. It is started when
// the package's tests start (TestMain), so that LibreOffice's processes run
// beside the package's other tests: as a parallel test it waited for all of
// them, and its 30 s of conversions were the native tests' last half minute
// with one core idle. The test waits for it and checks what it wrote.
type officeJob struct {
	done  chan struct{}
	dir   string
	docs  map[string]Document
	files []string
	logs  []string
	err   error
}

var office struct {
	once sync.Once
	job  *officeJob
}

// startOffice starts the job once, in the background, and returns it.
func startOffice(bin string) *officeJob {
	office.once.Do(func() {
		j := &officeJob{done: make(chan struct{}), docs: map[string]Document{}}
		office.job = j
		go func() {
			defer close(j.done)
			j.err = j.run(bin)
		}()
	})
	return office.job
}

func (j *officeJob) run(bin string) error {
	rs, err := rules.Default()
	if err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "draft-office-")
	if err != nil {
		return err
	}
	j.dir = dir
	for i, p := range officePicks {
		b, err := os.ReadFile(filepath.Join(scenarioDir, p.scenario+".json"))
		if err != nil {
			return err
		}
		inc, err := incident.Decode(b)
		if err != nil {
			return fmt.Errorf("%s: %v", p.scenario, err)
		}
		p.spec.Date = inc.UpdatedAt
		d, err := Build(p.spec, inc, assess.Evaluate(inc, rs, inc.UpdatedAt), rs)
		if err != nil {
			return fmt.Errorf("%s %s: %v", p.scenario, p.spec.Kind, err)
		}
		w, err := Word(d)
		if err != nil {
			return err
		}
		name := strconv.Itoa(i) + "-" + d.ID
		j.docs[name] = d
		f := filepath.Join(dir, name+".docx")
		if err := os.WriteFile(f, w, 0o644); err != nil {
			return err
		}
		j.files = append(j.files, f)
	}
	// The two conversions side by side, each with a profile of its own.
	var wg sync.WaitGroup
	var txtLog, pdfLog string
	var txtErr, pdfErr error
	wg.Add(2)
	go func() {
		defer wg.Done()
		txtLog, txtErr = soffice(bin, "txt:Text (encoded):UTF8", dir, j.files...)
	}()
	go func() {
		defer wg.Done()
		pdfLog, pdfErr = soffice(bin, "pdf", dir, j.files[0], j.files[1])
	}()
	wg.Wait()
	j.logs = []string{txtLog, pdfLog}
	return errors.Join(txtErr, pdfErr)
}

// TestMain starts LibreOffice's conversions when TestWordInLibreOffice is
// to run and the tools are there, then runs the tests.
func TestMain(m *testing.M) {
	flag.Parse()
	if bin, err := exec.LookPath("soffice"); err == nil && runs("TestWordInLibreOffice") {
		startOffice(bin)
	}
	code := m.Run()
	if office.job != nil {
		<-office.job.done
		if office.job.dir != "" {
			os.RemoveAll(office.job.dir)
		}
	}
	os.Exit(code)
}

// runs tells whether go test's -run selects the top-level test name (no
// -run: all of them).
func runs(name string) bool {
	f := flag.Lookup("test.run")
	if f == nil || f.Value.String() == "" {
		return true
	}
	ok, err := regexp.MatchString(strings.Split(f.Value.String(), "/")[0], name)
	return err == nil && ok
}

// The Word files open in a real reader: LibreOffice converts documents of
// several scenarios to text, which must be the text export's line for line
// (the title in its balanced lines, each heading with the number Word gives
// it); and two letters to PDF, which must be A4 with the date and the sender
// on the right, the addressee on the left, the title and 記 centred and 以上
// on the right, where pdftotext finds the words on the page.
func TestWordInLibreOffice(t *testing.T) {
	t.Parallel()
	bin := officeTools(t)
	j := startOffice(bin) // started by TestMain unless -run chose otherwise
	<-j.done
	if j.err != nil {
		t.Fatal(j.err)
	}
	for _, l := range j.logs {
		t.Log(l)
	}
	dir, docs, files := j.dir, j.docs, j.files
	for name, d := range docs {
		b, err := os.ReadFile(filepath.Join(dir, name+".txt"))
		if err != nil {
			t.Errorf("%s: LibreOffice wrote no text: %v", name, err)
			continue
		}
		var got []string
		for _, l := range strings.Split(strings.TrimPrefix(string(b), "\uFEFF"), "\n") {
			if l = strings.TrimSpace(strings.TrimSuffix(l, "\r")); l != "" {
				got = append(got, l)
			}
		}
		var want []string
		for _, l := range textLines(d) {
			if l == d.Title {
				want = append(want, docx.Lines(d.Title, docx.TextWidth/14)...)
				continue
			}
			want = append(want, strings.TrimSpace(l))
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: LibreOffice reads another text than the text export:\n%s", name, lineDiff(got, want))
		}
	}

	letter, ministry := files[0], files[1]
	for _, f := range []string{letter, ministry} {
		pdf := strings.TrimSuffix(f, ".docx") + ".pdf"
		info, err := exec.Command("pdfinfo", pdf).Output()
		if err != nil {
			t.Fatalf("pdfinfo %s: %v", pdf, err)
		}
		if !regexp.MustCompile(`Page size:\s+595\.\d* x 841\.\d* pts \(A4\)`).Match(info) {
			t.Errorf("%s: not A4:\n%s", filepath.Base(pdf), info)
		}
	}
	d := docs["0-notice-ja"]
	words := pdfLines(t, strings.TrimSuffix(letter, ".docx")+".pdf")
	const left, right, middle = 70.9, 595.3 - 70.9, 595.3 / 2 // 25 mm margins
	near := func(a, b float64) bool { return a > b-4 && a < b+4 }
	check := func(text, where string, ok func(w pdfWord) bool) {
		t.Helper()
		for _, w := range words {
			if strings.ReplaceAll(w.text, " ", "") == strings.ReplaceAll(text, " ", "") {
				if !ok(w) {
					t.Errorf("letter: %q is at x %.1f–%.1f, not %s", text, w.x0, w.x1, where)
				}
				return
			}
		}
		t.Errorf("letter: %q not found on the page", text)
	}
	isRight := func(w pdfWord) bool { return near(w.x1, right) }
	check("2026年6月25日", "on the right", isRight)
	check("架空トラベル株式会社", "on the right", isRight)
	check("お客様各位", "on the left", func(w pdfWord) bool { return near(w.x0, left) })
	for _, l := range docx.Lines(d.Title, docx.TextWidth/14) {
		check(l, "centred", func(w pdfWord) bool { return near((w.x0+w.x1)/2, middle) })
	}
	check("記", "centred", func(w pdfWord) bool { return near((w.x0+w.x1)/2, middle) })
	check("敬具", "on the right", isRight)
	check("以上", "on the right", isRight)
}

type pdfWord struct {
	text   string
	x0, x1 float64
}

// pdfLines lists the lines of text pdftotext finds on the pages, with where
// each begins and ends across the page (in points): the words of one line
// (pdftotext splits a line where the font changes, as from 2026 to 年)
// joined without spaces.
func pdfLines(t *testing.T, pdf string) []pdfWord {
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
	var lines []pdfWord
	var page [][]box
	flush := func() {
		for _, ws := range page {
			sort.Slice(ws, func(i, j int) bool { return ws[i].x0 < ws[j].x0 })
			l := pdfWord{x0: ws[0].x0, x1: ws[0].x1}
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
