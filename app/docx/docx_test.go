package docx_test

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"breachdesk/app/docx"
	"breachdesk/app/docx/docxtest"
)

func build(t *testing.T, d docx.Document) *docxtest.File {
	t.Helper()
	b, err := d.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	f, err := docxtest.Read(b)
	if err != nil {
		t.Fatalf("the file does not read back: %v", err)
	}
	return f
}

// A document with every kind of block reads back strictly, with its styles,
// alignments, lists, table and page as written.
func TestStructure(t *testing.T) {
	d := docx.Document{
		Title: "報告書", Subject: "規則7条", Lang: "ja-JP", Header: "事案A — 2026/05/02 時点", PageNumbers: true,
		Created: time.Date(2026, 5, 2, 9, 0, 0, 0, time.UTC),
		Body: []docx.Block{
			docx.P(docx.Normal, docx.End, "2026年5月2日"),
			docx.P(docx.Normal, docx.Start, "個人情報保護委員会　御中"),
			docx.Paragraph{Style: docx.Title, Align: docx.Center, Balance: true, Runs: []docx.Run{{Text: "個人データの漏えい等事案に関する報告書"}}},
			docx.P(docx.Normal, docx.Center, "記"),
			docx.Paragraph{Style: docx.Heading1, List: 7, Runs: []docx.Run{{Text: "概要"}}},
			docx.Paragraph{Runs: []docx.Run{{Text: "一行目\n二行目\tタブ"}, {Text: " 太字", Bold: true}}},
			docx.Paragraph{Style: docx.Heading1, List: 7, Runs: []docx.Run{{Text: "原因"}}},
			docx.Paragraph{Indent: 10.5, Hanging: 10.5, Runs: []docx.Run{{Text: "・項目"}}},
			docx.Table{Widths: []int{30, 70}, HeaderRows: 1, Borders: true, Rows: [][]docx.Cell{
				{{Paras: []docx.Paragraph{docx.P(docx.Small, docx.Start, "項目")}, Shade: true}, {Paras: []docx.Paragraph{docx.P(docx.Small, docx.Start, "内容")}, Shade: true}},
				{{Span: 2, Paras: []docx.Paragraph{docx.P(docx.Small, docx.Start, "段階")}}},
				{{}, {Paras: []docx.Paragraph{docx.P(docx.Normal, docx.Start, "a"), docx.P(docx.Normal, docx.Start, "b")}}},
			}},
			docx.Paragraph{Style: docx.Heading1, List: 9, PageBreakBefore: true, Runs: []docx.Run{{Text: "別の文書"}}},
			docx.P(docx.Normal, docx.End, "以上"),
		},
	}
	f := build(t, d)
	if f.PageW != 11906 || f.PageH != 16838 {
		t.Errorf("page %d × %d twips, want A4 (11906 × 16838)", f.PageW, f.PageH)
	}
	if f.Fonts != (docxtest.Fonts{ASCII: "Times New Roman", EastAsia: "Yu Mincho", HAnsi: "Times New Roman"}) {
		t.Errorf("default fonts %+v", f.Fonts)
	}
	if !strings.Contains(string(f.Parts["word/fontTable.xml"]), `w:name="Yu Mincho"><w:altName w:val="ＭＳ 明朝"/>`) {
		t.Error("Yu Mincho has no MS Mincho fallback in the font table")
	}
	if f.Lang != "ja-JP" || f.Title != "報告書" || f.Subject != "規則7条" {
		t.Errorf("lang %q, title %q, subject %q", f.Lang, f.Title, f.Subject)
	}
	if f.Header != "事案A — 2026/05/02 時点" || !regexp.MustCompile(`^\{ PAGE \}\d* / \{ NUMPAGES \}\d*$`).MatchString(f.Footer) {
		t.Errorf("header %q, footer %q", f.Header, f.Footer)
	}
	type want struct{ style, align, num, text string }
	wants := []want{
		{"", "right", "", "2026年5月2日"},
		{"", "", "", "個人情報保護委員会　御中"},
		{"Title", "center", "", "個人データの漏えい等事案に関する報告書"},
		{"", "center", "", "記"},
		{"Heading1", "", "1", "概要"},
		{"", "", "", "一行目\n二行目\tタブ 太字"},
		{"Heading1", "", "1", "原因"},
		{"", "", "", "・項目"},
		{"Small", "", "", "項目"}, {"Small", "", "", "内容"}, {"Small", "", "", "段階"}, {"", "", "", ""},
		{"", "", "", "a"}, {"", "", "", "b"},
		{"Heading1", "", "2", "別の文書"},
		{"", "right", "", "以上"},
	}
	if len(f.Paragraphs) != len(wants) {
		t.Fatalf("%d paragraphs, want %d: %+v", len(f.Paragraphs), len(wants), f.Paragraphs)
	}
	for i, w := range wants {
		p := f.Paragraphs[i]
		if p.Style != w.style || p.Align != w.align || p.NumID != w.num || p.Text != w.text {
			t.Errorf("paragraph %d = %+v, want %+v", i, p, w)
		}
	}
	if !f.Paragraphs[5].Bold || f.Paragraphs[4].Bold {
		t.Error("the bold run is not bold, or a plain one is")
	}
	if f.Paragraphs[7].Hanging != "210" {
		t.Errorf("item hangs %q twips, want 210", f.Paragraphs[7].Hanging)
	}
	if !f.Paragraphs[14].PageBreakBefore {
		t.Error("no page break before the second document")
	}
	if len(f.Tables) != 1 {
		t.Fatalf("%d tables", len(f.Tables))
	}
	tb := f.Tables[0]
	if tb.GridCols != 2 || tb.HeaderRows != 1 || len(tb.Rows) != 3 || len(tb.Rows[1]) != 1 || tb.Rows[2][1] != "a\nb" {
		t.Errorf("table %+v", tb)
	}
	num := string(f.Parts["word/numbering.xml"])
	if strings.Count(num, "<w:num w:numId=") != 2 || strings.Count(num, `<w:startOverride w:val="1"/>`) != 2 {
		t.Errorf("want two lists, each counting from 1:\n%s", num)
	}
}

