// Package docxtest reads a .docx file strictly, for tests: the zip, every
// part parsed as XML 1.0, every part declared in [Content_Types].xml, every
// relationship's target present; and it returns what a test checks: the
// paragraphs with their style, alignment, list and text, the tables, the
// page size and the fonts. Only tests import it.
package docxtest

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"path"
	"strings"
)

// File is what was read.
type File struct {
	Parts      map[string][]byte // every part by its name in the zip
	Paragraphs []Paragraph       // the body's paragraphs in order, those in tables too
	Tables     []Table
	Header     string // text of the running header
	Footer     string // text (and field codes, as " PAGE ") of the footer
	PageW      int    // page size in twips
	PageH      int
	Fonts      Fonts  // the default fonts (docDefaults)
	Lang       string // the default language
	Title      string // docProps/core.xml dc:title
	Subject    string
}

// Fonts are the default run fonts.
type Fonts struct{ ASCII, EastAsia, HAnsi string }

// Paragraph is one w:p.
type Paragraph struct {
	Style           string // w:pStyle ("" = Normal)
	Align           string // w:jc ("" = start)
	NumID           string // w:numPr/w:numId ("" = not in a list)
	Text            string // the text: w:t, w:br as "\n", w:tab as "\t"
	Bold            bool   // some run is bold
	InTable         bool
	PageBreakBefore bool
	Hanging         string // w:ind/@w:hanging
}

// Table is one w:tbl.
type Table struct {
	Rows       [][]string // each cell's text, its paragraphs joined by "\n"
	HeaderRows int        // rows marked w:tblHeader
	GridCols   int
}

const (
	nsW   = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsR   = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsRel = "http://schemas.openxmlformats.org/package/2006/relationships"
	nsCT  = "http://schemas.openxmlformats.org/package/2006/content-types"
	typeD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
)

// Read reads and checks a .docx file.
func Read(data []byte) (*File, error) {
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("not a zip: %w", err)
	}
	f := &File{Parts: map[string][]byte{}}
	for _, zf := range z.File {
		r, err := zf.Open()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", zf.Name, err)
		}
		b, err := io.ReadAll(r)
		r.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", zf.Name, err)
		}
		if _, dup := f.Parts[zf.Name]; dup {
			return nil, fmt.Errorf("%s twice in the zip", zf.Name)
		}
		f.Parts[zf.Name] = b
		if err := wellFormed(b); err != nil {
			return nil, fmt.Errorf("%s: %w", zf.Name, err)
		}
	}
	if err := f.checkPackage(); err != nil {
		return nil, err
	}
	if err := f.readDocument(); err != nil {
		return nil, err
	}
	if err := f.readStyles(); err != nil {
		return nil, err
	}
	f.Header = f.partText("word/header1.xml")
	f.Footer = f.partText("word/footer1.xml")
	return f, f.readCore()
}

