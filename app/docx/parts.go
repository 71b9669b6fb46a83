package docx

import (
	"bytes"
	"strconv"
)

// The package's parts other than the body: content types, relationships,
// properties, settings, styles, numbering, header and footer.

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
