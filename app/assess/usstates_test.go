package assess

import (
	"strings"
	"testing"
	"time"

	"breachdesk/app/incident"
)

// The US states held beside California and New York (testdata/golden/
// assess/REVIEW.md, F484): Texas (Bus. & Com. Code 521.053), Florida (Fla.
// Stat. 501.171), Massachusetts (M.G.L. c. 93H). Each deadline below is
// recomputed by hand from the statute's count and the zones: the earlier of
// the end of the last day in the state's zone and in the incident's.

func usState(t *testing.T, a Assessment, id string) Jurisdiction {
	t.Helper()
	j := jur(t, a, id)
	if j.Applies != Yes || j.Reportable != Yes {
		t.Fatalf("%s applies %s, reportable %s: want yes, yes", id, j.Applies, j.Reportable)
	}
	return j
}

func wantDue(t *testing.T, j Jurisdiction, ob string, due time.Time, state State) {
	t.Helper()
	o := obligation(j, ob)
	if o == nil || o.Applies != Yes {
		t.Fatalf("%s: %+v, want it to apply", ob, o)
	}
	if o.Due == nil || !o.Due.Equal(due) {
		t.Errorf("%s due %v, want %v", ob, o.Due, due)
	}
	if o.State != state {
		t.Errorf("%s state %s, want %s", ob, o.State, state)
	}
}

func wantNotApplicable(t *testing.T, j Jurisdiction, ob string) {
	t.Helper()
	if o := obligation(j, ob); o != nil && o.Applies != No {
		t.Errorf("%s = %+v, want not applicable", ob, o)
	}
}

// 108: a US subsidiary's employees and dependants, 2,000 of them in Texas
// (1,120 + 880), SSNs taken; known on 19 May 2026 (a date, read at 00:00
// EDT, which is 23:00 CDT on 18 May). Texas: the individuals by the 60th
// day after 18 May in Chicago (17 July, ends 01:00 EDT on 18 July); the
// Attorney General (at least 250 Texans) by the 30th (17 June), not recorded
// as filed for Texas, so overdue on 22 June; 9,146 persons in all, not more
// than 10,000: no consumer reporting agencies.
func TestTexasIn108(t *testing.T) {
	inc := loadScenario(t, scenarioDir+"/108-us-subsidiary-health-plan-dependants-states.json")
	a := eval(t, inc, inc.UpdatedAt)
	cdt := time.FixedZone("CDT", -5*3600)
	j := usState(t, a, "US-TX")
	wantDue(t, j, "us-tx.notice.persons", time.Date(2026, 7, 17, 23, 59, 59, 0, cdt), StateDone)
	wantDue(t, j, "us-tx.ag", time.Date(2026, 6, 17, 23, 59, 59, 0, cdt), StateOverdue)
	wantNotApplicable(t, j, "us-tx.cra")
	for _, u := range a.Unheld {
		if u.Place == "US-TX" {
			t.Errorf("Texas still named as a place whose law is not held: %+v", a.Unheld)
		}
	}
}

// 51: 200 employees in Texas, known on 10 March 2026 10:00 EDT. The
// individuals by 9 May (60 days; the day ends in New York before it ends in
// Chicago); under 250 Texans, no notice to the Attorney General.
func TestTexasUnderTheAttorneyGeneralsCount(t *testing.T) {
	inc := loadScenario(t, scenarioDir+"/51-us-subsidiary-ransomware-employees.json")
	a := eval(t, inc, inc.UpdatedAt)
	edt := time.FixedZone("EDT", -4*3600)
	j := usState(t, a, "US-TX")
	if o := obligation(j, "us-tx.notice.persons"); o == nil || o.Due == nil || !o.Due.Equal(time.Date(2026, 5, 9, 23, 59, 59, 0, edt)) {
		t.Errorf("us-tx.notice.persons = %+v, want due 2026-05-09 23:59:59 EDT", o)
	}
	wantNotApplicable(t, j, "us-tx.ag")
	// 250 Texans: the Attorney General within 30 days (9 April).
	for i := range inc.DataSets[0].Residence {
		if r := &inc.DataSets[0].Residence[i]; r.Region == "TX" {
			r.Persons = kn(250)
		}
	}
	j = usState(t, eval(t, inc, inc.UpdatedAt), "US-TX")
	if o := obligation(j, "us-tx.ag"); o == nil || o.Applies != Yes || o.Due == nil || !o.Due.Equal(time.Date(2026, 4, 9, 23, 59, 59, 0, edt)) {
		t.Errorf("250 Texans: us-tx.ag = %+v, want due 2026-04-09 23:59:59 EDT", o)
	}
}

