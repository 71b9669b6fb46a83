package assess

import (
	"testing"

	"breachdesk/app/incident"
)

// Findings of the review of scenarios 36–40 (testdata/golden/assess/REVIEW.md,
// F79–).

// Scenario 38: a contractor printed another workplace's list of persons due
// for health guidance (special-care data) on the back of a letter; the wrong
// workplace read it and said so, then the letters were collected. The user
// ticked "recovered before any third party saw it" (the letters were
// collected) beside a confirmed leak, and the case became not reportable:
// no final report after the preliminary one filed, 7(1) excluded (F79). A
// set whose leak is confirmed is not excluded as recovered; the validator
// warns about the two answers.
func TestRecoveredAfterConfirmedLeakStaysReportable(t *testing.T) {
	inc, a := realCase(t, "38-contractor-health-guidance-printed-other-list")
	j := jur(t, a, "JP")
	if j.Reportable != Yes || trigger(j, "jp.r7.1") != Yes {
		t.Fatalf("special-care data read by the wrong recipient: reportable %s, 7(1) %s", j.Reportable, trigger(j, "jp.r7.1"))
	}
	if ob := obligation(j, "jp.report.final"); ob == nil || ob.Applies != Yes || ob.Due == nil || ob.Due.Format("2006-01-02") != "2026-01-10" {
		t.Errorf("want the final report due 2026-01-10 (30 days from 12/12), got %+v", ob)
	}
	warned := false
	for _, p := range incident.Validate(inc) {
		warned = warned || p.Code == incident.CodeRecoveredConfirmed
	}
	if !warned {
		t.Errorf("no warning for a set both recovered and confirmed leaked")
	}

	// Still possible (nobody is known to have seen it): recovered excludes.
	possible := inc.Clone()
	possible.DataSets[0].Status = []incident.StatusChange{{Status: incident.Possible}}
	j = jur(t, eval(t, possible, possible.UpdatedAt), "JP")
	if j.Reportable != No {
		t.Errorf("recovered before anyone saw it, leak only possible: reportable %s, want no", j.Reportable)
	}
	for _, p := range incident.Validate(possible) {
		if p.Code == incident.CodeRecoveredConfirmed {
			t.Errorf("warned about a possible leak recovered: %+v", p)
		}
	}
}
