package estimate

import (
	"fmt"
	"slices"
	"strings"

	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// Items that concern only some persons (Category.Persons: the medical
// record of 3 of 84 inpatients, scenario 32). Giving every person the
// highest item's value overstated the total many times over (F73). With one
// affected data set and its number of persons known exactly, the total is
// computed from the subsets instead, as a range that holds however the
// subsets overlap (the tool does not know how they do):
//
//   - every person has at least the items that concern all (base value v0);
//   - low: the persons of one partial item c have at least the common items
//     and c; the item adding the most is taken: N·v0 + n_c·(v(common+c) − v0);
//   - high: at most min(N, Σ n_c) persons have any partial item, each at
//     most the value of every item: (N − k)·v0 + k·v(all).
//
// The value of a set of items is the model's per person without the two
// factors the user chooses (social responsibility, response), which multiply
// the range after. The model is monotone in the items (the maximum of each
// Simple-EP axis; identifiability grows with name and address), so both
// bounds hold. Otherwise (several sets, a count approximate, or levels or
// identifiability entered by the user, which apply to every person) the
// total stays the highest item's value for every person and a note says it
// is an upper bound.

// itemValue is 500 × sensitivity × identifiability for the items cs
// (0 when none is in the table).
func itemValue(rs *rules.Set, cs []incident.Category) int64 {
	x, y := 0, 0
	has := map[string]bool{}
	for _, c := range cs {
		has[c.ID] = true
		if cx, cy, how := simpleEP(rs, c); how != levelUnknown {
			x, y = max(x, cx), max(y, cy)
		}
	}
	s := Sensitivity(x, y)
	if s == 0 {
		return 0
	}
	return int64(BaseValue*s) * int64(identifiability(has, 0).Low)
}

// partial is an item concerning n persons of the set.
type partial struct {
	c incident.Category
	n int64
}

// subsetTotal refines d.Total and d.PerPerson when some items concern only
// some of the persons; ok false leaves them (with a note when they are an
// upper bound).
func subsetTotal(inc *incident.Incident, rs *rules.Set, in Inputs, d *Damage) {
	sets := inc.Affected("")
	cats := inc.Categories("")
	n := d.Persons.Low
	var parts []partial
	for _, c := range cats {
		if c.Persons.Known && c.Persons.N < n {
			parts = append(parts, partial{c, c.Persons.N})
		}
	}
	if len(parts) == 0 || !d.Total.Known {
		return
	}
	uniform := len(sets) != 1 || !d.Persons.Point() || in.X != 0 || in.Y != 0 || in.Identifiability != 0 || d.Sensitivity == 0
	if uniform {
		d.Notes = append(d.Notes, rules.Text{
			JA: "一部の人だけに関わる項目がありますが、全員が最も重い項目の対象であるものとして計算しています。この合計は上限です。",
			EN: "Some items concern only some of the persons, but every person is counted as affected by the most serious item: this total is an upper bound."})
		return
	}
	var common []incident.Category
	for _, c := range cats {
		if !c.Persons.Known || c.Persons.N >= n {
			common = append(common, c)
		}
	}
	v0, vAll := itemValue(rs, common), itemValue(rs, cats)
	low := satMul(n, v0)
	var gain, k int64
	var namesJA, namesEN []string
	for _, p := range parts {
		with := append(slices.Clip(common), p.c)
		if g := satMul(p.n, itemValue(rs, with)-v0); g > gain {
			gain = g
		}
		k += p.n
		ja, en := p.c.ID, p.c.ID
		if c := rs.Category(p.c.ID); c != nil {
			ja, en = c.JA, c.EN
		}
		namesJA = append(namesJA, ja+" "+Group(p.n)+"人")
		namesEN = append(namesEN, en+": "+Group(p.n))
	}
	k = min(k, n)
	high := satMul(n-k, v0) + satMul(k, vAll)
	factors := d.Responsibility.rng().Mul(d.After.rng())
	d.Total = Between(low+gain, high).Mul(factors)
	d.PerPerson = Between(v0, vAll).Mul(factors)
	d.Notes = append(d.Notes, rules.Text{
		JA: fmt.Sprintf("一部の人だけに関わる項目（%s）があるため、合計は幅で計算しました。全員に関わる項目の額（1人あたり%s円）は全員に数えます。"+
			"下限は、上乗せが最も大きい1項目についてその人数分だけを加えた額、上限は、それらの項目の人数の合計（最大で全員）がすべての項目に当たるものとした額です。"+
			"どの人がどの項目に当たるか（重なり）は分からないため使っていません。", strings.Join(namesJA, "、"), Group(v0)),
		EN: fmt.Sprintf("Some items concern only some of the persons (%s), so the total is a range. Every person counts with the value of the items all share (¥%s each). "+
			"The low end adds the persons of the one item that adds the most; the high end counts as many persons as those items have together (at most everyone) "+
			"with the value of every item. How the items overlap is not known and not used.", strings.Join(namesEN, "; "), Group(v0))})
}
