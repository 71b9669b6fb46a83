package assess

import (
	"slices"
	"strings"

	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// Unheld is a place of the case (where affected persons live, or where the
// organisation has an office) whose law the tool does not hold: the law of
// that place may still apply, and nothing here says so or not (a branch in
// Vietnam, employees in Washington, customers in Hong Kong).
type Unheld struct {
	// Place is an ISO country code, or "CC-REGION" (US-WA).
	Place string `json:"place"`
	// Persons are the affected persons counted there (summed over the
	// affected sets); Office: the organisation has an establishment there.
	Persons incident.Count `json:"persons"`
	Office  bool           `json:"office,omitempty"`
	// Residents: a data set records persons living there; Counted is the
	// sum of its rows whose count is known, when another row's is not
	// (Persons is then unknown): "at least about 50" (95: New Zealand
	// staff counted, its customers not).
	Residents     bool  `json:"residents,omitempty"`
	Counted       int64 `json:"counted,omitempty"`
	CountedApprox bool  `json:"countedApprox,omitempty"`
	// StateUnknown: persons entered in a country without their state, where
	// the tool holds the law of some states only (US persons of no stated
	// state may live in a state whose law it does not hold).
	StateUnknown bool `json:"stateUnknown,omitempty"`
}

// unheld lists the places of the case no jurisdiction of the rule set
// covers, offices first in the order entered, then places of residence in
// the order first met. A country entered without its region (US) is held
// when a jurisdiction covers part of it: the engine asks for the state.
func (r *run) unheld() []Unheld {
	var out []Unheld
	at := map[string]int{}
	add := func(country, region string) *Unheld {
		key := country
		if region != "" {
			key += "-" + region
		}
		if i, ok := at[key]; ok {
			return &out[i]
		}
		at[key] = len(out)
		out = append(out, Unheld{Place: key, Persons: incident.Count{Known: true}})
		return &out[len(out)-1]
	}
	for _, c := range r.inc.Org.Establishments {
		c = strings.ToUpper(strings.TrimSpace(c))
		if c != "" && !r.held(c, "") {
			add(c, "").Office = true
		}
	}
	// A set that is part of another affected set (the members whose
	// purchases were misused, within all the accounts taken over) has its
	// persons among that set's: its rows are not added again (120: 279
	// members in Taiwan and 41 of them among the purchases were 320). Per
	// place, each set with its parts counts the largest number any of them
	// states there: the part's persons live there at least.
	affected := r.inc.Affected("")
	in := map[string]bool{}
	for _, d := range affected {
		in[d.ID] = true
	}
	top := func(d *incident.DataSet) string {
		for seen := 0; d.Within != "" && in[d.Within] && seen < len(affected); seen++ {
			p, ok := r.inc.DataSet(d.Within)
			if !ok {
				break
			}
			d = p
		}
		return d.ID
	}
	// sum is what one set states of a place: its rows there added up.
	type sum struct {
		n                  int64
		approx, any, known bool
	}
	type group struct {
		top   *sum            // the set's own rows ("" parts below)
		parts map[string]*sum // its parts' rows, by part
	}
	groups := map[string]map[string]*group{} // place → top set → rows
	var tops []string                        // top sets in the order first met, for a stable sum
	for _, d := range affected {
		t := top(d)
		for _, res := range d.Residence {
			if res.Country == "" {
				continue
			}
			partly := res.Region == "" && r.held(res.Country, "") && !r.heldWhole(res.Country)
			if r.held(res.Country, res.Region) && !partly {
				continue
			}
			u := add(res.Country, res.Region)
			u.StateUnknown = u.StateUnknown || partly
			u.Residents = true
			m := groups[u.Place]
			if m == nil {
				m = map[string]*group{}
				groups[u.Place] = m
			}
			g := m[t]
			if g == nil {
				g = &group{parts: map[string]*sum{}}
				m[t] = g
				if !slices.Contains(tops, t) {
					tops = append(tops, t)
				}
			}
			sm := g.top
			if d.ID != t {
				sm = g.parts[d.ID]
			}
			if sm == nil {
				sm = &sum{known: true}
				if d.ID == t {
					g.top = sm
				} else {
					g.parts[d.ID] = sm
				}
			}
			if res.Persons.Known {
				sm.n += res.Persons.N
				sm.approx = sm.approx || res.Persons.Approx
				sm.any = true
			} else {
				sm.known = false
			}
		}
	}
	for i := range out {
		m := groups[out[i].Place]
		for _, t := range tops {
			g := m[t]
			if g == nil {
				continue
			}
			// The set's own count, else (it states nothing there) its parts'.
			n, approx, any, known := int64(0), false, false, true
			if g.top != nil {
				n, approx, any, known = g.top.n, g.top.approx, g.top.any, g.top.known
			}
			for _, p := range g.parts {
				if p.any && (!any || p.n > n) {
					n, approx, any = p.n, p.approx, true
				}
				if g.top == nil {
					known = known && p.known
				}
			}
			if any {
				out[i].Counted += n
				out[i].CountedApprox = out[i].CountedApprox || approx
				out[i].Persons.N += n
				out[i].Persons.Approx = out[i].Persons.Approx || approx
			}
			out[i].Persons.Known = out[i].Persons.Known && known && any
		}
	}
	for i := range out {
		if out[i].Persons.Known || !out[i].Residents {
			out[i].Counted, out[i].CountedApprox = 0, false
		}
		if !out[i].Persons.Known {
			out[i].Persons.N = 0
		}
	}
	return out
}

// held: a jurisdiction of the rule set covers the place. A region that has
// a law of its own the rule set does not hold (a Canadian province's
// private-sector act) is not held, though its country's law is.
func (r *run) held(country, region string) bool {
	if region != "" {
		for _, j := range r.set.Jurisdictions {
			if j.RegionsNotHeld != nil && slices.Contains(j.RegionsNotHeld.Places, rules.Place{Country: country, Region: region}) {
				return false
			}
		}
	}
	for _, j := range r.set.Jurisdictions {
		for _, p := range j.Places {
			if p.Country == country && (p.Region == "" || p.Region == region || region == "") {
				return true
			}
		}
	}
	return false
}

// heldWhole: a jurisdiction of the rule set covers the whole country (not
// only some of its states).
func (r *run) heldWhole(country string) bool {
	for _, j := range r.set.Jurisdictions {
		for _, p := range j.Places {
			if p.Country == country && p.Region == "" {
				return true
			}
		}
	}
	return false
}

// unheldText says in one line which places the tool holds no law of.
func unheldText(us []Unheld) rules.Text {
	var ja, en []string
	for _, u := range us {
		j, e := u.Place, u.Place
		if u.Place == incident.OtherCountries {
			j, e = "その他の国・地域", "other countries"
		}
		var jn, enn []string
		if u.Office {
			jn, enn = append(jn, "拠点"), append(enn, "office")
		}
		if u.StateUnknown {
			jn, enn = append(jn, "州の記載なし"), append(enn, "state not given")
		}
		switch c := (incident.Count{Known: true, N: u.Counted, Approx: u.CountedApprox}); {
		case u.Persons.N > 0:
			jn = append(jn, incident.FormatCount(u.Persons, "ja")+"名")
			enn = append(enn, incident.FormatCount(u.Persons, "en")+map[bool]string{true: " person", false: " persons"}[u.Persons.N == 1 && !u.Persons.Approx])
		case c.N > 0:
			// Some rows counted, others not: the count is a floor, never
			// dropped (an office's persons read as none).
			jn = append(jn, incident.FormatCount(c, "ja")+"名以上", "一部人数不明")
			enn = append(enn, "at least "+incident.FormatCount(c, "en")+" persons", "some not counted")
		case u.Residents || !u.Office:
			jn, enn = append(jn, "人数不明"), append(enn, "persons, number unknown")
		}
		j += "（" + strings.Join(jn, "・") + "）"
		e += " (" + strings.Join(enn, ", ") + ")"
		ja, en = append(ja, j), append(en, e)
	}
	t := msg("unheld", vars{"places": rules.Text{JA: strings.Join(ja, "、"), EN: strings.Join(en, "; ")}})
	if slices.ContainsFunc(us, func(u Unheld) bool { return u.StateUnknown }) {
		// The first task for them is the split by state (159: 1,098,743
		// US persons of no stated state; F1153).
		s := msg("unheld.state", nil)
		t.JA += "。" + s.JA
		t.EN += ". " + s.EN
	}
	return t
}
