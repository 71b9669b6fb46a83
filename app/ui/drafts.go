package ui

import (
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/catalog"
	"breachdesk/app/draft"
	"breachdesk/app/incident"

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
	lang catalog.Lang
	rev  int
	now  time.Time
	stop func()
	id   string

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
}

func (p *DraftsPage) OnMount(ctx app.Context) {
	observeLang(ctx, &p.lang)
	observeDesk(ctx, &p.rev)
	p.stop = tick(ctx, &p.now, func() bool { return runningDrill(p.id) })
}

func (p *DraftsPage) OnDismount() {
	if p.stop != nil {
		p.stop()
	}
}

func (p *DraftsPage) OnNav(ctx app.Context) {
	p.id = incidentID(ctx)
	ctx.Page().SetTitle("%s — %s", catalog.T(p.lang, "drafts.title"), catalog.T(p.lang, "app.name"))
}

func (p *DraftsPage) inc() *incident.Incident { return desk.Get(p.id) }

// clock is the incident's "now" (drill time for a drill): the date of the drafts.
func (p *DraftsPage) clock() time.Time { return incidentNow(p.inc(), p.now) }

// draftsSet is everything the page derives from the facts on one render.
type draftsSet struct {
	avail     []draft.Spec     // documents that apply (default variants)
	docs      []draft.Document // every variant of each, with the edits applied
	conflicts []draft.Conflict // edited paragraphs whose generated text changed
	orphans   []draft.Conflict // edits whose paragraph is gone
	findings  []draft.Finding  // the drafting lint of every document
	doc       *draft.Document  // the one shown (nil when none applies)
	err       error
}

// draftsMemo is the last set of drafts derived, and what it was derived
// from: the incident (the desk's own copy, at an edit count) and the minute.
// Every document of a large incident (1,000 events) takes seconds to build and
// check; the dashboard derives them on each render and the drafts page on each
// click, so the same facts at the same minute are derived once.
type draftsMemo struct {
	inc *incident.Incident
	ver int
	at  time.Time
	set draftsSet
}

// DraftsOf derives an incident's documents at now (dated now), with the user's
// edits applied, their conflicts and orphans, and the drafting lint. Within
// one minute, for the same facts, it returns what it derived before (the
// documents are dated to the day; nothing in them moves by the second).
func (d *Desk) DraftsOf(inc *incident.Incident, a assess.Assessment, now time.Time) draftsSet {
	if set, ok := d.draftsCached(inc, now); ok {
		return set
	}
	set := d.draftsOf(inc, a, now)
	d.drafts = draftsMemo{inc: inc, ver: d.ver[inc.ID], at: now.Truncate(time.Minute), set: set}
	return set
}

// draftsCached returns the drafts derived before for these facts at now's minute.
func (d *Desk) draftsCached(inc *incident.Incident, now time.Time) (draftsSet, bool) {
	m := d.drafts
	if m.inc == inc && m.ver == d.ver[inc.ID] && m.at.Equal(now.Truncate(time.Minute)) {
		return m.set, true
	}
	return draftsSet{}, false
}

func (d *Desk) draftsOf(inc *incident.Incident, a assess.Assessment, now time.Time) draftsSet {
	rs, err := d.Rules()
	if err != nil {
		return draftsSet{err: err}
	}
	docs, cs, err := draft.BuildAll(inc, a, rs, now)
	if err != nil {
		return draftsSet{err: err}
	}
	set := draftsSet{avail: draft.Available(inc, a), docs: docs, orphans: draft.Orphans(docs, inc.Edits)}
	orphan := map[string]bool{}
	for _, o := range set.orphans {
		orphan[o.ParagraphID] = true
	}
	for _, c := range cs {
		if !orphan[c.ParagraphID] {
			set.conflicts = append(set.conflicts, c)
		}
	}
	set.findings = draft.Lint(inc, a, docs)
	return set
}

// derive builds the drafts and picks the document shown.
func (p *DraftsPage) derive(inc *incident.Incident) draftsSet {
	now := p.clock()
	set := desk.DraftsOf(inc, desk.Assess(inc, now), now)
	kind, lang, variant := p.selection(set.avail)
	for i := range set.docs {
		d := &set.docs[i]
		if d.Kind == kind && d.Lang == lang && d.Variant == variant && (set.doc == nil || subjectKey(d.Party, d.Set) == p.subject) {
			set.doc = d
		}
	}
	return set
}

// subjectKey names a document's addressee or data set among those of its kind.
func subjectKey(party, set string) string { return party + "/" + set }

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
	inc := p.inc()
	if inc == nil {
		return incidentFrame(l, PathDrafts, nil)
	}
	set := p.derive(inc)
	head := []app.UI{
		app.H1().Text(catalog.T(l, "drafts.title")),
		app.P().Class("bd-lead").Text(catalog.T(l, "drafts.lead")),
	}
	switch {
	case set.err != nil:
		return incidentFrame(l, PathDrafts, inc, append(head,
			app.P().Class("bd-warning").Role("alert").Text(catalog.T(l, "drafts.error", set.err.Error())))...)
	case set.doc == nil:
		return incidentFrame(l, PathDrafts, inc, append(head,
			app.P().Class("bd-warning").ID("drafts-none").Text(catalog.T(l, "drafts.none")),
			p.renderOrphans(l, set))...)
	}
	return incidentFrame(l, PathDrafts, inc, app.Div().Class("bd-drafts-page").Body(append(head,
		p.renderPicker(l, set),
		app.If(len(set.conflicts) > 0, func() app.UI {
			return app.P().Class("bd-warning").Role("alert").ID("drafts-conflicts").
				Text(catalog.T(l, "drafts.conflicts", len(set.conflicts)))
		}),
		app.P().Class("bd-next").Text(catalog.T(l, "drafts.nextStep")),
		app.Div().Class("bd-drafts").Body(
			p.renderDocument(l, inc, set),
			p.renderLint(l, set),
		),
		p.renderOrphans(l, set),
	)...))
}
