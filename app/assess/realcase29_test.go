package assess

import (
	"testing"
	"time"

	"breachdesk/app/incident"
)

// Findings of the realcase29 review (scenarios 125–127; testdata/golden/
// assess/REVIEW.md, F600–).

// F600 (126, an airline's loyalty desk in Singapore): the APPI 確報's Civil
// Code reading, the 60th day after knowing (Sat 2 May 2026) moved past
// Golden Week to Thu 7 May, ended at midnight in Singapore, an hour after
// midnight in Tokyo, although the conservative date beside it ended at
// midnight in Tokyo. A Japanese period rolled to the next business day
// ends when Japan's day ends, whatever zone the incident is kept in.
func TestRolledDeadlineEndsInTheLawsZone(t *testing.T) {
	jst := time.FixedZone("JST", 9*3600)
	want := time.Date(2026, 5, 7, 23, 59, 59, 0, jst)
	for _, zone := range []string{"Asia/Singapore", "Europe/Paris"} {
		inc := loadScenario(t, scenarioDir+"/126-airline-loyalty-partner-pss-breach-members-worldwide.json")
		inc.TimeZone = zone
		a := eval(t, inc, inc.UpdatedAt)
		ob := obligation(jur(t, a, "JP"), "jp.report.final.60")
		if ob == nil || ob.DueAlt == nil {
			t.Fatalf("%s: no Civil Code reading of the 確報: %+v", zone, ob)
		}
		if !ob.DueAlt.Equal(want) {
			t.Errorf("%s: Civil Code 確報 due %s, want %s (end of 7 May in Tokyo)", zone, ob.DueAlt, want)
		}
	}
	// Kept in Sydney, whose day ends before Tokyo's, or in Los Angeles,
	// where the knowing fell on the day before, the earlier end stays.
	for _, zone := range []string{"Australia/Sydney", "America/Los_Angeles"} {
		inc := loadScenario(t, scenarioDir+"/126-airline-loyalty-partner-pss-breach-members-worldwide.json")
		inc.TimeZone = zone
		a := eval(t, inc, inc.UpdatedAt)
		if ob := obligation(jur(t, a, "JP"), "jp.report.final.60"); ob == nil || ob.DueAlt == nil || ob.DueAlt.After(want) {
			t.Errorf("%s: Civil Code 確報 due after the end of 7 May in Tokyo: %+v", zone, ob)
		}
	}
}

// F603 (127, a Canadian auto-finance company): 260,000 customers entered
// as living in Québec, 120,000 in Alberta and 130,000 in British Columbia,
// and the result named no law beside PIPEDA: the provinces' private-sector
// acts (Alberta PIPA s34.1: notice to the Commissioner without unreasonable
// delay; Québec's confidentiality-incident notice to the CAI) were silently
// taken as covered by the federal law. ca.json lists them as regions whose
// own law is not held; they are named, with their residents, and PIPEDA
// still judges them.
func TestProvincesWithTheirOwnLawAreNamed(t *testing.T) {
	inc := loadScenario(t, scenarioDir+"/127-ca-finance-subsidiary-unauthorised-access-provinces.json")
	a := eval(t, inc, inc.UpdatedAt)
	want := map[string]int64{"CA-QC": 260000, "CA-AB": 120000, "CA-BC": 130000}
	got := map[string]int64{}
	for _, u := range a.Unheld {
		got[u.Place] = u.Persons.N
	}
	for p, n := range want {
		if got[p] != n {
			t.Errorf("127: %s named with %d persons, want %d (unheld: %+v)", p, got[p], n, a.Unheld)
		}
	}
	if _, ok := got["CA-ON"]; ok {
		t.Error("127: Ontario (no private-sector act of its own) named as not held")
	}
	if _, ok := got["CA"]; ok {
		t.Error("127: Canada itself named as not held")
	}
	if j := jur(t, a, "CA"); j.Applies != Yes || j.Reportable != Yes {
		t.Errorf("127: PIPEDA no longer judges the case: applies %v, reportable %v", j.Applies, j.Reportable)
	}
}

// F605 (127, a Canadian finance company; 88, 95, 96, 108, subsidiaries
// abroad with no one in Japan): the playbook asked "Decide whether the My
// Number Act requires a report" ("Cannot tell yet") because an item was left
// unclassified, though the My Number Act's own rule (jn.applies) needs the
// business in Japan or persons living there. The steps ask what the law
// asks; a resident of Japan among the persons brings them back.
func TestMyNumberStepsNeedJapan(t *testing.T) {
	inc := loadScenario(t, scenarioDir+"/127-ca-finance-subsidiary-unauthorised-access-provinces.json")
	a := eval(t, inc, inc.UpdatedAt)
	if s := step(a, "pb.mynumber"); s != nil && s.Applies != No {
		t.Errorf("127: My Number step applies %v (no one in Japan, no office there)", s.Applies)
	}
	inc.DataSets[0].Residence = append(inc.DataSets[0].Residence, incident.Residence{Country: "JP", Persons: incident.Count{Known: true, N: 3}})
	// An unclassified item that may be My Number (F951: 127's own "credit
	// score" or "VIN" names none of its words and is read as not being it).
	inc.DataSets[0].Categories = append(inc.DataSets[0].Categories, incident.Category{ID: "other", Other: "個人番号の写し（確認中）"})
	a = eval(t, inc, inc.UpdatedAt)
	if s := step(a, "pb.mynumber"); s == nil || s.Applies != Unknown {
		t.Errorf("127 with 3 persons in Japan: My Number step %+v, want undetermined", s)
	}
}
