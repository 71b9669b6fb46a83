package draft

import (
	"strconv"
	"strings"

	"breachdesk/app/docx"
)

// Word renders a document as a Word file (.docx) on A4: the letterhead
// (date and sender on the right), the title centred in lines that never
// leave one character alone, headings that Word numbers itself when the
// document numbers them, 記 centred and 以上 on the right (ParagraphAlign),
// each line of a paragraph a paragraph of its own ("・" items hanging), in
// Yu Mincho (MS Mincho where it is missing) and Times New Roman. Its text is
// the text of Text, but for the ■ that marks a heading in plain text and the
// line breaks of an e-mail.
func Word(d Document) ([]byte, error) {
	w := docx.Document{
		Title: d.Title, Subject: d.Citation, Lang: WordLang(d.Lang), Created: d.Date,
		PageNumbers: true, Body: WordBody(d, 1),
	}
	return w.Bytes()
}

// WordLang is the BCP 47 tag Word takes for a document's language.
func WordLang(lang string) string {
	switch lang {
	case JA:
		return "ja-JP"
	case EN:
		return "en-US"
	}
	return lang
}

// WordBody is the document as blocks of a Word file; list names the numbered
// list its headings form (distinct for each document of one Word file, so
// that each counts from 1).
func WordBody(d Document, list int) []docx.Block {
	var out []docx.Block
	head, body := SplitHead(d)
	for _, s := range head {
		for _, p := range s.Paras {
			out = append(out, wordPara(d, p, docx.Paragraph{})...)
		}
	}
	out = append(out, docx.Paragraph{Style: docx.Title, Align: docx.Center, Balance: true, KeepNext: true,
		Runs: []docx.Run{{Text: d.Title}}})
	numbered := wordNumbered(body)
	n := 0
	for _, s := range body {
		if s.Heading != "" {
			n++
			h := docx.Paragraph{Style: docx.Heading1, KeepNext: true, Runs: []docx.Run{{Text: s.Heading}}}
			if numbered {
				h.List = list
				h.Runs[0].Text = strings.TrimPrefix(s.Heading, strconv.Itoa(n)+". ")
			}
			out = append(out, h)
		}
		for _, p := range s.Paras {
			out = append(out, wordPara(d, p, docx.Paragraph{})...)
		}
	}
	return out
}

// wordNumbered reports whether the headings are numbered "1. ", "2. ", … in
// order (a Numbered template): Word then numbers them.
func wordNumbered(secs []Section) bool {
	n := 0
	for _, s := range secs {
		if s.Heading == "" {
			continue
		}
		n++
		if !strings.HasPrefix(s.Heading, strconv.Itoa(n)+". ") {
			return false
		}
	}
	return n > 0
}

// wordPara is a paragraph as Word paragraphs, one per line: the lines of
// one paragraph close together, the last followed by the usual space; a
// line that is an item ("・…") hangs its mark.
func wordPara(d Document, p Paragraph, base docx.Paragraph) []docx.Block {
	var align docx.Align
	switch ParagraphAlign(d, p) {
	case AlignCenter:
		align = docx.Center
	case AlignEnd:
		align = docx.End
	}
	lines := strings.Split(strings.ReplaceAll(p.Text, "\r\n", "\n"), "\n")
	out := make([]docx.Block, 0, len(lines))
	for i, l := range lines {
		wp := base
		wp.Align = align
		wp.Runs = []docx.Run{{Text: l}}
		wp.Tight = i < len(lines)-1
		if mark := wordItemMark(l); mark > 0 {
			wp.Indent, wp.Hanging = mark, mark
		}
		out = append(out, wp)
	}
	return out
}

// wordItemMark is how wide the mark of a list item is, in points at
// 10.5 pt: "・" and "※" are one em; "- " and "• " half an em and a space.
func wordItemMark(line string) float64 {
	switch {
	case strings.HasPrefix(line, "・"), strings.HasPrefix(line, "※"):
		return 10.5
	case strings.HasPrefix(line, "- "), strings.HasPrefix(line, "• "):
		return 7
	}
	return 0
}
