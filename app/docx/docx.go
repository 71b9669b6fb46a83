// Package docx writes Word documents (Office Open XML, .docx) of the kind
// Breach Desk makes: A4 pages; a title, headings and paragraphs set left,
// centred or right; numbered headings Word renumbers itself; tables whose
// header row repeats on every page; a running header and page numbers; the
// Japanese and Latin fonts named (Yu Mincho, falling back to MS Mincho, and
// Times New Roman).
//
// It writes only the parts such a document needs ([Content_Types].xml, the
// relationships, word/document.xml, styles, settings, fonts, numbering,
// header and footer, docProps) in a zip of stored entries, by plain string building:
// no XML library, no template. Every string is escaped, and a character XML
// cannot carry (NUL and the other C0 controls, lone surrogates, U+FFFE,
// invalid UTF-8) becomes U+FFFD, so any text makes a valid document.
package docx

import (
	"bytes"
	"io"
	"strconv"
	"time"
)

// Document is one Word document.
type Document struct {
	Title   string    // docProps: the document's title (Word's File › Info)
	Subject string    // docProps: its subject (e.g. the law it follows)
	Lang    string    // language of its text, BCP 47: "ja-JP", "en-US"
	Created time.Time // docProps' creation time and the zip entries' time; zero: none
	// Header is printed at the top of every page ("" = no header).
	Header string
	// PageNumbers prints "n / N" at the foot of every page.
	PageNumbers bool
	Body        []Block
}

// Block is a Paragraph or a Table.
type Block interface{ block() }

// Style is a paragraph style of the document's style sheet.
type Style int

// The styles. Each is a real Word style (Title, Heading 1, Heading 2), so
// that Word's navigation pane and table of contents find the headings.
const (
	Normal   Style = iota
	Title          // 14 pt bold, centred
	Heading1       // bold, kept with the next paragraph
	Heading2       // bold, smaller space above
	Small          // 9 pt: notes and running text in tables
)

// Align is where a paragraph's lines stand.
type Align int

// Alignments. Start and End follow the text's direction (left and right
// in Japanese and English).
const (
	Start Align = iota
	Center
	End
)

// Paragraph is one paragraph. A "\n" in a run's text is a line break, a
// "\t" a tab.
type Paragraph struct {
	Style Style
	Align Align
	Runs  []Run
	// List makes the paragraph an item of numbered list List (1, 2, …):
	// Word prints "1." before the first item of each list, "2." before the
	// second, and renumbers when an item is added or removed. 0: no list.
	List int
	// Indent is the left indent and Hanging how far the first line hangs
	// out of it, in points.
	Indent, Hanging float64
	// Balance breaks a paragraph too long for one line into lines of equal
	// width at phrase boundaries, so that no line holds a lone word or one
	// character (for titles). The breaks are line breaks in the text.
	Balance bool
	// KeepNext keeps the paragraph on the page of the next one.
	KeepNext bool
	// PageBreakBefore starts the paragraph on a new page.
	PageBreakBefore bool
	// Tight leaves no space after the paragraph (lines of one block).
	Tight bool
	// Lang is the language of the paragraph's text when it is not the
	// document's ("" = the document's).
	Lang string
}

// Run is text in one format.
type Run struct {
	Text string
	Bold bool
	Lang string // language of this run when not the paragraph's ("" = the paragraph's)
}

// Table is a table as wide as the text.
type Table struct {
	// Widths are the columns' widths, relative to each other (percentages,
	// say). Rows have as many cells as there are columns, counting spans.
	Widths []int
	// HeaderRows is how many of the first rows repeat at the top of every
	// page the table runs over.
	HeaderRows int
	// Borders draws the grid; without it the table only lays text out.
	Borders bool
	Rows    [][]Cell
}

// Cell is a table cell.
type Cell struct {
	Paras []Paragraph
	Span  int  // columns the cell spans (0 and 1: one)
	Shade bool // a light grey ground (header cells)
}

