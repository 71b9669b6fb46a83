package assess

import (
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
	for _, id := range []string{"jp.report.final.ruledout", "jp.report.final.ruledout.60"} {
		if ob := obligation(j, id); ob != nil && ob.Applies == Yes {
			t.Errorf("no report filed, ruled out: %s applies", id)
		}
	}
}
