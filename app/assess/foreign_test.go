package assess

import (
	"testing"
	"time"

	"breachdesk/app/incident"
)

// 72 hours is elapsed time: across the EU's spring DST change (29 March 2026,
// 02:00 CET → 03:00 CEST) the wall clock moves one hour further.
func TestEU72HoursAcrossDST(t *testing.T) {
	berlin, err := time.LoadLocation("Europe/Berlin")
	if err != nil {
		t.Skip("no tzdata:", err)
	}
	inc := base(10)
	inc.TimeZone = "Europe/Berlin"
	inc.Org.Establishments = []string{"DE"}
	inc.DataSets[0].Residence = []incident.Residence{{Country: "DE", Persons: kn(10)}}
	inc.Risk.Level = "risk"
	aware := time.Date(2026, 3, 28, 10, 0, 0, 0, berlin) // +01:00
	inc.Events[0].At = aware
	j := jur(t, Evaluate(inc, mustRules(t), aware.Add(time.Hour)), "EU")
	o := obligation(j, "eu.art33.report")
	if o == nil {
		t.Fatalf("no Art. 33 report: %s", j.Summary.EN)
	}
	want := time.Date(2026, 3, 31, 11, 0, 0, 0, berlin) // +02:00, 72 h later
	if !o.Due.Equal(want) || o.Due.Sub(aware) != 72*time.Hour {
		t.Fatalf("due %s, want %s", o.Due, want)
	}
	if _, off := o.Due.Zone(); off != 2*3600 {
		t.Errorf("due keeps its offset: got %d", off)
	}
	if o.Due.Format(time.RFC3339) != "2026-03-31T11:00:00+02:00" {
		t.Errorf("due %s", o.Due.Format(time.RFC3339))
	}
}

func TestEURiskLevels(t *testing.T) {
	for _, c := range []struct {
		level      string
		enc        incident.Encryption
		reportable Verdict
		persons    State // state of eu.art34.persons, "" = absent
	}{
		{"unlikely", incident.NotEncrypted, No, ""},
		{"risk", incident.NotEncrypted, Yes, ""},
		{"high", incident.NotEncrypted, Yes, StateOpen},
		{"high", incident.HighGrade, Yes, StateNotRequired},
		{"", incident.NotEncrypted, Unknown, StateUndetermined},
	} {
		inc := base(10)
		inc.DataSets[0].Residence = []incident.Residence{{Country: "FR", Persons: kn(10)}}
		inc.Org.TargetsEU = incident.Yes // offers to them (Art. 3(2))
		inc.Risk.Level, inc.DataSets[0].Encryption = c.level, c.enc
		j := jur(t, eval(t, inc, now), "EU")
		if j.Reportable != c.reportable {
			t.Errorf("risk %q: reportable %s, want %s", c.level, j.Reportable, c.reportable)
		}
		o := obligation(j, "eu.art34.persons")
		switch {
		case c.persons == "" && o != nil:
			t.Errorf("risk %q: Art. 34 should not apply, got %s", c.level, o.State)
		case c.persons != "" && (o == nil || o.State != c.persons):
			t.Errorf("risk %q enc %q: Art. 34 %v, want %s", c.level, c.enc, o, c.persons)
		}
	}
}

