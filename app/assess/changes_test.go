package assess

import (
	"strings"
	"testing"
	"time"

	"breachdesk/app/incident"
)

// Table tests for the law changes of checklists/ (issue 13, "Law that changed
// or is about to"). Each case fails if its rule is removed or loses its date.

func applies(a Assessment, id string) bool {
	for _, j := range a.Jurisdictions {
		if j.ID == id {
			return j.Applies == Yes
		}
	}
	return false
}

// GDPR applies in the EEA (Iceland, Liechtenstein, Norway) from 2018-07-20,
// and to the UK until the end of the transition period (2020-12-31).
func TestEUAndEEAPlaces(t *testing.T) {
	for _, c := range []struct {
		country string
		aware   time.Time
		eu, uk  bool
	}{
		{"NO", at(2026, 5, 1, 10, 0), true, false},
		{"IS", at(2026, 5, 1, 10, 0), true, false},
		{"LI", at(2026, 5, 1, 10, 0), true, false},
		{"NO", at(2018, 7, 20, 10, 0), true, false},
		{"NO", at(2018, 7, 19, 10, 0), false, false}, // before the EEA incorporation
		{"DE", at(2018, 7, 19, 10, 0), true, false},
		{"GB", at(2019, 6, 1, 10, 0), true, false}, // the UK under the GDPR until 2020-12-31
		{"GB", at(2020, 12, 31, 10, 0), true, false},
		{"GB", at(2021, 1, 1, 10, 0), false, true},
		{"CH", at(2026, 5, 1, 10, 0), false, false}, // Switzerland is not in the EEA
	} {
		inc := base(10)
		inc.Events[0].At = c.aware
		inc.DataSets[0].Residence = []incident.Residence{{Country: c.country, Persons: kn(10)}}
		inc.Org.TargetsEU, inc.Org.TargetsUK = incident.Yes, incident.Yes // offers to them (Art. 3(2))
		inc.Risk.Level = "risk"
		a := eval(t, inc, c.aware.Add(time.Hour))
		if got := applies(a, "EU"); got != c.eu {
			t.Errorf("%s-only breach known %s: EU/EEA GDPR applies %v, want %v", c.country, c.aware.Format(time.DateOnly), got, c.eu)
		}
		if got := applies(a, "UK"); got != c.uk {
			t.Errorf("%s-only breach known %s: UK GDPR applies %v, want %v", c.country, c.aware.Format(time.DateOnly), got, c.uk)
		}
		if c.eu && obligation(jur(t, a, "EU"), "eu.art33.report") == nil {
			t.Errorf("%s %s: no Art. 33 notice", c.country, c.aware.Format(time.DateOnly))
		}
	}
	// An establishment in Norway alone brings the GDPR.
	inc := base(10)
	inc.Org.Establishments = []string{"NO"}
	inc.DataSets[0].Residence = []incident.Residence{{Country: "JP", Persons: kn(10)}}
	if !applies(eval(t, inc, now), "EU") {
		t.Error("an establishment in Norway: GDPR applies")
	}
}

