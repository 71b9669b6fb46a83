package assess

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"breachdesk/app/incident"
)

var now = at(2026, 5, 4, 12, 0)

func TestJPPersonsThreshold(t *testing.T) {
	for _, c := range []struct {
		kind    incident.OrgKind
		persons int64
		want    Verdict
	}{
		{incident.Private, 1000, No},
		{incident.Private, 1001, Yes},
		{incident.Public, 100, No},
		{incident.Public, 101, Yes},
		{incident.Public, 1001, Yes},
	} {
		inc := base(c.persons)
		inc.Org.Kind = c.kind
		j := jur(t, eval(t, inc, now), "JP")
		if j.Reportable != c.want {
			t.Errorf("%s, %d persons: reportable %s, want %s (%s)", c.kind, c.persons, j.Reportable, c.want, j.Summary.EN)
		}
	}
}

func TestJPPersonsUnknown(t *testing.T) {
	inc := base(0)
	inc.DataSets[0].Persons = nil
	j := jur(t, eval(t, inc, now), "JP")
	if j.Reportable != Unknown || !strings.Contains(j.Summary.EN, "number of affected persons") {
		t.Fatalf("unknown persons: %s / %s", j.Reportable, j.Summary.EN)
	}
	p := obligation(j, "jp.report.prelim")
	if p == nil || p.State != StateUndetermined || p.Due == nil {
		t.Fatalf("prelim should be undetermined with its due date shown: %+v", p)
	}
}

func TestJPEncryption(t *testing.T) {
	for _, c := range []struct {
		enc  incident.Encryption
		want Verdict
	}{
		{incident.NotEncrypted, Yes},
		{incident.HighGrade, No},
		{incident.HighGradeKeyOut, Yes},
		{"", Yes}, // おそれ: the exclusion is applied only once established
	} {
		inc := base(3)
		inc.DataSets[0].Categories = append(inc.DataSets[0].Categories, incident.Category{ID: "medical_history"})
		inc.DataSets[0].Encryption = c.enc
		j := jur(t, eval(t, inc, now), "JP")
		if j.Reportable != c.want {
			t.Errorf("encryption %q: reportable %s, want %s", c.enc, j.Reportable, c.want)
		}
		if c.enc == "" && len(j.Exclusions) == 0 {
			t.Errorf("unknown encryption should list the exclusion as not established")
		}
	}
}

func TestJPSkimmingBeforeAndAfter2024(t *testing.T) {
	for _, c := range []struct {
		aware time.Time
		want  Verdict
		final string
	}{
		{at(2024, 3, 31, 23, 0), No, ""},
		{at(2024, 4, 1, 0, 30), Yes, "jp.report.final.60"},
	} {
		inc := base(300)
		inc.Events[0].At = c.aware
		inc.DataSets[0].Categories = []incident.Category{{ID: "name"}, {ID: "card_number"}, {ID: "card_cvv"}}
		inc.Cause = incident.Cause{Kind: incident.CauseWebSkimming, UnlawfulPurpose: incident.Yes}
		j := jur(t, eval(t, inc, c.aware.Add(24*time.Hour)), "JP")
		if j.Reportable != c.want {
			t.Errorf("skimming known %s: reportable %s, want %s (%s)", c.aware, j.Reportable, c.want, j.Summary.EN)
		}
		if string(j.LawDate) != c.aware.Format(time.DateOnly) {
			t.Errorf("law date %s, want the day of knowing", j.LawDate)
		}
		if c.final != "" && obligation(j, c.final) == nil {
			t.Errorf("want %s", c.final)
		}
		if trigger(j, "jp.r7.2") != No {
			t.Errorf("type 2 must not cover data being entered")
		}
	}
}

func TestJPFinalReport30And60DaysAndWeekend(t *testing.T) {
	// Known Friday 2026-05-01: day 30 is Saturday 2026-05-30 and stays there
	// (no roll to Monday); day 60 is Monday 2026-06-29.
	inc := base(1500)
	j := jur(t, eval(t, inc, now), "JP")
	f := obligation(j, "jp.report.final")
	if f == nil || !f.Due.Equal(time.Date(2026, 5, 30, 23, 59, 59, 0, jst)) || f.Due.Weekday() != time.Saturday {
		t.Fatalf("30-day final report: %+v", f)
	}
	if obligation(j, "jp.report.final.60") != nil {
		t.Error("no 60-day report without type 3")
	}
	inc.Cause = incident.Cause{Kind: incident.CauseUnauthorizedAccess, UnlawfulPurpose: incident.Yes}
	j = jur(t, eval(t, inc, now), "JP")
	f = obligation(j, "jp.report.final.60")
	if f == nil || !f.Due.Equal(time.Date(2026, 6, 29, 23, 59, 59, 0, jst)) {
		t.Fatalf("60-day final report: %+v", f)
	}
	if obligation(j, "jp.report.final") != nil {
		t.Error("type 3 replaces the 30-day report")
	}
	p := obligation(j, "jp.report.prelim")
	if p.Limit != "target" || !p.DueFrom.Equal(time.Date(2026, 5, 3, 23, 59, 59, 0, jst)) || !p.Due.Equal(time.Date(2026, 5, 5, 23, 59, 59, 0, jst)) {
		t.Fatalf("prelim target 3–5 days: %+v", p)
	}
	if p.State != StateDue || *p.Left != p.Due.Sub(now) {
		t.Errorf("prelim state %s left %v", p.State, p.Left)
	}
}

