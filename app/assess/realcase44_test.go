package assess

import (
	"slices"
	"testing"
	"time"

	"breachdesk/app/incident"
)

// Findings of the review of scenarios 169–171 (testdata/golden/assess/REVIEW.md,
// realcase44, F1420–).

// F1420 (169): a card company filed a 速報 on 9/28 for a case it knew of on
// 7/8 and that is not reportable (948 persons, nothing of Rules Art. 7); the
// final report that closes it was shown "past the target of 2026-08-06 by
// 63 days", due seven weeks before the report it closes was filed. When
// the 速報 went in after the period counted from the knowing, the same
// period runs from the 速報; filed within it, the knowing's count stands.
func TestClosingReportNotDueBeforeThePrelimItCloses(t *testing.T) {
	inc, a := realCase(t, "169-card-company-wrong-balances-at-credit-bureaus-fourteen-years")
	ob := obligation(jur(t, a, "JP"), "jp.report.final.notreportable")
	if ob == nil || ob.Due == nil {
		t.Fatalf("no closing report for the 速報 filed: %+v", ob)
	}
	if got := ob.Due.Format("2006-01-02"); got != "2026-10-27" {
		t.Errorf("closing report due %s, want 2026-10-27 (30 days from the 速報 of 9/28)", got)
	}
	if ob.State == StateOverdue || ob.Early != nil {
		t.Errorf("state %s, reading from the detection %+v: the 速報 went in on 9/28, nothing was due before", ob.State, ob.Early)
	}

	// The 速報 filed within the period: 30 days from the knowing (7/8).
	early := inc.Clone()
	for i := range early.Events {
		if early.Events[i].ID == "e12" {
			early.Events[i].At = time.Date(2026, 7, 10, 0, 0, 0, 0, early.Events[i].At.Location())
		}
	}
	ob = obligation(jur(t, eval(t, early, early.UpdatedAt), "JP"), "jp.report.final.notreportable")
	if ob == nil || ob.Due == nil || ob.Due.Format("2006-01-02") != "2026-08-06" {
		t.Errorf("速報 on 7/10: want the closing report due 2026-08-06 (30 days from 7/8), got %+v", ob)
	}
}

// F1430 (170): Massachusetts' notice to the credit agencies waits for the
// report to its own agencies; it said "the preliminary report is not on
// the timeline yet" beside three preliminary reports (to the PPC, the ICO
// and the AP). With reports under other laws on the timeline, it says the
// report to this law's authorities is missing; with none, as before.
func TestWaitingForThisLawsReportBesideOthers(t *testing.T) {
	inc, a := realCase(t, "170-ride-app-old-ciso-paid-attackers-as-bug-bounty-board-learned-ten-months-later")
	ob := obligation(jur(t, a, "US-MA"), "us-ma.cra")
	if ob == nil || ob.State != StateWaiting || ob.Explanation.EN != "Waiting for its start: the preliminary report to this law's authorities is not on the timeline yet (those on it were made under other laws)" {
		t.Errorf("170 us-ma.cra: %+v", ob)
	}
	none := inc.Clone()
	none.Events = slices.DeleteFunc(none.Events, func(e incident.Event) bool { return e.Kind == incident.EvReportPrelim })
	ob = obligation(jur(t, eval(t, none, none.UpdatedAt), "US-MA"), "us-ma.cra")
	if ob == nil || ob.Explanation.EN != "Waiting for its start: the preliminary report is not on the timeline yet" {
		t.Errorf("170 with no report at all: %+v", ob)
	}
}
