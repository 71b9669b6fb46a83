package assess

import (
	"testing"
	"time"

	"breachdesk/app/incident"
)

// Findings of the review of scenarios 26–29 (testdata/golden/assess/REVIEW.md,
// F41–): each a test that fails when the engine gets it wrong again.

// Scenario 26 (a bank e-mails a file of 5,572 iDeCo applicants to a partner
// institution): with fewer than 1,001 persons APPI makes the case not
// reportable, but a financial institution must still report a leak of
// individual customers' personal data to the FSA under its business law
// (PPC/FSA Q&A Q4-12), promptly (about 3–5 days). Without the rule the
// tool said a bank owed no report at all. When APPI makes it reportable,
// the APPI report (routed to the FSA) carries both bases: no second duty.
func TestBankOwesBusinessLawReportBelowThreshold(t *testing.T) {
	inc, a := realCase(t, "26-bank-misdirected-file-partner")
	if ob := obligation(jur(t, a, "JP"), "jp.finance.bizlaw"); ob != nil {
		t.Errorf("reportable under APPI (5,572 persons): the business-law report is the APPI report, got a second duty %s", ob.State)
	}
	d := &inc.DataSets[0]
	d.Persons = incident.FigureOf(kn(900))
	d.Residence = []incident.Residence{{Country: "JP", Persons: kn(900)}}
	a = eval(t, inc, inc.UpdatedAt)
	j := jur(t, a, "JP")
	if j.Reportable != No {
		t.Fatalf("900 persons, e-mail addresses and numbers: APPI reportable %s, want no", j.Reportable)
	}
	ob := obligation(j, "jp.finance.bizlaw")
	if ob == nil || ob.Applies != Yes || ob.Level != "required" {
		t.Fatalf("a bank's leak of 900 customers: want the business-law report required, got %+v", ob)
	}
	if ob.Due == nil || ob.Due.Format("2006-01-02 15:04") != "2025-06-16 23:59" {
		t.Errorf("business-law report due %v, want the 5th day from knowing 6/12 (2025-06-16 23:59)", ob.Due)
	}
	// Not a financial institution: nothing.
	inc.Org.Sector = "retail"
	if ob := obligation(jur(t, eval(t, inc, inc.UpdatedAt), "JP"), "jp.finance.bizlaw"); ob != nil {
		t.Errorf("a retailer owes no report under a financial business law, got %s", ob.State)
	}
}

// Scenario 30 (a city's contractor loses a USB stick with every resident's
// data, June 2022): APPI's rules for public bodies (Art. 68, more than 100
// persons) applied to local governments only from 2023-04-01; before, the
// city's own ordinance did. The tool judged the city under Art. 68. A
// national public body was under APPI from 2022-04-01; a local body is
// from 2023-04-01 on.
func TestLocalGovernmentUnderAPPIFrom2023(t *testing.T) {
	_, a := realCase(t, "30-city-usb-lost-by-contractor-2022")
	j := jur(t, a, "JP")
	if j.Reportable != No || j.Exclusions == nil {
		t.Errorf("a city in June 2022: reportable %s, want no (its ordinance applied)", j.Reportable)
	}
	for _, c := range []struct {
		kind incident.OrgKind
		when time.Time
		want Verdict
	}{
		{incident.Local, at(2022, 6, 22, 15, 45), No},
		{incident.Local, at(2023, 3, 31, 9, 0), No},
		{incident.Local, at(2023, 4, 1, 9, 0), Yes},
		{incident.Public, at(2022, 6, 22, 15, 45), Yes},
	} {
		inc := base(150)
		inc.Org.Kind = c.kind
		inc.Events[0].At = c.when
		if got := jur(t, eval(t, inc, c.when.Add(time.Hour)), "JP").Reportable; got != c.want {
			t.Errorf("%s body, 150 persons, known %s: reportable %s, want %s", c.kind, c.when.Format(time.DateOnly), got, c.want)
		}
	}
}

// Scenario 29 (logins to members' accounts with IDs and passwords obtained
// elsewhere): credential stuffing is an act of unlawful purpose (Rules Art.
// 7(3), any number of persons) even when the user has not answered the
// question of purpose, and the password reset step applies although no
// password leaked from the company.
func TestCredentialStuffingIsType3(t *testing.T) {
	inc := base(200)
	inc.Cause = incident.Cause{Kind: incident.CauseCredentialStuffing}
	a := eval(t, inc, at(2026, 5, 2, 10, 0))
	j := jur(t, a, "JP")
	if j.Reportable != Yes || trigger(j, "jp.r7.3") != Yes || trigger(j, "jp.r7.4") != No {
		t.Errorf("credential stuffing, 200 persons: reportable %s, 7(3) %s, 7(4) %s; want yes by 7(3) only", j.Reportable, trigger(j, "jp.r7.3"), trigger(j, "jp.r7.4"))
	}
	if ob := obligation(j, "jp.police"); ob == nil || ob.Applies != Yes {
		t.Errorf("credential stuffing: the police step should apply, got %+v", ob)
	}
	found := false
	for _, s := range a.Steps {
		if s.ID == "pb.password.reset" {
			found = s.Applies == Yes
		}
	}
	if !found {
		t.Error("credential stuffing: pb.password.reset should apply")
	}
}

// Scenario 31 (a prefecture, August 2023): 170 addresses of which 62 name a
// person. A public body's type is more than 100 persons: counted in
// persons, not records, the case is not reportable; had every address been
// a person (170), it would be.
func TestPrefectureCountsPersonsNotAddresses(t *testing.T) {
	inc, a := realCase(t, "31-prefecture-bcc-mistake")
	if j := jur(t, a, "JP"); j.Reportable != No || trigger(j, "jp.r7.4.public") != No {
		t.Errorf("62 persons (170 addresses): reportable %s, want no", j.Reportable)
	}
	d := &inc.DataSets[0]
	d.Persons = incident.FigureOf(kn(170))
	d.Residence = []incident.Residence{{Country: "JP", Persons: kn(170)}}
	if j := jur(t, eval(t, inc, inc.UpdatedAt), "JP"); j.Reportable != Yes || trigger(j, "jp.r7.4.public") != Yes {
		t.Errorf("170 persons: reportable %s, want yes (a public body, more than 100)", j.Reportable)
	}
}