func TestCaliforniaBeforeAndAfterSB446(t *testing.T) {
	for _, c := range []struct {
		aware   time.Time
		due     bool
		agLimit string
	}{
		{at(2025, 12, 31, 10, 0), false, "none"},
		{at(2026, 1, 1, 10, 0), true, "hard"},
	} {
		inc := base(600)
		inc.Events[0].At = c.aware
		inc.DataSets[0].Categories = []incident.Category{{ID: "name"}, {ID: "ssn"}}
		inc.DataSets[0].Residence = []incident.Residence{{Country: "US", Region: "CA", Persons: kn(501)}, {Country: "JP", Persons: kn(99)}}
		addEvent(inc, "n", incident.EvNoticePersons, c.aware.Add(10*24*time.Hour))
		j := jur(t, eval(t, inc, c.aware.Add(12*24*time.Hour)), "US-CA")
		o := obligation(j, "us-ca.notice.persons")
		if (o.Due != nil) != c.due {
			t.Errorf("aware %s: 30-day due %v", c.aware, o.Due)
		}
		// Known at 10:00 in Tokyo, 17:00 the day before in California:
		// the days end there (F216), 30 days from 2025-12-31.
		if c.due && !o.Due.Equal(time.Date(2026, 1, 31, 16, 59, 59, 0, jst)) {
			t.Errorf("30 calendar days from 2026-01-01: %s", o.Due)
		}
		ag := obligation(j, "us-ca.ag.sample")
		if ag == nil || ag.Limit != c.agLimit {
			t.Fatalf("AG sample notice: %+v", ag)
		}
		if c.due && !ag.Due.Equal(time.Date(2026, 1, 26, 16, 59, 59, 0, jst)) { // 15 days from 1/10 in California
			t.Errorf("AG sample due 15 days after the notice of 2026-01-11: %s", ag.Due)
		}
	}
	// 500 residents is not more than 500.
	inc := base(500)
	inc.DataSets[0].Categories = []incident.Category{{ID: "ssn"}}
	inc.DataSets[0].Residence = []incident.Residence{{Country: "US", Region: "CA", Persons: kn(500)}}
	if obligation(jur(t, eval(t, inc, now), "US-CA"), "us-ca.ag.sample") != nil {
		t.Error("AG sample at exactly 500 residents")
	}
}

// Visa's 3 working days on the Japanese calendar, across 2026's Silver Week
// (21–23 September are holidays), against 3 calendar days.
func TestBusinessVersusCalendarDays(t *testing.T) {
	inc := base(10)
	inc.DataSets[0].Categories = []incident.Category{{ID: "card_number"}}
	inc.Events = []incident.Event{{ID: "d", Kind: incident.EvDetected, At: at(2026, 9, 18, 15, 0)}} // Friday
	j := jur(t, eval(t, inc, at(2026, 9, 19, 9, 0)), "CARDS")
	o := obligation(j, "cards.visa.report")
	// Sat 19, Sun 20, holidays 21–23; then Thu 24 (1), Fri 25 (2), Mon 28 (3).
	if !o.Due.Equal(time.Date(2026, 9, 28, 23, 59, 59, 0, jst)) {
		t.Errorf("3 working days after Fri 18 Sep 2026: %s, want Mon 28 Sep", o.Due)
	}
	cal, _ := dueAfter(at(2026, 9, 18, 15, 0), "calendar_days", 3, "", nil, jst)
	if !cal.Equal(time.Date(2026, 9, 21, 23, 59, 59, 0, jst)) {
		t.Errorf("3 calendar days: %s", cal)
	}
	o = obligation(j, "cards.visa.accounts")
	if !o.Due.Equal(time.Date(2026, 10, 7, 23, 59, 59, 0, jst)) {
		t.Errorf("10 working days: %s, want Wed 7 Oct", o.Due)
	}
}

func TestKoreaSingaporeAustralia(t *testing.T) {
	// Singapore's 500 counts the persons living there (F212).
	inc := base(1100)
	inc.DataSets[0].Residence = []incident.Residence{{Country: "KR", Persons: kn(300)}, {Country: "SG", Persons: kn(600)}, {Country: "AU", Persons: kn(200)}}
	inc.Risk.SeriousHarm = incident.No
	a := eval(t, inc, now)
	kr := jur(t, a, "KR")
	if kr.Reportable != No || obligation(kr, "kr.notice.persons").Due.Sub(*obligation(kr, "kr.notice.persons").StartAt) != 72*time.Hour {
		t.Errorf("Korea: notice within 72 h always; report only at 1,000 persons etc.: %s", kr.Summary.EN)
	}
	sg := jur(t, a, "SG")
	if sg.Reportable != Yes || obligation(sg, "sg.notify.persons") != nil {
		t.Errorf("Singapore: 600 persons there ≥ 500 → PDPC, but no harm → no notice to persons: %s", sg.Summary.EN)
	}
	if o := obligation(sg, "sg.notify.pdpc"); o.State != StateWaiting {
		t.Errorf("Singapore PDPC notice waits for the assessment (assessed): %s", o.State)
	}
	au := jur(t, a, "AU")
	if au.Reportable != No || obligation(au, "au.assess").State != StateDone {
		t.Errorf("Australia: assessed, no serious harm: %s / %s", au.Summary.EN, obligation(au, "au.assess").State)
	}
}