// texans is a case of persons in one US state with the given kinds of data
// and encryption, known on 1 May 2026 10:00 JST.
func texans(region string, n int64, enc incident.Encryption, cats ...string) *incident.Incident {
	inc := base(n)
	inc.DataSets[0].Residence = []incident.Residence{{Country: "US", Region: region, Persons: kn(n)}}
	inc.DataSets[0].Encryption = enc
	inc.DataSets[0].Categories = nil
	for _, c := range cats {
		inc.DataSets[0].Categories = append(inc.DataSets[0].Categories, incident.Category{ID: c})
	}
	inc.Cause = incident.Cause{Kind: incident.CauseRansomware, UnlawfulPurpose: incident.Yes}
	return inc
}

// Texas: encrypted data whose key was not taken is no breach (521.053(a));
// with the key it is. A login and password alone is not Texas sensitive
// personal information (521.002), though California's and Florida's.
func TestTexasEncryptionAndCredentials(t *testing.T) {
	now := at(2026, 5, 2, 10, 0)
	if j := jur(t, eval(t, texans("TX", 300, incident.HighGrade, "name", "ssn"), now), "US-TX"); j.Reportable != No {
		t.Errorf("encrypted, key safe: reportable %s, want no", j.Reportable)
	}
	j := usState(t, eval(t, texans("TX", 300, incident.HighGradeKeyOut, "name", "ssn"), now), "US-TX")
	// 1 May 10:00 JST is 30 April 20:00 CDT: the 30th day after 30 April is 30 May.
	wantDue(t, j, "us-tx.ag", time.Date(2026, 5, 30, 23, 59, 59, 0, time.FixedZone("CDT", -5*3600)), StateDue)
	if j := jur(t, eval(t, texans("TX", 300, incident.NotEncrypted, "name", "email", "login_password"), now), "US-TX"); j.Reportable != No {
		t.Errorf("a login and password alone: reportable %s, want no", j.Reportable)
	}
}

// 108, Florida: 430 individuals (240 + 190; the 14 of no stated state could
// not bring them to 500). The individuals within 30 days of 19 May 00:00 EDT
// (18 June, notified on 12 June); no notice to the Department of Legal
// Affairs and none to the consumer reporting agencies.
func TestFloridaIn108(t *testing.T) {
	inc := loadScenario(t, scenarioDir+"/108-us-subsidiary-health-plan-dependants-states.json")
	a := eval(t, inc, inc.UpdatedAt)
	j := usState(t, a, "US-FL")
	wantDue(t, j, "us-fl.notice.persons", time.Date(2026, 6, 18, 23, 59, 59, 0, time.FixedZone("EDT", -4*3600)), StateDone)
	wantNotApplicable(t, j, "us-fl.department")
	wantNotApplicable(t, j, "us-fl.cra")
}

