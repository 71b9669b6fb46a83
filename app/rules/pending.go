package rules

// Statuses of a pending change.
const (
	PendingProposal = "proposal" // a proposal or bill, not adopted
	PendingEnacted  = "enacted"  // adopted or promulgated; the date it takes effect is not fixed yet
)

// PendingChange is a change of the law that is known but has no effective
// date yet (pending.json). The engine never applies it: it is listed so that
// a user knows the law may move. Once its date is known, it is encoded as a
// new version of the rules it changes (effective_from, effective_until) and
// removed from the list.
type PendingChange struct {
	ID string `json:"id"`
	// Jurisdiction is a jurisdiction id of the rule set ("EU", "JP") or an
	// ISO country code for a law the rules do not model.
	Jurisdiction string `json:"jurisdiction"`
	Title        Text   `json:"title"`   // the instrument ("APPI amendment of 2026")
	Summary      Text   `json:"summary"` // one line: what would change for breach response
	Status       string `json:"status"`  // PendingProposal or PendingEnacted
	StatusText   Text   `json:"status_text"`
	// Source is where it was checked; a URL is required.
	Source Citation `json:"source"`
	// Checked is the date the entry was last checked against its source.
	Checked Date `json:"checked"`
	// Affects lists the rules or obligations (ids of the same jurisdiction)
	// the change would alter, where the rule set models them.
	Affects  []string `json:"affects,omitempty"`
	ReliedOn *Text    `json:"relied_on,omitempty"`
	// A pending change has no effective date. These fields exist only so
	// that an entry which gives one is refused with a clear message.
	EffectiveFrom  *Date `json:"effective_from,omitempty"`
	EffectiveUntil *Date `json:"effective_until,omitempty"`
}

type pendingFile struct {
	About   Text            `json:"about"`
	Changes []PendingChange `json:"changes"`
}

// ruleOrObligation reports whether id names a rule (applies, trigger,
// exclusion, unless) or an obligation of j.
func ruleOrObligation(j *Jurisdiction, id string) bool {
	for _, group := range [][]Rule{j.Applies, j.Triggers, j.Exclusions} {
		for _, r := range group {
			if r.ID == id {
				return true
			}
		}
	}
	for _, o := range j.Obligations {
		if o.ID == id {
			return true
		}
		for _, u := range o.Unless {
			if u.ID == id {
				return true
			}
		}
	}
	return false
}

func (s *Set) checkPending(p *problems) {
	seen := map[string]bool{}
	for _, c := range s.Pending {
		w := "pending.json: change " + c.ID
		if !isID(c.ID) || seen[c.ID] {
			p.add(w, "missing, malformed or duplicate id")
		}
		seen[c.ID] = true
		j := s.jurByID[c.Jurisdiction]
		if j == nil && !isCountry(c.Jurisdiction) {
			p.add(w, "jurisdiction %q is neither a jurisdiction id nor an ISO country code", c.Jurisdiction)
		}
		if c.Title.JA == "" || c.Title.EN == "" || c.Summary.JA == "" || c.Summary.EN == "" || c.StatusText.JA == "" || c.StatusText.EN == "" {
			p.add(w, "needs title, summary and status_text in ja and en")
		}
		if c.Status != PendingProposal && c.Status != PendingEnacted {
			p.add(w, "status must be %q or %q", PendingProposal, PendingEnacted)
		}
		if c.Source.JA == "" || c.Source.EN == "" || c.Source.URL == "" {
			p.add(w, "a pending change needs a source (ja, en and url)")
		}
		if err := c.Checked.check(false); err != nil {
			p.add(w, "checked: %v", err)
		}
		if c.EffectiveFrom != nil || c.EffectiveUntil != nil {
			p.add(w, "a pending change has no effective date: once its date is known, encode it as a new version of the rules it changes and remove it from pending.json")
		}
		for _, id := range c.Affects {
			if j == nil || !ruleOrObligation(j, id) {
				p.add(w, "affects: %q is not a rule or obligation of %s", id, c.Jurisdiction)
			}
		}
	}
}
