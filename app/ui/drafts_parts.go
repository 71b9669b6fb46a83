package ui

import (
	"strconv"
	"strings"

	"breachdesk/app/browser"
	"breachdesk/app/catalog"
	"breachdesk/app/draft"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// draftsKindLabel names a kind of document in the user's language.
func draftsKindLabel(l catalog.Lang, k draft.Kind) string {
	return catalog.T(l, "drafts.kind."+string(k))
}

// draftsDocLabel names a document by its id ("notice-ja", "ppc-prelim-ja",
// "entrustor-p2-ja"): "Notice to the persons (Japanese)".
func draftsDocLabel(l catalog.Lang, docID string) string {
	kind, variant, lang, ok := draft.ParseDocID(docID)
	if !ok {
		return docID
	}
	label := draftsKindLabel(l, kind)
	if kind == draft.KindPPC {
		label += " " + catalog.T(l, "drafts.variant."+variant)
	}
	return label + " (" + catalog.T(l, "drafts.lang."+lang) + ")"
}

// renderPicker lists the documents that apply, with the document's language
// and its form (variant).
func (p *DraftsPage) renderPicker(l catalog.Lang, set draftsSet) app.UI {
	d := set.doc
	var kinds []app.UI
	seen := map[draft.Kind]bool{}
	var langs []app.UI
	offered := map[string]bool{} // a language once, however many documents of the kind are in it
	for _, s := range set.Avail {
		if s.Kind == d.Kind && !offered[s.Lang] {
			offered[s.Lang] = true
			langs = append(langs, el("option", "value", s.Lang).Attr("selected", s.Lang == d.Lang).Text(catalog.T(l, "drafts.lang."+s.Lang)))
		}
		if seen[s.Kind] {
			continue
		}
		seen[s.Kind] = true
		b := el("button[type=button].bd-doc-pick", "data-kind", string(s.Kind)).
			Text(draftsKindLabel(l, s.Kind)).On("click", p.onKind)
		if s.Kind == d.Kind {
			b = b.Aria("pressed", "true").Class("bd-doc-current")
		} else {
			b = b.Aria("pressed", "false")
		}
		kinds = append(kinds, el("li").Body(b))
	}
	var subjects []app.UI
	for _, s := range set.Avail {
		if s.Kind == d.Kind && s.Lang == d.Lang && (s.Party != "" || s.Set != "" || s.Place != "" || announcements(set.Avail, s) || placeVersions(set.Avail, s)) {
			label := s.Party + s.Set + s.Place
			for _, x := range set.Docs {
				if x.Kind == s.Kind && x.Lang == s.Lang && x.Party == s.Party && x.Set == s.Set && x.Place == s.Place && x.Follow == s.Follow {
					switch {
					case x.Subject != "" && (x.Follow > 0 || announcements(set.Avail, s)):
						// One of several reports to an authority: 関東財務局：第2報（2025-08-29）
						label = catalog.T(l, "drafts.nthReport", x.Subject, strconv.Itoa(x.Follow+1), x.Date.Format("2006-01-02"))
					case x.Subject != "":
						label = x.Subject
					case x.Follow == 0 && placeVersions(set.Avail, s):
						label = catalog.T(l, "drafts.commonNotice") // beside the Massachusetts residents' version
					default: // one of several announcements: 第2報 (2023-12-27)
						label = catalog.T(l, "drafts.announcement", strconv.Itoa(x.Follow+1), x.Date.Format("2006-01-02"))
					}
					break
				}
			}
			subjects = append(subjects, el("option", "value", subjectKey(s.Party, s.Set, s.Place, s.Follow)).
				Attr("selected", s.Party == d.Party && s.Set == d.Set && s.Place == d.Place && s.Follow == d.Follow).Text(label))
		}
	}
	variants := draft.Variants(d.Kind)
	var vopts []app.UI
	for _, v := range variants {
		vopts = append(vopts, el("option", "value", v).Attr("selected", v == d.Variant).Text(catalog.T(l, "drafts.variant."+v)))
	}
	return el("section.bd-card.bd-doc-picker.no-print#drafts-picker").Body(
		elt("h2", catalog.T(l, "drafts.list")),
		el("ul.bd-doc-list#drafts-docs").Body(kinds...),
		el("div.bd-doc-options").Body(
			field("draft-lang", catalog.T(l, "drafts.docLang"), "", "",
				el("select#draft-lang").Body(langs...).On("change", p.onDocLang)),
			app.If(len(subjects) > 1, func() app.UI {
				return field("draft-subject", catalog.T(l, "drafts.subject"), "", "",
					el("select#draft-subject").Body(subjects...).On("change", p.onSubject))
			}),
			app.If(len(variants) > 1, func() app.UI {
				return field("draft-variant", catalog.T(l, "drafts.variant"), "", "",
					el("select#draft-variant").Body(vopts...).On("change", p.onVariant))
			}),
		),
	)
}

// announcements: s is one of several announcements of its kind and language,
// or reports to its authority (a first and later ones, Spec.Follow).
// placeVersions: a version of the document of s for the residents of a
// place is listed (the notice for Massachusetts residents), so the common
// one is offered beside it.
func placeVersions(avail []draft.Spec, s draft.Spec) bool {
	for _, x := range avail {
		if x.Kind == s.Kind && x.Lang == s.Lang && x.Place != "" {
			return true
		}
	}
	return false
}

func announcements(avail []draft.Spec, s draft.Spec) bool {
	for _, x := range avail {
		if x.Kind == s.Kind && x.Lang == s.Lang && x.Party == s.Party && x.Follow > 0 {
			return true
		}
	}
	return false
}

// renderDocument is the document shown, section by section, with its exports.
func (p *DraftsPage) renderDocument(l catalog.Lang, inc *incident.Incident, set draftsSet) app.UI {
	d := set.doc
	ppc := d.Kind == draft.KindPPC
	sections := make([]app.UI, 0, len(d.Sections))
	for _, s := range d.Sections {
		sections = append(sections, p.renderSection(l, inc, d, s))
	}
	return el("article.bd-draft#draft", "lang", d.Lang, "data-doc", d.ID, "data-variant", d.Variant).Body(
		el("div.bd-draft-head").Body(
			p.renderParagraph(l, inc, d.Editable()[0], true),
			el("p.bd-muted", "lang", string(l)).Body(
				app.Text(catalog.T(l, "drafts.dated", d.Date.Format("2006-01-02"))),
				app.If(d.Citation != "", func() app.UI {
					return elt("span", " · "+catalog.T(l, "drafts.citation", d.Citation))
				}),
			),
			app.If(ppc, func() app.UI { return elt("p.bd-hint", catalog.T(l, "drafts.ppcHint"), "lang", string(l)) }),
			el("div.bd-buttons.no-print", "lang", string(l)).Body(
				el("button[type=button]#draft-copy-doc[data-copy=doc]").
					Text(catalog.T(l, "drafts.copyDoc")).On("click", p.onCopy),
				p.copyStatus(l, "doc"),
			),
		),
		el("div.bd-sections").Body(sections...),
		app.If(ppc, func() app.UI { return p.renderDiff(l, set) }),
		p.renderExport(l),
	)
}

// renderSection is one item with its heading, its copy button and its paragraphs.
func (p *DraftsPage) renderSection(l catalog.Lang, inc *incident.Incident, d *draft.Document, s draft.Section) app.UI {
	paras := make([]app.UI, 0, len(s.Paras))
	for _, pr := range s.Paras {
		paras = append(paras, p.renderParagraph(l, inc, pr, false))
	}
	key := "section:" + s.ID
	heading := s.Heading
	label := catalog.T(l, "drafts.copy")
	if heading != "" {
		label = catalog.T(l, "drafts.copySection", heading)
	}
	cls := "bd-draft-section"
	if d.Kind == draft.KindPPC {
		cls += " bd-ppc-field"
	}
	return el("section", "class", cls, "data-section", s.ID).Body(
		el("div.bd-section-head").Body(
			app.If(heading != "", func() app.UI { return elt("h3", heading) }),
			app.If(s.Required, func() app.UI {
				return elt("span.bd-badge.bd-required", catalog.T(l, "drafts.required"), "lang", string(l))
			}),
			el("button[type=button].bd-copy.no-print", "lang", string(l), "data-copy", key, "aria-label", label).
				Text(catalog.T(l, "drafts.copy")).On("click", p.onCopy),
			p.copyStatus(l, key),
		),
		el("div.bd-paras").Body(paras...),
	)
}

// renderParagraph shows a paragraph (or the document's title, in its
// heading) as generated, as edited (with a way
// back), in conflict (both texts, the user decides) or in its editor.
func (p *DraftsPage) renderParagraph(l catalog.Lang, inc *incident.Incident, pr draft.Paragraph, title bool) app.UI {
	e, hasEdit := inc.Edits[pr.ID]
	conflict := pr.Edited && hasEdit && pr.Generated != e.Base
	box := el("div", "id", "para-"+pr.ID, "data-para", pr.ID).Attr("tabindex", -1)
	ui := string(l)
	text, editLabel := "p.bd-para-text", "drafts.editLabel"
	if title {
		text, editLabel = "h2#draft-title.bd-para-text", "drafts.editTitleLabel"
	}
	switch {
	case p.editing == pr.ID:
		return box.Class("bd-para bd-para-editing").Body(
			elt("label[for=draft-edit].bd-para-label", catalog.T(l, editLabel), "lang", ui),
			el("textarea#draft-edit.bd-para-editor", "value", editorText(inc, pr.ID, pr.Text), "data-para", pr.ID).
				Attr("rows", draftsRows(pr.Text)).On("input", p.onParagraphInput),
			app.If(p.problem != "", func() app.UI {
				return elt("p.bd-problem[role=alert]", p.problem, "lang", ui)
			}),
			el("div.bd-buttons", "lang", ui).Body(
				el("button[type=button].bd-primary#draft-save", "data-para", pr.ID).
					Text(catalog.T(l, "drafts.save")).On("click", p.onSave),
				el("button[type=button]#draft-cancel").Text(catalog.T(l, "drafts.cancel")).On("click", p.onCancel),
			),
		)
	case conflict:
		return box.Class("bd-para bd-para-conflict").Body(
			elt("p.bd-conflict-note[role=note]", catalog.T(l, "drafts.conflict"), "lang", ui),
			el("div.bd-conflict-texts").Body(
				el("div.bd-conflict-mine").Body(
					elt("h4", catalog.T(l, "drafts.yours"), "lang", ui),
					elt("p.bd-para-text", pr.Text),
				),
				el("div.bd-conflict-new").Body(
					elt("h4", catalog.T(l, "drafts.newText"), "lang", ui),
					elt("p.bd-para-text", pr.Generated),
				),
			),
			el("div.bd-buttons.no-print", "lang", ui).Body(
				el("button[type=button].bd-keep-mine", "data-para", pr.ID).
					Text(catalog.T(l, "drafts.keepMine")).On("click", p.onKeepMine),
				el("button[type=button].bd-use-new", "data-para", pr.ID).Text(catalog.T(l, "drafts.useNew")).
					On("click", p.onRevert),
			),
		)
	case pr.Edited:
		return box.Class("bd-para bd-para-edited").Body(
			elt(text, pr.Text),
			el("div.bd-para-tools.no-print", "lang", ui).Body(
				elt("span.bd-badge.bd-edited", catalog.T(l, "drafts.edited")),
				el("button[type=button].bd-edit", "data-para", pr.ID).Text(catalog.T(l, "drafts.edit")).
					On("click", p.onEdit),
				el("button[type=button].bd-revert", "data-para", pr.ID).Text(catalog.T(l, "drafts.revert")).
					On("click", p.onRevert),
			),
		)
	}
	return box.Class("bd-para").Body(
		elt(text, pr.Text),
		el("div.bd-para-tools.no-print", "lang", ui).Body(
			el("button[type=button].bd-edit", "data-para", pr.ID).Text(catalog.T(l, "drafts.edit")).
				On("click", p.onEdit),
		),
	)
}

// draftsRows sizes the editor to the paragraph.
func draftsRows(s string) int {
	n := strings.Count(s, "\n") + 1 + len([]rune(s))/40
	return max(3, min(n, 20))
}

// copyStatus says whether the item with key was copied, or how to copy it by hand.
func (p *DraftsPage) copyStatus(l catalog.Lang, key string) app.UI {
	switch key {
	case p.copied:
		return elt("span.bd-copied[role=status]", catalog.T(l, "drafts.copied"), "lang", string(l))
	case p.copyErr:
		return elt("span.bd-problem.bd-copy-failed[role=alert]", catalog.T(l, "drafts.copyFailed"), "lang", string(l))
	}
	return el("span.bd-copy-none")
}

// renderDiff lists what changed in the 確報 since the 速報.
func (p *DraftsPage) renderDiff(l catalog.Lang, set draftsSet) app.UI {
	var prelim, final *draft.Document
	for i := range set.Docs {
		switch d := &set.Docs[i]; {
		case d.Kind == draft.KindPPC && d.Lang == set.doc.Lang && d.Variant == draft.VariantPrelim:
			prelim = d
		case d.Kind == draft.KindPPC && d.Lang == set.doc.Lang && d.Variant == draft.VariantFinal:
			final = d
		}
	}
	if prelim == nil || final == nil {
		return el("div")
	}
	changes := draft.Diff(*prelim, *final)
	items := make([]app.UI, 0, len(changes))
	for _, c := range changes {
		before, after := c.Before, c.After
		if before == "" {
			before = catalog.T(l, "drafts.diffNew")
		}
		if after == "" {
			after = catalog.T(l, "drafts.diffGone")
		}
		items = append(items, el("li.bd-change", "data-section", c.Section).Body(
			elt("h4", c.Heading),
			el("div.bd-change-texts").Body(
				el("div").Body(elt("strong", catalog.T(l, "drafts.diffBefore"), "lang", string(l)), elt("p.bd-para-text", before)),
				el("div").Body(elt("strong", catalog.T(l, "drafts.diffAfter"), "lang", string(l)), elt("p.bd-para-text", after)),
			),
		))
	}
	return el("section.bd-card.bd-diff#drafts-diff", "lang", string(l)).Body(
		elt("h3", catalog.T(l, "drafts.diff")),
		app.If(len(items) == 0, func() app.UI { return elt("p", catalog.T(l, "drafts.diffNone")) }),
		el("ul.bd-changes").Body(items...),
	)
}

// renderExport offers the document as a file (Word, text, Markdown, HTML)
// and as a PDF through the browser's print dialog.
func (p *DraftsPage) renderExport(l catalog.Lang) app.UI {
	btn := func(format, label string) app.UI {
		return el("button[type=button]", "id", "draft-export-"+format, "data-format", format).Text(catalog.T(l, label)).
			On("click", p.onExport)
	}
	status := ""
	if p.file != "" {
		status = catalog.T(l, "drafts.exported", p.file)
	}
	return el("section.bd-card.bd-export.no-print#drafts-export", "lang", string(l)).Body(
		elt("h3", catalog.T(l, "drafts.export")),
		elt("p.bd-hint", catalog.T(l, "drafts.exportHint")),
		el("div.bd-buttons").Body(
			btn("docx", "drafts.export.docx"),
			el("button[type=button]#draft-pdf").Text(catalog.T(l, "drafts.pdf")).On("click", p.onPDF),
			btn("txt", "drafts.export.txt"), btn("md", "drafts.export.md"), btn("html", "drafts.export.html"),
		),
		elt("p.bd-hint", catalog.T(l, "drafts.pdfHint")),
		app.If(p.exportErr != nil, func() app.UI {
			return elt("p.bd-problem[role=alert]#drafts-export-error", catalog.T(l, "drafts.exportFailed", browser.Text(p.exportErr, string(l))))
		}),
		elt("p[role=status]#drafts-export-status", status, "data-file", p.file),
	)
}

// renderLint lists the findings of the document shown (each with a button to
// its paragraph) and those about the facts, and counts the others.
func (p *DraftsPage) renderLint(l catalog.Lang, set draftsSet) app.UI {
	var mine, facts []app.UI
	others := 0
	for _, f := range set.Findings {
		switch f.DocID {
		case set.doc.ID:
			mine = append(mine, p.findingItem(l, f))
		case "":
			facts = append(facts, p.findingItem(l, f))
		default:
			others++
		}
	}
	return el("aside.bd-lint#drafts-lint", "aria-label", catalog.T(l, "drafts.lint")).Body(
		elt("h2", catalog.T(l, "drafts.lint")),
		app.If(len(mine) == 0, func() app.UI { return elt("p.bd-lint-none", catalog.T(l, "drafts.lintNone")) }),
		el("ul.bd-findings").Body(mine...),
		app.If(len(facts) > 0, func() app.UI {
			return el("div").Body(elt("h3", catalog.T(l, "drafts.lintFacts")), el("ul.bd-findings").Body(facts...))
		}),
		app.If(others > 0, func() app.UI { return elt("p.bd-muted", catalog.T(l, "drafts.lintOther", others)) }),
	)
}

func (p *DraftsPage) findingItem(l catalog.Lang, f draft.Finding) app.UI {
	sev := el("span", "class", "bd-sev bd-sev-"+f.Severity).Text(catalog.T(l, "drafts.sev."+f.Severity))
	var goTo app.UI = el("span")
	if f.ParagraphID != "" {
		goTo = el("button[type=button].bd-link.bd-finding-go", "data-doc", f.DocID, "data-para", f.ParagraphID, "aria-label", catalog.T(l, "drafts.lintGo")+": "+f.ParagraphID).
			Text(catalog.T(l, "drafts.lintGo")).On("click", p.onFinding)
	}
	return el("li.bd-finding", "data-code", f.Code, "data-para", f.ParagraphID).Body(
		sev, app.Text(" "), elt("span", tx(l, f.Message)), app.Text(" "), goTo,
	)
}

// renderOrphans keeps the edits whose paragraph is gone in view.
func (p *DraftsPage) renderOrphans(l catalog.Lang, set draftsSet) app.UI {
	if len(set.Orphans) == 0 {
		return el("div")
	}
	items := make([]app.UI, 0, len(set.Orphans))
	for _, o := range set.Orphans {
		key := "orphan:" + o.ParagraphID
		doc, _, _ := strings.Cut(o.ParagraphID, "/")
		items = append(items, el("li.bd-orphan", "data-para", o.ParagraphID).Body(
			elt("p.bd-muted", catalog.T(l, "drafts.orphanDoc", draftsDocLabel(l, doc)+" — "+o.ParagraphID)),
			elt("p.bd-para-text", o.User),
			el("div.bd-buttons").Body(
				el("button[type=button]", "data-copy", key).Text(catalog.T(l, "drafts.copy")).On("click", p.onCopy),
				p.copyStatus(l, key),
				app.If(p.discard == o.ParagraphID, func() app.UI {
					return el("button[type=button].bd-danger", "data-para", o.ParagraphID).
						Text(catalog.T(l, "drafts.discardSure")).On("click", p.onDiscard)
				}).Else(func() app.UI {
					return el("button[type=button]", "data-para", o.ParagraphID).Text(catalog.T(l, "drafts.discard")).
						On("click", p.onAskDiscard)
				}),
			),
		))
	}
	return el("section.bd-card.bd-card-bad#drafts-orphans").Body(
		elt("h2", catalog.T(l, "drafts.orphans")),
		elt("p", catalog.T(l, "drafts.orphansHint")),
		el("ul.bd-orphans").Body(items...),
	)
}