func (Paragraph) block() {}
func (Table) block()     {}

// P is a paragraph of one run of text.
func P(style Style, align Align, text string) Paragraph {
	return Paragraph{Style: style, Align: align, Runs: []Run{{Text: text}}}
}

// Page geometry: A4 portrait, 30 mm above, 25 mm elsewhere.
const (
	pageW, pageH      = 11906, 16838 // twips (1/20 pt)
	marginTop         = 1701
	marginSide        = 1417
	marginBottom      = 1417
	headerAt, footerA = 851, 567
	// TextWidth is the width of the text on a page, in points.
	TextWidth = float64(pageW-2*marginSide) / 20
)

// Font sizes of the styles, in points.
var sizes = [...]float64{Normal: 10.5, Title: 14, Heading1: 10.5, Heading2: 10.5, Small: 9}

// Bytes is the document as a .docx file.
func (d *Document) Bytes() ([]byte, error) {
	var buf bytes.Buffer
	if err := d.Write(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Write writes the document as a .docx file (a zip archive) to w.
func (d *Document) Write(w io.Writer) error {
	lists := d.lists()
	parts := []zipFile{
		{"[Content_Types].xml", d.contentTypes(len(lists) > 0)},
		{"_rels/.rels", rootRels},
		{"docProps/core.xml", d.core()},
		{"docProps/app.xml", appXML},
		{"word/_rels/document.xml.rels", d.documentRels(len(lists) > 0)},
		{"word/document.xml", d.document()},
		{"word/styles.xml", d.styles()},
		{"word/settings.xml", d.settings()},
		{"word/fontTable.xml", fontTable},
	}
	if len(lists) > 0 {
		parts = append(parts, zipFile{"word/numbering.xml", numbering(lists)})
	}
	if d.Header != "" {
		parts = append(parts, zipFile{"word/header1.xml", d.header()})
	}
	if d.PageNumbers {
		parts = append(parts, zipFile{"word/footer1.xml", footer})
	}
	mod := d.Created
	if mod.IsZero() || mod.Year() < 1980 || mod.Year() > 2107 {
		mod = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return writeZip(w, parts, mod)
}

// lists are the list numbers the paragraphs use, in order of first use.
func (d *Document) lists() []int {
	var out []int
	seen := map[int]bool{}
	var walk func(bs []Block)
	add := func(p Paragraph) {
		if p.List > 0 && !seen[p.List] {
			seen[p.List] = true
			out = append(out, p.List)
		}
	}
	walk = func(bs []Block) {
		for _, b := range bs {
			switch b := b.(type) {
			case Paragraph:
				add(b)
			case Table:
				for _, r := range b.Rows {
					for _, c := range r {
						for _, p := range c.Paras {
							add(p)
						}
					}
				}
			}
		}
	}
	walk(d.Body)
	return out
}

const (
	nsW   = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	nsR   = `xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
	xmlPI = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"
	relNS = `http://schemas.openxmlformats.org/officeDocument/2006/relationships`
)

func (d *Document) contentTypes(lists bool) string {
	s := xmlPI + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
		`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
		`<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>` +
		`<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>` +
		`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
		`<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>`
	if lists {
		s += `<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>`
	}
	if d.Header != "" {
		s += `<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>`
	}
	if d.PageNumbers {
		s += `<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>`
	}
	return s + `</Types>`
}

const rootRels = xmlPI + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
	`<Relationship Id="rId1" Type="` + relNS + `/officeDocument" Target="word/document.xml"/>` +
	`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
	`<Relationship Id="rId3" Type="` + relNS + `/extended-properties" Target="docProps/app.xml"/>` +
	`</Relationships>`

func (d *Document) documentRels(lists bool) string {
	s := xmlPI + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rIdStyles" Type="` + relNS + `/styles" Target="styles.xml"/>` +
		`<Relationship Id="rIdSettings" Type="` + relNS + `/settings" Target="settings.xml"/>` +
		`<Relationship Id="rIdFonts" Type="` + relNS + `/fontTable" Target="fontTable.xml"/>`
	if lists {
		s += `<Relationship Id="rIdNumbering" Type="` + relNS + `/numbering" Target="numbering.xml"/>`
	}
	if d.Header != "" {
		s += `<Relationship Id="rIdHeader" Type="` + relNS + `/header" Target="header1.xml"/>`
	}
	if d.PageNumbers {
		s += `<Relationship Id="rIdFooter" Type="` + relNS + `/footer" Target="footer1.xml"/>`
	}
	return s + `</Relationships>`
}

func (d *Document) core() string {
	var b bytes.Buffer
	b.WriteString(xmlPI + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
		`xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
		`xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	if d.Title != "" {
		b.WriteString("<dc:title>")
		escape(&b, d.Title)
		b.WriteString("</dc:title>")
	}
	if d.Subject != "" {
		b.WriteString("<dc:subject>")
		escape(&b, d.Subject)
		b.WriteString("</dc:subject>")
	}
	if d.Lang != "" {
		b.WriteString("<dc:language>")
		escape(&b, d.Lang)
		b.WriteString("</dc:language>")
	}
	if !d.Created.IsZero() {
		b.WriteString(`<dcterms:created xsi:type="dcterms:W3CDTF">` + d.Created.UTC().Format("2006-01-02T15:04:05Z") + `</dcterms:created>`)
	}
	b.WriteString("</cp:coreProperties>")
	return b.String()
}

const appXML = xmlPI + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
	`<Application>Breach Desk</Application></Properties>`

// fontTable names the fonts with their fallbacks: Word takes the altName
// when the font itself is missing (Yu Mincho came with Windows 8.1 and
// Office 2016; MS Mincho is on every Japanese Windows).
const fontTable = xmlPI + `<w:fonts ` + nsW + `>` +
	`<w:font w:name="Times New Roman"><w:panose1 w:val="02020603050405020304"/><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>` +
	`<w:font w:name="Yu Mincho"><w:altName w:val="ＭＳ 明朝"/><w:panose1 w:val="02020400000000000000"/><w:charset w:val="80"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>` +
	`<w:font w:name="ＭＳ 明朝"><w:altName w:val="MS Mincho"/><w:panose1 w:val="02020609040205080304"/><w:charset w:val="80"/><w:family w:val="roman"/><w:pitch w:val="fixed"/></w:font>` +
	`</w:fonts>`

func (d *Document) settings() string {
	return xmlPI + `<w:settings ` + nsW + `>` +
		`<w:defaultTabStop w:val="420"/>` +
		`<w:characterSpacingControl w:val="compressPunctuation"/>` +
		`<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
		`<w:themeFontLang w:val="` + attr(orDefault(d.Lang, "en-US")) + `" w:eastAsia="ja-JP"/>` +
		`</w:settings>`
}

func orDefault(s, d string) string {
	if s == "" {
		return d
	}
	return s
}

// styles: the fonts and language of every run (docDefaults), then the
// paragraph styles.
func (d *Document) styles() string {
	lang := orDefault(d.Lang, "en-US")
	hint := ""
	if isJapanese(lang) {
		// Characters both scripts share (“”・…) take the Japanese font.
		hint = ` w:hint="eastAsia"`
	}
	var b bytes.Buffer
	b.WriteString(xmlPI + `<w:styles ` + nsW + `>`)
	b.WriteString(`<w:docDefaults><w:rPrDefault><w:rPr>` +
		`<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Yu Mincho" w:cs="Times New Roman"` + hint + `/>` +
		`<w:kern w:val="2"/><w:sz w:val="21"/><w:szCs w:val="21"/>` +
		`<w:lang w:val="` + attr(lang) + `" w:eastAsia="ja-JP" w:bidi="ar-SA"/>` +
		`</w:rPr></w:rPrDefault>` +
		`<w:pPrDefault><w:pPr><w:widowControl/><w:spacing w:after="120" w:line="312" w:lineRule="auto"/></w:pPr></w:pPrDefault>` +
		`</w:docDefaults>`)
	style := func(id, name string, def bool, ppr, rpr string) {
		b.WriteString(`<w:style w:type="paragraph"`)
		if def {
			b.WriteString(` w:default="1"`)
		}
		b.WriteString(` w:styleId="` + id + `"><w:name w:val="` + name + `"/>`)
		if !def {
			b.WriteString(`<w:basedOn w:val="Normal"/><w:next w:val="Normal"/>`)
		}
		b.WriteString(`<w:qFormat/>`)
		if ppr != "" {
			b.WriteString("<w:pPr>" + ppr + "</w:pPr>")
		}
		if rpr != "" {
			b.WriteString("<w:rPr>" + rpr + "</w:rPr>")
		}
		b.WriteString(`</w:style>`)
	}
	style("Normal", "Normal", true, "", "")
	style("Title", "Title", false, `<w:keepNext/><w:spacing w:before="240" w:after="360"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/>`,
		`<w:b/><w:bCs/><w:sz w:val="28"/><w:szCs w:val="28"/>`)
	style("Heading1", "heading 1", false, `<w:keepNext/><w:keepLines/><w:spacing w:before="240" w:after="60"/><w:outlineLvl w:val="0"/>`,
		`<w:b/><w:bCs/>`)
	style("Heading2", "heading 2", false, `<w:keepNext/><w:keepLines/><w:spacing w:before="160" w:after="60"/><w:outlineLvl w:val="1"/>`,
		`<w:b/><w:bCs/>`)
	style("Small", "Small", false, `<w:spacing w:after="0" w:line="264" w:lineRule="auto"/>`, `<w:sz w:val="18"/><w:szCs w:val="18"/>`)
	b.WriteString(`<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr>` +
		`<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>` +
		`</w:tblPr></w:style>`)
	b.WriteString(`</w:styles>`)
	return b.String()
}

func isJapanese(lang string) bool { return lang == "ja" || len(lang) > 2 && lang[:3] == "ja-" }

var styleIDs = [...]string{Normal: "", Title: "Title", Heading1: "Heading1", Heading2: "Heading2", Small: "Small"}

// numbering: one decimal list definition, and one list instance for each
// list the paragraphs use, each counting from 1.
func numbering(lists []int) string {
	var b bytes.Buffer
	b.WriteString(xmlPI + `<w:numbering ` + nsW + `>` +
		`<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>` +
		`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>` +
		`<w:pPr><w:ind w:left="420" w:hanging="420"/></w:pPr></w:lvl></w:abstractNum>`)
	for i := range lists {
		id := strconv.Itoa(i + 1)
		b.WriteString(`<w:num w:numId="` + id + `"><w:abstractNumId w:val="0"/>` +
			`<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`)
	}
	b.WriteString(`</w:numbering>`)
	return b.String()
}

func (d *Document) header() string {
	var b bytes.Buffer
	b.WriteString(xmlPI + `<w:hdr ` + nsW + `>`)
	w := writer{b: &b, lang: d.Lang}
	w.paragraph(Paragraph{Style: Small, Runs: []Run{{Text: d.Header}}, Tight: true})
	b.WriteString(`</w:hdr>`)
	return b.String()
}

// footer: "n / N" at the right of the foot.
const footer = xmlPI + `<w:ftr ` + nsW + `><w:p><w:pPr><w:pStyle w:val="Small"/><w:jc w:val="right"/></w:pPr>` +
	`<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>` +
	`<w:r><w:t xml:space="preserve"> / </w:t></w:r>` +
	`<w:fldSimple w:instr=" NUMPAGES "><w:r><w:t>1</w:t></w:r></w:fldSimple>` +
	`</w:p></w:ftr>`

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
