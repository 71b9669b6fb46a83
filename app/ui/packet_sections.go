package ui

import (
	"sort"
	"strings"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/catalog"
	"breachdesk/app/draft"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// packet holds what the sections of the meeting packet show, in the
// packet's language l.
type packet struct {
	l        catalog.Lang
	inc      *incident.Incident
	a        assess.Assessment
	loc      *time.Location
	now      time.Time
	docs     []draft.Document
	findings []draft.Finding
}

func (k packet) t(id string, args ...any) string { return catalog.T(k.l, id, args...) }

// frame wraps a section of the packet in a table whose header row repeats on
// every printed page it runs over (thead is a table-header-group): the
// incident's name, "packet" and the time it is as of. The table is layout
// only (role=presentation); the section's own heading follows.
func (k packet) frame(id, heading string, body ...app.UI) app.UI {
	return app.Section().Class("bd-pk-section").ID(id).Aria("labelledby", id+"-h").Body(
		app.Table().Class("bd-pk-frame").Role("presentation").Body(
			app.THead().Body(app.Tr().Body(app.Td().Class("bd-pk-running").Body(
				app.Span().Class("bd-pk-running-name").Text(k.name()),
				app.Span().Class("bd-pk-running-asof").Text(k.t("print.runningAsOf", stamp(k.l, k.now, k.loc))),
			))),
			app.TBody().Body(app.Tr().Body(app.Td().Body(
				append([]app.UI{app.H2().ID(id + "-h").Text(heading)}, body...)...,
			))),
		),
	)
}

// name is the incident's name, marked when it is a drill.
func (k packet) name() string {
	n := titleOf(k.l, k.inc)
	if k.inc.Drill {
		n = k.t("print.drillMark") + " " + n
	}
	return n
}

// cover is the first page: what happened, where we stand, as of when.
func (k packet) cover() app.UI {
	inc, l := k.inc, string(k.l)
	summary := strings.TrimSpace(inc.Story.Summary)
	var next app.UI = app.Text(k.t("print.noDeadline"))
	if o, ok := nearest(k.a); ok && o.Ob.Due != nil {
		next = app.Span().Body(app.Text(tx(k.l, o.Ob.Title)+" — "), k.stamp(*o.Ob.Due),
			app.Text(" ("+relative(k.l, *o.Ob.Due, k.now)+")"))
	}
	facts := []struct {
		id, label string
		value     string
	}{
		{"org", "print.org", packetOrg(k.l, inc)},
		{"cause", "print.cause", causeText(k.l, inc.Cause.Kind)},
		{"persons", "print.persons", k.t("print.personsValue", incident.FormatCount(first(inc.Total("")), l))},
		{"records", "print.records", k.t("print.recordsValue", incident.FormatCount(first(inc.Records("")), l))},
		{"categories", "print.categories", categoriesText(k.l, inc)},
		{"status", "print.status", statusText(k.l, incidentStatus(inc))},
		{"aware", "print.aware", eventStamp(k.l, inc, incident.EvAware, k.loc)},
	}
	rows := make([]app.UI, 0, 2*len(facts))
	for _, f := range facts {
		rows = append(rows, app.Dt().Text(k.t(f.label)), app.Dd().ID("pk-fact-"+f.id).Text(f.value))
	}
	sections := []string{"print.deadlines", "print.timeline", "print.checklist", "print.lint"}
	toc := make([]app.UI, len(sections))
	for i, s := range sections {
		toc[i] = app.Li().Text(k.t(s))
	}
	return app.Section().Class("bd-pk-cover").ID("pk-cover").Aria("labelledby", "pk-cover-h").Body(
		app.P().Class("bd-pk-kicker").Text(k.t("print.kicker")),
		app.If(k.inc.Drill, func() app.UI { return app.P().Class("bd-pk-drill").Text(k.t("print.drillBanner")) }),
		app.H2().ID("pk-cover-h").Class("bd-pk-title").Text(titleOf(k.l, inc)),
		app.Dl().Class("bd-pk-status").Body(
			app.Dt().Text(k.t("print.stage")), app.Dd().ID("pk-stage").Text(stageOf(k.l, k.a)),
			app.Dt().Text(k.t("print.asOf")), app.Dd().ID("pk-asof").Text(stamp(k.l, k.now, k.loc)),
			app.Dt().Text(k.t("print.next")), app.Dd().ID("pk-next").Body(next),
		),
		app.H3().Text(k.t("print.summary")),
		app.If(summary != "", func() app.UI { return app.P().Class("bd-pk-summary").Text(summary) }).
			Else(func() app.UI { return app.P().Class("bd-pk-summary bd-muted").Text(k.t("print.noSummary")) }),
		app.H3().Text(k.t("print.facts")),
		app.Dl().Class("bd-pk-facts").Body(rows...),
		app.H3().Text(k.t("print.contents")),
		app.Ol().Class("bd-pk-toc").Body(toc...),
		app.P().Class("bd-pk-disclaimer").Text(k.t("print.disclaimer")),
	)
}

// deadlines is the table of every obligation that applies, overdue first.
func (k packet) deadlines() app.UI {
	list := packetDeadlines(k.a)
	if len(list) == 0 {
		return k.frame("pk-deadlines", k.t("print.deadlines"), app.P().Text(k.t("print.noObligations")))
	}
	rows := make([]app.UI, len(list))
	for i, o := range list {
		ob := o.Ob
		due := []app.UI{app.Text(tx(k.l, ob.DeadlineText))}
		if ob.Due != nil {
			due = []app.UI{k.stamp(*ob.Due)}
			if ob.State == assess.StateDue || ob.State == assess.StateOverdue {
				due = append(due, app.Text(" ("+relative(k.l, *ob.Due, k.now)+")"))
			}
			if ob.Limit == "target" {
				due = append(due, app.Text(k.t("due.target")))
			}
		}
		if ob.DoneAt != nil {
			due = append(due, app.Text(" — "))
			due = append(due, k.around("print.doneAt", *ob.DoneAt)...)
		}
		cls := "bd-pk-row"
		if ob.State == assess.StateOverdue {
			cls += " bd-pk-overdue"
		}
		rows[i] = app.Tr().Class(cls).DataSet("obligation", ob.ID).Body(
			app.Td().Body(app.Strong().Text(tx(k.l, ob.Title)), app.Br(), app.Span().Class("bd-pk-to").Text(tx(k.l, ob.To))),
			app.Td().Class("bd-pk-jur").Text(tx(k.l, o.Jur.Name)),
			app.Td().Class("bd-pk-due").Body(due...),
			app.Td().Class("bd-pk-state").Text(stateMark(ob.State)+k.t("state."+string(ob.State))),
			app.Td().Class("bd-pk-basis").Text(tx(k.l, ob.Citation.Text())),
		)
	}
	return k.frame("pk-deadlines", k.t("print.deadlines"),
		app.P().Class("bd-pk-note").Text(k.t("print.deadlinesNote", k.inc.TimeZone)),
		app.Table().Class("bd-pk-table").Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Class("bd-pk-p29").Text(k.t("print.col.obligation")),
				app.Th().Scope("col").Class("bd-pk-p14").Text(k.t("print.col.jurisdiction")),
				app.Th().Scope("col").Class("bd-pk-p21").Text(k.t("print.col.due")),
				app.Th().Scope("col").Class("bd-pk-p13").Text(k.t("print.col.state")),
				app.Th().Scope("col").Class("bd-pk-p23").Text(k.t("print.col.basis")),
			)),
			app.TBody().Body(rows...),
		),
	)
}

