//go:build e2e

package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestNewUserPhoneEnglish is a privacy officer's first night with the app,
// on a small phone (360 × 740) in English: a new incident from the first
// hour's questions, with careless notes (a long paste with a URL wider than
// the screen, HTML-ish text, emoji, Japanese and English mixed), an
// intrusion known only as "some month", the moment of knowing known only
// as "about yesterday" (two people disagree on the day), the count revised
// later. On each page it reads: no page wider than the screen (the text of
// a word too long for a line included, which phoneCheck's boxes miss), no
// Japanese of the app's own on an English page (the user's text, the
// Japanese documents and the language switch apart), and the clock that
// starts from the approximate knowing shows no time of day nobody gave.
func TestNewUserPhoneEnglish(t *testing.T) {
	parallel(t)
	ctx, _ := session(t)
	emulatePhone(t, ctx, device{width: 360, height: 740, scale: 2})
	tokyo, _ := time.LoadLocation("Asia/Tokyo")
	now := time.Now().In(tokyo)
	openHome(t, ctx)
	do(t, ctx, "English", chromedp.Click(chromedp.CSS("#lang-switch")), waitText("main h1", "Incidents"))

	url := "https://intranet.example.jp/logs/fw/" + strings.Repeat("0123456789abcdef", 8) // one word, ~128 characters
	title := "<b>mail svr</b> leak?? 😱 顧客DB tbd"
	summary := "pasted from chat: attacker maybe used the VPN?? 要確認 " + strings.Repeat("log line, ", 40) + url + " <script>alert(1)</script> 🔥"
	id := answerWizard(t, ctx, wizardAnswers{
		title: title, summary: summary,
		detected:   now.AddDate(0, 0, -3).Truncate(time.Minute),
		categories: []string{"name", "email"}, status: "possible",
		persons: "1200", residentsJP: "1200", org: "Test Co.",
	})

	// The timeline: an intrusion "some time in" the month before last, and
	// knowing "about" yesterday.
	month := time.Date(now.Year(), now.Month()-2, 1, 0, 0, 0, 0, tokyo).Format("2006-01")
	yesterday := now.AddDate(0, 0, -1).Format("2006-01-02")
	do(t, ctx, "the timeline", openTab("/incident/timeline"), visible("#tl-add-kind"))
	add := func(kind, prec, shape, at, note string) {
		t.Helper()
		do(t, ctx, "adding "+kind, choose("#tl-add-kind", kind), visible("#tl-add-prec"), choose("#tl-add-prec", prec),
			waitJS(fmt.Sprintf(`%s.test(document.querySelector("#tl-add-at").value)`, shape)),
			choose("#tl-add-at", at), choose("#tl-add-note", note),
			chromedp.Click(chromedp.CSS("#tl-add-submit")), visible(fmt.Sprintf(`#tl-line [data-kind=%q]`, kind)))
	}
	add("intrusion", "month", `/^\d{4}-\d\d$/`, month, "sometime in "+month+"?? 田中さん曰く <img src=x onerror=alert(1)> "+url)
	add("aware", "approx", `/^\d{4}-\d\d-\d\d$/`, yesterday, "Suzuki says yesterday, Tanaka says the day before — disputed!!")

	// The count, revised the next morning after de-duplication.
	do(t, ctx, "revising the count", openTab("/incident/facts"), visible(`[id$="persons-rev-open"]`),
		chromedp.Click(chromedp.CSS(`[id$="persons-rev-open"]`)), visible(`[id$="persons-rev-n"]`))
	do(t, ctx, "the revised count", chromedp.SendKeys(chromedp.CSS(`[id$="persons-rev-n"]`), "1,350"),
		chromedp.Click(chromedp.CSS(`[id$="persons-rev-on-today"]`)),
		chromedp.Click(chromedp.CSS(`[id$="persons-rev-save"]`)), gone(`[id$="persons-rev-n"]`))

	userText := []string{title, summary, "田中さん曰く", "Test Co."}
	pages := []struct{ name, tab, ready string }{
		{"dashboard", "/incident#", "#jurisdictions"},
		{"facts", "/incident/facts", "#facts-problems"},
		{"checklist", "/incident/checklist", ".cl-step"},
		{"timeline", "/incident/timeline", "#tl-line"},
		{"drafts", "/incident/drafts", "main h1"},
		{"packet", "/incident/packet", ".bd-pk-letter"},
	}
	for _, p := range pages {
		do(t, ctx, p.name, openTab(p.tab), visible(p.ready), settled())
		newUserCheck(t, ctx, p.name, userText)
	}
	do(t, ctx, "the printed letter", chromedp.Click(chromedp.CSS(".bd-pk-letter")), waitText("main h1", "Print a document"), settled())
	newUserCheck(t, ctx, "print-doc", userText)

	// The dashboard's clock: the knowing is "about" yesterday, not yesterday at 00:00.
	do(t, ctx, "the dashboard", openPage("/incident#"+id), waitApp(), visible("#contested-clock"))
	if got := text(t, ctx, "#clock-knew td"); strings.Contains(got, "00:00") || !strings.Contains(got, "about") {
		t.Errorf("the contested clock shows the knowing as %q: a time of day nobody gave", got)
	}
	// The data set the first hour made, never named, is called as the facts page calls it, not by its id.
	if got := text(t, ctx, "#jurisdictions .bd-set-verdicts li strong"); got == "d1" || !strings.Contains(got, "Data set 1") {
		t.Errorf("the dashboard calls the unnamed data set %q", got)
	}
}