// The same document makes the same bytes (no clock, no map order).
func TestDeterministic(t *testing.T) {
	d := docx.Document{Title: "x", Body: []docx.Block{docx.P(docx.Heading1, docx.Start, "a"), docx.Paragraph{List: 1, Runs: []docx.Run{{Text: "b"}}}}}
	a, _ := d.Bytes()
	b, _ := d.Bytes()
	if !bytes.Equal(a, b) {
		t.Error("two writes of one document differ")
	}
}

// A minimal document (no lists, header or footer) names no part it lacks.
func TestMinimal(t *testing.T) {
	f := build(t, docx.Document{})
	for _, p := range []string{"word/numbering.xml", "word/header1.xml", "word/footer1.xml"} {
		if _, ok := f.Parts[p]; ok {
			t.Errorf("%s written for a document without it", p)
		}
	}
	if len(f.Paragraphs) != 0 {
		t.Errorf("paragraphs %+v", f.Paragraphs)
	}
	// A table last: Word wants a paragraph after it.
	f = build(t, docx.Document{Body: []docx.Block{docx.Table{Widths: []int{1}, Rows: [][]docx.Cell{{{}}}}}})
	if n := len(f.Paragraphs); n != 2 || f.Paragraphs[1].InTable {
		t.Errorf("paragraphs after a last table: %+v", f.Paragraphs)
	}
}

