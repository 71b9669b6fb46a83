package assess

import (
	"testing"

	"breachdesk/app/incident"
)

// Findings of the realcase15 review (scenarios 83–85; testdata/golden/assess/
// REVIEW.md, F310–).

// F313 (85, a city's list of 99 welfare recipients lost from a car roof):
// receiving public assistance is not among the Act's special-care data, and
// 99 persons are not more than 100, but a local government's ordinance may
// make it ordinance special-care information (APPI Art. 60(5)), whose leak a
// local public body reports whatever the number (Rules Art. 43(5)). The
// tool had no way to say so: an item marked only as the Act's special-care
// data made the case reportable under the wrong item, one left unmarked
// left it unknown for ever.
func TestOrdinanceSpecialCareMakesALocalBodysCaseReportable(t *testing.T) {
	setup := func(kind incident.OrgKind, flags ...string) *incident.Incident {
		inc := base(99)
		inc.Org.Kind = kind
		inc.DataSets[0].Categories = append(inc.DataSets[0].Categories, incident.Category{ID: "other", Other: "生活保護を受けていること", Flags: flags})
		return inc
	}
	j := jur(t, eval(t, setup(incident.Local, "ordinance_sensitive"), at(2026, 5, 2, 10, 0)), "JP")
	if trigger(j, "jp.r43.5") != Yes || j.Reportable != Yes {
		t.Errorf("a city, 99 persons, an ordinance special-care item: jp.r43.5 %q, reportable %q; want yes, yes", trigger(j, "jp.r43.5"), j.Reportable)
	}
	if trigger(j, "jp.r7.1") != No {
		t.Errorf("jp.r7.1 %q: the item is not the Act's special-care data", trigger(j, "jp.r7.1"))
	}
	// Marked as carrying nothing the law names: not reportable (99 ≤ 100).
	if j := jur(t, eval(t, setup(incident.Local, "none"), at(2026, 5, 2, 10, 0)), "JP"); j.Reportable != No {
		t.Errorf("a city, 99 persons, nothing special: reportable %q, want no", j.Reportable)
	}
	// A private business or a national body has no ordinance special-care type.
	for _, k := range []incident.OrgKind{incident.Private, incident.Public} {
		if j := jur(t, eval(t, setup(k, "ordinance_sensitive"), at(2026, 5, 2, 10, 0)), "JP"); trigger(j, "jp.r43.5") == Yes {
			t.Errorf("%s: jp.r43.5 applies", k)
		}
	}
	// Before 2023-04-01 the city's own ordinance governed (jp.excl.local.ordinance).
	inc := setup(incident.Local, "ordinance_sensitive")
	inc.Events[0].At = at(2023, 3, 1, 10, 0)
	if j := jur(t, eval(t, inc, at(2023, 3, 2, 10, 0)), "JP"); trigger(j, "jp.r43.5") == Yes {
		t.Errorf("March 2023: jp.r43.5 applies")
	}
}
