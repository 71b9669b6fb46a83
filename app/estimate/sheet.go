package estimate

import (
	"fmt"
	"slices"
	"strings"

	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// Line is one row of the cost sheet.
type Line struct {
	ID       string     `json:"id"`
	Title    rules.Text `json:"title"`
	Unit     string     `json:"unit"`
	UnitText rules.Text `json:"unitText"`
	UnitCost Range      `json:"unitCost"` // yen per unit
	Quantity Range      `json:"quantity"` // persons, months or 1, as Unit says
	Amount   Range      `json:"amount"`
	Included bool       `json:"included"`
	// Why says which facts make the item apply (or why it does not).
	Why rules.Text `json:"why"`
	// Overridden lists the fields the user changed: include, low, high, quantity.
	Overridden []string       `json:"overridden,omitempty"`
	Source     rules.Citation `json:"source"`
	ReliedOn   *rules.Text    `json:"reliedOn,omitempty"`
}

// Sheet is the cost sheet: every item of the table, included or not, and the
// total of the included ones.
type Sheet struct {
	Lines []Line `json:"lines"`
	// Total sums the included lines; Open when an included line cannot be
	// computed yet (the total is then "this or more").
	Total Range        `json:"total"`
	Notes []rules.Text `json:"notes,omitempty"`
}

// sheet computes the cost sheet; persons is the range the damage model used.
func sheet(inc *incident.Incident, rs *rules.Set, t *Table, in Inputs, persons Range) Sheet {
	s := Sheet{Total: Exact(0)}
	missing := false
	for _, it := range t.Items {
		l := Line{ID: it.ID, Title: rules.Text{JA: it.JA, EN: it.EN}, Unit: it.Unit, UnitText: t.Units[it.Unit],
			UnitCost: Between(it.Low, it.High), Source: it.Source, ReliedOn: it.ReliedOn}
		var matched Range
		l.Included, l.Why, matched = applies(inc, rs, it, in)

		ov := in.Costs[it.ID]
		if ov.Include != nil {
			l.Included = *ov.Include
			l.Overridden = append(l.Overridden, "include")
			if l.Included {
				l.Why = rules.Text{JA: l.Why.JA + "（利用者が計上）", EN: l.Why.EN + " (included by the user)"}
			} else {
				l.Why = rules.Text{JA: l.Why.JA + "（利用者が除外）", EN: l.Why.EN + " (excluded by the user)"}
			}
		}
		lo, hi := it.Low, it.High
		if ov.Low != nil && *ov.Low >= 0 {
			lo = *ov.Low
			l.Overridden = append(l.Overridden, "low")
		}
		if ov.High != nil && *ov.High >= 0 {
			hi = *ov.High
			l.Overridden = append(l.Overridden, "high")
		}
		l.UnitCost = Between(lo, hi)

		switch it.Quantity {
		case QtyOne:
			l.Quantity = Exact(1)
		case QtyMonths:
			l.Quantity = Exact(it.Months)
		case QtyMatchedPersons:
			l.Quantity = matched
			if !matched.Known {
				l.Quantity = persons
			}
		default:
			l.Quantity = persons
		}
		// A lump sum has no quantity: an override stored for one is ignored.
		if ov.Quantity != nil && *ov.Quantity >= 0 && it.Unit != UnitFixed {
			l.Quantity = Exact(*ov.Quantity)
			l.Overridden = append(l.Overridden, "quantity")
		}

		if it.Unit == UnitPer10k {
			l.Amount = l.UnitCost.Per10k(l.Quantity)
		} else {
			l.Amount = l.UnitCost.Mul(l.Quantity)
		}
		if l.Included {
			if l.Amount.Known {
				s.Total = s.Total.Add(l.Amount)
			} else {
				missing = true
			}
		}
		s.Lines = append(s.Lines, l)
	}
	if missing {
		s.Total.Open = true
		s.Notes = append(s.Notes, rules.Text{
			JA: "人数が不明の項目があるため、合計はこの額以上です。",
			EN: "Some items need the number of persons: the total is this amount or more."})
	}
	return s
}

// applies says whether the item applies to the facts, why, and the number of
// persons of the categories that matched (unknown when none did or none is counted).
func applies(inc *incident.Incident, rs *rules.Set, it Item, in Inputs) (bool, rules.Text, Range) {
	var whyJA, whyEN []string
	var ids []string
	ok := false
	for _, raw := range it.When {
		w, _ := parseWhen(raw)
		switch w.kind {
		case "always":
			ok = true
			whyJA, whyEN = append(whyJA, "常に計上"), append(whyEN, "always")
		case "unlawful_purpose":
			if inc.Cause.UnlawfulPurpose == incident.Yes {
				ok = true
				whyJA, whyEN = append(whyJA, "不正の目的のおそれあり"), append(whyEN, "an unlawful purpose is possible")
			}
		case "attack":
			// An attack, or a cause not yet known: the forensic investigation
			// JNSA's figures are for. A misdelivery or a lost bag has none.
			if k := inc.Cause.Kind; k == "" || k.Attack() {
				ok = true
				whyJA, whyEN = append(whyJA, "攻撃による（又は原因が未確定）"), append(whyEN, "an attack (or the cause not yet known)")
			}
		case "persons":
			// Unknown counts include it, the larger case being the one to plan for.
			if n, _ := inc.Total(""); !n.Known || n.N >= int64(w.n) {
				ok = true
				least := incident.FormatCount(incident.Count{Known: true, N: int64(w.n)}, "ja")
				whyJA, whyEN = append(whyJA, "対象者が"+least+"名以上（又は未確定）"), append(whyEN, least+" or more persons (or not yet counted)")
			}
		case "compensation":
			if sc := inc.Story.CompensationScope; sc == "all" || sc == "some" {
				ok = true
				whyJA, whyEN = append(whyJA, "お詫びの品を配ると決定"), append(whyEN, "the company decided to give an apology gift")
			}
		case "flag", "category":
			// Items of data only lost or damaged, which no one has, call
			// for no card monitoring or reissue (F180).
			for _, c := range inc.CategoriesOf("", leakedSet) {
				cat := rs.Category(c.ID)
				if cat == nil {
					continue
				}
				if (w.kind == "flag" && cat.HasAsKept(w.arg, c.Protection)) || (w.kind == "category" && c.ID == w.arg) {
					ok = true
					ids = append(ids, c.ID)
					whyJA, whyEN = append(whyJA, cat.JA), append(whyEN, cat.EN)
				}
			}
		}
	}
	if ok && slices.Contains(it.Unless, "recipient_known") && inc.Cause.RecipientKnown == incident.Yes {
		return false, rules.Text{JA: "計上しない（情報が渡った相手が特定されている）", EN: "not included (the information went only to recipients identified)"}, Range{}
	}
	if !ok {
		var ja, en []string
		for _, raw := range it.When {
			t := whenText(rs, raw)
			ja, en = append(ja, t.JA), append(en, t.EN)
		}
		return false, rules.Text{JA: "計上しない（計上する場合：" + strings.Join(ja, "、") + "）",
			EN: "not included (included when: " + strings.Join(en, "; ") + ")"}, Range{}
	}
	why := rules.Text{JA: strings.Join(whyJA, "、"), EN: strings.Join(whyEN, ", ")}
	return true, why, matchedPersons(inc, ids, in)
}

// whenText says a condition in words.
func whenText(rs *rules.Set, raw string) rules.Text {
	w, _ := parseWhen(raw)
	switch w.kind {
	case "optional":
		return rules.Text{JA: "利用者が選んだとき", EN: "the user includes it"}
	case "unlawful_purpose":
		return rules.Text{JA: "不正の目的のおそれがあるとき", EN: "an unlawful purpose is possible"}
	case "compensation":
		return rules.Text{JA: "お詫びの品を配ると決めたとき", EN: "the company decides to give an apology gift"}
	case "attack":
		return rules.Text{JA: "攻撃によるとき（又は原因が未確定のとき）", EN: "the cause is an attack (or not yet known)"}
	case "persons":
		n := incident.FormatCount(incident.Count{Known: true, N: int64(w.n)}, "ja")
		return rules.Text{JA: "対象者が" + n + "名以上のとき", EN: n + " or more persons are affected"}
	case "flag":
		if f := rs.Flag(w.arg); f != nil {
			return rules.Text{JA: f.JA + "が漏えいしたとき", EN: f.EN + " is affected"}
		}
	case "category":
		if c := rs.Category(w.arg); c != nil {
			return rules.Text{JA: c.JA + "が漏えいしたとき", EN: c.EN + " is affected"}
		}
	}
	return rules.Text{JA: raw, EN: raw}
}

// matchedPersons is the largest person count among the categories ids (the
// persons of the other matched categories are assumed to be among them).
func matchedPersons(inc *incident.Incident, ids []string, in Inputs) Range {
	var best incident.Count
	for _, c := range inc.Categories("") {
		for _, id := range ids {
			if c.ID == id && c.Persons.Known && c.Persons.N > best.N {
				best = c.Persons
			}
		}
	}
	if !best.Known {
		return Range{}
	}
	if !best.Approx {
		return Exact(best.N)
	}
	p := int64(in.ApproxPct)
	if p <= 0 || p > 100 {
		p = DefaultApproxPct
	}
	return Between(satMul(best.N, 100-p)/100, satMul(best.N, 100+p)/100)
}

// String writes the line for a reviewer, in lang.
func (l Line) String() string { return l.Text("en") }

// Text writes the line in lang ("ja" or English).
func (l Line) Text(lang string) string {
	inc := map[bool]string{true: "+", false: "-"}[l.Included]
	if lang == "ja" {
		return fmt.Sprintf("%s %s: %s（%s %s × %s）— %s", inc, l.Title.JA, l.Amount.Yen("ja"), l.UnitText.JA,
			l.UnitCost.Yen("ja"), qty(l.Quantity), l.Why.JA)
	}
	return fmt.Sprintf("%s %s: %s (%s %s × %s) — %s", inc, l.Title.EN, l.Amount.Yen("en"), l.UnitText.EN,
		l.UnitCost.Yen("en"), qty(l.Quantity), l.Why.EN)
}

func qty(r Range) string {
	switch {
	case !r.Known:
		return "?"
	case r.Open:
		return Group(r.Low) + "+"
	case r.Low == r.High:
		return Group(r.Low)
	}
	return Group(r.Low) + "–" + Group(r.High)
}
