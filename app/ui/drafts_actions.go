package ui

import (
	"strings"
	"time"

	"breachdesk/app/browser"
	"breachdesk/app/catalog"
	"breachdesk/app/desk"
	"breachdesk/app/draft"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The handlers below are methods that read the current facts and the data
// attributes of the element that fired them: go-app keeps the first closure it
// was given for an element, so nothing here may capture render-time values.

// draftsData reads a data attribute of the element that fired the event.
func draftsData(ctx app.Context, name string) string {
	v := ctx.JSSrc().Get("dataset").Get(name)
	if !v.Truthy() {
		return ""
	}
	return v.String()
}

// current derives the drafts as they are now; ok is false when there is no
// incident or no document.
func (p *DraftsPage) current() (*incident.Incident, draftsSet, bool) {
	b := p.board()
	if b == nil {
		return nil, draftsSet{}, false
	}
	set := p.derive(b)
	return b.Incident, set, set.doc != nil
}

// keepSelection pins the document shown, so that a later choice of language
// or form changes only that.
func (p *DraftsPage) keepSelection(d *draft.Document) {
	p.kind, p.docLang, p.variant, p.subject = d.Kind, d.Lang, d.Variant, subjectKey(d.Party, d.Set, d.Place, d.Follow)
}

func (p *DraftsPage) clearNotes() {
	p.copied, p.copyErr, p.file, p.exportErr, p.problem, p.discard = "", "", "", nil, "", ""
}

func (p *DraftsPage) onKind(ctx app.Context, e app.Event) {
	_, set, ok := p.current()
	if ok {
		p.keepSelection(set.doc)
	}
	p.kind = draft.Kind(draftsData(ctx, "kind"))
	p.variant, p.subject, p.editing = "", "", ""
	p.clearNotes()
}

func (p *DraftsPage) onDocLang(ctx app.Context, e app.Event) {
	if _, set, ok := p.current(); ok {
		p.keepSelection(set.doc)
	}
	p.docLang, p.editing = value(ctx), ""
	p.clearNotes()
}

// onSubject shows the document of the same kind for another addressee or data set.
func (p *DraftsPage) onSubject(ctx app.Context, e app.Event) {
	if _, set, ok := p.current(); ok {
		p.keepSelection(set.doc)
	}
	p.subject, p.editing = value(ctx), ""
	p.clearNotes()
}

func (p *DraftsPage) onVariant(ctx app.Context, e app.Event) {
	if _, set, ok := p.current(); ok {
		p.keepSelection(set.doc)
	}
	p.variant, p.editing = value(ctx), ""
	p.clearNotes()
}

// onFinding shows the document and paragraph a lint finding is about.
func (p *DraftsPage) onFinding(ctx app.Context, e app.Event) {
	docID, para := draftsData(ctx, "doc"), draftsData(ctx, "para")
	_, set, ok := p.current()
	if !ok {
		return
	}
	if set.doc.ID != docID {
		for i := range set.Docs {
			if d := &set.Docs[i]; d.ID == docID {
				p.keepSelection(d)
				break
			}
		}
	}
	p.editing = ""
	p.clearNotes()
	ctx.Defer(func(app.Context) { focusID("para-" + para) })
}

func (p *DraftsPage) onEdit(ctx app.Context, e app.Event) {
	if _, set, ok := p.current(); ok {
		p.keepSelection(set.doc)
	}
	p.editing = draftsData(ctx, "para")
	p.dropDraftsBut(p.editing)
	p.clearNotes()
	ctx.Defer(func(app.Context) { focusID("draft-edit") })
}

func (p *DraftsPage) onCancel(ctx app.Context, e app.Event) {
	id := p.editing
	p.dropDrafts()
	p.editing, p.problem = "", ""
	ctx.Defer(func(app.Context) { focusID("para-" + id) })
}

// draftsFindParagraph looks for a paragraph in the document shown, then in all.
func draftsFindParagraph(set draftsSet, id string) (draft.Document, draft.Paragraph, bool) {
	docs := append([]draft.Document{*set.doc}, set.Docs...)
	for _, d := range docs {
		for _, pr := range d.Editable() {
			if pr.ID == id {
				return d, pr, true
			}
		}
	}
	return draft.Document{}, draft.Paragraph{}, false
}

// onSave stores the edited text of a paragraph with the incident; a text
// equal to the generated one is no edit at all.
func (p *DraftsPage) onSave(ctx app.Context, e app.Event) {
	id := draftsData(ctx, "para")
	inc, set, ok := p.current()
	if !ok || id == "" {
		return
	}
	text := strings.ReplaceAll(browser.Value("draft-edit"), "\r\n", "\n")
	if len(text) > incident.MaxTextBytes {
		p.problem = catalog.T(p.lang, "drafts.tooLong", incident.MaxTextBytes)
		return
	}
	d, pr, found := draftsFindParagraph(set, id)
	if !found {
		p.dropDrafts()
		p.editing = ""
		return
	}
	if id == d.TitleID() { // a title is one line
		text = strings.TrimSpace(strings.ReplaceAll(text, "\n", " "))
	}
	generated := pr.Text
	if pr.Edited {
		generated = pr.Generated
	}
	at := incidentNow(inc, time.Time{})
	p.change(func(inc *incident.Incident) {
		desk.DropUnsubmitted(inc, keepDrafts)
		if text == generated {
			delete(inc.Edits, id)
			return
		}
		if inc.Edits == nil {
			inc.Edits = map[string]incident.ParagraphEdit{}
		}
		draft.Edit(d, id, text, inc.Edits, at)
	})
	p.editing, p.problem = "", ""
	ctx.Defer(func(app.Context) { focusID("para-" + id) })
}

// onKeepMine keeps the user's text over a changed generated one: its base
// becomes the new generated text, so the mark goes until the facts change again.
func (p *DraftsPage) onKeepMine(ctx app.Context, e app.Event) {
	id := draftsData(ctx, "para")
	inc, set, ok := p.current()
	if !ok {
		return
	}
	ed, has := inc.Edits[id]
	d, _, found := draftsFindParagraph(set, id)
	if !has || !found {
		return
	}
	at := incidentNow(inc, time.Time{})
	p.change(func(inc *incident.Incident) { draft.Edit(d, id, ed.Text, inc.Edits, at) })
	ctx.Defer(func(app.Context) { focusID("para-" + id) })
}

// onRevert drops the user's edit: the paragraph is the generated text again
// ("revert to generated text", and "use the new text" in a conflict).
func (p *DraftsPage) onRevert(ctx app.Context, e app.Event) {
	id := draftsData(ctx, "para")
	inc := p.inc()
	if inc == nil || id == "" {
		return
	}
	if _, ok := inc.Edits[id]; !ok {
		return
	}
	p.change(func(inc *incident.Incident) { delete(inc.Edits, id) })
	ctx.Defer(func(app.Context) { focusID("para-" + id) })
}

func (p *DraftsPage) onAskDiscard(ctx app.Context, e app.Event) { p.discard = draftsData(ctx, "para") }

// onDiscard drops an orphaned edit, after the user confirmed.
func (p *DraftsPage) onDiscard(ctx app.Context, e app.Event) {
	id := draftsData(ctx, "para")
	inc := p.inc()
	if inc == nil || id == "" || id != p.discard {
		return
	}
	p.discard = ""
	p.change(func(inc *incident.Incident) { delete(inc.Edits, id) })
}

// draftsCopyText is the text an item's copy button copies ("doc", "section:<id>",
// "orphan:<paragraph id>").
func draftsCopyText(inc *incident.Incident, set draftsSet, key string) (string, bool) {
	kind, id, _ := strings.Cut(key, ":")
	switch kind {
	case "doc":
		return draft.Text(*set.doc), true
	case "section":
		for _, s := range set.doc.Sections {
			if s.ID == id {
				return s.Text(), true
			}
		}
	case "orphan":
		if e, ok := inc.Edits[id]; ok {
			return e.Text, true
		}
	}
	return "", false
}

// onCopy puts an item on the clipboard; when the browser refuses, the user is
// told to select and copy by hand.
func (p *DraftsPage) onCopy(ctx app.Context, e app.Event) {
	key := draftsData(ctx, "copy")
	inc, set, ok := p.current()
	if !ok {
		return
	}
	text, found := draftsCopyText(inc, set, key)
	if !found {
		return
	}
	p.clearNotes()
	ctx.Async(func() {
		err := browser.CopyText(text)
		ctx.Dispatch(func(app.Context) {
			if err != nil {
				p.copied, p.copyErr = "", key
			} else {
				p.copied, p.copyErr = key, ""
			}
		})
	})
}

// onExport offers the document shown as a file, made in the browser.
func (p *DraftsPage) onExport(ctx app.Context, e app.Event) {
	f, known := draftsExports[draftsData(ctx, "format")]
	inc, set, ok := p.current()
	if !ok || !known {
		return
	}
	p.clearNotes()
	name := draftsFileName(inc.Title, *set.doc, f.ext)
	data, err := f.render(*set.doc)
	if err == nil {
		err = browser.Download(name, f.mime, data)
	}
	if err != nil {
		p.exportErr = err
		return
	}
	p.file = name
}

// onPDF shows the document alone in its letter layout and opens the print
// dialog there ("Save as PDF"); the page's way back leads here.
func (p *DraftsPage) onPDF(ctx app.Context, e app.Event) {
	inc, set, ok := p.current()
	if !ok {
		return
	}
	key := docKey(*set.doc)
	printDocAuto = inc.ID + "/" + key
	ctx.Navigate(printDocHref(inc.ID, key, true))
}