// PECR breach notices by providers of public electronic communications
// services: 24 hours until 2025-08-19, 72 hours from 2025-08-20.
func TestUKPECRBreachNotice(t *testing.T) {
	for _, c := range []struct {
		sector string
		aware  time.Time
		state  State         // "" = the obligation is absent
		hours  time.Duration // from aware to due
	}{
		{"telecom", time.Date(2025, 8, 19, 10, 0, 0, 0, time.UTC), StateDue, 24},
		{"telecom", time.Date(2025, 8, 20, 10, 0, 0, 0, time.UTC), StateDue, 72},
		{"telecom", time.Date(2021, 1, 1, 10, 0, 0, 0, time.UTC), StateDue, 24},
		{"retail", time.Date(2025, 8, 20, 10, 0, 0, 0, time.UTC), "", 0},
		{"telecommunications", time.Date(2025, 8, 20, 10, 0, 0, 0, time.UTC), "", 0}, // not in the vocabulary: other
		{"", time.Date(2025, 8, 20, 10, 0, 0, 0, time.UTC), StateUndetermined, 72},
	} {
		inc := base(10)
		inc.TimeZone = "Europe/London"
		inc.Org.Establishments = []string{"GB"}
		inc.Org.Sector = c.sector
		inc.Events[0].At = c.aware
		inc.DataSets[0].Residence = []incident.Residence{{Country: "GB", Persons: kn(10)}}
		inc.Risk.Level = "unlikely" // PECR has no risk threshold
		j := jur(t, eval(t, inc, c.aware.Add(time.Hour)), "UK")
		o := obligation(j, "uk.pecr.report")
		switch {
		case c.state == "" && o != nil:
			t.Errorf("sector %q: PECR notice should not apply, got %s", c.sector, o.State)
		case c.state == "":
		case o == nil:
			t.Errorf("sector %q known %s: no PECR notice", c.sector, c.aware)
		case o.State != c.state:
			t.Errorf("sector %q: PECR notice %s, want %s (%s)", c.sector, o.State, c.state, o.Explanation.EN)
		case o.Due == nil || o.Due.Sub(c.aware) != c.hours*time.Hour:
			t.Errorf("sector %q known %s: due %v, want %d hours after", c.sector, c.aware, o.Due, c.hours)
		}
		if c.state != "" && j.Reportable != No {
			t.Errorf("risk unlikely: UK GDPR Art. 33 should not be reportable, got %s", j.Reportable)
		}
	}
	// The subscribers' notice follows the risk; encryption lifts it.
	inc := base(10)
	inc.Org.Establishments, inc.Org.Sector = []string{"GB"}, "telecom"
	inc.DataSets[0].Residence = []incident.Residence{{Country: "GB", Persons: kn(10)}}
	inc.Risk.Level = "high"
	if o := obligation(jur(t, eval(t, inc, now), "UK"), "uk.pecr.subscribers"); o == nil || o.State != StateOpen {
		t.Errorf("PECR subscribers' notice: %+v", o)
	}
	inc.DataSets[0].Encryption = incident.HighGrade
	if o := obligation(jur(t, eval(t, inc, now), "UK"), "uk.pecr.subscribers"); o == nil || o.State != StateNotRequired {
		t.Errorf("PECR subscribers' notice with the data encrypted: %+v", o)
	}
}

// Singapore: persons are notified at the same time as or after the PDPC
// (PDPA s26D(2)); notice to persons before the PDPC notification is out of order.
func TestSingaporeNoticeOrder(t *testing.T) {
	assessed := at(2026, 5, 2, 10, 0)
	for _, c := range []struct {
		name    string
		pdpc    time.Time // zero: not notified
		persons time.Time // zero: not notified
		want    State
		says    string
	}{
		{"persons before the PDPC", assessed.Add(5 * time.Hour), assessed.Add(time.Hour), StateDoneOutOfOrder, "before the step that must come first"},
		{"persons with no PDPC notice", time.Time{}, assessed.Add(time.Hour), StateDoneOutOfOrder, "not recorded yet"},
		{"at the same time", assessed.Add(time.Hour), assessed.Add(time.Hour), StateDone, ""},
		{"after the PDPC", assessed.Add(time.Hour), assessed.Add(2 * time.Hour), StateDone, ""},
		{"not yet, PDPC not yet", time.Time{}, time.Time{}, StateOpen, "on or after notifying the PDPC"},
		{"not yet, PDPC done", assessed.Add(time.Hour), time.Time{}, StateOpen, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			inc := base(600)
			inc.DataSets[0].Residence = []incident.Residence{{Country: "SG", Persons: kn(600)}}
			inc.Risk.SeriousHarm = incident.Yes
			addEvent(inc, "x", incident.EvAssessed, assessed)
			if !c.pdpc.IsZero() {
				inc.Events = append(inc.Events, incident.Event{ID: "pdpc", Kind: incident.EvReportPrelim, At: c.pdpc, Jurisdiction: "SG"})
			}
			if !c.persons.IsZero() {
				addEvent(inc, "n", incident.EvNoticePersons, c.persons)
			}
			o := obligation(jur(t, eval(t, inc, assessed.Add(24*time.Hour)), "SG"), "sg.notify.persons")
			if o == nil {
				t.Fatal("no notice to persons")
			}
			if o.State != c.want {
				t.Errorf("state %s, want %s (%s)", o.State, c.want, o.Explanation.EN)
			}
			if c.says != "" && !strings.Contains(o.Explanation.EN, c.says) {
				t.Errorf("explanation %q does not say %q", o.Explanation.EN, c.says)
			}
			if c.says == "" && strings.Contains(o.Explanation.EN, "s26D(2)") {
				t.Errorf("no order problem, yet the explanation says: %s", o.Explanation.EN)
			}
		})
	}
}

