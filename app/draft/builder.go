package draft

import (
	"fmt"
	"strconv"
	"strings"
)

// builder assembles a document section by section, following its template:
// the template gives the order, headings and citations; the builder's
// functions give the paragraphs. A section without paragraphs is left out.
type builder struct {
	doc Document
	tpl *Template
	v   *view
	// retitle replaces the template's heading of a section for these facts
	// (e.g. the police memo's "method" when there was no attack).
	retitle map[string]string
	// myNumber: the document is the report under the My Number Act alone,
	// whose items take their MyNumber heading and citation.
	myNumber bool
	// public: the document is a public body's report under APPI Art. 68,
	// whose items take their Public heading and citation.
	public bool
}

// section adds the template's section id with the paragraphs ps, given as
// (name, text) pairs: the name makes the paragraph id stable when other
// paragraphs come and go. Empty texts are skipped.
func (b *builder) section(id string, ps ...para) {
	var it *Item
	for i := range b.tpl.Sections {
		if b.tpl.Sections[i].ID == id {
			it = &b.tpl.Sections[i]
		}
	}
	if it == nil {
		panic(fmt.Sprintf("draft: template %s-%s has no section %q", b.tpl.Kind, b.tpl.Lang, id))
	}
	heading := strings.ReplaceAll(it.Heading, "{you}", b.v.you)
	if b.doc.Lang == JA {
		heading = strings.ReplaceAll(heading, "当社", b.v.weJA()) // 当院の対応, 本市の対応
	}
	if h, ok := b.retitle[id]; ok {
		heading = h
	}
	citation := it.Citation
	if pb := it.Public; b.public && !b.myNumber && pb != nil {
		if pb.Heading != "" {
			heading = pb.Heading
		}
		if pb.Citation != nil {
			citation = pb.Citation
		}
	}
	if mn := it.MyNumber; b.myNumber && mn != nil {
		if mn.Heading != "" {
			heading = mn.Heading
		}
		if mn.Citation != nil {
			citation = mn.Citation
		}
	}
	s := Section{ID: b.doc.ID + "/" + id, Heading: heading, Required: it.Required}
	if citation != nil {
		s.Citation = cite(*citation, b.doc.Lang)
	}
	for _, p := range ps {
		if strings.TrimSpace(p.text) == "" {
			continue
		}
		s.Paras = append(s.Paras, Paragraph{ID: s.ID + "/" + p.name, Text: p.text})
	}
	if len(s.Paras) == 0 {
		return
	}
	b.doc.Sections = append(b.doc.Sections, s)
}

// para is a paragraph before it gets its full id.
type para struct{ name, text string }

func p(name, text string) para { return para{name, text} }

// finish numbers the headings of a numbered template and returns the document.
func (b *builder) finish() Document {
	if b.tpl.Numbered {
		n := 0
		for i := range b.doc.Sections {
			if s := &b.doc.Sections[i]; s.Heading != "" {
				n++
				s.Heading = strconv.Itoa(n) + ". " + s.Heading
			}
		}
	}
	if b.doc.Lang == EN {
		b.v.glossOnceEN(&b.doc)
	}
	if b.doc.Lang == JA && b.v.japaneseForReference() {
		b.doc.Title = b.v.referenceMarkJA() + b.doc.Title
	}
	return b.doc
}

// referenceMarkJA opens the title of a Japanese draft its addressees will
// not read (japaneseForReference), saying why: a fact, so that a user who
// does have readers of Japanese among them (staff sent from Japan) sees
// what to change.
func (v *view) referenceMarkJA() string {
	if v.kind == KindPolice {
		return "【日本語参考版：相談先は日本国外にあります。相談・届出には英語版等を使用してください】"
	}
	return "【日本語参考版：対象の方は全員が日本国外にお住まいです。通知・公表には現地で読まれる言語の版を使用してください】"
}

// japaneseForReference: the Japanese notice or announcement of an
// organisation established abroad only, which Japan's law does not reach,
// whose affected persons are all recorded as living abroad (151: a Finnish
// clinic's patients), or its Japanese memo for police abroad: the drafts
// are there for a Japanese parent to read, and say so (F979). A notice to
// persons of whom any lives in Japan, or whose residence is not recorded,
// keeps its title; so do the documents that a body in Japan may receive
// (an entrustor's, a card company's).
func (v *view) japaneseForReference() bool {
	if !v.abroad() || !japanOut(v.a) {
		return false
	}
	switch v.kind {
	case KindNotice, KindPublic:
	case KindPolice:
		return policeAbroad(v.inc)
	default:
		return false
	}
	sets := v.inc.Affected("")
	if len(sets) == 0 {
		return false
	}
	for _, d := range sets {
		if len(d.Residence) == 0 {
			return false
		}
		for _, r := range d.Residence {
			if r.Country == "" || r.Country == "JP" {
				return false
			}
		}
	}
	return true
}

// glossOnceEN keeps, in an English document, the gloss after the cause's
// party's name on its first mention only: "App dev vendor (a company we
// entrusted with the data) contacted us … in the systems of App dev vendor"
// (144's letter glossed it four times, F888). The sentences are built apart
// and cannot tell which comes first; the document can.
func (v *view) glossOnceEN(d *Document) {
	name := strings.TrimSpace(v.inc.Cause.AtName)
	if name == "" || nonLatin(name) {
		return
	}
	for _, what := range []string{"a company we entrusted with the data", "a subcontractor of ours", "a business we had provided the data to", "one of our contractors"} {
		glossed, seen := name+" ("+what+")", false
		for i := range d.Sections {
			for j := range d.Sections[i].Paras {
				p := &d.Sections[i].Paras[j]
				k := strings.Index(p.Text, glossed)
				if k < 0 {
					continue
				}
				if !seen {
					seen, k = true, k+len(glossed)
				}
				p.Text = p.Text[:k] + strings.ReplaceAll(p.Text[k:], glossed, name)
			}
		}
	}
}

// addition reports whether the template's addition id applies to these facts.
func (b *builder) addition(id string) bool {
	for _, a := range b.tpl.Adds {
		if a.ID != id {
			continue
		}
		ok := false
		for _, ob := range a.When.Obligations {
			// The law's duty applies to the case, and some of the
			// document's readers may live where it does: a notice to the
			// business contacts, all in Japan, does not tell them of
			// Korea's mediation committee because the group's staff in
			// Korea are part of the case (60).
			if b.v.obligationApplies(ob) {
				if some, _ := b.v.readersIn(b.v.obligationPlaces(ob)); some {
					ok = true
				}
			}
		}
		if ok && len(a.When.Flags) > 0 {
			ok = false
			for _, f := range a.When.Flags {
				if b.v.hasFlag(f) {
					ok = true
				}
			}
		}
		return ok
	}
	return false
}
