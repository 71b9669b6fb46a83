package assess

import (
	"testing"
	"time"

	"breachdesk/app/incident"
)

// mnBase is base with My Number in its data set: a misdelivery, no unlawful
// purpose, neither held in a 情報提供ネットワークシステム-type system nor
// exposed online.
func mnBase(persons int64) *incident.Incident {
	inc := base(persons)
	d := &inc.DataSets[0]
	d.Categories = append(d.Categories, incident.Category{ID: "my_number"})
	d.MNSystem, d.ExposedOnline = incident.No, incident.No
	return inc
}

// The My Number Act's 100-person line (規則2条4号) is its own, apart from
// APPI's 1,000 for a business: 101 persons make a My Number case reportable
// under the Act while APPI still says no; 100 do not, and then the guidelines
// ask for a report as an endeavour (別添2 3B) and nothing else.
func TestMyNumberPersonsLine(t *testing.T) {
	for _, c := range []struct {
		persons  int64
		mn, appi Verdict
	}{
		{100, No, No},
		{101, Yes, No},
		{1001, Yes, Yes},
	} {
		a := eval(t, mnBase(c.persons), now)
		mn, jp := jur(t, a, "JP-MN"), jur(t, a, "JP")
		if mn.Reportable != c.mn || jp.Reportable != c.appi {
			t.Errorf("%d persons: My Number Act %s (want %s), APPI %s (want %s)", c.persons, mn.Reportable, c.mn, jp.Reportable, c.appi)
		}
		vol := obligation(mn, "jn.report.voluntary")
		prelim := obligation(mn, "jn.report.prelim")
		if c.mn == No {
			if vol == nil || vol.Applies != Yes || vol.Level != "recommended" || prelim != nil && prelim.Applies == Yes {
				t.Errorf("%d persons: want only the voluntary report, got voluntary %+v prelim %+v", c.persons, vol, prelim)
			}
		} else if prelim == nil || prelim.Applies != Yes || vol != nil && vol.Applies == Yes {
			t.Errorf("%d persons: want the preliminary report and no voluntary one, got prelim %+v voluntary %+v", c.persons, prelim, vol)
		}
	}
}

// Only the persons of the data including My Number count: 5,000 customers
// by name and 50 employees with their My Number are not over the line.
func TestMyNumberCountsOnlyItsPersons(t *testing.T) {
	inc := base(5000)
	inc.DataSets = append(inc.DataSets, incident.DataSet{
		ID: "d2", Role: incident.Controller,
		Categories: []incident.Category{{ID: "name"}, {ID: "my_number"}},
		Persons:    incident.FigureOf(kn(50)), Encryption: incident.NotEncrypted, Recovered: incident.No,
		MNSystem: incident.No, ExposedOnline: incident.No,
	})
	a := eval(t, inc, now)
	if mn := jur(t, a, "JP-MN"); mn.Reportable != No || trigger(mn, "jn.r2.4") != No {
		t.Errorf("50 persons with My Number among 5,050: %s (r2.4 %s)", mn.Reportable, trigger(mn, "jn.r2.4"))
	}
	if jp := jur(t, a, "JP"); jp.Reportable != Yes {
		t.Errorf("APPI with 5,050 persons: %s", jp.Reportable)
	}
	// A category's own count, when it gives one, is the count of its persons.
	inc.DataSets[1].Categories[1].Persons = kn(150)
	inc.DataSets[1].Persons = incident.FigureOf(kn(40))
	if mn := jur(t, eval(t, inc, now), "JP-MN"); trigger(mn, "jn.r2.4") != Yes {
		t.Errorf("150 persons by the My Number category: r2.4 %s", trigger(mn, "jn.r2.4"))
	}
}

// Any number of persons: an unlawful purpose (60-day final report), data in
// a 情報提供ネットワークシステム-type system, data open on the internet; a set
// without My Number never triggers the Act, whatever its cause.
func TestMyNumberAnyNumberTypes(t *testing.T) {
	inc := mnBase(3)
	inc.Cause = incident.Cause{Kind: incident.CauseUnauthorizedAccess, UnlawfulPurpose: incident.Yes}
	mn := jur(t, eval(t, inc, now), "JP-MN")
	if mn.Reportable != Yes || trigger(mn, "jn.r2.2") != Yes {
		t.Fatalf("unauthorised access, 3 persons: %s", mn.Reportable)
	}
	f60, f30 := obligation(mn, "jn.report.final.60"), obligation(mn, "jn.report.final")
	if f60 == nil || f60.Applies != Yes || f30 != nil && f30.Applies == Yes {
		t.Errorf("unlawful purpose: want the 60-day final report only: %+v / %+v", f60, f30)
	}

	inc = mnBase(3)
	inc.DataSets[0].MNSystem = incident.Yes
	if mn := jur(t, eval(t, inc, now), "JP-MN"); trigger(mn, "jn.r2.1") != Yes || mn.Reportable != Yes {
		t.Errorf("held in a My Number system: %s", mn.Reportable)
	}
	inc = mnBase(3)
	inc.DataSets[0].ExposedOnline = incident.Yes
	if mn := jur(t, eval(t, inc, now), "JP-MN"); trigger(mn, "jn.r2.3") != Yes || mn.Reportable != Yes {
		t.Errorf("open on the internet: %s", mn.Reportable)
	}
	inc = mnBase(3)
	inc.DataSets[0].MNSystem = incident.Unknown
	if mn := jur(t, eval(t, inc, now), "JP-MN"); mn.Reportable != Unknown {
		t.Errorf("system not stated: %s, want unknown", mn.Reportable)
	}

	inc = mnBase(3)
	inc.Cause = incident.Cause{Kind: incident.CauseRansomware, UnlawfulPurpose: incident.Yes}
	inc.DataSets = append(inc.DataSets, incident.DataSet{ID: "d2", Role: incident.Controller,
		Categories: []incident.Category{{ID: "name"}}, Persons: incident.FigureOf(kn(10)), Encryption: incident.NotEncrypted, Recovered: incident.No})
	mn = jur(t, eval(t, inc, now), "JP-MN")
	for _, s := range mn.Sets {
		if s.ID == "d2" && s.Reportable != No {
			t.Errorf("a set without My Number is reportable under the Act: %s", s.Reportable)
		}
	}
}

