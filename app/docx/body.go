package docx

import (
	"bytes"
	"strconv"
)

// The body of the document: paragraphs, runs and tables as WordprocessingML.

func (d *Document) document() string {
	var b bytes.Buffer
	b.WriteString(xmlPI + `<w:document ` + nsW + ` ` + nsR + `><w:body>`)
	w := writer{b: &b, lang: d.Lang, lists: map[int]int{}}
	for i, l := range d.lists() {
		w.lists[l] = i + 1
	}
	for _, bl := range d.Body {
		w.block(bl)
	}
	if len(d.Body) > 0 {
		if _, ok := d.Body[len(d.Body)-1].(Table); ok {
			// Word wants a paragraph between a table and the end of the body.
			b.WriteString(`<w:p/>`)
		}
	}
	b.WriteString(`<w:sectPr>`)
	if d.Header != "" {
		b.WriteString(`<w:headerReference w:type="default" r:id="rIdHeader"/>`)
	}
	if d.PageNumbers {
		b.WriteString(`<w:footerReference w:type="default" r:id="rIdFooter"/>`)
	}
	b.WriteString(`<w:pgSz w:w="` + strconv.Itoa(pageW) + `" w:h="` + strconv.Itoa(pageH) + `"/>` +
		`<w:pgMar w:top="` + strconv.Itoa(marginTop) + `" w:right="` + strconv.Itoa(marginSide) + `" w:bottom="` + strconv.Itoa(marginBottom) +
		`" w:left="` + strconv.Itoa(marginSide) + `" w:header="` + strconv.Itoa(headerAt) + `" w:footer="` + strconv.Itoa(footerA) + `" w:gutter="0"/>` +
		`<w:cols w:space="425"/></w:sectPr></w:body></w:document>`)
	return b.String()
}

// writer writes blocks as WordprocessingML.
type writer struct {
	b     *bytes.Buffer
	lang  string      // the document's language
	lists map[int]int // Paragraph.List → w:numId
}

func (w writer) block(bl Block) {
	switch bl := bl.(type) {
	case Paragraph:
		w.paragraph(bl)
	case Table:
		w.table(bl)
	}
}

func twips(pt float64) string { return strconv.Itoa(int(pt*20 + 0.5)) }

// paragraph writes a w:p; the elements of w:pPr and w:rPr are in the order
// the schema prescribes (Word refuses a document otherwise).
func (w writer) paragraph(p Paragraph) {
	b := w.b
	b.WriteString("<w:p><w:pPr>")
	if p.Style > Normal && int(p.Style) < len(styleIDs) {
		id := styleIDs[p.Style]
		b.WriteString(`<w:pStyle w:val="` + id + `"/>`)
	}
	if p.KeepNext {
		b.WriteString(`<w:keepNext/>`)
	}
	if p.PageBreakBefore {
		b.WriteString(`<w:pageBreakBefore/>`)
	}
	if n := w.lists[p.List]; p.List > 0 && n > 0 {
		b.WriteString(`<w:numPr><w:ilvl w:val="0"/><w:numId w:val="` + strconv.Itoa(n) + `"/></w:numPr>`)
	}
	if p.Tight {
		b.WriteString(`<w:spacing w:before="0" w:after="0"/>`)
	}
	if p.Indent != 0 || p.Hanging != 0 {
		b.WriteString(`<w:ind w:left="` + twips(p.Indent) + `"`)
		if p.Hanging != 0 {
			b.WriteString(` w:hanging="` + twips(p.Hanging) + `"`)
		}
		b.WriteString(`/>`)
	}
	switch p.Align {
	case Center:
		b.WriteString(`<w:jc w:val="center"/>`)
	case End:
		b.WriteString(`<w:jc w:val="right"/>`)
	}
	b.WriteString("</w:pPr>")
	runs := p.Runs
	if p.Balance && p.Style >= Normal && int(p.Style) < len(sizes) {
		runs = balanceRuns(runs, TextWidth/sizes[p.Style])
	}
	for _, r := range runs {
		w.run(r, orDefault(r.Lang, p.Lang))
	}
	b.WriteString("</w:p>")
}

