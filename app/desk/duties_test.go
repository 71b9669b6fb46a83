package desk_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/desk"
	"breachdesk/app/incident"
)

// cramSchool is a cram school whose cloud storage share link was open to
// anyone: an outside researcher's e-mail (the detection) sat nine days in
// the general inbox before the privacy officer knew; when the link was
// opened is not known. Its ledger records the preliminary report as filed
// (two days after the target), the entrustor told, and "not yet" for the
// notice to the persons.
func cramSchool(t *testing.T) *incident.Incident {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("..", "..", "testdata", "desk", "cram-school-public-link.json"))
	if err != nil {
		t.Fatal(err)
	}
	inc, err := incident.Decode(raw)
	if err != nil {
		t.Fatal(err)
	}
	if ps := incident.Validate(inc); ps.HasErrors() {
		t.Fatalf("the case is not valid: %v", ps.Errors())
	}
	return inc
}

func dutyOf(t *testing.T, ds []desk.Duty, key string) desk.Duty {
	t.Helper()
	for _, d := range ds {
		if d.Key == key {
			return d
		}
	}
	keys := make([]string, len(ds))
	for i, d := range ds {
		keys[i] = d.Key
	}
	t.Fatalf("no duty %s among %v", key, keys)
	return desk.Duty{}
}

func TestDutiesRecordBesideTheClock(t *testing.T) {
	inc := cramSchool(t)
	jst := inc.Location()
	now := time.Date(2026, 11, 27, 12, 0, 0, 0, jst) // 25 days after knowing
	ds := desk.Duties(inc, assessed(t, inc, now), now)
	for _, d := range ds {
		t.Logf("%s: record %s, state %s, applies %s, due %v, flags %v", d.Key, d.Record, d.Ob.State, d.Ob.Applies, d.Due, d.Flags)
	}

	prelim := dutyOf(t, ds, "JP/jp.report.prelim")
	if prelim.Record != desk.RecordFiled || prelim.Filing.Reference != "PPC-2026-11-0123" || prelim.Filings != 1 {
		t.Errorf("preliminary report: record %s, filing %+v", prelim.Record, prelim.Filing)
	}
	if !prelim.Has(desk.FlagFiledLate) || !prelim.Severe() {
		t.Errorf("the preliminary report filed on 11/9 (knew 11/2, target 5 days) is not flagged late: %v", prelim.Flags)
	}
	if prelim.Has(desk.FlagNotOnTimeline) {
		t.Errorf("the preliminary report is on the timeline, flagged %v", prelim.Flags)
	}

	ent := dutyOf(t, ds, "JP/jp.entrustor.notice/p1")
	if ent.Record != desk.RecordFiled || ent.Severe() {
		t.Errorf("entrustor told the next day: record %s, flags %v", ent.Record, ent.Flags)
	}
	// Told the day after knowing, but ten days after the detection: the
	// contested clock says it was late counted from there.
	if !ent.Has(desk.FlagLateFromDetection) {
		t.Errorf("the entrustor's notice after the deadline counted from the detection is not flagged: %v", ent.Flags)
	}

	persons := dutyOf(t, ds, "JP/jp.notice.persons")
	if persons.Record != desk.RecordNotYet || persons.Due != nil || persons.Has(desk.FlagUndecided) {
		t.Errorf("notice to persons (promptly, no day count): record %s, due %v, flags %v", persons.Record, persons.Due, persons.Flags)
	}

	final := dutyOf(t, ds, "JP/jp.report.final")
	if final.Record != desk.RecordNone || final.Due == nil {
		t.Fatalf("final report: record %s, due %v", final.Record, final.Due)
	}
	if !final.Has(desk.FlagUndecided) || !final.Severe() {
		t.Errorf("final report undecided with %s left of 30 days is not flagged: %v", final.Due.Sub(now), final.Flags)
	}
	// Ten days earlier, the same duty is not near yet.
	early := now.AddDate(0, 0, -10)
	if d := dutyOf(t, desk.Duties(inc, assessed(t, inc, early), early), "JP/jp.report.final"); d.Has(desk.FlagUndecided) {
		t.Errorf("final report flagged undecided with %s left: %v", d.Due.Sub(early), d.Flags)
	}
}