// timeline is the dated facts, then the delays measured between them.
func (k packet) timeline() app.UI {
	events := make([]app.UI, 0, len(k.inc.Events))
	for _, ev := range k.inc.Events {
		events = append(events, app.Tr().Class("bd-pk-row").Body(
			app.Td().Class("bd-pk-when").Body(k.stamp(ev.At)),
			app.Td().Text(k.t("ev."+string(ev.Kind))),
			app.Td().Text(orDash(ev.Jurisdiction)),
			app.Td().Class("bd-pk-text").Text(ev.Note),
		))
	}
	findings := make([]app.UI, 0, len(k.a.Findings))
	for _, f := range k.a.Findings {
		var limit app.UI = app.Text("—")
		if f.Limit != nil {
			limit = k.stamp(*f.Limit)
		}
		cls := "bd-pk-row"
		if f.Verdict == assess.FindingLate || f.Verdict == assess.FindingOverdue {
			cls += " bd-pk-overdue"
		}
		findings = append(findings, app.Tr().Class(cls).Body(
			app.Td().Body(app.Strong().Text(tx(k.l, f.Explanation)), app.Br(), app.Span().Class("bd-pk-explain").Text(tx(k.l, f.Text))),
			app.Td().Class("bd-pk-state").Text(span(k.l, f.Elapsed)),
			app.Td().Body(limit),
			app.Td().Class("bd-pk-state").Text(findingMark(f.Verdict)+k.t("print.finding."+f.Verdict)),
			app.Td().Class("bd-pk-basis").Text(tx(k.l, f.Citation.Text())),
		))
	}
	return k.frame("pk-timeline", k.t("print.timeline"),
		app.If(len(events) == 0, func() app.UI { return app.P().Text(k.t("print.noEvents")) }).
			Else(func() app.UI {
				return app.Table().Class("bd-pk-table").Body(
					app.THead().Body(app.Tr().Body(
						app.Th().Scope("col").Class("bd-pk-p18").Text(k.t("print.col.when")),
						app.Th().Scope("col").Class("bd-pk-p23").Text(k.t("print.col.event")),
						app.Th().Scope("col").Class("bd-pk-p14").Text(k.t("print.col.jurisdiction")),
						app.Th().Scope("col").Class("bd-pk-p45").Text(k.t("print.col.note")),
					)),
					app.TBody().Body(events...),
				)
			}),
		app.H3().Text(k.t("print.delays")),
		app.If(len(findings) == 0, func() app.UI { return app.P().Text(k.t("print.noDelays")) }).
			Else(func() app.UI {
				return app.Table().Class("bd-pk-table").Body(
					app.THead().Body(app.Tr().Body(
						app.Th().Scope("col").Class("bd-pk-p35").Text(k.t("print.col.interval")),
						app.Th().Scope("col").Class("bd-pk-p12").Text(k.t("print.col.elapsed")),
						app.Th().Scope("col").Class("bd-pk-p18").Text(k.t("print.col.limit")),
						app.Th().Scope("col").Class("bd-pk-p13").Text(k.t("print.col.verdict")),
						app.Th().Scope("col").Class("bd-pk-p22").Text(k.t("print.col.basis")),
					)),
					app.TBody().Body(findings...),
				)
			}),
	)
}

