package desk

import (
	"errors"
	"time"

	"breachdesk/app/draft"
	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

var errNoRules = errors.New("desk: the law could not be loaded")

// Drafts are an incident's documents at one instant: those that apply, every
// variant of each with the user's edits applied, the edited paragraphs whose
// generated text changed underneath (Conflicts) or is gone (Orphans), and
// the drafting lint of all of them.
type Drafts struct {
	Avail     []draft.Spec     // documents that apply (default variants)
	Docs      []draft.Document // every variant of each, with the edits applied
	Conflicts []draft.Conflict // edited paragraphs whose generated text changed
	Orphans   []draft.Conflict // edits whose paragraph is gone
	Findings  []draft.Finding  // the drafting lint of every document
	Err       error
}

// Errors counts the lint findings that must be fixed.
func (s Drafts) Errors() int {
	n := 0
	for _, f := range s.Findings {
		if f.Severity == draft.SeverityError {
			n++
		}
	}
	return n
}

// draftsMemo is the documents last derived for one version of an incident's
// facts, and the minute of the incident's time they are dated.
type draftsMemo struct {
	inc   *incident.Incident
	ver   int
	rules *rules.Set
	at    time.Time // the minute; zero: none derived
	set   Drafts
	work  *draftsWork // the documents being derived a step at a time
}

// draftsWork is the derivation of the documents of one minute, under way.
type draftsWork struct {
	at    time.Time
	build *draft.AllBuilder
	lint  *draft.Linter
}

// Drafts derives the documents dated at the board's Now, with the lint of
// the board's assessment, once per version of the facts and minute.
func (b *Board) Drafts() Drafts {
	for !b.DraftsStep() {
	}
	set, _ := b.cachedDrafts()
	return set
}

// DraftsStep derives one more document (built, edits applied, checked) and
// reports whether all are derived: then Drafts answers at once. A page that
// shows the drafts' lint among other things calls it between frames, so
// that the page stays interactive while a large incident's drafts (seconds
// of work at 1,000 events) are derived; what a step derived is kept for the
// next, on any board of the same facts and minute.
func (b *Board) DraftsStep() bool {
	if _, ok := b.cachedDrafts(); ok {
		return true
	}
	m := b.drafts
	at := b.Now.Truncate(time.Minute)
	rs := m.rules
	if b.Err != nil || rs == nil {
		err := b.Err
		if err == nil {
			err = errNoRules
		}
		m.at, m.set, m.work = at, Drafts{Err: err}, nil
		return true
	}
	w := m.work
	if w == nil || !w.at.Equal(at) {
		w = &draftsWork{at: at, build: draft.NewAllBuilder(b.Incident, b.Assessment, rs, b.Now), lint: draft.NewLinter(b.Incident, b.Assessment)}
		m.work = w
	}
	d, more, err := w.build.Next()
	if err != nil {
		m.at, m.set, m.work = at, Drafts{Err: err}, nil
		return true
	}
	if more {
		w.lint.Doc(d)
		return false
	}
	docs, cs := w.build.Result()
	set := Drafts{Avail: draft.Available(b.Incident, b.Assessment), Docs: docs, Orphans: draft.Orphans(docs, b.Incident.Edits)}
	orphan := map[string]bool{}
	for _, o := range set.Orphans {
		orphan[o.ParagraphID] = true
	}
	for _, c := range cs {
		if !orphan[c.ParagraphID] {
			set.Conflicts = append(set.Conflicts, c)
		}
	}
	set.Findings = w.lint.Finish(docs)
	m.at, m.set, m.work = at, set, nil
	return true
}

// DraftsReady reports whether Drafts would answer at once (the documents of
// these facts at this minute are derived already). A page that shows
// something else first derives them after it is painted.
func (b *Board) DraftsReady() bool {
	_, ok := b.cachedDrafts()
	return ok
}

func (b *Board) cachedDrafts() (Drafts, bool) {
	m := b.drafts
	if !m.at.IsZero() && m.at.Equal(b.Now.Truncate(time.Minute)) {
		return m.set, true
	}
	return Drafts{}, false
}
