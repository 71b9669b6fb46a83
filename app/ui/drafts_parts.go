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
	for _, s := range set.Avail {
		if s.Kind == d.Kind {
			langs = append(langs, app.Option().Value(s.Lang).Selected(s.Lang == d.Lang).
				Text(catalog.T(l, "drafts.lang."+s.Lang)))
		}
		if seen[s.Kind] {
			continue
		}
		seen[s.Kind] = true
		b := app.Button().Type("button").Class("bd-doc-pick").DataSet("kind", string(s.Kind)).
			Text(draftsKindLabel(l, s.Kind)).OnClick(p.onKind)
		if s.Kind == d.Kind {
			b = b.Aria("pressed", "true").Class("bd-doc-current")
		} else {
			b = b.Aria("pressed", "false")
		}
		kinds = append(kinds, app.Li().Body(b))
	}
	var subjects []app.UI
	for _, s := range set.Avail {
		if s.Kind == d.Kind && s.Lang == d.Lang && (s.Party != "" || s.Set != "" || announcements(set.Avail, s)) {
			label := s.Party + s.Set
			for _, x := range set.Docs {
				if x.Kind == s.Kind && x.Lang == s.Lang && x.Party == s.Party && x.Set == s.Set && x.Follow == s.Follow {
					switch {
					case x.Subject != "":
						label = x.Subject
					default: // one of several announcements: 第2報 (2023-12-27)
						label = catalog.T(l, "drafts.announcement", strconv.Itoa(x.Follow+1), x.Date.Format("2006-01-02"))
					}
					break
				}
			}
			subjects = append(subjects, app.Option().Value(subjectKey(s.Party, s.Set, s.Follow)).
				Selected(s.Party == d.Party && s.Set == d.Set && s.Follow == d.Follow).Text(label))
		}
	}
	variants := draft.Variants(d.Kind)
	var vopts []app.UI
	for _, v := range variants {
		vopts = append(vopts, app.Option().Value(v).Selected(v == d.Variant).Text(catalog.T(l, "drafts.variant."+v)))
	}
	return app.Section().Class("bd-card bd-doc-picker no-print").ID("drafts-picker").Body(
		app.H2().Text(catalog.T(l, "drafts.list")),
		app.Ul().Class("bd-doc-list").ID("drafts-docs").Body(kinds...),
		app.Div().Class("bd-doc-options").Body(
			field("draft-lang", catalog.T(l, "drafts.docLang"), "", "",
				app.Select().ID("draft-lang").Body(langs...).OnChange(p.onDocLang)),
			app.If(len(subjects) > 1, func() app.UI {
				return field("draft-subject", catalog.T(l, "drafts.subject"), "", "",
					app.Select().ID("draft-subject").Body(subjects...).OnChange(p.onSubject))
			}),
			app.If(len(variants) > 1, func() app.UI {
				return field("draft-variant", catalog.T(l, "drafts.variant"), "", "",
					app.Select().ID("draft-variant").Body(vopts...).OnChange(p.onVariant))
			}),
		),
	)
}

