package assess

import (
	"strings"
	"testing"

	"breachdesk/app/incident"
)

// Fixes of session 16 (testdata/golden/assess/REVIEW.md).

// F419 (99): a city's co-owners, with no residence entered, had the
// notice's finding measured against "the deadline of 30 days of New York
// (US), if that law applies". A foreign law not known to apply gives a
// benchmark its deadline only when some persons are recorded as living in
// its place.
func TestForeignDeadlineOnlyWithResidenceThere(t *testing.T) {
	inc := loadScenario(t, scenarioDir+"/99-city-tax-notices-duplex-misprint-contractor.json")
	notice := func(inc *incident.Incident) string {
		for _, f := range eval(t, inc, inc.UpdatedAt).Findings {
			if f.ID == "tl.notice" {
				return f.Explanation.EN
			}
		}
		t.Fatal("no tl.notice finding")
		return ""
	}
	if got := notice(inc); strings.Contains(got, "New York") {
		t.Errorf("99, no residence abroad: %q", got)
	}
	// Persons recorded in New York: its deadline.
	inc.DataSets[0].Residence = append(inc.DataSets[0].Residence, incident.Residence{Country: "US", Region: "NY", Persons: incident.Count{Known: true, N: 2}})
	if got := notice(inc); !strings.Contains(got, "30 days of New York (US)") {
		t.Errorf("99 with two co-owners in New York: %q", got)
	}
	// In the US, state not known: New York's law may apply, and its
	// deadline is named as such.
	inc.DataSets[0].Residence[len(inc.DataSets[0].Residence)-1].Region = ""
	if got := notice(inc); !strings.Contains(got, "30 days of New York (US), if that law applies") {
		t.Errorf("99 with two co-owners in the US: %q", got)
	}
}

// Persons in "other countries" of a set that lists no row of the United
// States may be New Yorkers: New York's deadline is named, as the law may
// apply (107: 150 business contacts in other countries).
func TestForeignDeadlineWithOtherCountries(t *testing.T) {
	inc := loadScenario(t, scenarioDir+"/99-city-tax-notices-duplex-misprint-contractor.json")
	inc.DataSets[0].Residence = append(inc.DataSets[0].Residence, incident.Residence{Country: incident.OtherCountries, Persons: incident.Count{Known: true, N: 3}})
	for _, f := range eval(t, inc, inc.UpdatedAt).Findings {
		if f.ID == "tl.notice" && !strings.Contains(f.Explanation.EN, "30 days of New York (US), if that law applies") {
			t.Errorf("99 with three co-owners in other countries: %q", f.Explanation.EN)
		}
	}
}
