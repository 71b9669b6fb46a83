package assess

import (
	"slices"
	"testing"

	"breachdesk/app/incident"
)

// Findings of the review of scenarios 32–34 (testdata/golden/assess/REVIEW.md,
// F70–).

// Scenario 34 (ransomware; a preliminary report on a possible leak, then the
// investigation rules every data set out): the case is no longer reportable,
// and the report already filed vanished from the duties, leaving it open at
// the PPC. The tool now asks to close it by a final report that says the
// breach was ruled out [U], within the final report's period: 60 days from
// knowing for a possibly unlawful act, else 30; not without a report filed.
func TestRuledOutAfterPrelimKeepsTheReport(t *testing.T) {
	inc, a := realCase(t, "34-possible-leak-ruled-out")
	j := jur(t, a, "JP")
	if j.Reportable == Yes {
		t.Fatalf("every set ruled out: reportable %s", j.Reportable)
	}
	ob := obligation(j, "jp.report.final.ruledout.60")
	if ob == nil || ob.Applies != Yes || ob.Due == nil || ob.Due.Format("2006-01-02") != "2024-02-04" {
		t.Fatalf("ransomware ruled out after a preliminary report: want the closing final report due 2024-02-04, got %+v", ob)
	}
	if ob := obligation(j, "jp.report.final.ruledout"); ob != nil && ob.Applies == Yes {
		t.Errorf("the 30-day closing report applies beside the 60-day one")
	}

	mis := inc.Clone()
	mis.Cause.Kind = incident.CauseMisdelivery
	mis.Cause.UnlawfulPurpose = incident.No
	j = jur(t, eval(t, mis, mis.UpdatedAt), "JP")
	if ob := obligation(j, "jp.report.final.ruledout"); ob == nil || ob.Applies != Yes || ob.Due == nil || ob.Due.Format("2006-01-02") != "2024-01-05" {
		t.Errorf("a misdelivery ruled out: want the closing report due 2024-01-05 (30 days), got %+v", ob)
	}

	none := inc.Clone()
	var evs []incident.Event
	for _, e := range none.Events {
		if e.Kind != incident.EvReportPrelim {
			evs = append(evs, e)
		}
	}
	none.Events = evs
	j = jur(t, eval(t, none, none.UpdatedAt), "JP")
	noneApplies(t, j, "no report filed, ruled out", "jp.report.final.ruledout", "jp.report.final.ruledout.60")
}

// Scenario 43 (F94): a 速報 was filed, then the bag came back and the user
// answered that all was recovered before anyone saw it: the exclusion holds
// and the case is not reportable. The filed report must not drop out of the
// duties unspoken: the engine recommends telling the PPC, within the final
// report's period, that the case is not reportable and why. Not without a
// filed 速報, not while the case is reportable, and not on a case ruled out
// (its own closing report).
func TestNotReportableAfterPrelimIsClosed(t *testing.T) {
	inc, a := realCase(t, "43-staff-files-left-on-train-found")
	j := jur(t, a, "JP")
	if j.Reportable != No {
		t.Fatalf("every set recovered before anyone saw it: reportable %s", j.Reportable)
	}
	ob := obligation(j, "jp.report.final.notreportable")
	if ob == nil || ob.Applies != Yes || ob.Due == nil || ob.Due.Format("2006-01-02") != "2025-12-13" {
		t.Fatalf("a 速報 filed, then not reportable: want the closing report due 2025-12-13 (30 days from knowing 11/14), got %+v", ob)
	}
	if ob := obligation(j, "jp.report.final.notreportable.60"); ob != nil && ob.Applies == Yes {
		t.Errorf("a loss: the 60-day closing report applies beside the 30-day one")
	}

	none := inc.Clone()
	none.Events = slices.DeleteFunc(none.Events, func(e incident.Event) bool { return e.Kind == incident.EvReportPrelim })
	j = jur(t, eval(t, none, none.UpdatedAt), "JP")
	noneApplies(t, j, "no 速報 filed, not reportable", "jp.report.final.notreportable", "jp.report.final.notreportable.60")

	// A preliminary report filed with another regulator is not a 速報 the
	// PPC holds: nothing to close there.
	eu := inc.Clone()
	for i := range eu.Events {
		if eu.Events[i].Kind == incident.EvReportPrelim {
			eu.Events[i].Jurisdiction = "EU"
		}
	}
	j = jur(t, eval(t, eu, eu.UpdatedAt), "JP")
	noneApplies(t, j, "a report filed in the EU only", "jp.report.final.notreportable", "jp.report.final.notreportable.60")

	open := inc.Clone()
	for i := range open.DataSets {
		open.DataSets[i].Recovered = incident.Unknown
	}
	j = jur(t, eval(t, open, open.UpdatedAt), "JP")
	if j.Reportable != Yes {
		t.Fatalf("recovery unknown: reportable %s (要配慮 of 3 of 14)", j.Reportable)
	}
	noneApplies(t, j, "reportable", "jp.report.final.notreportable", "jp.report.final.notreportable.60")
}

// noneApplies fails t for each obligation of ids that applies in j (why
// says of which case).
func noneApplies(t *testing.T, j Jurisdiction, why string, ids ...string) {
	t.Helper()
	for _, id := range ids {
		if ob := obligation(j, id); ob != nil && ob.Applies == Yes {
			t.Errorf("%s: %s applies", why, id)
		}
	}
}
