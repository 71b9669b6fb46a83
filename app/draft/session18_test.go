package draft

import (
	"slices"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// Fixes of session 18 (testdata/golden/assess/REVIEW.md).

// F561 (119): a set of keying errors (the data damaged, the paper forms
// kept) is no 漏えい等 and excluded from the report, yet it got a letter of
// its own apologising for a possible leak of the whole form's items. A set
// lost or damaged only, with its same data kept elsewhere, is no audience;
// damaged with no copy kept, it is one.
func TestNothingLostIsNoAudience(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["119-pension-fund-keying-reentrusted-to-dalian"]
	audiences := func(inc *incident.Incident) []string {
		return Audiences(inc, assess.Evaluate(inc, rs, inc.UpdatedAt))
	}
	if got := audiences(inc); !slices.Equal(got, []string{""}) {
		t.Errorf("keying errors with the forms kept: audiences %q, want one notice for the persons of the leak", got)
	}
	noCopy := inc.Clone()
	for i := range noCopy.DataSets {
		if noCopy.DataSets[i].ID == "d2" {
			noCopy.DataSets[i].CopyHeld = incident.No
		}
	}
	if got := audiences(noCopy); !slices.Equal(got, []string{"d1", "d2"}) {
		t.Errorf("the same with no copy kept (the data damaged): audiences %q, want d1 and d2", got)
	}
}
