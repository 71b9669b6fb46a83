package ui

import (
	"strconv"
	"strings"
	"time"

	"breachdesk/app/catalog"
	"breachdesk/app/docx"
	"breachdesk/app/draft"
)

// packetWord is the meeting packet as a Word file, made from the packet as
// the page shows it (its HTML, so that the file holds what the paper does):
// the cover, each section from a new page, the tables with their header row
// repeating on every page, the drafts added to the packet in their letter
// layout (draft.WordBody, from the documents themselves), the incident's
// name and time at the top of every page and the page numbers at the foot.
// docs are the drafts the packet holds.
func packetWord(l catalog.Lang, title, packetHTML string, docs []draft.Document, created time.Time) ([]byte, error) {
	root := parseHTML(packetHTML)
	c := packetConv{lang: draft.WordLang(string(l)), docs: map[string]draft.Document{}}
	for _, d := range docs {
		c.docs["pk-doc-"+domID(docKey(d))] = d
	}
	c.blocks(root)
	header := ""
	if run := root.find(func(n *hnode) bool { return n.hasClass("bd-pk-running") }); run != nil {
		var parts []string
		for _, k := range run.kids {
			if t := strings.TrimSpace(k.textContent()); t != "" {
				parts = append(parts, t)
			}
		}
		header = strings.Join(parts, "　")
	}
	w := docx.Document{Title: title, Lang: c.lang, Created: created, Header: header, PageNumbers: true, Body: c.out}
	return w.Bytes()
}

// packetConv turns the packet's HTML into blocks of a Word file.
type packetConv struct {
	lang      string                    // the packet's language (BCP 47)
	docs      map[string]draft.Document // the drafts, by the id of their section
	out       []docx.Block
	lists     int  // numbered lists used so far
	breakNext bool // the next block starts a page
}

func (c *packetConv) add(b docx.Block) {
	if c.breakNext {
		c.breakNext = false
		if p, ok := b.(docx.Paragraph); ok {
			p.PageBreakBefore = true
			b = p
		} else {
			c.out = append(c.out, docx.Paragraph{PageBreakBefore: true, Tight: true})
		}
	}
	c.out = append(c.out, b)
}

func (c *packetConv) blocks(n *hnode) {
	for _, k := range n.kids {
		c.block(k)
	}
}

// What a node found where blocks stand becomes.
const (
	asChildren = iota // its children's blocks
	asNothing         // nothing: a control, a script (and anything marked no-print)
	asText            // a paragraph of its text
	asSection         // a section of the packet, from a new page
	asFrame           // the table that repeats the running header: its body
	asTable
	asTitle
	asHeading1
	asHeading2
	asPara
	asSmall
	asDrill       // the drill banner: bold, centred
	asDefinitions // a dl
	asList        // an ol or ul
)

// packetRole says what a node becomes in the Word file.
func packetRole(n *hnode) int {
	switch n.tag {
	case "":
		return asText
	case "button", "input", "select", "textarea", "script", "style":
		return asNothing
	case "section":
		if n.hasClass("bd-pk-section") {
			return asSection
		}
	case "table":
		if n.hasClass("bd-pk-frame") {
			return asFrame
		}
		return asTable
	case "h1", "h2":
		if n.hasClass("bd-pk-title") || n.hasClass("bd-pd-title") {
			return asTitle
		}
		return asHeading1
	case "h3", "h4":
		return asHeading2
	case "p":
		switch {
		case n.hasClass("bd-pk-drill"):
			return asDrill
		case n.hasClass("bd-pk-disclaimer"), n.hasClass("bd-pk-note"), n.hasClass("bd-pk-basis"):
			return asSmall
		}
		return asPara
	case "dl":
		return asDefinitions
	case "ol", "ul":
		return asList
	}
	return asChildren
}

// block converts one node found where blocks stand.
func (c *packetConv) block(n *hnode) {
	role := packetRole(n)
	if role != asText && n.hasClass("no-print") {
		return
	}
	switch role {
	case asNothing:
	case asText:
		if t := strings.TrimSpace(n.text); t != "" {
			c.add(docx.P(docx.Normal, docx.Start, t))
		}
	case asSection:
		c.breakNext = true
		if d, ok := c.docs[n.attr("id")]; ok {
			c.document(n, d)
		} else {
			c.blocks(n)
		}
	case asFrame:
		// The frame's head is the running header (Word's page header);
		// its body holds the section.
		for _, part := range n.kids {
			if part.tag == "tbody" {
				for _, tr := range part.kids {
					for _, td := range tr.kids {
						c.blocks(td)
					}
				}
			}
		}
	case asTable:
		c.add(c.table(n))
	case asDefinitions:
		c.add(c.definitions(n))
	case asList:
		c.list(n)
	case asChildren:
		c.blocks(n)
	default:
		c.add(c.styled(n, role))
	}
}

// styled is a heading or a paragraph.
func (c *packetConv) styled(n *hnode, role int) docx.Paragraph {
	style := docx.Normal
	switch role {
	case asTitle:
		style = docx.Title
	case asHeading1:
		style = docx.Heading1
	case asHeading2:
		style = docx.Heading2
	case asSmall:
		style = docx.Small
	}
	p := c.para(n, style)
	switch role {
	case asTitle:
		p.Align, p.Balance = docx.Center, true
	case asDrill:
		p.Align = docx.Center
		for i := range p.Runs {
			p.Runs[i].Bold = true
		}
	}
	return p
}