// wellFormed parses b as XML 1.0, strictly (encoding/xml refuses characters
// XML does not allow, unclosed and mismatched elements, bad references).
func wellFormed(b []byte) error {
	if !bytes.HasPrefix(b, []byte(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>`)) {
		return fmt.Errorf("no XML declaration")
	}
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = true
	depth, roots := 0, 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		switch tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				roots++
			}
			depth++
		case xml.EndElement:
			depth--
		}
	}
	if depth != 0 || roots != 1 {
		return fmt.Errorf("%d root elements, depth %d at the end", roots, depth)
	}
	return nil
}

type xmlTypes struct {
	Defaults []struct {
		Extension   string `xml:"Extension,attr"`
		ContentType string `xml:"ContentType,attr"`
	} `xml:"Default"`
	Overrides []struct {
		PartName    string `xml:"PartName,attr"`
		ContentType string `xml:"ContentType,attr"`
	} `xml:"Override"`
}

type xmlRels struct {
	Rels []struct {
		ID     string `xml:"Id,attr"`
		Type   string `xml:"Type,attr"`
		Target string `xml:"Target,attr"`
	} `xml:"Relationship"`
}

// checkPackage: every part has a content type, the relationships point at
// parts that are there, the main part is word/document.xml.
func (f *File) checkPackage() error {
	var ct xmlTypes
	if err := strictUnmarshal(f.Parts["[Content_Types].xml"], &ct, nsCT, "Types"); err != nil {
		return fmt.Errorf("[Content_Types].xml: %w", err)
	}
	types := map[string]string{}
	for _, o := range ct.Overrides {
		types[strings.TrimPrefix(o.PartName, "/")] = o.ContentType
	}
	exts := map[string]bool{}
	for _, d := range ct.Defaults {
		exts[d.Extension] = true
	}
	for name := range f.Parts {
		if name == "[Content_Types].xml" {
			continue
		}
		if _, ok := types[name]; !ok && !exts[path.Ext(name)[1:]] {
			return fmt.Errorf("%s has no content type", name)
		}
	}
	for name := range types {
		if _, ok := f.Parts[name]; !ok {
			return fmt.Errorf("[Content_Types].xml declares %s, which is not in the zip", name)
		}
	}
	if types["word/document.xml"] != typeD {
		return fmt.Errorf("word/document.xml has content type %q", types["word/document.xml"])
	}
	for _, relsName := range []string{"_rels/.rels", "word/_rels/document.xml.rels"} {
		var rels xmlRels
		if err := strictUnmarshal(f.Parts[relsName], &rels, nsRel, "Relationships"); err != nil {
			return fmt.Errorf("%s: %w", relsName, err)
		}
		dir := path.Dir(path.Dir(relsName))
		ids := map[string]bool{}
		for _, r := range rels.Rels {
			if ids[r.ID] {
				return fmt.Errorf("%s: id %s twice", relsName, r.ID)
			}
			ids[r.ID] = true
			target := path.Clean(path.Join(dir, r.Target))
			if _, ok := f.Parts[target]; !ok {
				return fmt.Errorf("%s: %s points at %s, which is not in the zip", relsName, r.ID, target)
			}
		}
		if relsName == "_rels/.rels" && !hasTarget(rels, "word/document.xml") {
			return fmt.Errorf("_rels/.rels does not name word/document.xml")
		}
	}
	return nil
}

func hasTarget(r xmlRels, t string) bool {
	for _, x := range r.Rels {
		if x.Target == t {
			return true
		}
	}
	return false
}

func strictUnmarshal(b []byte, v any, ns, root string) error {
	if b == nil {
		return fmt.Errorf("missing")
	}
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = true
	for {
		tok, err := d.Token()
		if err != nil {
			return err
		}
		if se, ok := tok.(xml.StartElement); ok {
			if se.Name.Space != ns || se.Name.Local != root {
				return fmt.Errorf("root element is {%s}%s", se.Name.Space, se.Name.Local)
			}
			return d.DecodeElement(v, &se)
		}
	}
}

// walk calls fn for every element start and end of part, with the path of
// local names of w: elements from the root.
func walk(b []byte, fn func(stack []string, se *xml.StartElement, text string)) error {
	d := xml.NewDecoder(bytes.NewReader(b))
	d.Strict = true
	var stack []string
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			stack = append(stack, t.Name.Local)
			fn(stack, &t, "")
		case xml.EndElement:
			fn(stack, nil, "")
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 0 && stack[len(stack)-1] == "t" || len(stack) > 0 && stack[len(stack)-1] == "instrText" {
				fn(stack, nil, string(t))
			}
		}
	}
}

func attrW(se *xml.StartElement, name string) string {
	for _, a := range se.Attr {
		if a.Name.Local == name && (a.Name.Space == nsW || a.Name.Space == "") {
			return a.Value
		}
	}
	return ""
}

func (f *File) readDocument() error {
	doc := f.Parts["word/document.xml"]
	var p *Paragraph
	var tbl *Table
	var row []string
	var cell []string
	tblDepth := 0
	err := walk(doc, func(stack []string, se *xml.StartElement, text string) {
		top := stack[len(stack)-1]
		switch {
		case text != "" && top == "t":
			if p != nil {
				p.Text += text
			}
		case se != nil:
			switch top {
			case "p":
				p = &Paragraph{InTable: tblDepth > 0}
			case "pStyle":
				p.Style = attrW(se, "val")
			case "jc":
				if p != nil && len(stack) >= 2 && stack[len(stack)-2] == "pPr" {
					p.Align = attrW(se, "val")
				}
			case "numId":
				p.NumID = attrW(se, "val")
			case "pageBreakBefore":
				p.PageBreakBefore = true
			case "ind":
				if p != nil {
					p.Hanging = attrW(se, "hanging")
				}
			case "b":
				if p != nil && contains(stack, "rPr") && contains(stack, "r") {
					p.Bold = true
				}
			case "br":
				if p != nil {
					p.Text += "\n"
				}
			case "tab":
				if p != nil && contains(stack, "r") {
					p.Text += "\t"
				}
			case "tbl":
				tblDepth++
				f.Tables = append(f.Tables, Table{})
				tbl = &f.Tables[len(f.Tables)-1]
			case "gridCol":
				tbl.GridCols++
			case "tr":
				row = nil
			case "tblHeader":
				tbl.HeaderRows++
			case "tc":
				cell = nil
			case "pgSz":
				fmt.Sscan(attrW(se, "w"), &f.PageW)
				fmt.Sscan(attrW(se, "h"), &f.PageH)
			}
		default: // an end
			switch top {
			case "p":
				if p != nil {
					f.Paragraphs = append(f.Paragraphs, *p)
					if tblDepth > 0 {
						cell = append(cell, p.Text)
					}
				}
				p = nil
			case "tc":
				row = append(row, strings.Join(cell, "\n"))
			case "tr":
				tbl.Rows = append(tbl.Rows, row)
			case "tbl":
				tblDepth--
			}
		}
	})
	if err != nil {
		return fmt.Errorf("word/document.xml: %w", err)
	}
	return nil
}

func contains(stack []string, s string) bool {
	for _, x := range stack {
		if x == s {
			return true
		}
	}
	return false
}

func (f *File) readStyles() error {
	inDefaults := false
	return walk(f.Parts["word/styles.xml"], func(stack []string, se *xml.StartElement, text string) {
		if se == nil {
			return
		}
		inDefaults = contains(stack, "rPrDefault")
		if !inDefaults {
			return
		}
		switch stack[len(stack)-1] {
		case "rFonts":
			f.Fonts = Fonts{ASCII: attrW(se, "ascii"), EastAsia: attrW(se, "eastAsia"), HAnsi: attrW(se, "hAnsi")}
		case "lang":
			f.Lang = attrW(se, "val")
		}
	})
}

// partText is the text of a header or footer part, its simple fields'
// instructions included.
func (f *File) partText(name string) string {
	b, ok := f.Parts[name]
	if !ok {
		return ""
	}
	var out strings.Builder
	_ = walk(b, func(stack []string, se *xml.StartElement, text string) {
		if text != "" {
			out.WriteString(text)
		}
		if se != nil && se.Name.Local == "fldSimple" {
			out.WriteString("{" + attrW(se, "instr") + "}")
		}
	})
	return out.String()
}

func (f *File) readCore() error {
	var core struct {
		Title   string `xml:"http://purl.org/dc/elements/1.1/ title"`
		Subject string `xml:"http://purl.org/dc/elements/1.1/ subject"`
	}
	if err := strictUnmarshal(f.Parts["docProps/core.xml"], &core,
		"http://schemas.openxmlformats.org/package/2006/metadata/core-properties", "coreProperties"); err != nil {
		return fmt.Errorf("docProps/core.xml: %w", err)
	}
	f.Title, f.Subject = core.Title, core.Subject
	return nil
}

// Text is the body's text: each paragraph on a line of its own.
func (f *File) Text() string {
	var b strings.Builder
	for _, p := range f.Paragraphs {
		b.WriteString(p.Text)
		b.WriteString("\n")
	}
	return b.String()
}
