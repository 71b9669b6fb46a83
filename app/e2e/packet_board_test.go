//go:build e2e

package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	json "github.com/goccy/go-json"

	"github.com/chromedp/chromedp"
)

// boardScenario is a realistic incident (a web shop's payment page altered,
// 2,417 customers' cards), filled in as a response team would by day 3: story,
// contact desk, people, owners, a 速報 filed.
const boardScenario = "../../testdata/print/webshop-board.json"

// boardIncident is the scenario moved in time so that the company learned of
// the leak three days ago (whole days: the times of day stay), written to a
// file for the import. It returns the file and every text the user typed
// (which may be in any language on paper).
func boardIncident(t *testing.T) (string, []string) {
	t.Helper()
	data, err := os.ReadFile(boardScenario)
	if err != nil {
		t.Fatal(err)
	}
	stamp := regexp.MustCompile(`"(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+09:00)"`)
	aware, _ := time.Parse(time.RFC3339, "2025-02-10T09:00:00+09:00")
	days := int(time.Since(aware).Hours()/24) - 3
	shift := time.Duration(days) * 24 * time.Hour
	data = stamp.ReplaceAllFunc(data, func(b []byte) []byte {
		at, err := time.Parse(time.RFC3339, strings.Trim(string(b), `"`))
		if err != nil {
			t.Fatal(err)
		}
		return []byte(`"` + at.Add(shift).Format(time.RFC3339) + `"`)
	})
	path := filepath.Join(t.TempDir(), "webshop-board.json")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	var typed []string
	var walk func(any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			for _, e := range x {
				walk(e)
			}
		case []any:
			for _, e := range x {
				walk(e)
			}
		case string:
			typed = append(typed, x)
		}
	}
	walk(v)
	return path, typed
}

// boardForeign lists the text nodes of the packet that are in the other
// language and are not part of what the user typed nor marked as a
// quotation in another language (lang=, as the drafts printed in their own
// language are): untranslated text. For English, any Japanese
// character; for Japanese, a run of two English words.
const boardForeignJS = `((lang, typed) => {
	const foreign = lang === "en" ? /[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e]/ : /[A-Za-z]{3,}[ ,.]+[A-Za-z]{3,}/;
	const out = [];
	const walker = document.createTreeWalker(document.querySelector("#packet"), NodeFilter.SHOW_TEXT);
	for (let n = walker.nextNode(); n; n = walker.nextNode()) {
		const el = n.parentElement;
		// A quotation marked as another language (lang=), and for Japanese the
		// names of sources and laws (an English title such as Visa's guide:
		// .bd-pk-basis, the dashboard's .bd-cite and .bd-law) are fine.
		if (el.closest("[lang]").lang !== lang || (lang === "ja" && el.closest(".bd-pk-basis, .bd-cite, .bd-law"))) continue;
		let s = n.textContent;
		for (const u of typed) if (u.length > 1) s = s.split(u).join("");
		if (foreign.test(s)) out.push(n.parentElement.closest("section").id + ": " + n.textContent);
	}
	return out;
})`

// The meeting packet of a realistic incident, printed to PDF in Japanese and
// English: nothing of the interface's other language on paper, the key
// facts in both, and every page kept as PNG in PRINT_SCREENS (when set) for
// a person to look at.
func TestPrintBoardPacket(t *testing.T) {
	parallel(t)
	for _, tool := range []string{"pdftotext", "pdfinfo", "pdftoppm"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed (poppler-utils)", tool)
		}
	}
	file, typed := boardIncident(t)
	ctx, _ := session(t)
	do(t, ctx, "importing the incident", openPage("/settings"), waitApp(),
		visible("#import-file"),
		chromedp.SetUploadFiles(chromedp.CSS("#import-file"), []string{file}),
		visible("#import-result.bd-ok"))
	do(t, ctx, "opening it from the list", goTo("/"), waitApp(),
		visible("#incident-list .bd-incident-link"),
		chromedp.Click(chromedp.CSS("#incident-list .bd-incident-link")),
		visible("#jurisdictions"),
		chromedp.Click(chromedp.CSS(`.bd-tabs a[href^="/incident/packet#"]`)),
		visible("#packet #pk-lint"))

	out := t.TempDir()
	shots := os.Getenv("PRINT_SCREENS")
	typedJSON, _ := json.Marshal(typed)
	for _, lang := range []string{"ja", "en"} {
		do(t, ctx, "packet in "+lang, choose("#packet-lang", lang),
			visible(fmt.Sprintf(`#packet[lang=%q]`, lang)))
		foreign := eval[[]string](t, ctx, "untranslated text", fmt.Sprintf("%s(%q, %s)", boardForeignJS, lang, typedJSON))
		for _, f := range foreign {
			t.Errorf("%s packet: text in the other language: %s", lang, f)
		}
		pdf := printPDF(t, ctx, filepath.Join(out, "board-"+lang+".pdf"))
		txt := pdfText(t, pdf)
		want := map[string][]string{
			"ja": {"期限一覧", "時系列と遅れの確認", "チェックリスト（担当と状況）", "下書きの未解決の指摘", "2,417人", "株式会社架空雑貨", "個人情報保護委員会"},
			"en": {"Deadlines", "Timeline and delays", "Checklist (owners and status)", "Open findings in the drafts", "2,417 persons", "PPC"},
		}[lang]
		for _, w := range want {
			if !strings.Contains(txt, w) {
				t.Errorf("%s packet: %q not in the PDF", lang, w)
			}
		}
		pages := pdfPages(t, pdf)
		t.Logf("%s packet: %d pages", lang, pages)
		if shots != "" {
			_ = os.MkdirAll(shots, 0o755)
			for i := 1; i <= pages; i++ {
				printPNG(t, pdf, i, filepath.Join(shots, fmt.Sprintf("board-%s-%d", lang, i)))
			}
			b, _ := os.ReadFile(pdf)
			_ = os.WriteFile(filepath.Join(shots, "board-"+lang+".pdf"), b, 0o644)
		}
	}
	// session's privacy check ends the test.
}