// California: passport numbers are personal information from 2020-01-01 (AB
// 1130); the identity theft services offer (from 2015) covers SSN and
// driver's licence, and from 2020 passport and other government ID numbers.
func TestCaliforniaPassportAndIDTheftOffer(t *testing.T) {
	for _, c := range []struct {
		cat        string
		aware      time.Time
		role       incident.Role
		reportable Verdict
		offer      bool
	}{
		{"passport_number", at(2019, 12, 31, 10, 0), incident.Controller, No, false},
		{"passport_number", at(2020, 1, 1, 10, 0), incident.Controller, Yes, true},
		{"passport_number", at(2026, 5, 1, 10, 0), incident.Processor, Yes, false}, // not the source of the breach
		{"ssn", at(2014, 12, 31, 10, 0), incident.Controller, Yes, false},
		{"ssn", at(2015, 1, 1, 10, 0), incident.Controller, Yes, true},
		{"drivers_license", at(2019, 6, 1, 10, 0), incident.Controller, Yes, true},
		{"medical_history", at(2026, 5, 1, 10, 0), incident.Controller, Yes, false}, // personal information, but no offer
		{"email", at(2026, 5, 1, 10, 0), incident.Controller, No, false},
	} {
		inc := base(10)
		inc.Events[0].At = c.aware
		inc.DataSets[0].Role = c.role
		inc.DataSets[0].Categories = []incident.Category{{ID: "name"}, {ID: c.cat}}
		inc.DataSets[0].Residence = []incident.Residence{{Country: "US", Region: "CA", Persons: kn(10)}}
		j := jur(t, eval(t, inc, c.aware.Add(time.Hour)), "US-CA")
		if j.Reportable != c.reportable {
			t.Errorf("%s known %s: reportable %s, want %s", c.cat, c.aware.Format(time.DateOnly), j.Reportable, c.reportable)
		}
		if got := obligation(j, "us-ca.idtheft.offer") != nil; got != c.offer {
			t.Errorf("%s known %s as %s: identity theft offer %v, want %v", c.cat, c.aware.Format(time.DateOnly), c.role, got, c.offer)
		}
	}
}

// New York: 30 days from discovery and the processor's 30-day cap from
// 2024-12-21; DFS for DFS-regulated entities; medical and health-insurance
// information from 2025-03-21.
func TestNewYorkChanges(t *testing.T) {
	ny := func(aware time.Time, cat string) *incident.Incident {
		inc := base(10)
		inc.Events[0].At = aware
		inc.DataSets[0].Categories = []incident.Category{{ID: "name"}, {ID: cat}}
		inc.DataSets[0].Residence = []incident.Residence{{Country: "US", Region: "NY", Persons: kn(10)}}
		return inc
	}
	for _, c := range []struct {
		cat        string
		aware      time.Time
		reportable Verdict
	}{
		{"medical_history", at(2025, 3, 20, 10, 0), No},
		{"medical_history", at(2025, 3, 21, 10, 0), Yes},
		{"health_insurance", at(2025, 3, 21, 10, 0), Yes},
		{"passport_number", at(2026, 5, 1, 10, 0), No}, // not private information in New York
		{"ssn", at(2020, 5, 1, 10, 0), Yes},
	} {
		j := jur(t, eval(t, ny(c.aware, c.cat), c.aware.Add(time.Hour)), "US-NY")
		if j.Reportable != c.reportable {
			t.Errorf("%s known %s: reportable %s, want %s", c.cat, c.aware.Format(time.DateOnly), j.Reportable, c.reportable)
		}
	}
	// 30 days to residents from 2024-12-21.
	for _, c := range []struct {
		aware time.Time
		days  bool
	}{{at(2024, 12, 20, 10, 0), false}, {at(2024, 12, 21, 10, 0), true}} {
		o := obligation(jur(t, eval(t, ny(c.aware, "ssn"), c.aware.Add(time.Hour)), "US-NY"), "us-ny.notice.persons")
		if (o.Due != nil) != c.days {
			t.Errorf("known %s: 30-day due %v", c.aware.Format(time.DateOnly), o.Due)
		}
	}
	// DFS-regulated entities also notify DFS.
	for _, c := range []struct {
		sector string
		aware  time.Time
		dfs    bool
	}{
		{"finance", at(2025, 5, 1, 10, 0), true},
		{"insurance", at(2025, 5, 1, 10, 0), true},
		{"retail", at(2025, 5, 1, 10, 0), false},
		{"finance", at(2024, 12, 20, 10, 0), false},
	} {
		inc := ny(c.aware, "ssn")
		inc.Org.Sector = c.sector
		if got := obligation(jur(t, eval(t, inc, c.aware.Add(time.Hour)), "US-NY"), "us-ny.dfs") != nil; got != c.dfs {
			t.Errorf("sector %s known %s: DFS notice %v, want %v", c.sector, c.aware.Format(time.DateOnly), got, c.dfs)
		}
	}
	// A business holding data it does not own: immediately, and within 30 days from 2024-12-21.
	inc := ny(at(2025, 5, 1, 10, 0), "ssn")
	inc.DataSets[0].Role = incident.Processor
	o := obligation(jur(t, eval(t, inc, at(2025, 5, 1, 11, 0)), "US-NY"), "us-ny.notice.owner")
	// Known at 10:00 in Tokyo, 21:00 the day before in New York: 30 days
	// from 4/30 there (F216).
	if o == nil || o.Due == nil || !o.Due.Equal(time.Date(2025, 5, 31, 12, 59, 59, 0, jst)) {
		t.Errorf("owner notice within 30 days: %+v", o)
	}
}

