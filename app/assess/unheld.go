package assess

import (
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
	for _, d := range r.inc.Affected("") {
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
			if res.Persons.Known {
				u.Counted += res.Persons.N
				u.CountedApprox = u.CountedApprox || res.Persons.Approx
			}
			u.Persons.Known = u.Persons.Known && res.Persons.Known
			u.Persons.Approx = u.Persons.Approx || res.Persons.Approx
			u.Persons.N += res.Persons.N
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

// held: a jurisdiction of the rule set covers the place.
func (r *run) held(country, region string) bool {
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
	return msg("unheld", vars{"places": rules.Text{JA: strings.Join(ja, "、"), EN: strings.Join(en, "; ")}})
}
