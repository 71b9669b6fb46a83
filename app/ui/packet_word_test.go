package ui

import (
	"regexp"
	"strings"
	"testing"

	"breachdesk/app/catalog"
	"breachdesk/app/desk"
	"breachdesk/app/docx/docxtest"
	"breachdesk/app/draft"
	"breachdesk/app/incident"
	"breachdesk/app/rules"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// What browsers write for outerHTML reads back as the same tree.
func TestParseHTML(t *testing.T) {
	src := `<article id="packet" lang="ja"><!-- a comment --><h2 class="a  b" data-x="1 > 0">見出し &amp; &lt;x&gt; &quot;q&quot; &#39;s&#x27; &#0; &bogus; a&b</h2>` +
		`<p>一行目<br>二行目&nbsp;<span lang="en">English</span></p><script>var x = "<p>no</p>";</script>` +
		`<table><thead><tr><th colspan="2" class=bd-pk-p50>h</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>` +
		`<img src="x"><input type="checkbox" checked><p>after void</p></b></article><p>tail <unclosed`
	root := parseHTML(src)
	art := root.kids[0]
	if art.tag != "article" || art.attr("lang") != "ja" || art.attr("id") != "packet" {
		t.Fatalf("root element %+v", art)
	}
	h2 := art.kids[0]
	if !h2.hasClass("b") || h2.hasClass("a  b") || h2.attr("data-x") != "1 > 0" {
		t.Errorf("attributes %+v", h2.attrs)
	}
	if got, want := h2.textContent(), "見出し & <x> \"q\" 's' \uFFFD &bogus; a&b"; got != want {
		t.Errorf("text %q, want %q", got, want)
	}
	p := art.kids[1]
	if len(p.kids) != 4 || p.kids[1].tag != "br" || p.kids[2].text != "二行目\u00a0" || p.kids[3].attr("lang") != "en" {
		t.Errorf("inline content %+v", p.kids)
	}
	var tags []string
	for _, k := range art.kids {
		tags = append(tags, k.tag)
	}
	if strings.Join(tags, " ") != "h2 p script table img input p" {
		t.Errorf("children %v (a void element or the script swallowed what follows)", tags)
	}
	if art.kids[2].textContent() != "" {
		t.Error("a script's content is read as text")
	}
	if th := art.kids[3].find(func(n *hnode) bool { return n.tag == "th" }); th == nil || cellSpan(th) != 2 || !th.hasClass("bd-pk-p50") {
		t.Errorf("th %+v", th)
	}
	if tail := root.kids[1]; tail.tag != "p" || tail.textContent() != "tail " {
		t.Errorf("after a stray end tag and an unclosed tag: %+v", tail)
	}
}

// packetHTML is the packet of scenario 01 with the customer letter added,
// as go-app writes it (its line breaks and indentation between elements are
// taken out: a browser's outerHTML has none).
func packetHTML(t *testing.T, l catalog.Lang, edit func(*incident.Incident)) (string, packet, draft.Document) {
	t.Helper()
	inc := scenario(t, "01-travel-targeted-email")
	if edit != nil {
		edit(inc)
	}
	rs, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	now := inc.UpdatedAt
	board := desk.NewBoard(inc, rs, now)
	a := board.Assessment
	docs, _, err := draft.BuildAll(inc, a, rs, now)
	if err != nil {
		t.Fatal(err)
	}
	pk := packet{l: l, b: board, inc: inc, a: a, loc: inc.Location(), now: now, docs: docs, findings: draft.Lint(inc, a, docs)}
	letter, ok := findDoc(docs, "notice-ja/letter")
	if !ok {
		t.Fatal("no letter")
	}
	h := app.HTMLString(app.Article().Class("bd-packet bd-print-page").ID("packet").Lang(string(l)).Body(
		pk.cover(), pk.deadlines(), pk.timeline(), pk.checklist(), pk.lint(), pk.document(letter)))
	return regexp.MustCompile(`\n *`).ReplaceAllString(h, ""), pk, letter
}

// The packet as a Word file: the cover with its title and facts, each
// section from a new page under its heading, the tables with their header
// row repeating and their columns, the letter in its own layout (Word's
// numbering counting from 1 for it), the running header and page numbers.
func TestPacketWord(t *testing.T) {
	h, pk, letter := packetHTML(t, catalog.JA, nil)
	data, err := packetWord(catalog.JA, "title", h, []draft.Document{letter}, pk.now)
	if err != nil {
		t.Fatal(err)
	}
	f, err := docxtest.Read(data)
	if err != nil {
		t.Fatalf("the packet's Word file does not read back: %v", err)
	}
	if want := pk.name() + "　" + pk.t("print.runningAsOf", stamp(pk.l, pk.now, pk.loc)); f.Header != want {
		t.Errorf("running header %q, want %q", f.Header, want)
	}
	if !strings.Contains(f.Footer, "PAGE") || f.Lang != "ja-JP" || f.PageW != 11906 {
		t.Errorf("footer %q, lang %q, page width %d", f.Footer, f.Lang, f.PageW)
	}
	// find returns the first paragraph of this style (any: "*") and text.
	find := func(style, text string) docxtest.Paragraph {
		for _, p := range f.Paragraphs {
			if p.Text == text && (style == "*" || p.Style == style) {
				return p
			}
		}
		t.Errorf("no paragraph %q in style %q", text, style)
		return docxtest.Paragraph{}
	}
	if p := find("Title", pk.inc.Title); p.Align != "center" {
		t.Errorf("cover title %+v", p)
	}
	for _, s := range []string{"print.deadlines", "print.timeline", "print.checklist", "print.lint"} {
		if p := find("Heading1", pk.t(s)); !p.PageBreakBefore {
			t.Errorf("section %q: %+v, want a heading on a new page", pk.t(s), p)
		}
	}
	if p := find("Heading1", docLabel(pk.l, letter)); !p.PageBreakBefore {
		t.Errorf("the letter's heading %+v", p)
	}
	// The contents list and the letter's headings are two lists.
	toc, heading := find("", pk.t("print.deadlines")), find("Heading1", "概要")
	if toc.NumID == "" || heading.NumID == "" || toc.NumID == heading.NumID {
		t.Errorf("contents item %+v and letter heading %+v: not two numbered lists", toc, heading)
	}
	byText := map[string]docxtest.Paragraph{}
	for _, p := range f.Paragraphs {
		byText[p.Text] = p // the last: the letter's
	}
	if p := byText["記"]; p.Align != "center" {
		t.Errorf("記 in the packet's letter: %+v", p)
	}
	// The letter is dated at its sending (draft.DatedAt): 2026-06-24 in scenario 01.
	if p := byText[letter.Date.Format("2006年1月2日")]; p.Align != "right" || letter.Date.Format("2006-01-02") != "2026-06-24" {
		t.Errorf("the letter's date: %+v", p)
	}
	// Tables: cover facts (no header), deadlines, timeline, delays, checklist, findings.
	deadlines := desk.Deadlines(pk.a)
	var found bool
	for _, tb := range f.Tables {
		if len(tb.Rows) > 0 && len(tb.Rows[0]) == 5 && tb.Rows[0][0] == pk.t("print.col.obligation") {
			found = true
			if tb.HeaderRows != 1 || tb.GridCols != 5 || len(tb.Rows) != len(deadlines)+1 {
				t.Errorf("deadline table: %d header rows, %d columns, %d rows for %d deadlines", tb.HeaderRows, tb.GridCols, len(tb.Rows), len(deadlines))
			}
			if first := tb.Rows[1][0]; !strings.HasPrefix(first, tx(pk.l, deadlines[0].Ob.Title)+"\n") {
				t.Errorf("first deadline %q, want %q then its addressee", first, tx(pk.l, deadlines[0].Ob.Title))
			}
		}
	}
	if !found {
		t.Errorf("no deadline table among %d tables", len(f.Tables))
	}
	text := f.Text()
	for _, want := range []string{pk.t("print.facts"), "6,788,443人", pk.t("print.disclaimer"), "記", "以上"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q is not in the Word file", want)
		}
	}
	for _, unwanted := range []string{pk.t("print.print"), pk.t("print.word")} {
		if strings.Contains(text, unwanted) {
			t.Errorf("control text %q in the Word file", unwanted)
		}
	}
}

// Hostile facts shown in the packet reach the Word file as text.
func TestPacketWordHostile(t *testing.T) {
	const hostile = "<w:p>]]>\x00\x1b\u202e&amp;</w:t>\xff"
	h, pk, letter := packetHTML(t, catalog.EN, func(inc *incident.Incident) {
		inc.Title, inc.Story.Summary, inc.Org.Name = hostile, hostile, hostile
	})
	data, err := packetWord(catalog.EN, hostile, h, []draft.Document{letter}, pk.now)
	if err != nil {
		t.Fatal(err)
	}
	f, err := docxtest.Read(data)
	if err != nil {
		t.Fatalf("the packet's Word file does not read back: %v", err)
	}
	clean := "<w:p>]]>\uFFFD\uFFFD\u202e&amp;</w:t>\uFFFD"
	if !strings.Contains(f.Text(), clean) || !strings.Contains(f.Header, clean) || f.Title != clean {
		t.Errorf("the facts are not in the file as text:\n%q\nheader %q\ntitle %q", f.Text(), f.Header, f.Title)
	}
}
