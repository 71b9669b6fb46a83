package draft

import (
	"slices"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// Which data sets a document speaks of and, for a notice to the persons of
// one set, what is theirs, what only some of them had, and what was not
// involved for them.

// subset is a data set within the reader's whose persons had more affected:
// the items the reader's set does not have.
type subset struct {
	set   *setView
	extra []incident.Category
}

// readerSubsets are, in a notice to the persons of one set, the sets within
// it whose persons had items affected beyond the reader's (which a notice
// tells them apart by); none for any other document.
func (v *view) readerSubsets() []subset {
	if v.reader == nil {
		return nil
	}
	var out []subset
	for _, s := range v.sets {
		if s.parent != v.reader {
			continue
		}
		var extra []incident.Category
		for _, c := range s.Categories {
			if !slices.ContainsFunc(v.reader.categories(), func(x incident.Category) bool { return sameCategory(x, c) }) {
				extra = append(extra, c)
			}
		}
		if len(extra) > 0 {
			out = append(out, subset{set: s, extra: extra})
		}
	}
	return out
}

// toldApart is the first dated notice to the persons of s, a part of the
// reader's set, sent apart from the reader's (naming s, not the reader) by
// the document's date: the reader's notice says they were told, and when,
// instead of promising it (134: the 750 whose identity documents were taken
// were told on 7/17; the letter of 9/8 to the other customers said 「個別に
// ご連絡いたします」).
func (v *view) toldApart(s *setView) (incident.Event, bool) {
	for _, e := range v.inc.EventsOf(incident.EvNoticePersons) {
		if e.Planned || !e.Dated() || !slices.Contains(e.Sets, s.ID) || v.reader != nil && slices.Contains(e.Sets, v.reader.ID) {
			continue
		}
		return e, true
	}
	return incident.Event{}, false
}

// scopeFor are the sets a document of s speaks of, and the reader's set for
// a notice to the persons of one set.
func scopeFor(s Spec, v *view) (scope []*setView, reader *setView) {
	switch s.Kind {
	case KindNotice, KindGDPR34:
		if r := v.setByID(s.Set); r != nil {
			return []*setView{r}, r
		}
		return noticeSets(v), nil
	case KindPPC:
		if v.myNumberOnly() {
			if out := v.myNumberScope(); len(out) > 0 {
				return out, nil // the My Number Act's report: its persons only
			}
		}
		ob := v.obligation("jp.report.prelim")
		var out []*setView
		for _, x := range v.sets {
			if reported(ob, x.ID) {
				out = append(out, x)
			}
		}
		if len(out) > 0 {
			return out, nil
		}
	case KindEntrustor:
		var out []*setView
		for _, x := range v.sets {
			if x.Role == incident.Processor && (v.party == "" || x.Entrustor == v.party) {
				out = append(out, x)
			}
		}
		return out, nil
	case KindCard:
		var out []*setView
		for _, x := range v.sets {
			if slices.ContainsFunc(x.Categories, v.flagged("card")) {
				out = append(out, x)
			}
		}
		if len(out) > 0 {
			return out, nil
		}
	}
	return v.sets, nil
}

// reported: the set is one the report to the PPC speaks of (ob its
// preliminary report): among the obligation's sets, neither exempt nor
// lifted. The report's drafts and the lint's reading of them (F1244) ask
// this one function.
func reported(ob *assess.Obligation, id string) bool {
	return ob != nil && slices.Contains(ob.Sets, id) && !slices.Contains(ob.ExemptSets, id) && !slices.Contains(ob.LiftedSets, id)
}

// noticeSets are the sets whose persons the notices are for: the affected
// sets but those a processor's notice to the entrustor exempts, those
// whose persons none can be told (the announcement stands as their notice)
// and those where nothing was lost (below). None when every set's persons
// are unreachable.
func noticeSets(v *view) []*setView {
	var out []*setView
	ob := v.obligation("jp.notice.persons")
	unreachable := false
	for _, x := range v.sets {
		if x.Deceased == incident.Yes {
			continue // no letter to the dead; the bereaved are a set of their own
		}
		if nothingLost(x.DataSet) {
			// Damaged or lost, not leaked, and the same data kept elsewhere:
			// no 漏えい等 (General Guidelines 3-5-1-2, 3-5-1-3), nothing to
			// tell its persons of. A letter of its own would apologise for
			// a leak of the items of the set it is part of.
			continue
		}
		if x.Unreachable == incident.Yes {
			unreachable = true
			continue // no letter to persons nobody can name or reach
		}
		if ob == nil || !slices.Contains(ob.ExemptSets, x.ID) {
			out = append(out, x)
		}
	}
	if len(out) == 0 && !unreachable {
		return v.sets
	}
	return out
}

// unreachableSets are the affected sets of living persons none of whom can
// be told individually.
func (v *view) unreachableSets() []*setView {
	var out []*setView
	for _, x := range v.sets {
		if x.NoOneToTell() {
			out = append(out, x)
		}
	}
	return out
}

// ownItems are a set's categories, without those of the set it is part of
// when that set is in the document too (listed there already).
func (v *view) ownItems(s *setView) []incident.Category {
	if s.parent == nil || !slices.Contains(v.scope, s.parent) {
		return s.Categories
	}
	var out []incident.Category
	for _, c := range s.Categories {
		if !slices.ContainsFunc(s.parent.categories(), func(x incident.Category) bool { return sameCategory(x, c) }) {
			out = append(out, c)
		}
	}
	return out
}

// notInvolved are the ids of the items not involved for the persons the
// document speaks of, each once: the items a set says were not affected,
// and, in a notice to the persons of one set, the weighty items (card,
// password, My Number, special-care, financial) that other sets had and
// theirs did not.
func (v *view) notInvolved() []string {
	have := v.categoriesOf()
	var ids []string
	add := func(id string) {
		if !slices.ContainsFunc(have, func(c incident.Category) bool { return c.ID == id }) && !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	for _, s := range v.data() {
		for _, id := range s.NotInvolved {
			add(id)
		}
	}
	if v.reader != nil {
		// An item whose nature the company has not given (「その他」 not
		// classified) may be any of these: the notice then tells none of
		// them absent (116: drivers whose arrest reports were copied, an
		// item entered as 「その他」, were told their data held no 犯罪の経歴;
		// 112: staff whose reasons for leaving went were told no health
		// data did).
		if slices.ContainsFunc(have, func(c incident.Category) bool { return c.ID == "other" && len(c.Flags) == 0 }) {
			return ids
		}
		for _, s := range v.sets {
			for _, c := range s.Categories {
				cat := v.rs.Category(c.ID)
				if cat == nil || !(cat.Has("card") || cat.Has("password") || cat.Has("mynumber") || cat.Has("sensitive") || cat.Has("financial")) {
					continue
				}
				// An arrest is not a conviction, but 「犯罪の経歴は含まれて
				// おりません」 to readers whose arrest or juvenile proceedings
				// were recorded misleads: items of that kind are not told
				// absent to them.
				if cat.Has("criminal") && slices.ContainsFunc(have, v.flagged("criminal")) {
					continue
				}
				add(c.ID)
			}
		}
	}
	return ids
}

// nothingLost: a set marked lost or damaged only (not leaked) whose same
// data is kept elsewhere (a backup, the forms): as entered, nothing was
// leaked, lost or damaged in the law's sense.
func nothingLost(d *incident.DataSet) bool {
	leak, _, _, stated := d.Kinds()
	return stated && !leak && d.CopyHeld == incident.Yes
}

// unrestorable: a set marked lost or damaged whose same data is kept
// nowhere else (CopyHeld no): what the persons gave cannot be given back
// to them, and the notice says so (129: a hospital's charts and their
// backup encrypted). Unanswered, nothing is said.
func unrestorable(d *incident.DataSet) bool {
	_, loss, damage, _ := d.Kinds()
	return (loss || damage) && d.CopyHeld == incident.No
}

// unrestorableSets are the document's sets that cannot be restored.
func (v *view) unrestorableSets() []*setView {
	var out []*setView
	for _, s := range v.data() {
		if unrestorable(s.DataSet) {
			out = append(out, s)
		}
	}
	return out
}