// A decision on record changes the row's record and its flags: "report"
// past the deadline with nothing filed, "not report" without a reason or
// against the engine, a filing with no event on the timeline.
func TestDutiesFlags(t *testing.T) {
	inc := cramSchool(t)
	jst := inc.Location()
	now := time.Date(2026, 12, 3, 12, 0, 0, 0, jst) // the final report's 30 days are over
	a := assessed(t, inc, now)
	row := func(key string) desk.LedgerRow {
		for _, r := range desk.Ledger(inc, a) {
			if r.Key == key {
				return r
			}
		}
		t.Fatalf("no row %s", key)
		return desk.LedgerRow{}
	}
	desk.RecordDecision(inc, row("JP/jp.report.final"), "x1", incident.DecideReport, "", "佐藤", now.AddDate(0, 0, -3))
	desk.RecordDecision(inc, row("JP/jp.notice.persons"), "x2", incident.DecideNotReport, " ", "佐藤", now.AddDate(0, 0, -3))
	a = assessed(t, inc, now)
	ds := desk.Duties(inc, a, now)
	final := dutyOf(t, ds, "JP/jp.report.final")
	if final.Record != desk.RecordReport || !slices.Equal(final.Flags, []desk.DutyFlag{desk.FlagNotFiled}) {
		t.Errorf("final report decided, overdue, not filed: record %s, flags %v", final.Record, final.Flags)
	}
	persons := dutyOf(t, ds, "JP/jp.notice.persons")
	if persons.Record != desk.RecordNotReport || !persons.Has(desk.FlagNoReason) {
		t.Errorf("notice to persons decided against without a reason: record %s, flags %v", persons.Record, persons.Flags)
	}
	if persons.Ob.Applies == assess.Yes && !persons.Has(desk.FlagAgainstVerdict) {
		t.Errorf("decided against a duty that applies, not flagged: %v", persons.Flags)
	}

	// Filed on the ledger, not on the timeline: the clock still runs.
	desk.RecordFiling(inc, row("JP/jp.report.final"), incident.Filing{ID: "f9", At: now.Add(-time.Hour), Reference: "R-9"}, "佐藤", now)
	final = dutyOf(t, desk.Duties(inc, assessed(t, inc, now), now), "JP/jp.report.final")
	if final.Record != desk.RecordFiled || !final.Has(desk.FlagFiledLate) || !final.Has(desk.FlagNotOnTimeline) || final.Has(desk.FlagNotFiled) {
		t.Errorf("final report filed late on the ledger only: record %s, flags %v", final.Record, final.Flags)
	}
}

func TestNearDue(t *testing.T) {
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	due := start.Add(72 * time.Hour)
	ob := assess.Obligation{StartAt: &start, Due: &due}
	for _, c := range []struct {
		left time.Duration
		want bool
	}{{48 * time.Hour, false}, {24*time.Hour + time.Minute, false}, {24 * time.Hour, true}, {time.Hour, true}, {-time.Hour, true}} {
		if got := desk.NearDue(ob, due.Add(-c.left)); got != c.want {
			t.Errorf("72 h duty, %s left: near %v, want %v", c.left, got, c.want)
		}
	}
	ob.StartAt = nil // a day when the start is not known
	if desk.NearDue(ob, due.Add(-25*time.Hour)) || !desk.NearDue(ob, due.Add(-23*time.Hour)) {
		t.Error("without a start, near is the last day")
	}
	if desk.NearDue(assess.Obligation{}, due) {
		t.Error("a duty without deadline is near")
	}
}
