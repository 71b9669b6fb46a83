package assess

import (
	"testing"

	"breachdesk/app/incident"
)

// Findings of the realcase10 review (scenarios 64–66; testdata/golden/assess/
// REVIEW.md, F210–).

// F211 (64, users in 148 countries, Germany, France, Singapore, Korea and
// Canada listed with their counts unknown; 66, inquiries from China and Korea,
// counts unknown): each of those laws read "cannot tell whether this law
// applies — need: where the affected persons live", although the user had
// said where they live. A place listed with its count unknown is a place
// where some of the persons live: at least one.
func TestPlaceListedWithoutCountHasPersons(t *testing.T) {
	inc := base(452)
	inc.DataSets[0].Residence = []incident.Residence{{Country: "KR"}, {Country: "DE"}, {Country: "US"}}
	inc.Org.TargetsEU = incident.Yes
	a := eval(t, inc, at(2026, 5, 2, 10, 0))
	for _, id := range []string{"KR", "EU"} {
		if j := jur(t, a, id); j.Applies != Yes {
			t.Errorf("%s applies %q, want yes (a place listed with its count unknown)", id, j.Applies)
		}
	}
	// A threshold the unknown count does not settle stays unknown: a US
	// state's residents are still not known.
	if j := jur(t, a, "US-CA"); j.Applies != Unknown {
		t.Errorf("US-CA applies %q, want unknown (no state given)", j.Applies)
	}
	// Not listed: still not applicable when the listed counts are all known.
	inc.DataSets[0].Residence = []incident.Residence{{Country: "JP", Persons: kn(452)}}
	a = eval(t, inc, at(2026, 5, 2, 10, 0))
	for _, j := range a.Jurisdictions {
		if j.ID == "KR" {
			t.Errorf("KR in the assessment with persons in Japan only")
		}
	}
}
