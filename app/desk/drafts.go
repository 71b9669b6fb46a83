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
}

// Drafts derives the documents dated at the board's Now, with the lint of
// the board's assessment, once per version of the facts and minute.
func (b *Board) Drafts() Drafts {
	if set, ok := b.cachedDrafts(); ok {
		return set
	}
	set := deriveDrafts(b)
	m := b.drafts
	m.at, m.set = b.Now.Truncate(time.Minute), set
	return set
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

func deriveDrafts(b *Board) Drafts {
	rs := b.drafts.rules
	if b.Err != nil || rs == nil {
		err := b.Err
		if err == nil {
			err = errNoRules
		}
		return Drafts{Err: err}
	}
	inc, a := b.Incident, b.Assessment
	docs, cs, err := draft.BuildAll(inc, a, rs, b.Now)
	if err != nil {
		return Drafts{Err: err}
	}
	set := Drafts{Avail: draft.Available(inc, a), Docs: docs, Orphans: draft.Orphans(docs, inc.Edits)}
	orphan := map[string]bool{}
	for _, o := range set.Orphans {
		orphan[o.ParagraphID] = true
	}
	for _, c := range cs {
		if !orphan[c.ParagraphID] {
			set.Conflicts = append(set.Conflicts, c)
		}
	}
	set.Findings = draft.Lint(inc, a, docs)
	return set
}