// The assessment event: Singapore's 3 calendar days run from the day after the
// assessment ends (not from scope_confirmed); Australia's 30-day assessment is
// done by it, late when it ends after day 30.
func TestAssessedEvent(t *testing.T) {
	aware := at(2026, 5, 1, 10, 0)
	cases := []struct {
		name     string
		now      time.Time
		events   map[string]incident.EventKind
		times    map[string]time.Time
		sgState  State
		sgDue    time.Time // zero: no due date yet
		sgAssess State
		auAssess State
		auDoneBy string
	}{
		{name: "no assessment yet", now: at(2026, 5, 10, 9, 0), sgState: StateWaiting, sgAssess: StateDue, auAssess: StateDone, auDoneBy: "facts"},
		{name: "scope confirmed does not start the PDPC clock", now: at(2026, 6, 3, 9, 0),
			events: map[string]incident.EventKind{"s": incident.EvScopeConfirmed}, times: map[string]time.Time{"s": at(2026, 5, 3, 9, 0)},
			sgState: StateWaiting, sgAssess: StateOverdue, auAssess: StateDone, auDoneBy: "facts"},
		{name: "assessed on day 9, late evening", now: at(2026, 5, 10, 9, 0),
			events: map[string]incident.EventKind{"x": incident.EvAssessed}, times: map[string]time.Time{"x": at(2026, 5, 9, 23, 30)},
			sgState: StateDue, sgDue: time.Date(2026, 5, 12, 23, 59, 59, 0, jst), sgAssess: StateDone, auAssess: StateDone, auDoneBy: "x"},
		{name: "assessed after 30 days", now: at(2026, 6, 3, 9, 0),
			events: map[string]incident.EventKind{"x": incident.EvAssessed}, times: map[string]time.Time{"x": at(2026, 6, 2, 9, 0)},
			sgState: StateDue, sgDue: time.Date(2026, 6, 5, 23, 59, 59, 0, jst), sgAssess: StateDoneLate, auAssess: StateDoneLate, auDoneBy: "x"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			inc := base(800) // 600 in Singapore (F212: its 500 counts the persons there)
			inc.Events = []incident.Event{{ID: "aware", Kind: incident.EvAware, At: aware}}
			for id, k := range c.events {
				addEvent(inc, id, k, c.times[id])
			}
			inc.DataSets[0].Residence = []incident.Residence{{Country: "SG", Persons: kn(600)}, {Country: "AU", Persons: kn(200)}}
			inc.Risk.SeriousHarm = incident.Yes
			a := eval(t, inc, c.now)
			sg := jur(t, a, "SG")
			o := obligation(sg, "sg.notify.pdpc")
			if o.State != c.sgState {
				t.Errorf("sg.notify.pdpc: %s, want %s (%s)", o.State, c.sgState, o.Explanation.EN)
			}
			if c.sgDue.IsZero() != (o.Due == nil) || o.Due != nil && !o.Due.Equal(c.sgDue) {
				t.Errorf("sg.notify.pdpc due %v, want %v", o.Due, c.sgDue)
			}
			if p := obligation(sg, "sg.notify.persons"); p.Start != incident.EvAssessed {
				t.Errorf("sg.notify.persons starts at %s, want assessed", p.Start)
			}
			if g := obligation(sg, "sg.assess"); g.State != c.sgAssess {
				t.Errorf("sg.assess: %s, want %s (%s)", g.State, c.sgAssess, g.Explanation.EN)
			}
			au := obligation(jur(t, a, "AU"), "au.assess")
			if au.State != c.auAssess || au.DoneBy != c.auDoneBy {
				t.Errorf("au.assess: %s by %q, want %s by %q (%s)", au.State, au.DoneBy, c.auAssess, c.auDoneBy, au.Explanation.EN)
			}
		})
	}
}