// checklist is the playbook steps that apply, with owners and status.
func (k packet) checklist() app.UI {
	var rows []app.UI
	phase := ""
	for _, s := range k.a.Steps {
		if s.Applies == assess.No {
			continue
		}
		// The steps under their phase, named once in a row of its own.
		if p := tx(k.l, s.PhaseTitle); p != phase {
			phase = p
			rows = append(rows, app.Tr().Class("bd-pk-group").Body(
				app.Th().Scope("colgroup").ColSpan(4).Text(p)))
		}
		var due app.UI = app.Text("—")
		if s.Due != nil {
			due = k.stamp(*s.Due)
		}
		owner := s.Owner
		if owner == "" {
			owner = k.t("print.noOwner")
		}
		cls := "bd-pk-row"
		if s.State == assess.StateOverdue {
			cls += " bd-pk-overdue"
		}
		rows = append(rows, app.Tr().Class(cls).DataSet("step", s.ID).Body(
			app.Td().Text(tx(k.l, s.Title)),
			app.Td().Text(owner),
			app.Td().Class("bd-pk-state").Text(stateMark(s.State)+k.t("state."+string(s.State))),
			app.Td().Class("bd-pk-due").Body(due),
		))
	}
	if len(rows) == 0 {
		return k.frame("pk-checklist", k.t("print.checklist"), app.P().Text(k.t("print.noSteps")))
	}
	return k.frame("pk-checklist", k.t("print.checklist"),
		app.Table().Class("bd-pk-table").Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Class("bd-pk-p46").Text(k.t("print.col.step")),
				app.Th().Scope("col").Class("bd-pk-p18").Text(k.t("print.col.owner")),
				app.Th().Scope("col").Class("bd-pk-p14").Text(k.t("print.col.state")),
				app.Th().Scope("col").Class("bd-pk-p22").Text(k.t("print.col.due")),
			)),
			app.TBody().Body(rows...),
		),
	)
}

// lint lists the open findings of the drafts (draft.Lint over every draft).
func (k packet) lint() app.UI {
	if len(k.findings) == 0 {
		return k.frame("pk-lint", k.t("print.lint"), app.P().Text(k.t("print.noFindings")))
	}
	docs := map[string]draft.Document{}
	for _, d := range k.docs {
		if _, ok := docs[d.ID]; !ok {
			docs[d.ID] = d
		}
	}
	rows := make([]app.UI, len(k.findings))
	for i, f := range sortFindings(k.findings) {
		// The document is named in the packet's language, with the
		// language it is written in; what the message quotes from it is
		// in that language and marked so.
		doc, docLang := k.t("print.factsDoc"), string(k.l)
		if d, ok := docs[f.DocID]; ok {
			doc, docLang = docName(k.l, d, false), d.Lang
		} else if f.DocID != "" {
			doc = f.DocID
		}
		rows[i] = app.Tr().Class("bd-pk-row bd-pk-sev-"+f.Severity).Body(
			app.Td().Class("bd-pk-state").Text(severityMark(f.Severity)+k.t("print.severity."+f.Severity)),
			app.Td().Text(doc),
			app.Td().Class("bd-pk-text").Body(quoted(k.l, docLang, tx(k.l, f.Message))...),
		)
	}
	return k.frame("pk-lint", k.t("print.lint"),
		app.P().Class("bd-pk-note").Text(k.t("print.lintNote", len(k.findings))),
		app.Table().Class("bd-pk-table").Body(
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Class("bd-pk-p12").Text(k.t("print.col.severity")),
				app.Th().Scope("col").Class("bd-pk-p26").Text(k.t("print.col.document")),
				app.Th().Scope("col").Class("bd-pk-p62").Text(k.t("print.col.finding")),
			)),
			app.TBody().Body(rows...),
		),
	)
}