// document is a draft the packet holds: the section's heading, then the
// draft in its letter layout, made from the document itself.
func (c *packetConv) document(n *hnode, d draft.Document) {
	if h := n.find(func(e *hnode) bool { return e.tag == "h2" }); h != nil {
		c.add(c.para(h, docx.Heading1))
	}
	c.lists++
	lang := draft.WordLang(d.Lang)
	for _, b := range draft.WordBody(d, c.lists) {
		if p, ok := b.(docx.Paragraph); ok {
			p.Lang = lang
			b = p
		}
		c.add(b)
	}
}

// list is an ol (numbered by Word) or a ul (items marked ・).
func (c *packetConv) list(n *hnode) {
	c.lists++
	for _, li := range n.kids {
		if li.tag != "li" {
			continue
		}
		p := c.para(li, docx.Normal)
		p.Tight = true
		if n.tag == "ol" {
			p.List = c.lists
		} else {
			p.Runs = append([]docx.Run{{Text: "・"}}, p.Runs...)
			p.Indent, p.Hanging = 10.5, 10.5
		}
		c.add(p)
	}
}

// para is an element's inline content as one paragraph of style s.
func (c *packetConv) para(n *hnode, s docx.Style) docx.Paragraph {
	p := docx.Paragraph{Style: s, KeepNext: s == docx.Heading1 || s == docx.Heading2 || s == docx.Title}
	if l := n.attr("lang"); l != "" {
		p.Lang = draft.WordLang(l)
	}
	c.runs(n, false, "", &p.Runs)
	return p
}

// runs appends the inline content of n: texts, bold for strong and b, a
// line break for br, a language for an element that names one. Whitespace
// alone on a line between elements is layout of the markup, not text.
func (c *packetConv) runs(n *hnode, bold bool, lang string, out *[]docx.Run) {
	for _, k := range n.kids {
		switch k.tag {
		case "":
			if strings.TrimSpace(k.text) == "" && strings.Contains(k.text, "\n") {
				continue
			}
			*out = append(*out, docx.Run{Text: k.text, Bold: bold, Lang: lang})
		case "br":
			*out = append(*out, docx.Run{Text: "\n"})
		case "button", "input", "select", "textarea", "script", "style":
		default:
			l := lang
			if v := k.attr("lang"); v != "" {
				l = draft.WordLang(v)
			}
			c.runs(k, bold || k.tag == "strong" || k.tag == "b" || k.tag == "th", l, out)
		}
	}
}

// table converts a table: the rows of its thead repeat on every page;
// the columns are as wide as the header cells' bd-pk-pNN classes say
// (NN per cent), or equal.
func (c *packetConv) table(n *hnode) docx.Table {
	t := docx.Table{Borders: true}
	var rows []*hnode
	for _, part := range n.kids {
		switch part.tag {
		case "thead":
			for _, tr := range part.kids {
				if tr.tag == "tr" {
					rows = append(rows, tr)
					t.HeaderRows++
				}
			}
		case "tbody", "tfoot":
			for _, tr := range part.kids {
				if tr.tag == "tr" {
					rows = append(rows, tr)
				}
			}
		case "tr":
			rows = append(rows, part)
		}
	}
	cols := 0
	for _, tr := range rows {
		n := 0
		for _, cell := range tr.kids {
			if cell.tag == "td" || cell.tag == "th" {
				n += cellSpan(cell)
			}
		}
		cols = max(cols, n)
	}
	if cols == 0 {
		return docx.Table{}
	}
	t.Widths = make([]int, cols)
	sized := t.HeaderRows > 0
	if sized {
		i := 0
		for _, cell := range rows[0].kids {
			if cell.tag != "th" && cell.tag != "td" {
				continue
			}
			pct := 0
			for _, cl := range strings.Fields(cell.attr("class")) {
				if v, err := strconv.Atoi(strings.TrimPrefix(cl, "bd-pk-p")); err == nil && strings.HasPrefix(cl, "bd-pk-p") {
					pct = v
				}
			}
			if pct <= 0 || cellSpan(cell) > 1 || i >= cols {
				sized = false
				break
			}
			t.Widths[i] = pct
			i++
		}
	}
	if !sized {
		for i := range t.Widths {
			t.Widths[i] = 1
		}
	}
	for ri, tr := range rows {
		var row []docx.Cell
		for _, cell := range tr.kids {
			if cell.tag != "td" && cell.tag != "th" {
				continue
			}
			p := docx.Paragraph{Style: docx.Small}
			c.runs(cell, cell.tag == "th", "", &p.Runs)
			row = append(row, docx.Cell{Span: cellSpan(cell), Shade: ri < t.HeaderRows || cell.tag == "th" && cellSpan(cell) > 1,
				Paras: []docx.Paragraph{p}})
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

func cellSpan(n *hnode) int {
	if s, err := strconv.Atoi(n.attr("colspan")); err == nil && s > 1 {
		return s
	}
	return 1
}

// definitions lays a dl out as a table of two columns without lines: each
// term in bold beside its description.
func (c *packetConv) definitions(n *hnode) docx.Table {
	t := docx.Table{Widths: []int{28, 72}}
	var row []docx.Cell
	for _, k := range n.kids {
		switch k.tag {
		case "dt":
			if row != nil {
				t.Rows = append(t.Rows, append(row, docx.Cell{}))
			}
			p := c.para(k, docx.Normal)
			for i := range p.Runs {
				p.Runs[i].Bold = true
			}
			p.Tight = true
			row = []docx.Cell{{Paras: []docx.Paragraph{p}}}
		case "dd":
			if row == nil {
				row = []docx.Cell{{}}
			}
			p := c.para(k, docx.Normal)
			p.Tight = true
			t.Rows = append(t.Rows, append(row, docx.Cell{Paras: []docx.Paragraph{p}}))
			row = nil
		}
	}
	if row != nil {
		t.Rows = append(t.Rows, append(row, docx.Cell{}))
	}
	return t
}
