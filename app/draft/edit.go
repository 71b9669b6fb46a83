package draft

import (
	"maps"
	"slices"
	"sort"
	"strings"
	"time"

	"breachdesk/app/incident"
)

// Conflict is an edited paragraph whose generated text changed since the user
// edited it: the facts moved under the edit. Both texts are kept; the UI shows
// them side by side and the user decides.
type Conflict struct {
	ParagraphID string `json:"paragraph"`
	// Base is the generated text the user edited; Generated the text the facts give now.
	Base      string `json:"base"`
	Generated string `json:"generated"`
	User      string `json:"user"`
}

// Apply puts the user's edits (incident.Incident.Edits, keyed by paragraph id)
// into a freshly built document. An edited paragraph keeps the user's text and
// carries the generated one in Generated. When the generated text is no longer
// the edit's Base, Apply reports a Conflict. Edits of paragraphs that no
// document has any more are not Apply's business: see Orphans.
func Apply(d Document, edits map[string]incident.ParagraphEdit) (Document, []Conflict) {
	if len(edits) == 0 {
		return d, nil
	}
	out := d
	out.Sections = make([]Section, len(d.Sections))
	seen := map[string]bool{}
	var cs []Conflict
	if e, ok := edits[d.TitleID()]; ok {
		gen := d.Title
		out.Title, out.TitleEdited, out.TitleGenerated = e.Text, true, gen
		if gen != e.Base {
			cs = append(cs, Conflict{ParagraphID: d.TitleID(), Base: e.Base, Generated: gen, User: e.Text})
		}
	}
	for i, s := range d.Sections {
		s.Paras = append([]Paragraph(nil), s.Paras...)
		for k := range s.Paras {
			pr := &s.Paras[k]
			e, ok := edits[pr.ID]
			if !ok {
				continue
			}
			seen[pr.ID] = true
			gen := pr.Text
			pr.Text, pr.Edited, pr.Generated = e.Text, true, gen
			if gen != e.Base {
				cs = append(cs, Conflict{ParagraphID: pr.ID, Base: e.Base, Generated: gen, User: e.Text})
			}
		}
		out.Sections[i] = s
	}
	return out, cs
}

// Edit records the user's new text of a paragraph of d, or of its title
// (TitleID), with the generated text as its Base; at is when the user
// edited (a parameter, not the clock).
// It returns false when d has no paragraph with that id.
func Edit(d Document, id, text string, edits map[string]incident.ParagraphEdit, at time.Time) bool {
	for _, pr := range d.Editable() {
		if pr.ID != id {
			continue
		}
		base := pr.Text
		if pr.Edited {
			base = pr.Generated
		}
		edits[id] = incident.ParagraphEdit{Text: text, Base: base, EditedAt: at}
		return true
	}
	return false
}

// dedupeConflicts keeps one conflict per paragraph (variants share paragraphs).
func dedupeConflicts(cs []Conflict) []Conflict {
	seen := map[string]bool{}
	var out []Conflict
	for _, c := range cs {
		if !seen[c.ParagraphID] {
			seen[c.ParagraphID] = true
			out = append(out, c)
		}
	}
	return out
}

// Orphans returns the edits whose paragraph none of docs has any more (the
// facts changed so that the paragraph, or the whole document, is gone), as
// conflicts with an empty Generated, so that the user's words are never
// silently dropped. Pass every variant of every document the user may see.
func Orphans(docs []Document, edits map[string]incident.ParagraphEdit) []Conflict {
	have := map[string]bool{}
	for _, d := range docs {
		for _, pr := range d.Editable() {
			have[pr.ID] = true
		}
	}
	var ids []string
	for id := range edits {
		if !have[id] {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	var out []Conflict
	for _, id := range ids {
		e := edits[id]
		out = append(out, Conflict{ParagraphID: id, Base: e.Base, User: e.Text})
	}
	return out
}

// SplitEdits carries the user's edits of a document the facts now split
// into versions of their own (Spec.Place) to each version that has no edit
// of that paragraph yet, and drops them from the document that is gone: the
// one GDPR Art. 33 notification (gdpr-art33-en) edited before each
// authority had its own, in a case under both the GDPR and the UK GDPR
// (gdpr-art33-eu-en, gdpr-art33-uk-en; F1085). The edit served both
// authorities, so both get it; where its base is not what a version
// generates, that version shows it as a conflict for the user to settle.
// A document still listed beside its versions (the common notice beside
// the Massachusetts residents') keeps its edits. avail is Available's
// list; it reports whether anything moved.
func SplitEdits(inc *incident.Incident, avail []Spec) bool {
	if len(inc.Edits) == 0 {
		return false
	}
	listed := map[string]bool{}
	for _, s := range avail {
		listed[s.DocID()] = true
	}
	ids := slices.Sorted(maps.Keys(inc.Edits))
	gone := map[string]bool{}
	for _, s := range avail {
		whole := s
		whole.Place = ""
		if s.Place == "" || listed[whole.DocID()] {
			continue
		}
		from, to := whole.DocID()+"/", s.DocID()+"/"
		for _, id := range ids {
			rest, ok := strings.CutPrefix(id, from)
			if !ok {
				continue
			}
			if _, own := inc.Edits[to+rest]; !own {
				inc.Edits[to+rest] = inc.Edits[id]
			}
			gone[id] = true
		}
	}
	for id := range gone {
		delete(inc.Edits, id)
	}
	return len(gone) > 0
}