// document is one draft printed with the packet, on its own pages.
func (k packet) document(d draft.Document) app.UI {
	return k.frame("pk-doc-"+domID(docKey(d)), docLabel(k.l, d), app.Div().Class("bd-pk-doc").Lang(d.Lang).Body(draftBody(d)))
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
	secs = append(secs, app.P().Class("bd-pd-title").Text(d.Title))
	for _, s := range body {
		secs = append(secs, draftSection(d, s))
	}
	if d.Citation != "" {
		secs = append(secs, app.P().Class("bd-pk-basis").Text(d.Citation))
	}
	return app.Div().Body(secs...)
}

// draftAlignClass is the class that places a paragraph.
var draftAlignClass = [...]string{draft.AlignStart: "bd-pd-para", draft.AlignCenter: "bd-pd-para bd-pd-center", draft.AlignEnd: "bd-pd-para bd-pd-end"}

func draftSection(d draft.Document, s draft.Section) app.UI {
	paras := make([]app.UI, 0, len(s.Paras)+1)
	if s.Heading != "" {
		paras = append(paras, app.H3().Text(s.Heading))
	}
	for _, pr := range s.Paras {
		paras = append(paras, app.P().Class(draftAlignClass[draft.ParagraphAlign(d, pr)]).Text(pr.Text))
	}
	return app.Div().Class("bd-pd-section").Body(paras...)
}

// packetDeadlines lists every obligation that applies (or may apply) in the
// order a meeting reads them: overdue, due, open, undetermined, waiting,
// then those done, exempt or not required; by due instant within each.
func packetDeadlines(a assess.Assessment) []openObligation {
	var out []openObligation
	for _, j := range a.Jurisdictions {
		for _, ob := range j.Obligations {
			if ob.Applies != assess.No {
				out = append(out, openObligation{Jur: j, Ob: ob})
			}
		}
	}
	rank := map[assess.State]int{
		assess.StateOverdue: 0, assess.StateDue: 1, assess.StateOpen: 2, assess.StateUndetermined: 3,
		assess.StateWaiting: 4, assess.StateDoneLate: 5, assess.StateDoneOutOfOrder: 5, assess.StateDone: 6, assess.StateExempt: 7,
		assess.StateNotRequired: 8, assess.StateNA: 9,
	}
	sort.SliceStable(out, func(i, j int) bool {
		x, y := out[i].Ob, out[j].Ob
		if rank[x.State] != rank[y.State] {
			return rank[x.State] < rank[y.State]
		}
		if x.Due != nil && y.Due != nil && !x.Due.Equal(*y.Due) {
			return x.Due.Before(*y.Due)
		}
		return x.Due != nil && y.Due == nil
	})
	return out
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
				out = append(out, app.Span().Lang("ja").Text(run))
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
		out = append(out, app.Text(msg[:i+len("「")]), app.Span().Lang(docLang).Text(msg[i+len("「"):j]))
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
	return app.Span().Class("bd-pk-stamp").Body(
		app.Span().Class("bd-nw").Text(date), app.Text(" "), app.Span().Class("bd-nw").Text(clock))
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

func causeText(l catalog.Lang, k incident.CauseKind) string {
	if k == "" {
		return catalog.T(l, "unknownYet")
	}
	return catalog.T(l, "cause."+string(k))
}

func statusText(l catalog.Lang, s incident.Status) string {
	if s == "" {
		return catalog.T(l, "unknownYet")
	}
	return catalog.T(l, "status."+string(s))
}

// categoriesText lists the affected data categories by name.
func categoriesText(l catalog.Lang, inc *incident.Incident) string {
	rs, _ := desk.Rules()
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

func eventStamp(l catalog.Lang, inc *incident.Incident, k incident.EventKind, loc *time.Location) string {
	if ev, ok := inc.FirstEvent(k); ok {
		return stamp(l, ev.At, loc)
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
