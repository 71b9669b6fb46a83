package assess

import (
	"slices"
	"testing"

	"breachdesk/app/incident"
)

// Findings of the realcase12 review (scenarios 72–74; testdata/golden/assess/
// REVIEW.md, F250–).

func notApplicable(a Assessment, id string) bool {
	return slices.ContainsFunc(a.NotApplicable, func(n NotApplicable) bool { return n.ID == id })
}

// F252 (73, a prefecture's disability data linked to the wrong My Number;
// 48 and 64 too): every set listed My Number as not involved, yet one item
// typed as free text and not yet classified made the My Number Act "cannot
// tell — need: what the 'other' data is". A free-text item does not carry a
// flag whose every item the set lists as not involved; an item of a broader
// class (special-care data) is still asked for.
func TestFreeTextItemIsNotWhatTheSetSaysWasNotInvolved(t *testing.T) {
	inc := base(24)
	inc.Org.Kind = incident.Local
	// An item whose text could be My Number (F951: one that names none of
	// its words is read as not being it).
	inc.DataSets[0].Categories = []incident.Category{{ID: "other", Other: "生活保護の支給情報（個人番号の記載があるか確認中）"}}
	a := eval(t, inc, at(2026, 5, 2, 10, 0))
	if j := jur(t, a, "JP-MN"); j.Applies != Unknown {
		t.Fatalf("JP-MN with an unclassified item: %q, want unknown", j.Applies)
	}
	inc.DataSets[0].NotInvolved = []string{"my_number", "name"}
	a = eval(t, inc, at(2026, 5, 2, 10, 0))
	if !notApplicable(a, "JP-MN") {
		t.Errorf("JP-MN with My Number listed as not involved: still in the assessment")
	}
	// Special-care data is not settled by listing one such item.
	inc.DataSets[0].NotInvolved = append(inc.DataSets[0].NotInvolved, "disability")
	a = eval(t, inc, at(2026, 5, 2, 10, 0))
	if j := jur(t, a, "JP"); j.Reportable != Unknown {
		t.Errorf("JP with an unclassified item and only disability not involved: %q, want unknown", j.Reportable)
	}
}

// F254 (74, a newspaper's business chat entered with a staff member's stolen
// credentials; the paper judged that data handled for reporting is outside
// the duty to report and reported to the PPC voluntarily): the tool could
// not record APPI Art. 57(1) at all. A set a press organisation, an author,
// a religious or a political body handles for that activity is now
// excluded (jp.excl.art57), for a business only; unanswered, a set is
// ordinary business data.
func TestPressExemptionExcludesTheSet(t *testing.T) {
	inc := base(17368)
	inc.Cause = incident.Cause{Kind: incident.CauseUnauthorizedAccess, UnlawfulPurpose: incident.Yes}
	inc.DataSets[0].ExemptPurpose = incident.Yes
	inc.Org.Art57Body = incident.Yes // a newspaper (F528: the organisation is one of Art. 57's bodies)
	a := eval(t, inc, at(2026, 5, 2, 10, 0))
	if j := jur(t, a, "JP"); j.Reportable != No || j.Sets[0].Excluded != "jp.excl.art57" {
		t.Errorf("press data: %s %+v", j.Reportable, j.Sets)
	}
	// Beside a set of ordinary business data: that one is still reportable.
	staff := inc.DataSets[0]
	staff.ID, staff.ExemptPurpose = "d2", incident.Unknown
	inc.DataSets = append(inc.DataSets, staff)
	a = eval(t, inc, at(2026, 5, 2, 10, 0))
	if j := jur(t, a, "JP"); j.Reportable != Yes {
		t.Errorf("press data beside staff data: %s %+v", j.Reportable, j.Sets)
	}
	// A public body has no such exemption.
	inc.DataSets = inc.DataSets[:1]
	inc.Org.Kind = incident.Public
	a = eval(t, inc, at(2026, 5, 2, 10, 0))
	if j := jur(t, a, "JP"); j.Reportable != Yes {
		t.Errorf("a public body's set marked exempt: %s %+v", j.Reportable, j.Sets)
	}
}