// Exclusions of the guidelines: high-grade encryption (no voluntary report
// either), everything recovered unseen.
func TestMyNumberExclusions(t *testing.T) {
	inc := mnBase(500)
	inc.DataSets[0].Encryption = incident.HighGrade
	mn := jur(t, eval(t, inc, now), "JP-MN")
	if mn.Reportable != No {
		t.Errorf("encrypted: %s", mn.Reportable)
	}
	if v := obligation(mn, "jn.report.voluntary"); v != nil && v.Applies == Yes {
		t.Errorf("encrypted: a voluntary report is still asked for")
	}
	inc = mnBase(500)
	inc.DataSets[0].Recovered = incident.Yes
	inc.DataSets[0].Status = []incident.StatusChange{{Status: incident.Possible}} // recovered unseen: not a confirmed leak (F79)
	if mn := jur(t, eval(t, inc, now), "JP-MN"); mn.Reportable != No {
		t.Errorf("recovered: %s", mn.Reportable)
	}
}

// The final report's deadline counts the day of knowing as day 1 and, when
// the 30th day is a weekend, holiday or year-end closing day, moves to the
// next open day (別添2 3E (※2)); the APPI deadline is left as it was.
func TestMyNumberFinalRolls(t *testing.T) {
	for _, c := range []struct {
		aware time.Time
		want  string
	}{
		{at(2026, 5, 1, 10, 0), "2026-06-01"},   // day 30 is Sat 30 May: Mon 1 June
		{at(2026, 5, 4, 10, 0), "2026-06-02"},   // day 30 is Tue 2 June: stays
		{at(2026, 11, 30, 10, 0), "2027-01-04"}, // day 30 is Tue 29 Dec (closed to 3 Jan): Mon 4 Jan
	} {
		inc := mnBase(500)
		inc.Events[0].At = c.aware
		mn := jur(t, eval(t, inc, c.aware.Add(time.Hour)), "JP-MN")
		f := obligation(mn, "jn.report.final")
		if f == nil || f.Due == nil || f.Due.Format(time.DateOnly) != c.want {
			t.Errorf("knew %s: final due %v, want %s", c.aware.Format(time.DateOnly), f, c.want)
		}
	}
}

// A contractor that told its entrustor in time is exempt from its own
// report and notice under the Act too.
func TestMyNumberProcessorExempt(t *testing.T) {
	inc := mnBase(500)
	inc.Parties = []incident.Party{{ID: "p1", Kind: incident.PartyEntrustor, Name: "委託元"}}
	inc.DataSets[0].Role, inc.DataSets[0].Entrustor = incident.Processor, "p1"
	inc.Events = append(inc.Events, incident.Event{ID: "n", Kind: incident.EvEntrustorNotice, At: at(2026, 5, 2, 9, 0), Party: "p1"})
	mn := jur(t, eval(t, inc, now), "JP-MN")
	for _, id := range []string{"jn.report.prelim", "jn.report.final", "jn.notice.persons"} {
		if o := obligation(mn, id); o == nil || o.State != StateExempt {
			t.Errorf("%s: %+v, want exempt", id, o)
		}
	}
}

// Scenario 21 (a city's e-mailed tax notice data with 26 persons' My Number
// sent to the wrong company, after the public case of 上越市): APPI says
// no (a public body, 26 of 100), the My Number Act says yes by 規則2条1号
// whatever the number; its final report, due on Sunday 21 June, moves to
// Monday 22 June.
func TestScenario21MyNumberCity(t *testing.T) {
	inc := loadScenario(t, scenarioDir+"/21-city-eltax-mynumber-misdirected.json")
	a := eval(t, inc, at(2026, 5, 29, 18, 0))
	if jp := jur(t, a, "JP"); jp.Reportable != No {
		t.Errorf("APPI: %s, want no", jp.Reportable)
	}
	mn := jur(t, a, "JP-MN")
	if mn.Reportable != Yes || trigger(mn, "jn.r2.1") != Yes || trigger(mn, "jn.r2.4") != No {
		t.Fatalf("My Number Act: %s (r2.1 %s, r2.4 %s)", mn.Reportable, trigger(mn, "jn.r2.1"), trigger(mn, "jn.r2.4"))
	}
	want := map[string]string{"jn.report.prelim": "2026-05-27", "jn.report.final": "2026-06-22"}
	for id, day := range want {
		if o := obligation(mn, id); o == nil || o.Due == nil || o.Due.Format(time.DateOnly) != day {
			t.Errorf("%s due %v, want %s", id, o, day)
		}
	}
	if o := obligation(mn, "jn.report.final.60"); o != nil && o.Applies == Yes {
		t.Errorf("no unlawful purpose: the 60-day report must not apply")
	}
	if o := obligation(mn, "jn.notice.persons"); o == nil || o.Applies != Yes || o.Level != "required" {
		t.Errorf("notice to persons under the Act: %+v", o)
	}
}
