package ui

import (
	"breachdesk/app/catalog"
	"breachdesk/app/desk"
	"breachdesk/app/draft"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// PathDrafts is the page of an incident's documents.
const PathDrafts = "/incident/drafts"

// DraftsPage shows the documents the facts call for, one at a time, section
// by section: every paragraph editable in place, every section with its copy
// button, the drafting lint beside it, and exports to text, Markdown and HTML.
// The documents are built from the facts on every render (never stored); the
// user's edits are facts (inc.Edits) and are re-applied to each build.
type DraftsPage struct {
	app.Compo
	incidentPage

	// The document shown: kind, language and variant ("" = the first that
	// applies), and its addressee or data set when there are several of the
	// kind (draft.Spec Party/Set, as "party/set"; "" = the first).
	kind    draft.Kind
	docLang string
	variant string
	subject string

	editing   string // id of the paragraph being edited
	problem   string // why the edit could not be saved
	copied    string // key of the item last copied ("" = none)
	copyErr   string // key of the item whose copy failed
	discard   string // id of the orphaned edit whose discarding awaits confirmation
	file      string // the name of the file last exported
	exportErr error  // why the last export failed
	restored  string // the incident whose unsaved paragraph was reopened (unsubmitted.go)
}

func (p *DraftsPage) OnMount(ctx app.Context) { p.mountIncident(ctx, true) }
func (p *DraftsPage) OnNav(ctx app.Context)   { p.navIncident(ctx, "drafts.title") }

// draftsSet is the board's documents and the one shown (nil when none applies).
type draftsSet struct {
	desk.Drafts
	doc *draft.Document
}

// derive takes the documents from the board and picks the one shown.
func (p *DraftsPage) derive(b *desk.Board) draftsSet {
	set := draftsSet{Drafts: b.Drafts()}
	kind, lang, variant := p.selection(set.Avail)
	for i := range set.Docs {
		d := &set.Docs[i]
		if d.Kind == kind && d.Lang == lang && d.Variant == variant && (set.doc == nil || subjectKey(d.Party, d.Set, d.Place, d.Follow) == p.subject) {
			set.doc = d
		}
	}
	return set
}

// subjectKey names a document's addressee or data set among those of its
// kind, or which announcement it is (a later one: Follow), and the place
// whose residents' own version it is (the notice for US-MA).
func subjectKey(party, set, place string, follow int) string {
	k := party + "/" + set + "/" + strconv.Itoa(follow)
	if place != "" {
		k += "/" + place
	}
	return k
}

// selection resolves the chosen kind, language and variant against what
// applies: a choice that no longer applies falls back to the first document.
func (p *DraftsPage) selection(avail []draft.Spec) (draft.Kind, string, string) {
	if len(avail) == 0 {
		return "", "", ""
	}
	kind, lang := avail[0].Kind, avail[0].Lang
	found := false
	for _, s := range avail {
		if s.Kind == p.kind && (s.Lang == p.docLang || p.docLang == "") {
			kind, lang, found = s.Kind, s.Lang, true
			break
		}
	}
	if !found {
		for _, s := range avail {
			if s.Kind == p.kind {
				kind, lang = s.Kind, s.Lang
				break
			}
		}
	}
	variant := draft.Variants(kind)[0]
	for _, v := range draft.Variants(kind) {
		if v == p.variant {
			variant = v
		}
	}
	return kind, lang, variant
}

func (p *DraftsPage) Render() app.UI {
	l := p.lang
	b := p.board()
	if b == nil {
		return p.frame(PathDrafts)
	}
	inc := b.Incident
	set := p.restoreDrafts(inc, p.derive(b))
	head := []app.UI{
		elt("h1", catalog.T(l, "drafts.title")),
		elt("p.bd-lead", catalog.T(l, "drafts.lead")),
	}
	switch {
	case set.Err != nil:
		return p.frame(PathDrafts, append(head,
			elt("p.bd-warning[role=alert]", catalog.T(l, "drafts.error", set.Err.Error())))...)
	case set.doc == nil:
		return p.frame(PathDrafts, append(head,
			elt("p.bd-warning#drafts-none", catalog.T(l, "drafts.none")),
			p.renderOrphans(l, set))...)
	}
	return p.frame(PathDrafts, el("div.bd-drafts-page").Body(append(head,
		p.renderPicker(l, set),
		app.If(len(set.Conflicts) > 0, func() app.UI {
			return elt("p.bd-warning[role=alert]#drafts-conflicts", catalog.T(l, "drafts.conflicts", len(set.Conflicts)))
		}),
		elt("p.bd-next", catalog.T(l, "drafts.nextStep")),
		el("div.bd-drafts").Body(
			p.renderDocument(l, inc, set),
			p.renderLint(l, set),
		),
		p.renderOrphans(l, set),
	)...))
}