// run writes one run: text between its line breaks and tabs.
func (w writer) run(r Run, lang string) {
	if r.Text == "" {
		return
	}
	b := w.b
	b.WriteString("<w:r>")
	if r.Bold || lang != "" {
		b.WriteString("<w:rPr>")
		if r.Bold {
			b.WriteString(`<w:b/><w:bCs/>`)
		}
		if lang != "" {
			b.WriteString(`<w:lang w:val="` + attr(lang) + `"`)
			if isJapanese(lang) {
				b.WriteString(` w:eastAsia="` + attr(lang) + `"`)
			}
			b.WriteString(`/>`)
		}
		b.WriteString("</w:rPr>")
	}
	s := r.Text
	start := 0
	flush := func(end int) {
		if end > start {
			b.WriteString(`<w:t xml:space="preserve">`)
			escape(b, s[start:end])
			b.WriteString(`</w:t>`)
		}
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\n', '\r', '\t':
			flush(i)
			switch {
			case s[i] == '\t':
				b.WriteString(`<w:tab/>`)
			case s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n':
				b.WriteString(`<w:br/>`)
				i++
			default:
				b.WriteString(`<w:br/>`)
			}
			start = i + 1
		}
	}
	flush(len(s))
	b.WriteString("</w:r>")
}

// table writes a w:tbl as wide as the text, its columns in the given
// proportions, fixed (long words wrap in their cell).
func (w writer) table(t Table) {
	b := w.b
	total := 0
	for _, x := range t.Widths {
		total += x
	}
	if total <= 0 || len(t.Widths) == 0 {
		return
	}
	width := pageW - 2*marginSide
	cols := make([]int, len(t.Widths))
	for i, x := range t.Widths {
		cols[i] = width * x / total
	}
	b.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="` + strconv.Itoa(width) + `" w:type="dxa"/>`)
	if t.Borders {
		b.WriteString(`<w:tblBorders>`)
		for _, side := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
			b.WriteString(`<w:` + side + ` w:val="single" w:sz="4" w:space="0" w:color="666666"/>`)
		}
		b.WriteString(`</w:tblBorders>`)
	}
	b.WriteString(`<w:tblLayout w:type="fixed"/><w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>`)
	for _, c := range cols {
		b.WriteString(`<w:gridCol w:w="` + strconv.Itoa(c) + `"/>`)
	}
	b.WriteString(`</w:tblGrid>`)
	for i, row := range t.Rows {
		b.WriteString(`<w:tr><w:trPr><w:cantSplit/>`)
		if i < t.HeaderRows {
			b.WriteString(`<w:tblHeader/>`)
		}
		b.WriteString(`</w:trPr>`)
		col := 0
		for _, c := range row {
			span := c.Span
			if span < 1 {
				span = 1
			}
			cw := 0
			for k := col; k < col+span && k < len(cols); k++ {
				cw += cols[k]
			}
			col += span
			b.WriteString(`<w:tc><w:tcPr><w:tcW w:w="` + strconv.Itoa(cw) + `" w:type="dxa"/>`)
			if span > 1 {
				b.WriteString(`<w:gridSpan w:val="` + strconv.Itoa(span) + `"/>`)
			}
			if c.Shade {
				b.WriteString(`<w:shd w:val="clear" w:color="auto" w:fill="E8E8E8"/>`)
			}
			b.WriteString(`</w:tcPr>`)
			if len(c.Paras) == 0 {
				b.WriteString(`<w:p/>`) // a cell holds at least one paragraph
			}
			for _, p := range c.Paras {
				w.paragraph(p)
			}
			b.WriteString(`</w:tc>`)
		}
		b.WriteString(`</w:tr>`)
	}
	b.WriteString(`</w:tbl>`)
}
