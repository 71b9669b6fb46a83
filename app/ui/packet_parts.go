package ui

import (
	"sort"
	"strings"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/catalog"
	"breachdesk/app/draft"
	"breachdesk/app/incident"
	"breachdesk/app/register"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// document is one draft printed with the packet, on its own pages.
func (k packet) document(d draft.Document) app.UI {
	return k.frame("pk-doc-"+domID(docKey(d)), docLabel(k.l, d), el("div.bd-pk-doc", "lang", d.Lang).Body(draftBody(d)))
}

// draftBody is a draft laid out as a letter (all text: go-app escapes it):
// the letterhead, the title, the sections; each paragraph placed as
// draft.ParagraphAlign says (date and sender right, 記 centred, 以上 right).
func draftBody(d draft.Document) app.UI {
	head, body := draft.SplitHead(d)
	secs := make([]app.UI, 0, len(d.Sections)+2)
	for _, s := range head {
		secs = append(secs, draftSection(d, s))
	}
	secs = append(secs, elt("p.bd-pd-title", d.Title))
	for _, s := range body {
		secs = append(secs, draftSection(d, s))
	}
	if d.Citation != "" {
		secs = append(secs, elt("p.bd-pk-basis", d.Citation))
	}
	return el("div").Body(secs...)
}

// draftAlignClass is the class that places a paragraph.
var draftAlignClass = [...]string{draft.AlignStart: "bd-pd-para", draft.AlignCenter: "bd-pd-para bd-pd-center", draft.AlignEnd: "bd-pd-para bd-pd-end"}

func draftSection(d draft.Document, s draft.Section) app.UI {
	paras := make([]app.UI, 0, len(s.Paras)+1)
	if s.Heading != "" {
		paras = append(paras, elt("h3", s.Heading))
	}
	for _, pr := range s.Paras {
		paras = append(paras, elt("p", pr.Text, "class", draftAlignClass[draft.ParagraphAlign(d, pr)]))
	}
	return el("div.bd-pd-section").Body(paras...)
}

// sortFindings puts errors first, then warnings, then information, keeping
// draft.Lint's order within each.
func sortFindings(fs []draft.Finding) []draft.Finding {
	out := append([]draft.Finding(nil), fs...)
	rank := map[string]int{draft.SeverityError: 0, draft.SeverityWarning: 1, draft.SeverityInfo: 2}
	sort.SliceStable(out, func(i, j int) bool { return rank[out[i].Severity] < rank[out[j].Severity] })
	return out
}

// docKey names one variant of one draft: "notice-ja/letter", "police-ja".
func docKey(d draft.Document) string {
	if d.Variant == "" {
		return d.ID
	}
	return d.ID + "/" + d.Variant
}

// domID turns a docKey into an HTML id fragment.
func domID(k string) string { return strings.ReplaceAll(k, "/", "--") }

// docLabel names a draft for a list, in language l: what it is, its
// variant and the language it is written in.
func docLabel(l catalog.Lang, d draft.Document) string { return docName(l, d, true) }

// docName names a draft in language l: its kind ("Notice to the persons"),
// its variant (always for the PPC's 速報 and 確報, which are separate
// documents; for the others when variants is set) and its language.
func docName(l catalog.Lang, d draft.Document, variants bool) string {
	s := catalog.T(l, "drafts.kind."+string(d.Kind))
	if strings.HasPrefix(s, "[") { // a kind the catalog does not know: its own title
		s = d.Title
	}
	if d.Subject != "" {
		s += " — " + d.Subject
	}
	if d.Variant != "" && (variants || d.Kind == draft.KindPPC) {
		s += " — " + catalog.T(l, "print.variant."+d.Variant)
	}
	return s + catalog.T(l, "print.inLang", catalog.T(l, "print.docLang."+d.Lang))
}

// quoted is a message in language l that may quote a document written in
// docLang: for an English packet, the Japanese runs are marked lang="ja";
// for a Japanese packet, what it quotes 「…」 from an English document is
// marked lang="en" (the right glyphs, and readers know it is a quotation).
func quoted(l catalog.Lang, docLang, msg string) []app.UI {
	if docLang == string(l) && l != catalog.EN {
		return []app.UI{app.Text(msg)}
	}
	var out []app.UI
	if l == catalog.EN {
		run, ja := "", false
		flush := func() {
			if run == "" {
				return
			}
			if ja {
				out = append(out, elt("span[lang=ja]", run))
			} else {
				out = append(out, app.Text(run))
			}
			run = ""
		}
		for _, r := range msg {
			if j := isJapanese(r); j != ja {
				flush()
				ja = j
			}
			run += string(r)
		}
		flush()
		return out
	}
	for msg != "" {
		i := strings.Index(msg, "「")
		j := strings.Index(msg, "」")
		if i < 0 || j < i {
			out = append(out, app.Text(msg))
			break
		}
		out = append(out, app.Text(msg[:i+len("「")]), elt("span", msg[i+len("「"):j], "lang", docLang))
		msg = msg[j:]
		out = append(out, app.Text("」"))
		msg = msg[len("」"):]
	}
	return out
}

// isJapanese reports whether r is kana, a CJK ideograph or a full-width
// form (【】「」：, full-width letters).
func isJapanese(r rune) bool {
	return r >= 0x3000 && r <= 0x30ff || r >= 0x3400 && r <= 0x9fff || r >= 0xff01 && r <= 0xff5e
}

// stamp is an instant in a table cell: the date and the time each kept on
// one line ("2026-05-02" never breaks at its hyphen).
func (k packet) stamp(t time.Time) app.UI {
	date, clock, _ := strings.Cut(stamp(k.l, t, k.loc), " ")
	return el("span.bd-pk-stamp").Body(
		elt("span.bd-nw", date), app.Text(" "), elt("span.bd-nw", clock))
}

// around is the catalog text id with the instant t (its one %s) as a stamp.
func (k packet) around(id string, t time.Time) []app.UI {
	before, after, _ := strings.Cut(k.t(id, "\x00"), "\x00")
	return []app.UI{app.Text(before), k.stamp(t), app.Text(after)}
}

// stamp writes an instant in full, in the incident's zone: "2026/05/02 14:05 JST".
func stamp(l catalog.Lang, t time.Time, loc *time.Location) string {
	if l == catalog.EN {
		return t.In(loc).Format("2006-01-02 15:04 MST")
	}
	return t.In(loc).Format("2006/01/02 15:04 MST")
}

// stampAs is stamp for an instant a clock starts from, as well as its
// event is known (a day, a month: eventWhen, never a time of day not given).
func stampAs(l catalog.Lang, t time.Time, p incident.Precision, loc *time.Location, now time.Time) string {
	if p == incident.Exact {
		return stamp(l, t, loc)
	}
	return eventWhen(l, incident.Event{At: t, Precision: p}, loc, now)
}

// relative says how far a deadline is: "あと2日4時間" or "3時間12分超過".
func relative(l catalog.Lang, due, now time.Time) string {
	left := due.Sub(now)
	if left < 0 {
		return catalog.T(l, "due.overdue", span(l, left))
	}
	return catalog.T(l, "due.in", span(l, left))
}

// stateMark gives the states that need action a mark that survives black-and-white printing.
func stateMark(s assess.State) string {
	switch s {
	case assess.StateOverdue:
		return "▲ "
	case assess.StateDue, assess.StateOpen:
		return "● "
	case assess.StateDone:
		return "✓ "
	}
	return ""
}

func findingMark(v string) string {
	switch v {
	case assess.FindingLate, assess.FindingOverdue:
		return "▲ "
	case assess.FindingOK:
		return "✓ "
	}
	return ""
}

func severityMark(s string) string {
	if s == draft.SeverityError {
		return "▲ "
	}
	return ""
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return s
}

// causeText is the cause's kind and, when it arose at a contractor, where:
// "Ransomware — at a company we entrusted the data to (…): Acme Print".
func causeText(l catalog.Lang, c incident.Cause) string {
	s := catalog.T(l, "unknownYet")
	if c.Kind != "" {
		s = catalog.T(l, "cause."+string(c.Kind))
	}
	if at := register.CauseAt(l, c); at != "" {
		s += " — " + at
	}
	return s
}

func statusText(l catalog.Lang, s incident.Status) string {
	if s == "" {
		return catalog.T(l, "unknownYet")
	}
	return catalog.T(l, "status."+string(s))
}

// categoriesText lists the affected data categories by name.
func categoriesText(l catalog.Lang, inc *incident.Incident) string {
	rs, _ := theDesk.Rules()
	var names []string
	for _, c := range inc.Categories("") {
		name := c.ID
		if c.ID == "other" && c.Other != "" {
			name = c.Other
		} else if rs != nil {
			if cat := rs.Category(c.ID); cat != nil {
				name = cat.JA
				if l == catalog.EN {
					name = cat.EN
				}
			}
		}
		names = append(names, name)
	}
	if len(names) == 0 {
		return catalog.T(l, "unknownYet")
	}
	sep := "、"
	if l == catalog.EN {
		sep = ", "
	}
	return strings.Join(names, sep)
}

// knewStamp is when the company knew, as the assessment takes it (the one
// reader of that instant), or "not known yet".
func knewStamp(l catalog.Lang, knew *time.Time, p incident.Precision, loc *time.Location, now time.Time) string {
	if knew != nil {
		return stampAs(l, *knew, p, loc, now)
	}
	return catalog.T(l, "unknownYet")
}

// packetOrg names the company: an English packet leads with its English name
// when the facts have one, the registered Japanese name beside it.
func packetOrg(l catalog.Lang, inc *incident.Incident) string {
	ja, en := strings.TrimSpace(inc.Org.Name), strings.TrimSpace(inc.Org.NameEn)
	switch {
	case l != catalog.EN || en == "":
		return orDash(ja)
	case ja == "" || ja == en:
		return en
	}
	return en + " (" + ja + ")"
}

// first is the first of two results (a count without its "partial" flag).
func first[A, B any](a A, _ B) A { return a }

// incidentStatus is confirmed when every affected data set is, else possible.
func incidentStatus(inc *incident.Incident) incident.Status {
	if inc.Confirmed("") {
		return incident.Confirmed
	}
	return incident.Possible
}