// Hostile text in every place text goes (title, header, runs, cells) makes
// a valid document whose text is the input, with the characters XML cannot
// carry as U+FFFD, and no markup from the input.
func TestHostileText(t *testing.T) {
	hostile := []string{
		"NUL\x00here", "bell\x07 esc\x1b vt\x0b ff\x0c", "bad \xff\xfe utf-8 \xc3", "surrogate \xed\xa0\x80 half",
		"]]> <![CDATA[x]]>", `</w:t></w:r></w:p><w:p><w:r><w:t>injected`, "<w:p>", `a & b < c > d " e ' f`,
		"rtl \u200f\u202e override\u202c \u2066iso\u2069", "nonchar \uFFFE\uFFFF end", "&amp; &#0; &#x1;", "絵文字 🙇 結合 が",
		"<?xml version=\"1.0\"?>", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>&e;",
	}
	all := strings.Join(hostile, "|")
	var body []docx.Block
	for _, h := range hostile {
		body = append(body, docx.Paragraph{Runs: []docx.Run{{Text: h, Lang: "ja-JP"}}}, docx.P(docx.Title, docx.Center, h))
		body = append(body, docx.Table{Widths: []int{1}, Rows: [][]docx.Cell{{{Paras: []docx.Paragraph{docx.P(docx.Small, docx.Start, h)}}}}})
	}
	body = append(body, docx.P(docx.Normal, docx.Start, "end"))
	f := build(t, docx.Document{Title: all, Subject: all, Header: all, Lang: "ja-JP", Body: body})
	clean := func(s string) string {
		var b strings.Builder
		for i := 0; i < len(s); {
			r, n := utf8.DecodeRuneInString(s[i:])
			switch {
			case r == utf8.RuneError && n == 1, r < 0x20 && r != '\t' && r != '\n' && r != '\r', r == 0xFFFE, r == 0xFFFF:
				b.WriteRune('\uFFFD')
			default:
				b.WriteString(s[i : i+n])
			}
			i += n
		}
		return b.String()
	}
	if f.Title != clean(all) || f.Header != clean(all) {
		t.Errorf("title or header changed:\n%q\n%q", f.Title, f.Header)
	}
	if want := 3*len(hostile) + 1; len(f.Paragraphs) != want {
		t.Fatalf("%d paragraphs, want %d: the input made markup", len(f.Paragraphs), want)
	}
	for i, h := range hostile {
		for k := 0; k < 3; k++ {
			if got := f.Paragraphs[3*i+k].Text; got != clean(h) {
				t.Errorf("paragraph %d: %q, want %q", 3*i+k, got, clean(h))
			}
		}
	}
	if !strings.Contains(f.Paragraphs[24].Text, "\u202e") {
		t.Error("bidi controls are text and stay")
	}
}

// Titles too long for a line break into balanced lines at phrase
// boundaries: no line of one or two characters, none over the width, no
// line beginning with closing punctuation.
func TestLines(t *testing.T) {
	capacity := docx.TextWidth / 14
	cases := []struct {
		in   string
		want []string
	}{
		{"個人データの漏えい等事案に関する報告書", []string{"個人データの漏えい等事案に関する報告書"}},
		{"標的型メール攻撃による個人情報漏えいのおそれに関するお詫びとお知らせ",
			[]string{"標的型メール攻撃による", "個人情報漏えいのおそれに関するお詫びとお知らせ"}},
		{"Notice of a data breach affecting the personal information of our customers and members of the loyalty programme",
			[]string{"Notice of a data breach affecting the personal information", "of our customers and members of the loyalty programme"}},
	}
	for _, c := range cases {
		got := docx.Lines(c.in, capacity)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("Lines(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	long := strings.Repeat("不正アクセスによる会員情報の漏えい、", 5) + "について"
	lines := docx.Lines(long, capacity)
	if len(lines) != 3 {
		t.Errorf("%d lines for %.0f ems in %.1f: %q", len(lines), docx.Width(long), capacity, lines)
	}
	if strings.Join(lines, "") != long {
		t.Errorf("lines lost text: %q", lines)
	}
	for _, l := range lines {
		if w := docx.Width(l); w > capacity || w < capacity/3 {
			t.Errorf("line %q is %.1f ems (capacity %.1f)", l, w, capacity)
		}
		if strings.ContainsAny(string([]rune(l)[0]), "、。」）ー") {
			t.Errorf("line %q begins with closing punctuation", l)
		}
	}
	// A run of one script with no boundary still breaks in the middle.
	if got := docx.Lines(strings.Repeat("あ", 40), 30); len(got) != 2 || len([]rune(got[1])) < 15 {
		t.Errorf("unbroken kana: %q", got)
	}
}