// Korea: from 2026-09-11 a possible breach must be notified too; the
// report still follows a confirmed breach (the 72 hours are kept).
func TestKoreaAmendment2026(t *testing.T) {
	for _, c := range []struct {
		aware          time.Time
		status         incident.Status
		notice, report bool
	}{
		{at(2026, 9, 10, 10, 0), incident.Possible, false, false},
		{at(2026, 9, 11, 10, 0), incident.Possible, true, false},
		{at(2026, 9, 10, 10, 0), incident.Confirmed, true, true},
		{at(2026, 9, 11, 10, 0), incident.Confirmed, true, true},
	} {
		inc := base(1500)
		inc.Events[0].At = c.aware
		inc.DataSets[0].Status = []incident.StatusChange{{Status: c.status}}
		inc.DataSets[0].Residence = []incident.Residence{{Country: "KR", Persons: kn(1500)}}
		j := jur(t, eval(t, inc, c.aware.Add(time.Hour)), "KR")
		n, r := obligation(j, "kr.notice.persons"), obligation(j, "kr.report")
		if (n != nil) != c.notice || (r != nil) != c.report {
			t.Errorf("%s known %s: notice %v report %v, want %v %v", c.status, c.aware.Format(time.DateOnly), n != nil, r != nil, c.notice, c.report)
			continue
		}
		if n != nil && n.Due.Sub(c.aware) != 72*time.Hour {
			t.Errorf("%s known %s: notice due %s, want 72 hours", c.status, c.aware.Format(time.DateOnly), n.Due)
		}
		amended := !c.aware.Before(at(2026, 9, 11, 0, 0))
		if n != nil && strings.Contains(n.Text.EN, "forgery") != amended {
			t.Errorf("known %s: notice text %q", c.aware.Format(time.DateOnly), n.Text.EN)
		}
	}
}

// Each result names the version of the law it applied.
func TestLawVersion(t *testing.T) {
	for _, c := range []struct {
		jur   string
		aware time.Time
		since string // "" = none named
	}{
		{"US-CA", at(2025, 12, 31, 10, 0), "2020-01-01"},
		{"US-CA", at(2026, 1, 1, 10, 0), "2026-01-01"},
		{"KR", at(2026, 9, 10, 10, 0), "2023-09-15"},
		{"KR", at(2026, 9, 11, 10, 0), "2026-09-11"},
		{"UK", at(2025, 8, 20, 10, 0), "2025-08-20"},
		{"EU", at(2018, 7, 20, 10, 0), "2018-07-20"},
	} {
		inc := base(10)
		inc.Events[0].At = c.aware
		inc.DataSets[0].Categories = []incident.Category{{ID: "name"}, {ID: "ssn"}}
		inc.Risk.Level = "risk"
		country, region := map[string]string{"US-CA": "US", "KR": "KR", "UK": "GB", "EU": "FR"}[c.jur], ""
		if c.jur == "US-CA" {
			region = "CA"
		}
		inc.DataSets[0].Residence = []incident.Residence{{Country: country, Region: region, Persons: kn(10)}}
		j := jur(t, eval(t, inc, c.aware.Add(time.Hour)), c.jur)
		got := ""
		if j.LawVersion != nil {
			got = string(j.LawVersion.Since)
		}
		if got != c.since {
			t.Errorf("%s known %s: law version since %q, want %q", c.jur, c.aware.Format(time.DateOnly), got, c.since)
		}
	}
}
