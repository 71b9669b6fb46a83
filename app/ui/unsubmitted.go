package ui

import (
	"breachdesk/app/desk"
	"breachdesk/app/incident"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// What is typed into a form and not yet submitted is kept with the incident
// (incident.Unsubmitted, written as the facts are), so that a reload, a
// closed tab or a crash does not lose it, and restored when the page shows
// the incident again. The keys:
//
//	timeline.add.<field>   the timeline's add form (kind, at, jur, note, due)
//	timeline.edit          the id of the event being edited
//	timeline.edit.<field>  its edit form
//	drafts.<paragraph id>  the text of the paragraph being edited
//	field.<element id>     a field of the facts that is read when it is left
//	                       (change), as typed until then
//
// Submitting or cancelling a form forgets its fields in the same edit.

const (
	keepTimelineAdd  = "timeline.add."
	keepTimelineEdit = "timeline.edit"
	keepDrafts       = "drafts."
	keepField        = "field."
)

// keepTyping keeps what is typed into a field that is read only when it is
// left (its change handler reads it and forgets this in the same edit).
func (p *incidentPage) keepTyping(ctx app.Context, e app.Event) {
	id, v := ctx.JSSrc().Get("id").String(), value(ctx)
	p.typeUnsubmitted(ctx, func(inc *incident.Incident) { desk.SetUnsubmitted(inc, keepField+id, v) })
}

// typedOr is what the field id shows: the text typed and not yet read, or v.
func typedOr(inc *incident.Incident, id, v string) string {
	if t, ok := inc.Unsubmitted[keepField+id]; ok {
		return t
	}
	return v
}

// keepTimelineField records a keystroke of a timeline form. The kind
// changes what the form shows (render), the other fields do not.
func (p *TimelinePage) keepTimelineField(form, field, v string) {
	editing := p.editing
	theDesk.TypeUnsubmitted(p.id, func(inc *incident.Incident) {
		if form == "edit" {
			if editing == "" {
				return
			}
			desk.SetUnsubmitted(inc, keepTimelineEdit, editing)
			desk.SetUnsubmitted(inc, keepTimelineEdit+"."+field, v)
			return
		}
		desk.SetUnsubmitted(inc, keepTimelineAdd+field, v)
	})
}

// restoreTimeline puts what was typed and not submitted back into the
// forms, once per incident shown.
func (p *TimelinePage) restoreTimeline(inc *incident.Incident) {
	if p.restored == inc.ID {
		return
	}
	p.restored = inc.ID
	for f, v := range desk.Unsubmitted(inc, keepTimelineAdd) {
		p.add.set(f, v)
		if f == "at" {
			p.addAt = true
		}
	}
	id := inc.Unsubmitted[keepTimelineEdit]
	if ev, ok := inc.Event(id); ok && id != "" {
		p.editing, p.edit = id, draftOf(ev, inc.Location())
		for f, v := range desk.Unsubmitted(inc, keepTimelineEdit+".") {
			p.edit.set(f, v)
		}
	}
}

// dropTimelineEdit forgets the edit form's unsubmitted fields (cancelled,
// or another event edited instead).
func (p *TimelinePage) dropTimelineEdit() {
	if inc := p.inc(); inc != nil && inc.Unsubmitted[keepTimelineEdit] != "" {
		p.change(func(inc *incident.Incident) { desk.DropUnsubmitted(inc, keepTimelineEdit) })
	}
}

// onParagraphInput keeps the text of the paragraph being edited.
func (p *DraftsPage) onParagraphInput(ctx app.Context, e app.Event) {
	id, v := draftsData(ctx, "para"), value(ctx)
	if id == "" {
		return
	}
	p.typeUnsubmitted(ctx, func(inc *incident.Incident) {
		desk.DropUnsubmitted(inc, keepDrafts)
		desk.SetUnsubmitted(inc, keepDrafts+id, v)
	})
}

// restoreDrafts reopens the editor of a paragraph whose edit was not saved,
// on its document, once per incident shown.
func (p *DraftsPage) restoreDrafts(inc *incident.Incident, set draftsSet) draftsSet {
	if p.restored == inc.ID {
		return set
	}
	p.restored = inc.ID
	for id := range desk.Unsubmitted(inc, keepDrafts) {
		if set.doc == nil {
			break
		}
		d, _, ok := draftsFindParagraph(set, id)
		if !ok {
			continue
		}
		p.keepSelection(&d)
		p.editing = id
		if b := p.board(); b != nil {
			set = p.derive(b)
		}
		break
	}
	return set
}

// editorText is the text the paragraph editor opens with: what was typed
// and not saved, else the paragraph's.
func editorText(inc *incident.Incident, id, text string) string {
	if v, ok := inc.Unsubmitted[keepDrafts+id]; ok {
		return v
	}
	return text
}

// dropDrafts forgets the unsubmitted paragraph text (saved or cancelled).
func (p *DraftsPage) dropDrafts() { p.dropDraftsBut("") }

// dropDraftsBut forgets the unsubmitted text of every paragraph but keep:
// the editor opened on keep shows its own again.
func (p *DraftsPage) dropDraftsBut(keep string) {
	inc := p.inc()
	if inc == nil {
		return
	}
	for id := range desk.Unsubmitted(inc, keepDrafts) {
		if id != keep {
			p.change(func(inc *incident.Incident) { desk.SetUnsubmitted(inc, keepDrafts+id, "") })
		}
	}
}
