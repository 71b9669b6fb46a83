package draft

import (
	"html"
	"strings"
)

// Text renders a document as plain UTF-8 text. An e-mail notice is wrapped
// for Japanese mail (see Wrap); other documents keep their lines.
func Text(d Document) string {
	var b strings.Builder
	head, body := SplitHead(d)
	for _, s := range head {
		for _, pr := range s.Paras {
			b.WriteString(pr.Text)
			b.WriteString("\n\n")
		}
	}
	pre := b.String() // the letterhead
	b.Reset()
	b.WriteString(d.Title)
	b.WriteString("\n")
	for _, s := range body {
		b.WriteString("\n")
		if s.Heading != "" {
			if d.Lang == JA {
				b.WriteString("■")
			}
			b.WriteString(s.Heading)
			b.WriteString("\n")
		}
		for i, pr := range s.Paras {
			if i > 0 {
				b.WriteString("\n")
			}
			b.WriteString(pr.Text)
			b.WriteString("\n")
		}
	}
	out := b.String()
	if d.Variant == VariantEmail {
		// The title is broken between phrases, not inside a word.
		return Wrap(pre, MailWidth) + WrapTitle(d.Title, MailWidth) + Wrap(out[len(d.Title):], MailWidth)
	}
	return pre + out
}

var (
	mdSpecial   = &lazyRegexp{expr: "[\\\\`*_\\[\\]<>|#~!{}]"}
	mdLineStart = &lazyRegexp{expr: `^(\s*)([-+=>]|\d+[.)])`}
	mdScheme    = &lazyRegexp{expr: `(?i)\b(https?|ftp|mailto|javascript|data|vbscript|file):`}
)

// mdEscape makes text inert in Markdown: no emphasis, HTML, links or lists
// the text did not mean.
func mdEscape(s string) string {
	s = mdSpecial.ReplaceAllStringFunc(s, func(m string) string { return "\\" + m })
	s = mdScheme.ReplaceAllStringFunc(s, func(m string) string { return strings.ReplaceAll(m, ":", "\\:") })
	s = strings.ReplaceAll(s, "www.", "www\\.")
	return mdLineStart.ReplaceAllString(s, "$1\\$2")
}

// Markdown renders a document as Markdown: # title, ## headings, paragraphs
// with hard line breaks; every fact is escaped, no link is generated.
func Markdown(d Document) string {
	var b strings.Builder
	head, body := SplitHead(d)
	for _, s := range head {
		for _, pr := range s.Paras {
			mdPara(&b, pr.Text)
			b.WriteString("\n")
		}
	}
	b.WriteString("# " + mdEscape(d.Title) + "\n")
	for _, s := range body {
		b.WriteString("\n")
		if s.Heading != "" {
			b.WriteString("## " + mdEscape(s.Heading) + "\n\n")
		}
		for i, pr := range s.Paras {
			if i > 0 {
				b.WriteString("\n")
			}
			mdPara(&b, pr.Text)
		}
	}
	return b.String()
}

// mdPara writes one paragraph, its lines joined by hard line breaks.
func mdPara(b *strings.Builder, text string) {
	lines := strings.Split(text, "\n")
	for k, l := range lines {
		b.WriteString(mdEscape(l))
		if k < len(lines)-1 {
			b.WriteString("\\")
		}
		b.WriteString("\n")
	}
}

// SplitHead separates the letterhead (see Document.Letterhead) from the body:
// renderers print the head, then the title, then the body.
func SplitHead(d Document) (head, body []Section) {
	if d.Letterhead && len(d.Sections) > 0 {
		return d.Sections[:1], d.Sections[1:]
	}
	return nil, d.Sections
}

// HTML renders a document as an HTML fragment (an <article>): every string is
// escaped, line breaks become <br>, ids are the paragraph ids, and no link,
// script or style is generated.
func HTML(d Document) string {
	var b strings.Builder
	b.WriteString(`<article class="draft" lang="` + html.EscapeString(d.Lang) + `" id="` + html.EscapeString(d.ID) + `">` + "\n")
	head, body := SplitHead(d)
	for _, s := range head {
		htmlSection(&b, s)
	}
	b.WriteString("<h1>" + html.EscapeString(d.Title) + "</h1>\n")
	for _, s := range body {
		htmlSection(&b, s)
	}
	b.WriteString("</article>\n")
	return b.String()
}

// htmlSection writes one section with its heading and paragraphs.
func htmlSection(b *strings.Builder, s Section) {
	b.WriteString(`<section id="` + html.EscapeString(s.ID) + `">` + "\n")
	if s.Heading != "" {
		b.WriteString("<h2>" + html.EscapeString(s.Heading) + "</h2>\n")
	}
	for _, pr := range s.Paras {
		b.WriteString(`<p id="` + html.EscapeString(pr.ID) + `">`)
		b.WriteString(strings.ReplaceAll(html.EscapeString(pr.Text), "\n", "<br>\n"))
		b.WriteString("</p>\n")
	}
	b.WriteString("</section>\n")
}

// HTMLPage renders a document as a standalone HTML page for export: UTF-8, a
// Content-Security-Policy that allows nothing but inline style, and the
// fragment of HTML.
func HTMLPage(d Document) string {
	return "<!doctype html>\n<html lang=\"" + html.EscapeString(d.Lang) + "\">\n<head>\n<meta charset=\"utf-8\">\n" +
		"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n" +
		"<title>" + html.EscapeString(d.Title) + "</title>\n" +
		"<style>body{font-family:sans-serif;max-width:42em;margin:2em auto;line-height:1.7}</style>\n</head>\n<body>\n" +
		HTML(d) + "</body>\n</html>\n"
}
