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