// Florida: 500 individuals → the Department within 30 days (1 May 10:00 JST
// is 30 April 21:00 EDT: the 30th day is 30 May, which ends in Florida
// before it ends in Tokyo); more than 1,000 → the consumer reporting
// agencies; a username and password alone is personal information
// (501.171(1)(g)2.); encrypted data with its key safe is not.
func TestFloridaCountsAndCredentials(t *testing.T) {
	now := at(2026, 5, 2, 10, 0)
	edt := time.FixedZone("EDT", -4*3600)
	j := usState(t, eval(t, texans("FL", 500, incident.NotEncrypted, "name", "email", "login_password"), now), "US-FL")
	wantDue(t, j, "us-fl.department", time.Date(2026, 5, 30, 23, 59, 59, 0, edt), StateDue)
	wantDue(t, j, "us-fl.notice.persons", time.Date(2026, 5, 30, 23, 59, 59, 0, edt), StateDue)
	wantNotApplicable(t, j, "us-fl.cra")
	j = usState(t, eval(t, texans("FL", 499, incident.NotEncrypted, "name", "ssn"), now), "US-FL")
	wantNotApplicable(t, j, "us-fl.department")
	j = usState(t, eval(t, texans("FL", 1001, incident.NotEncrypted, "name", "ssn"), now), "US-FL")
	if o := obligation(j, "us-fl.cra"); o == nil || o.Applies != Yes {
		t.Errorf("1,001 individuals: us-fl.cra = %+v, want it to apply", o)
	}
	if j := jur(t, eval(t, texans("FL", 600, incident.HighGrade, "name", "ssn"), now), "US-FL"); j.Reportable != No {
		t.Errorf("encrypted, key safe: reportable %s, want no", j.Reportable)
	}
}

// 108, Massachusetts: 111 residents (70 + 41), SSNs taken. No day count:
// the residents' notice is open (the notice of 12 June is recorded for
// everyone, not as the residents' own version: F570); the Attorney
// General and OCABR are open (their filing is not recorded for the state);
// the agencies OCABR names wait for that filing; 18 months of credit
// monitoring are owed, open until the offer's step is done.
func TestMassachusettsIn108(t *testing.T) {
	inc := loadScenario(t, scenarioDir+"/108-us-subsidiary-health-plan-dependants-states.json")
	a := eval(t, inc, inc.UpdatedAt)
	j := usState(t, a, "US-MA")
	for _, c := range []struct {
		ob    string
		state State
	}{{"us-ma.notice.persons", StateOpen}, {"us-ma.agencies", StateOpen}, {"us-ma.cra", StateWaiting}, {"us-ma.monitoring", StateOpen}} {
		o := obligation(j, c.ob)
		if o == nil || o.Applies != Yes || o.State != c.state || o.Due != nil {
			t.Errorf("%s = %+v, want it to apply, %s, no due date", c.ob, o, c.state)
		}
	}
	if o := obligation(j, "us-ma.notice.persons"); o == nil || !strings.Contains(o.Text.EN, "must not state the nature of the breach or the number") {
		t.Errorf("the residents' notice does not say what it must not state: %+v", o)
	}
}

// Massachusetts: an account number without its PIN is personal information,
// a health insurance number is not; no SSN, no credit monitoring.
func TestMassachusettsPersonalInformation(t *testing.T) {
	now := at(2026, 5, 2, 10, 0)
	j := usState(t, eval(t, texans("MA", 20, incident.NotEncrypted, "name", "bank_account"), now), "US-MA")
	wantNotApplicable(t, j, "us-ma.monitoring")
	if j := jur(t, eval(t, texans("MA", 20, incident.NotEncrypted, "name", "health_insurance"), now), "US-MA"); j.Reportable != No {
		t.Errorf("a health insurance number alone: reportable %s, want no", j.Reportable)
	}
}

// The identity theft offer's step carries Massachusetts's 18 months where
// Massachusetts applies (108), and not where it does not (51).
func TestIdentityTheftStepNamesMassachusetts(t *testing.T) {
	for _, c := range []struct {
		name string
		want bool
	}{{"108-us-subsidiary-health-plan-dependants-states", true}, {"51-us-subsidiary-ransomware-employees", false}} {
		inc := loadScenario(t, scenarioDir+"/"+c.name+".json")
		a := eval(t, inc, inc.UpdatedAt)
		found := false
		for _, s := range a.Steps {
			if s.ID == "pb.idtheft.offer" {
				found = true
				if got := strings.Contains(s.Do.EN, "at least 18 months") && strings.Contains(s.Citation.EN, "c. 93H, § 3A"); got != c.want {
					t.Errorf("%s: Massachusetts in the step %v, want %v: %s (%s)", c.name, got, c.want, s.Do.EN, s.Citation.EN)
				}
			}
		}
		if !found {
			t.Errorf("%s: no step pb.idtheft.offer", c.name)
		}
	}
}
