package draft

import (
	"strconv"
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
	KindNDB       Kind = "au-ndb"     // Australia: statement about an eligible data breach to the OAIC (Privacy Act s26WK)
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

// Spec names one document to build.
//
// Date is the date printed on it and the instant the document knows the facts
// at: it shows the events up to it, and the counts and statuses valid on its
// day. Zero means the document's own event (the filing of a report, the
// sending of a notice: see DatedAt) when it is on the timeline by the
// assessment's Now, else that Now. BuildAll dates each document so.
//
// Party names the party a document is addressed to when there are several
// of its kind (one notice per entrustor, one report per ministry); Set names
// the data set whose persons a notice is for, when the persons of several
// data sets are told apart. Both are "" when the incident has one of them
// (the document finds it) or for a document about the whole incident.
type Spec struct {
	Kind    Kind   `json:"kind"`
	Lang    string `json:"lang"`
	Variant string `json:"variant,omitempty"`
	Date    time.Time
	Party   string `json:"party,omitempty"`
	Set     string `json:"set,omitempty"`
	// Follow numbers a public announcement after the first: 0 is the first
	// (第1報), 1 the second (第2報), and so on. Each is dated at its own
	// announcement on the timeline; the one after the last sent is the draft
	// of the next.
	Follow int `json:"follow,omitempty"`
	// Place is a jurisdiction whose residents get a version of the notice
	// of their own, because its law forbids what the common notice says
	// (US-MA: M.G.L. c. 93H § 3(b), neither the nature of the breach nor
	// the number of residents affected); "" for the common notice.
	Place string `json:"place,omitempty"`
}

// DocID is the id of the document a spec builds: "notice-ja", "ppc-prelim-ja",
// "entrustor-p2-ja" (one of several entrustors), "notice-d2-ja" (the notice to
// the persons of data set d2). Variants of one notice (e-mail, letter, web)
// share the id, so that an edit of a paragraph they have in common applies to
// all of them; the PPC 速報 and 確報 are separate documents.
func (s Spec) DocID() string {
	id := string(s.Kind)
	if s.Party != "" {
		id += "-" + s.Party
	}
	if s.Set != "" {
		id += "-" + s.Set
	}
	if s.Place != "" {
		id += "-" + strings.ToLower(s.Place) // "notice-d1-us-ma-en"
	}
	if s.Kind == KindPPC {
		id += "-" + s.Variant
	}
	if s.Follow > 0 {
		id += "-" + strconv.Itoa(s.Follow+1) // "public-2-ja", the second announcement
	}
	return id + "-" + s.Lang
}

// Document is one draft: sections of paragraphs, each with a stable id.
type Document struct {
	ID      string `json:"id"` // see Spec.DocID
	Kind    Kind   `json:"kind"`
	Lang    string `json:"lang"`
	Variant string `json:"variant,omitempty"`
	Title   string `json:"title"`
	// TitleEdited: the title is the user's (an edit of TitleID, as of a
	// paragraph); TitleGenerated then holds what the facts give now.
	TitleEdited    bool      `json:"titleEdited,omitempty"`
	TitleGenerated string    `json:"titleGenerated,omitempty"`
	Date           time.Time `json:"date"`
	// Citation is the law or practice the document follows.
	Citation string `json:"citation,omitempty"`
	// Letterhead: the first section (date, addressee, sender) comes before
	// the title, as in a Japanese business letter or report (日付・宛名・差出人
	// → 件名 → 本文). Renderers print it above the title.
	Letterhead bool      `json:"letterhead,omitempty"`
	Sections   []Section `json:"sections"`
	// Party and Set are the spec's (see Spec); Subject names them for a
	// list of documents ("架空商事株式会社", "カード情報を登録した会員"), "" when
	// the document is the only one of its kind and language.
	Party   string `json:"party,omitempty"`
	Set     string `json:"set,omitempty"`
	Subject string `json:"subject,omitempty"`
	Follow  int    `json:"follow,omitempty"` // the spec's: a later announcement (第2報 …)
	Place   string `json:"place,omitempty"`  // the spec's: the residents' own version (US-MA)
	// Attachments are files the sender means to send with the document (a
	// list of card numbers for the acquirer, a form); the builders add none.
	// A notice by e-mail must carry none (Lint: CodeEmailAttachment).
	Attachments []Attachment `json:"attachments,omitempty"`
}

// Attachment is a file sent with a document.
type Attachment struct {
	Name string `json:"name"`           // file name as the reader sees it
	Type string `json:"type,omitempty"` // media type ("application/pdf"), if known
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
	return Spec{Kind: d.Kind, Lang: d.Lang, Variant: d.Variant, Date: d.Date, Party: d.Party, Set: d.Set, Follow: d.Follow, Place: d.Place}
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
// TitleID is the id an edit of the document's title is kept under, beside
// its paragraphs' (incident.Incident.Edits): "notice-ja/title".
func (d Document) TitleID() string { return d.ID + "/title" }

// Editable is what the user may rewrite: the title, as a paragraph of its
// own (TitleID), then every paragraph. A title is a fact's wording too: a
// note the facts put at its head (a Japanese version for reference only)
// that does not fit the readers, or a company's own wording of it.
func (d Document) Editable() []Paragraph {
	title := Paragraph{ID: d.TitleID(), Text: d.Title, Edited: d.TitleEdited, Generated: d.TitleGenerated}
	return append([]Paragraph{title}, d.Paragraphs()...)
}

func (d Document) Paragraphs() []Paragraph {
	var out []Paragraph
	for _, s := range d.Sections {
		out = append(out, s.Paras...)
	}
	return out
}

// ParseDocID reads a document id (see Spec.DocID) back into its kind, its
// variant (the PPC report's) and its language; the party or set in between
// is not returned. ok is false for an id of no known kind.
func ParseDocID(id string) (k Kind, variant, lang string, ok bool) {
	i := strings.LastIndex(id, "-")
	if i < 0 {
		return "", "", "", false
	}
	rest, lang := id[:i], id[i+1:]
	for _, kind := range kinds {
		if rest != string(kind) && !strings.HasPrefix(rest, string(kind)+"-") {
			continue
		}
		if len(kind) > len(k) { // "gdpr-art33" before "gdpr"
			k = kind
		}
	}
	if k == "" {
		return "", "", "", false
	}
	if k == KindPPC {
		for _, v := range Variants(KindPPC) {
			if strings.HasSuffix(rest, "-"+v) {
				variant = v
			}
		}
	}
	return k, variant, lang, true
}
