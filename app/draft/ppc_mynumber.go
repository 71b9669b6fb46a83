package draft

import (
	"slices"
	"strings"

	"breachdesk/app/incident"
)

// The PPC report made under the My Number Act alone concerns only the
// persons whose data includes My Number: 特定個人情報の漏えい等に関する報告等に
// 関する規則 2条4号 counts "特定個人情報に係る本人の数", and the report's items
// are those of the 特定個人情報. A mixed incident (customers' names, and
// employees' data with My Number) reports the employees only.

// hasMyNumber: the category is My Number (a category of the rules flagged
// mynumber, or a free-text one the user flagged so).
func (v *view) hasMyNumber(c incident.Category) bool { return v.itemFlag(c, "mynumber") }

// myNumberItem is the set's own My Number category (the one counted for the
// most persons when several), or nil.
func (v *view) myNumberItem(s *setView) *incident.Category {
	var out *incident.Category
	for i := range s.Categories {
		c := &s.Categories[i]
		if v.hasMyNumber(*c) && (out == nil || c.Persons.Known && (!out.Persons.Known || c.Persons.N > out.Persons.N)) {
			out = c
		}
	}
	return out
}

// myNumberScope are the sets of the report under the My Number Act alone:
// those holding My Number themselves or as part of a set that does, in the
// incident's order, but those the Act's report obligation exempts.
func (v *view) myNumberScope() []*setView {
	ob := v.obligation("jn.report.prelim")
	var out []*setView
	for _, s := range v.sets {
		if ob != nil && (slices.Contains(ob.ExemptSets, s.ID) || slices.Contains(ob.LiftedSets, s.ID)) {
			continue
		}
		if slices.ContainsFunc(s.chain(), func(x *setView) bool { return v.myNumberItem(x) != nil }) {
			out = append(out, s)
		}
	}
	return out
}

// myNumberPersonsJA is item (3) of the report under the My Number Act
// alone: set by set the persons whose data includes My Number, their total,
// and what the item counts. A set's My Number item counted for some of its
// persons gives that count; an item without a count of its own is for all
// the set's persons (as assess's persons_with(mynumber) counts them for
// Rules Art. 2(4)). Where the facts give neither (the set's count unknown,
// or known only in a de-duplicated total over sets with and without My
// Number), a placeholder says so: never the whole incident's count.
func (v *view) myNumberPersonsJA() string {
	const counts = "計上の範囲：個人番号を含む個人情報（特定個人情報）の本人に限り、個人番号を含まない個人情報のみが対象となった本人は含まない（特定個人情報の漏えい等に関する報告等に関する規則第2条第4号）。"
	if len(v.scope) == 1 && len(v.sets) == 1 {
		_, what := v.myNumberCountJA(v.scope[0])
		return what + "\n" + counts
	}
	var lines []string
	var total incident.Count
	unknown := false
	for _, s := range v.scope {
		inParent := s.parent != nil && slices.Contains(v.scope, s.parent)
		name := v.setNameJA(s)
		if inParent {
			name = v.setNameJA(s.parent) + "のうち" + name
		}
		c, what := v.myNumberCountJA(s)
		lines = append(lines, "・"+name+"："+what)
		if inParent {
			continue // counted with the set it is part of
		}
		if !c.Known {
			unknown = true
			continue
		}
		total.Known, total.N, total.Approx = true, total.N+c.N, total.Approx || c.Approx
	}
	if len(lines) > 1 {
		t := "合計：" + countJA(total) + "名"
		if unknown {
			t = "合計：" + v.fill("個人番号を含む本人の数の合計", "persons with My Number in total")
		}
		lines = append(lines, t)
	}
	return strings.Join(append(lines, counts), "\n")
}

// myNumberCountJA is the number of persons of s whose data includes My
// Number, and how item (3) says it.
func (v *view) myNumberCountJA(s *setView) (incident.Count, string) {
	it := v.myNumberItem(s)
	if it == nil {
		// Part of a set holding My Number: its persons are among that set's.
		for _, p := range s.chain()[1:] {
			if pit := v.myNumberItem(p); pit != nil {
				if slices.Contains(v.scope, p) {
					return incident.Count{}, personsJA(s.persons, incident.Count{}) + "（" + v.setNameJA(p) + "の内数）"
				}
				if pit.Persons.Known {
					// Counted for some of the larger set: which of them are in this one, the facts do not say.
					return incident.Count{}, v.fill("個人番号を含む本人の数", "persons with My Number")
				}
				break
			}
		}
	}
	switch {
	case it != nil && it.Persons.Known && !s.persons.Known:
		return it.Persons, countJA(it.Persons) + "名（個人番号を含む本人）"
	case it != nil && it.Persons.Known && it.Persons.N < s.persons.N:
		return it.Persons, countJA(it.Persons) + "名（データ全体の本人" + countJA(s.persons) + "名のうち、個人番号を含む本人）"
	case s.persons.Known:
		// The My Number item is for all the set's persons (no count of its own).
		return s.persons, countJA(s.persons) + "名" + v.historyOfJA(s.DataSet.Persons)
	}
	return incident.Count{}, v.fill("個人番号を含む本人の数", "persons with My Number")
}
