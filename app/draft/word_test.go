package draft

import (
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"breachdesk/app/assess"
	"breachdesk/app/docx"
	"breachdesk/app/docx/docxtest"
	"breachdesk/app/incident"
)

// readWord writes d as a Word file and reads it back strictly.
func readWord(t *testing.T, d Document) *docxtest.File {
	t.Helper()
	b, err := Word(d)
	if err != nil {
		t.Fatalf("%s %s: %v", d.ID, d.Variant, err)
	}
	f, err := docxtest.Read(b)
	if err != nil {
		t.Fatalf("%s %s: the Word file does not read back: %v", d.ID, d.Variant, err)
	}
	return f
}

// wordLines is the text of a Word file as Text writes it, line by line:
// numbered headings with their number, a title's balancing breaks undone.
func wordLines(f *docxtest.File) []string {
	var out []string
	count := map[string]int{}
	for _, p := range f.Paragraphs {
		text := p.Text
		if p.Style == "Title" {
			text = strings.ReplaceAll(text, "\n", "")
		}
		if p.NumID != "" {
			count[p.NumID]++
			text = strconv.Itoa(count[p.NumID]) + ". " + text
		}
		out = append(out, strings.Split(text, "\n")...)
	}
	return nonEmpty(out)
}

// textLines are the lines of Text(d), without the ■ that marks a heading in
// plain text and without an e-mail's wrapping.
func textLines(d Document) []string {
	d.Variant = strings.TrimPrefix(d.Variant, VariantEmail)
	var out []string
	for _, l := range strings.Split(Text(d), "\n") {
		out = append(out, strings.TrimPrefix(l, "■"))
	}
	return nonEmpty(out)
}

func nonEmpty(ls []string) []string {
	var out []string
	for _, l := range ls {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return out
}

// Every document of every scenario makes a Word file that reads back
// strictly, on A4 with the fonts named, whose text is the text export's,
// whose title is centred and never leaves one or two characters on a line.
func TestWordEveryDocument(t *testing.T) {
	t.Parallel()
	n := 0
	for name, p := range passes(t, true) {
		docs := p.docs
		for _, d := range docs {
			n++
			f := readWord(t, d)
			what := name + " " + d.ID + " " + d.Variant
			if f.PageW != 11906 || f.PageH != 16838 {
				t.Errorf("%s: page %d × %d twips, not A4", what, f.PageW, f.PageH)
			}
			if f.Fonts.EastAsia != "Yu Mincho" || f.Fonts.ASCII != "Times New Roman" {
				t.Errorf("%s: fonts %+v", what, f.Fonts)
			}
			if f.Lang != WordLang(d.Lang) || f.Title != d.Title || f.Subject != d.Citation {
				t.Errorf("%s: lang %q, title %q, subject %q", what, f.Lang, f.Title, f.Subject)
			}
			got, want := wordLines(f), textLines(d)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s: the Word text differs from the text export:\n%s", what, lineDiff(got, want))
			}
			var title *docxtest.Paragraph
			for i := range f.Paragraphs {
				if f.Paragraphs[i].Style == "Title" {
					if title != nil {
						t.Errorf("%s: two titles", what)
					}
					title = &f.Paragraphs[i]
				}
			}
			if title == nil || title.Align != "center" {
				t.Fatalf("%s: no centred title: %+v", what, title)
			}
			lines := strings.Split(title.Text, "\n")
			for _, l := range lines {
				if w := docx.Width(l); w > docx.TextWidth/14 || len(lines) > 1 && utf8.RuneCountInString(l) < 6 {
					t.Errorf("%s: title line %q (%.1f ems of %.1f) in %q", what, l, w, docx.TextWidth/14, lines)
				}
			}
		}
	}
	if n < 100 {
		t.Errorf("only %d documents", n)
	}
}

// lineDiff shows the first line where two texts part.
func lineDiff(got, want []string) string {
	for i := 0; i < len(got) || i < len(want); i++ {
		g, w := "(end)", "(end)"
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if g != w {
			return "line " + strconv.Itoa(i+1) + ":\n  word: " + g + "\n  text: " + w
		}
	}
	return ""
}