func TestJPStates(t *testing.T) {
	inc := base(1500)
	addEvent(inc, "p", incident.EvReportPrelim, at(2026, 5, 7, 9, 0)) // late against 5/5
	j := jur(t, eval(t, inc, at(2026, 5, 8, 9, 0)), "JP")
	if p := obligation(j, "jp.report.prelim"); p.State != StateDoneLate || p.DoneBy != "p" {
		t.Errorf("prelim: %s by %s", p.State, p.DoneBy)
	}
	// The same facts seen earlier: the report is in the future, so not counted.
	j = jur(t, eval(t, inc, at(2026, 5, 6, 9, 0)), "JP")
	if p := obligation(j, "jp.report.prelim"); p.State != StateOverdue {
		t.Errorf("prelim before the report was made: %s", p.State)
	}
	// No knowing yet: waiting for its start, rules as of now.
	inc = base(1500)
	inc.Events = []incident.Event{{ID: "d", Kind: incident.EvDetected, At: at(2026, 5, 1, 9, 0)}}
	j = jur(t, eval(t, inc, now), "JP")
	if p := obligation(j, "jp.report.prelim"); p.State != StateWaiting || !j.LawDateFromNow {
		t.Errorf("without aware: %s, law date from now %v", p.State, j.LawDateFromNow)
	}
}

func TestJPProcessorExemption(t *testing.T) {
	mk := func(notice time.Time) Jurisdiction {
		inc := base(1500)
		inc.DataSets[0].Role = incident.Processor
		addEvent(inc, "n", incident.EvEntrustorNotice, notice)
		return jur(t, eval(t, inc, at(2026, 5, 20, 9, 0)), "JP")
	}
	j := mk(at(2026, 5, 3, 9, 0))
	for _, id := range []string{"jp.report.prelim", "jp.report.final", "jp.notice.persons"} {
		if o := obligation(j, id); o.State != StateExempt {
			t.Errorf("in-time entrustor notice: %s is %s", id, o.State)
		}
	}
	j = mk(at(2026, 5, 9, 9, 0))
	if o := obligation(j, "jp.report.prelim"); o.State == StateExempt || !strings.Contains(o.Exemption.EN, "do not rely on the exemption") {
		t.Errorf("late entrustor notice must not exempt: %s %v", o.State, o.Exemption)
	}
	if o := obligation(j, "jp.entrustor.notice"); o.State != StateDoneLate {
		t.Errorf("entrustor notice late: %s", o.State)
	}
}

func TestJPMinistryOrder(t *testing.T) {
	inc := base(10)
	due := at(2026, 5, 20, 17, 0)
	inc.Events = append(inc.Events, incident.Event{ID: "o", Kind: incident.EvMinistryOrder, At: at(2026, 5, 2, 10, 0), Due: &due})
	j := jur(t, eval(t, inc, now), "JP")
	o := obligation(j, "jp.ministry.report")
	if o == nil || !o.Due.Equal(due) || o.State != StateDue {
		t.Fatalf("ministry order: %+v", o)
	}
}

func TestDeterministic(t *testing.T) {
	inc := loadScenario(t, scenarioDir+"/10-crossborder-eu-jp-ca.json")
	rs := mustRules(t)
	a, b := Evaluate(inc, rs, inc.UpdatedAt), Evaluate(inc, rs, inc.UpdatedAt)
	if !reflect.DeepEqual(a, b) {
		t.Fatal("two evaluations of the same facts differ")
	}
}

func TestBadTimeZone(t *testing.T) {
	inc := base(10)
	inc.TimeZone = "Mars/Olympus"
	a := eval(t, inc, now)
	if len(a.Problems) == 0 || a.TimeZone != "Asia/Tokyo" {
		t.Fatalf("bad time zone: %v %s", a.Problems, a.TimeZone)
	}
}

// The notice benchmark (tl.notice) is measured only while a notice to persons
// is required, or once one was sent: not for a case outside the reportable
// types, nor for a processor exempted by its notice to the entrustor.
func TestNoticeFindingOnlyWhenRequired(t *testing.T) {
	has := func(a Assessment) bool {
		for _, f := range a.Findings {
			if f.ID == "tl.notice" {
				return true
			}
		}
		return false
	}
	now := at(2026, 5, 6, 9, 0)
	if inc := base(1000); has(eval(t, inc, now)) {
		t.Error("1,000 persons, not reportable: no notice benchmark expected")
	}
	if inc := base(1001); !has(eval(t, inc, now)) {
		t.Error("1,001 persons, reportable: notice benchmark expected")
	}
	inc := base(1000)
	addEvent(inc, "n", incident.EvNoticePersons, at(2026, 5, 2, 9, 0))
	if !has(eval(t, inc, now)) {
		t.Error("a notice that was sent is measured even when not required")
	}
	inc = base(1001)
	inc.DataSets[0].Role = incident.Processor
	addEvent(inc, "en", incident.EvEntrustorNotice, at(2026, 5, 2, 9, 0))
	if has(eval(t, inc, now)) {
		t.Error("exempt processor: no notice benchmark expected")
	}
}

// The summary names reportable types in words, each once.
func TestSummaryNamesTypes(t *testing.T) {
	inc := base(1001)
	inc.DataSets[0].Categories = []incident.Category{{ID: "card_number"}, {ID: "card_cvv"}}
	j := jur(t, eval(t, inc, at(2026, 5, 6, 9, 0)), "JP")
	want := "Reportable: risk of financial damage through misuse (Rules Art. 7(2)) / more than 1,000 persons (Rules Art. 7(4))."
	if j.Summary.EN != want {
		t.Errorf("summary %q, want %q", j.Summary.EN, want)
	}
}
