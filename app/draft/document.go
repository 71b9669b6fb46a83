package draft

import (
	"strings"
	"time"
)

// Kind is a type of document.
type Kind string

// The documents Breach Desk drafts.
const (
	KindNotice    Kind = "notice"     // customer notice (お詫びとお知らせ / Notice of Data Breach)
	KindPPC       Kind = "ppc"        // report to the PPC (漏えい等報告), variants prelim/final
	KindMinistry  Kind = "ministry"   // written report to the sector ministry (five items)
	KindGDPR33    Kind = "gdpr-art33" // GDPR Art. 33 notification to the supervisory authority
	KindGDPR34    Kind = "gdpr-art34" // GDPR Art. 34 communication to the persons
	KindEntrustor Kind = "entrustor"  // notice to the entrustor (委託元への通知)
	KindPolice    Kind = "police"     // police consultation memo
	KindCard      Kind = "card"       // notice to the card company / acquirer
	KindPublic    Kind = "public"     // public announcement (web page or press release)
)

// Variants of documents.
const (
	VariantNone   = ""
	VariantEmail  = "email"  // notice by e-mail: no links, wrapped lines
	VariantLetter = "letter" // notice by post: 拝啓…敬具, date and signature
	VariantWeb    = "web"    // web page
	VariantPress  = "press"  // press release
	VariantPrelim = "prelim" // PPC 速報
	VariantFinal  = "final"  // PPC 確報
)

// Languages.
const (
	JA = "ja"
	EN = "en"
)

// Spec names one document to build. Date is the date printed on it (a
// parameter: the caller passes today; zero means the assessment's Now).
type Spec struct {
	Kind    Kind   `json:"kind"`
	Lang    string `json:"lang"`
	Variant string `json:"variant,omitempty"`
	Date    time.Time
}

// DocID is the id of the document a spec builds: "notice-ja", "ppc-prelim-ja".
// Variants of one notice (e-mail, letter, web) share the id, so that an edit
// of a paragraph they have in common applies to all of them; the PPC 速報 and
// 確報 are separate documents.
func (s Spec) DocID() string {
	if s.Kind == KindPPC {
		return string(s.Kind) + "-" + s.Variant + "-" + s.Lang
	}
	return string(s.Kind) + "-" + s.Lang
}

// Document is one draft: sections of paragraphs, each with a stable id.
type Document struct {
	ID      string    `json:"id"` // see Spec.DocID
	Kind    Kind      `json:"kind"`
	Lang    string    `json:"lang"`
	Variant string    `json:"variant,omitempty"`
	Title   string    `json:"title"`
	Date    time.Time `json:"date"`
	// Citation is the law or practice the document follows.
	Citation string `json:"citation,omitempty"`
	// Letterhead: the first section (date, addressee, sender) comes before
	// the title, as in a Japanese business letter or report (日付・宛名・差出人
	// → 件名 → 本文). Renderers print it above the title.
	Letterhead bool      `json:"letterhead,omitempty"`
	Sections   []Section `json:"sections"`
}

// Section is one item of a document, with its own copy button in the UI.
type Section struct {
	ID       string      `json:"id"` // "notice-ja/summary"
	Heading  string      `json:"heading,omitempty"`
	Required bool        `json:"required,omitempty"`
	Citation string      `json:"citation,omitempty"`
	Paras    []Paragraph `json:"paragraphs"`
}

// Paragraph is the unit of editing: its id is the key of incident.Incident.Edits.
type Paragraph struct {
	ID   string `json:"id"` // "notice-ja/summary/p1"
	Text string `json:"text"`
	// Edited: the text is the user's; Generated then holds what the facts give now.
	Edited    bool   `json:"edited,omitempty"`
	Generated string `json:"generated,omitempty"`
}

// Spec returns the spec that builds d again.
func (d Document) Spec() Spec {
	return Spec{Kind: d.Kind, Lang: d.Lang, Variant: d.Variant, Date: d.Date}
}

// Section returns the section whose id ends in "/"+id (or is id), or nil.
func (d *Document) Section(id string) *Section {
	for i := range d.Sections {
		if s := &d.Sections[i]; s.ID == id || strings.HasSuffix(s.ID, "/"+id) {
			return s
		}
	}
	return nil
}

// Text is the section's paragraphs joined by blank lines.
func (s Section) Text() string {
	var b strings.Builder
	for i, p := range s.Paras {
		if i > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(p.Text)
	}
	return b.String()
}

// Paragraphs returns every paragraph of the document in order.
func (d Document) Paragraphs() []Paragraph {
	var out []Paragraph
	for _, s := range d.Sections {
		out = append(out, s.Paras...)
	}
	return out
}