// The letter's layout, as Word will show it.
func TestWordLetterLayout(t *testing.T) {
	rs := mustRules(t)
	sc := scenarios(t)
	build := func(scenario string, spec Spec) *docxtest.File {
		inc := sc[scenario]
		spec.Date = inc.UpdatedAt
		d, err := Build(spec, inc, assess.Evaluate(inc, rs, inc.UpdatedAt), rs)
		if err != nil {
			t.Fatal(err)
		}
		return readWord(t, d)
	}
	find := func(f *docxtest.File, text string) docxtest.Paragraph {
		t.Helper()
		for _, p := range f.Paragraphs {
			if p.Text == text {
				return p
			}
		}
		t.Fatalf("no paragraph %q", text)
		return docxtest.Paragraph{}
	}
	// The customer notice by post: letterhead, 拝啓…敬具, 記, items, 以上.
	f := build("01-travel-targeted-email", Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter})
	ps := f.Paragraphs
	if ps[0].Text != "2026年6月25日" || ps[0].Align != "right" {
		t.Errorf("the date first, on the right: %+v", ps[0])
	}
	if ps[1].Text != "お客様各位" || ps[1].Align != "" {
		t.Errorf("the addressee, on the left: %+v", ps[1])
	}
	if ps[2].Text != "架空トラベル株式会社" || ps[2].Align != "right" || ps[3].Align != "right" {
		t.Errorf("the sender, on the right: %+v %+v", ps[2], ps[3])
	}
	if ps[4].Style != "Title" || ps[4].Align != "center" || ps[4].Text != "標的型メール攻撃による\n個人情報漏えいのおそれに関するお詫びとお知らせ" {
		t.Errorf("the title, centred in two lines: %+v", ps[4])
	}
	if p := find(f, "敬具"); p.Align != "right" {
		t.Errorf("敬具: %+v", p)
	}
	if p := find(f, "記"); p.Align != "center" {
		t.Errorf("記: %+v", p)
	}
	if p := find(f, "以上"); p.Align != "right" || f.Paragraphs[len(f.Paragraphs)-1].Text != "以上" {
		t.Errorf("以上, last and on the right: %+v", p)
	}
	h := find(f, "概要")
	if h.Style != "Heading1" || h.NumID != "1" {
		t.Errorf("the first heading, numbered by Word: %+v", h)
	}
	if p := find(f, "・氏名"); p.Hanging != "210" {
		t.Errorf("an item hangs its mark: %+v", p)
	}
	// A report to a ministry: 御中 on the left.
	f = build("01-travel-targeted-email", Spec{Kind: KindMinistry, Lang: JA})
	if p := find(f, "観光庁　御中"); p.Align != "" {
		t.Errorf("addressee: %+v", p)
	}
	if p := find(f, "記"); p.Align != "center" {
		t.Errorf("記: %+v", p)
	}
	// An English letter is in block style: everything on the left.
	f = build("10-crossborder-eu-jp-ca", Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter})
	for _, p := range f.Paragraphs {
		if p.Align != "" && p.Style != "Title" {
			t.Errorf("English letter: %q is aligned %s", p.Text, p.Align)
		}
	}
}

// ParagraphAlign places only what a Japanese letter places.
func TestParagraphAlign(t *testing.T) {
	d := Document{ID: "card-ja", Lang: JA, Letterhead: true, Sections: []Section{
		{ID: "card-ja/header", Paras: []Paragraph{{ID: "card-ja/header/date"}, {ID: "card-ja/header/to"}, {ID: "card-ja/header/from"}}},
		{ID: "card-ja/opening", Paras: []Paragraph{{ID: "card-ja/opening/date"}, {ID: "card-ja/opening/ki"}}},
		{ID: "card-ja/closing", Paras: []Paragraph{{ID: "card-ja/closing/end"}, {ID: "card-ja/closing/ijo"}, {ID: "card-ja/closing/signature"}}},
	}}
	want := []Align{AlignEnd, AlignStart, AlignEnd, AlignStart, AlignCenter, AlignEnd, AlignEnd, AlignEnd}
	i := 0
	for _, s := range d.Sections {
		for _, p := range s.Paras {
			if got := ParagraphAlign(d, p); got != want[i] {
				t.Errorf("%s: %d, want %d", p.ID, got, want[i])
			}
			i++
		}
	}
	// No letterhead: a "date" paragraph is body text.
	d.Letterhead = false
	if got := ParagraphAlign(d, d.Sections[0].Paras[0]); got != AlignStart {
		t.Errorf("date outside a letterhead: %d", got)
	}
	d.Letterhead, d.Lang = true, EN
	if got := ParagraphAlign(d, d.Sections[0].Paras[0]); got != AlignStart {
		t.Errorf("English date: %d", got)
	}
}

// Hostile facts (markup, CDATA ends, NUL and other controls, invalid UTF-8,
// bidi overrides) in every free-text fact make Word files that read back
// strictly and carry the text, not markup.
func TestWordHostileFacts(t *testing.T) {
	const hostile = "<w:p>]]><![CDATA[\x00\x01\x1f\xff\xfe\u202e\u200fえ</w:t></w:r></w:p><w:p><w:r><w:t>&amp;\"'"
	clean := "<w:p>]]><![CDATA[\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\u202e\u200fえ</w:t></w:r></w:p><w:p><w:r><w:t>&amp;\"'"
	rs := mustRules(t)
	inc := scenarios(t)["10-crossborder-eu-jp-ca"]
	inc.Title = hostile
	for _, p := range []*string{&inc.Org.Name, &inc.Org.NameEn, &inc.Cause.Description, &inc.Risk.SecondaryHarmNote} {
		*p = hostile
	}
	setStrings(reflect.ValueOf(&inc.Contact), hostile)
	setStrings(reflect.ValueOf(&inc.People), hostile)
	setStrings(reflect.ValueOf(&inc.Story), hostile)
	for i := range inc.Events {
		inc.Events[i].Note = hostile
	}
	for i := range inc.Parties {
		inc.Parties[i].Name, inc.Parties[i].Contact = hostile, hostile
	}
	inc.DataSets[0].Name = hostile
	inc.Edits = map[string]incident.ParagraphEdit{"notice-ja/opening/lead": {Text: hostile + "\n・" + hostile}}
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	docs, _, err := BuildAll(inc, a, rs, inc.UpdatedAt)
	if err != nil {
		t.Fatal(err)
	}
	docs, _ = applyAll(docs, inc.Edits)
	for _, d := range docs {
		f := readWord(t, d)
		if !strings.Contains(f.Text(), clean) {
			t.Errorf("%s %s: the Word text lacks the fact as text", d.ID, d.Variant)
		}
		body := string(f.Parts["word/document.xml"])
		if strings.Contains(body, "<w:p>]]>") || strings.Contains(body, "<![CDATA[") {
			t.Errorf("%s: the fact reached the markup", d.ID)
		}
	}
}

// applyAll applies the user's edits to every document.
func applyAll(docs []Document, edits map[string]incident.ParagraphEdit) ([]Document, int) {
	n := 0
	for i := range docs {
		docs[i], _ = Apply(docs[i], edits)
		n++
	}
	return docs, n
}
