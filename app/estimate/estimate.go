package estimate

import (
	"fmt"
	"strings"

	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// Estimate is the damage model and the cost sheet of one incident.
type Estimate struct {
	Damage Damage `json:"damage"`
	Costs  Sheet  `json:"costs"`
	// Total is the compensation plus the response costs.
	Total Range `json:"total"`
	// Problems are the inputs that were ignored (see Inputs.Check).
	Problems []Problem `json:"problems,omitempty"`
}

// Compute derives the estimate from the facts, the rule set (for the
// Simple-EP classes of the categories), the cost table and the user's inputs.
// It is a pure function; bad inputs are ignored and reported in Problems.
func Compute(inc *incident.Incident, rs *rules.Set, t *Table, in Inputs) Estimate {
	e := Estimate{Problems: in.Check(t)}
	if len(e.Problems) > 0 {
		in = sanitize(in)
	}
	live, gone := living(inc)
	e.Damage = damage(live, rs, in)
	if len(gone) > 0 {
		deceasedNotes(live, gone, &e.Damage)
	}
	e.Costs = sheet(live, rs, t, in, e.Damage.Persons)
	e.Total = e.Damage.Total.Add(e.Costs.Total)
	return e
}

// sanitize drops the inputs Check refuses, keeping the rest.
func sanitize(in Inputs) Inputs {
	if in.PersonsLow <= 0 || in.PersonsHigh < in.PersonsLow {
		in.PersonsLow, in.PersonsHigh = 0, 0
	}
	if in.ApproxPct < 0 || in.ApproxPct > 100 {
		in.ApproxPct = 0
	}
	if in.X < 0 || in.X > 3 {
		in.X = 0
	}
	if in.Y < 0 || in.Y > 3 {
		in.Y = 0
	}
	switch in.Identifiability {
	case 0, 1, 3, 6:
	default:
		in.Identifiability = 0
	}
	if in.Responsibility != RespHigher && in.Responsibility != RespOrdinary {
		in.Responsibility = ""
	}
	switch in.After {
	case AfterAppropriate, AfterInappropriate, AfterUnknown:
	default:
		in.After = ""
	}
	return in // negative cost overrides are skipped where they are read
}

// living is inc without the affected data sets of deceased persons
// (DataSet.Deceased yes; 77: a death registration faxed to newspapers): a
// deceased's data is not personal information under APPI (Art. 2(1)), and
// the model values what living persons suffer, so neither their count nor
// their items (the deceased's medical history) enter the estimate. gone are
// the sets left out; inc itself when there are none.
func living(inc *incident.Incident) (*incident.Incident, []*incident.DataSet) {
	var gone []*incident.DataSet
	for _, d := range inc.Affected("") {
		if d.Deceased == incident.Yes {
			gone = append(gone, d)
		}
	}
	if len(gone) == 0 {
		return inc, nil
	}
	live := *inc
	live.DataSets = nil
	for _, d := range inc.DataSets {
		if d.Deceased != incident.Yes {
			live.DataSets = append(live.DataSets, d)
		}
	}
	return &live, gone
}

// deceasedNotes says which sets of deceased persons were left out, and
// makes the compensation zero when no living person's data is left.
func deceasedNotes(live *incident.Incident, gone []*incident.DataSet, d *Damage) {
	var names []string
	var n int64
	counted := true
	for _, s := range gone {
		names = append(names, "「"+s.Name+"」")
		if c := s.Persons.Latest(); c.Known {
			n += c.N
		} else {
			counted = false
		}
	}
	ja, en := strings.Join(names, "、"), strings.Join(names, ", ")
	if counted {
		ja += fmt.Sprintf("（%s人）", Group(n))
		if n == 1 {
			en += " (1 person)"
		} else {
			en += fmt.Sprintf(" (%s persons)", Group(n))
		}
	}
	d.Notes = append(d.Notes, rules.Text{
		JA: "亡くなった方のデータ" + ja + "は、個人情報保護法の個人情報（生存する個人に関する情報）に当たらないため、人数と項目から除きました。ご遺族への対応の費用は、必要に応じて別にご検討ください。",
		EN: "The data of deceased persons " + en + " is not personal information under APPI (information about living persons) and was left out of the count and the items. Consider the cost of contacting bereaved families separately if needed.",
	})
	if len(live.Affected("")) == 0 {
		d.PerPerson, d.Persons, d.Total = Exact(0), Exact(0), Exact(0)
		d.Notes = append(d.Notes, rules.Text{
			JA: "生存する個人のデータがないため、想定損害賠償額は0円としました。",
			EN: "No living person's data is affected: the compensation is ¥0.",
		})
		return
	}
	if len(live.Persons) > 0 {
		d.Notes = append(d.Notes, rules.Text{
			JA: "入力された全体の人数には、亡くなった方が含まれている可能性があります。",
			EN: "The incident's total number of persons, as entered, may include the deceased.",
		})
	}
}
