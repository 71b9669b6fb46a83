package assess

import (
	"slices"
	"testing"

	"breachdesk/app/incident"
)

// F196 (60): Korea's PIPA was applied to a Japanese company because the
// staff of its Korean group company had accounts on a shared login system,
// and the laws of Australia, Canada, China and Singapore were reached the
// same way by residents alone. Each now asks, for an organisation not
// established in the country, whether it handles the data in supplying
// goods or services (or doing business) there; unanswered counts as yes,
// as before.
func TestForeignLawAsksWhetherTheOrganisationDoesBusinessThere(t *testing.T) {
	for _, c := range []string{"AU", "CA", "CN", "KR", "SG"} {
		applies := func(inc *incident.Incident) bool {
			return !slices.ContainsFunc(eval(t, inc, at(2026, 5, 3, 10, 0)).NotApplicable, func(n NotApplicable) bool { return n.ID == c })
		}
		inc := base(120)
		inc.DataSets[0].Residence = append(inc.DataSets[0].Residence, incident.Residence{Country: c, Persons: kn(20)})
		if !applies(inc) {
			t.Errorf("%s: unanswered, the law does not apply (want the conservative yes)", c)
		}
		inc.Org.Targets = map[string]incident.Tri{c: incident.No}
		if applies(inc) {
			t.Errorf("%s: the organisation does no business there, yet the law applies", c)
		}
		inc.Org.Targets[c] = incident.Yes
		if !applies(inc) {
			t.Errorf("%s: it does business there, the law does not apply", c)
		}
		inc.Org.Targets[c] = incident.No
		inc.Org.Establishments = append(inc.Org.Establishments, c)
		if !applies(inc) {
			t.Errorf("%s: established there, the law does not apply", c)
		}
	}
}