// newUserCheck fails t for a page wider than the screen (any text or box
// past its right edge outside a strip that scrolls sideways) and for
// Japanese of the app's own on the English page: a text that is Japanese
// only, outside the documents (written in Japanese whatever the screen's
// language), the language switch and what the user typed.
func newUserCheck(t *testing.T, ctx context.Context, page string, userText []string) {
	t.Helper()
	type report struct {
		Width, Screen float64
		Wide          []string
		Japanese      []string
	}
	r := eval[report](t, ctx, "reading "+page, fmt.Sprintf(`(() => {
		const user = %s;
		const w = document.documentElement.clientWidth;
		const inScroller = (e) => { for (let p = e; p && p !== document.body; p = p.parentElement) if (getComputedStyle(p).overflowX !== "visible") return true; return false; };
		const wide = [], japanese = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let n = walker.nextNode(); n; n = walker.nextNode()) {
			const e = n.parentElement, s = n.data.trim();
			if (!s || !e || e.closest("script, style, [hidden]") || e.offsetParent === null && getComputedStyle(e).position !== "fixed") continue;
			const r = document.createRange(); r.selectNodeContents(n);
			const b = r.getBoundingClientRect();
			if (b.right > w + 1 && !inScroller(e) && wide.length < 5) wide.push(Math.round(b.right) + " " + e.tagName.toLowerCase() + "." + e.className + ": " + s.slice(0, 40));
			if (!/[\u3040-\u30ff\u4e00-\u9fff]/.test(s) || /[A-Za-z]/.test(s)) continue; // no Japanese, or Japanese beside English (a gloss, a quote)
			const marked = e.closest("[lang]");
			if (e.closest(".bd-lang") || marked && marked.lang === "ja") continue; // the switch; a Japanese document
			if (user.some((u) => u.includes(s) || s.includes(u))) continue;
			if (japanese.length < 10) japanese.push(e.tagName.toLowerCase() + "." + e.className + ": " + s.slice(0, 60));
		}
		return {Width: document.documentElement.scrollWidth, Screen: w, Wide: wide, Japanese: japanese};
	})()`, jsStrings(userText)))
	if r.Width > r.Screen+1 || len(r.Wide) > 0 {
		t.Errorf("%s: the page is %.0f px wide on a %.0f px screen: %v", page, r.Width, r.Screen, r.Wide)
	}
	for _, j := range r.Japanese {
		t.Errorf("%s: Japanese on the English page: %s", page, j)
	}
}

// jsStrings writes strings as a JavaScript array.
func jsStrings(ss []string) string {
	var b strings.Builder
	b.WriteString("[")
	for i, s := range ss {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, "%q", s)
	}
	return b.String() + "]"
}