// announcements: s is one of several announcements of its kind and language
// (a first and later ones, Spec.Follow).
func announcements(avail []draft.Spec, s draft.Spec) bool {
	for _, x := range avail {
		if x.Kind == s.Kind && x.Lang == s.Lang && x.Follow > 0 {
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
	return app.Article().Class("bd-draft").ID("draft").Lang(d.Lang).DataSet("doc", d.ID).DataSet("variant", d.Variant).Body(
		app.Div().Class("bd-draft-head").Body(
			app.H2().ID("draft-title").Text(d.Title),
			app.P().Class("bd-muted").Lang(string(l)).Body(
				app.Text(catalog.T(l, "drafts.dated", d.Date.Format("2006-01-02"))),
				app.If(d.Citation != "", func() app.UI {
					return app.Span().Text(" · " + catalog.T(l, "drafts.citation", d.Citation))
				}),
			),
			app.If(ppc, func() app.UI { return app.P().Class("bd-hint").Lang(string(l)).Text(catalog.T(l, "drafts.ppcHint")) }),
			app.Div().Class("bd-buttons no-print").Lang(string(l)).Body(
				app.Button().Type("button").ID("draft-copy-doc").DataSet("copy", "doc").
					Text(catalog.T(l, "drafts.copyDoc")).OnClick(p.onCopy),
				p.copyStatus(l, "doc"),
			),
		),
		app.Div().Class("bd-sections").Body(sections...),
		app.If(ppc, func() app.UI { return p.renderDiff(l, set) }),
		p.renderExport(l),
	)
}

// renderSection is one item with its heading, its copy button and its paragraphs.
func (p *DraftsPage) renderSection(l catalog.Lang, inc *incident.Incident, d *draft.Document, s draft.Section) app.UI {
	paras := make([]app.UI, 0, len(s.Paras))
	for _, pr := range s.Paras {
		paras = append(paras, p.renderParagraph(l, inc, pr))
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
	return app.Section().Class(cls).DataSet("section", s.ID).Body(
		app.Div().Class("bd-section-head").Body(
			app.If(heading != "", func() app.UI { return app.H3().Text(heading) }),
			app.If(s.Required, func() app.UI {
				return app.Span().Class("bd-badge bd-required").Lang(string(l)).Text(catalog.T(l, "drafts.required"))
			}),
			app.Button().Type("button").Class("bd-copy no-print").Lang(string(l)).DataSet("copy", key).
				Aria("label", label).Text(catalog.T(l, "drafts.copy")).OnClick(p.onCopy),
			p.copyStatus(l, key),
		),
		app.Div().Class("bd-paras").Body(paras...),
	)
}

// renderParagraph shows a paragraph as generated, as edited (with a way
// back), in conflict (both texts, the user decides) or in its editor.
func (p *DraftsPage) renderParagraph(l catalog.Lang, inc *incident.Incident, pr draft.Paragraph) app.UI {
	e, hasEdit := inc.Edits[pr.ID]
	conflict := pr.Edited && hasEdit && pr.Generated != e.Base
	box := app.Div().ID("para-"+pr.ID).DataSet("para", pr.ID).TabIndex(-1)
	ui := string(l)
	switch {
	case p.editing == pr.ID:
		return box.Class("bd-para bd-para-editing").Body(
			app.Label().For("draft-edit").Class("bd-para-label").Lang(ui).Text(catalog.T(l, "drafts.editLabel")),
			app.Textarea().ID("draft-edit").Class("bd-para-editor").Rows(draftsRows(pr.Text)).Text(editorText(inc, pr.ID, pr.Text)).
				DataSet("para", pr.ID).OnInput(p.onParagraphInput),
			app.If(p.problem != "", func() app.UI {
				return app.P().Class("bd-problem").Role("alert").Lang(ui).Text(p.problem)
			}),
			app.Div().Class("bd-buttons").Lang(ui).Body(
				app.Button().Type("button").Class("bd-primary").ID("draft-save").DataSet("para", pr.ID).
					Text(catalog.T(l, "drafts.save")).OnClick(p.onSave),
				app.Button().Type("button").ID("draft-cancel").Text(catalog.T(l, "drafts.cancel")).OnClick(p.onCancel),
			),
		)
	case conflict:
		return box.Class("bd-para bd-para-conflict").Body(
			app.P().Class("bd-conflict-note").Role("note").Lang(ui).Text(catalog.T(l, "drafts.conflict")),
			app.Div().Class("bd-conflict-texts").Body(
				app.Div().Class("bd-conflict-mine").Body(
					app.H4().Lang(ui).Text(catalog.T(l, "drafts.yours")),
					app.P().Class("bd-para-text").Text(pr.Text),
				),
				app.Div().Class("bd-conflict-new").Body(
					app.H4().Lang(ui).Text(catalog.T(l, "drafts.newText")),
					app.P().Class("bd-para-text").Text(pr.Generated),
				),
			),
			app.Div().Class("bd-buttons no-print").Lang(ui).Body(
				app.Button().Type("button").Class("bd-keep-mine").DataSet("para", pr.ID).
					Text(catalog.T(l, "drafts.keepMine")).OnClick(p.onKeepMine),
				app.Button().Type("button").Class("bd-use-new").DataSet("para", pr.ID).
					Text(catalog.T(l, "drafts.useNew")).OnClick(p.onRevert),
			),
		)
	case pr.Edited:
		return box.Class("bd-para bd-para-edited").Body(
			app.P().Class("bd-para-text").Text(pr.Text),
			app.Div().Class("bd-para-tools no-print").Lang(ui).Body(
				app.Span().Class("bd-badge bd-edited").Text(catalog.T(l, "drafts.edited")),
				app.Button().Type("button").Class("bd-edit").DataSet("para", pr.ID).
					Text(catalog.T(l, "drafts.edit")).OnClick(p.onEdit),
				app.Button().Type("button").Class("bd-revert").DataSet("para", pr.ID).
					Text(catalog.T(l, "drafts.revert")).OnClick(p.onRevert),
			),
		)
	}
	return box.Class("bd-para").Body(
		app.P().Class("bd-para-text").Text(pr.Text),
		app.Div().Class("bd-para-tools no-print").Lang(ui).Body(
			app.Button().Type("button").Class("bd-edit").DataSet("para", pr.ID).
				Text(catalog.T(l, "drafts.edit")).OnClick(p.onEdit),
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
		return app.Span().Class("bd-copied").Role("status").Lang(string(l)).Text(catalog.T(l, "drafts.copied"))
	case p.copyErr:
		return app.Span().Class("bd-problem bd-copy-failed").Role("alert").Lang(string(l)).Text(catalog.T(l, "drafts.copyFailed"))
	}
	return app.Span().Class("bd-copy-none")
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
		return app.Div()
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
		items = append(items, app.Li().Class("bd-change").DataSet("section", c.Section).Body(
			app.H4().Text(c.Heading),
			app.Div().Class("bd-change-texts").Body(
				app.Div().Body(app.Strong().Lang(string(l)).Text(catalog.T(l, "drafts.diffBefore")), app.P().Class("bd-para-text").Text(before)),
				app.Div().Body(app.Strong().Lang(string(l)).Text(catalog.T(l, "drafts.diffAfter")), app.P().Class("bd-para-text").Text(after)),
			),
		))
	}
	return app.Section().Class("bd-card bd-diff").ID("drafts-diff").Lang(string(l)).Body(
		app.H3().Text(catalog.T(l, "drafts.diff")),
		app.If(len(items) == 0, func() app.UI { return app.P().Text(catalog.T(l, "drafts.diffNone")) }),
		app.Ul().Class("bd-changes").Body(items...),
	)
}

// renderExport offers the document as a file (Word, text, Markdown, HTML)
// and as a PDF through the browser's print dialog.
func (p *DraftsPage) renderExport(l catalog.Lang) app.UI {
	btn := func(format, label string) app.UI {
		return app.Button().Type("button").ID("draft-export-"+format).DataSet("format", format).
			Text(catalog.T(l, label)).OnClick(p.onExport)
	}
	status := ""
	if p.file != "" {
		status = catalog.T(l, "drafts.exported", p.file)
	}
	return app.Section().Class("bd-card bd-export no-print").ID("drafts-export").Lang(string(l)).Body(
		app.H3().Text(catalog.T(l, "drafts.export")),
		app.P().Class("bd-hint").Text(catalog.T(l, "drafts.exportHint")),
		app.Div().Class("bd-buttons").Body(
			btn("docx", "drafts.export.docx"),
			app.Button().Type("button").ID("draft-pdf").Text(catalog.T(l, "drafts.pdf")).OnClick(p.onPDF),
			btn("txt", "drafts.export.txt"), btn("md", "drafts.export.md"), btn("html", "drafts.export.html"),
		),
		app.P().Class("bd-hint").Text(catalog.T(l, "drafts.pdfHint")),
		app.If(p.exportErr != nil, func() app.UI {
			return app.P().Class("bd-problem").Role("alert").ID("drafts-export-error").
				Text(catalog.T(l, "drafts.exportFailed", browser.Text(p.exportErr, string(l))))
		}),
		app.P().Role("status").ID("drafts-export-status").DataSet("file", p.file).Text(status),
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
	return app.Aside().Class("bd-lint").ID("drafts-lint").Aria("label", catalog.T(l, "drafts.lint")).Body(
		app.H2().Text(catalog.T(l, "drafts.lint")),
		app.If(len(mine) == 0, func() app.UI { return app.P().Class("bd-lint-none").Text(catalog.T(l, "drafts.lintNone")) }),
		app.Ul().Class("bd-findings").Body(mine...),
		app.If(len(facts) > 0, func() app.UI {
			return app.Div().Body(app.H3().Text(catalog.T(l, "drafts.lintFacts")), app.Ul().Class("bd-findings").Body(facts...))
		}),
		app.If(others > 0, func() app.UI { return app.P().Class("bd-muted").Text(catalog.T(l, "drafts.lintOther", others)) }),
	)
}

func (p *DraftsPage) findingItem(l catalog.Lang, f draft.Finding) app.UI {
	sev := app.Span().Class("bd-sev bd-sev-" + f.Severity).Text(catalog.T(l, "drafts.sev."+f.Severity))
	var goTo app.UI = app.Span()
	if f.ParagraphID != "" {
		goTo = app.Button().Type("button").Class("bd-link bd-finding-go").
			DataSet("doc", f.DocID).DataSet("para", f.ParagraphID).
			Aria("label", catalog.T(l, "drafts.lintGo")+": "+f.ParagraphID).
			Text(catalog.T(l, "drafts.lintGo")).OnClick(p.onFinding)
	}
	return app.Li().Class("bd-finding").DataSet("code", f.Code).DataSet("para", f.ParagraphID).Body(
		sev, app.Text(" "), app.Span().Text(tx(l, f.Message)), app.Text(" "), goTo,
	)
}

// renderOrphans keeps the edits whose paragraph is gone in view.
func (p *DraftsPage) renderOrphans(l catalog.Lang, set draftsSet) app.UI {
	if len(set.Orphans) == 0 {
		return app.Div()
	}
	items := make([]app.UI, 0, len(set.Orphans))
	for _, o := range set.Orphans {
		key := "orphan:" + o.ParagraphID
		doc, _, _ := strings.Cut(o.ParagraphID, "/")
		items = append(items, app.Li().Class("bd-orphan").DataSet("para", o.ParagraphID).Body(
			app.P().Class("bd-muted").Text(catalog.T(l, "drafts.orphanDoc", draftsDocLabel(l, doc)+" — "+o.ParagraphID)),
			app.P().Class("bd-para-text").Text(o.User),
			app.Div().Class("bd-buttons").Body(
				app.Button().Type("button").DataSet("copy", key).Text(catalog.T(l, "drafts.copy")).OnClick(p.onCopy),
				p.copyStatus(l, key),
				app.If(p.discard == o.ParagraphID, func() app.UI {
					return app.Button().Type("button").Class("bd-danger").DataSet("para", o.ParagraphID).
						Text(catalog.T(l, "drafts.discardSure")).OnClick(p.onDiscard)
				}).Else(func() app.UI {
					return app.Button().Type("button").DataSet("para", o.ParagraphID).
						Text(catalog.T(l, "drafts.discard")).OnClick(p.onAskDiscard)
				}),
			),
		))
	}
	return app.Section().Class("bd-card bd-card-bad").ID("drafts-orphans").Body(
		app.H2().Text(catalog.T(l, "drafts.orphans")),
		app.P().Text(catalog.T(l, "drafts.orphansHint")),
		app.Ul().Class("bd-orphans").Body(items...),
	)
}
