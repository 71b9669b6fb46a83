package assess

import (
	"strings"
	"testing"

	"breachdesk/app/incident"
)

// Findings of the review of the overseas scenarios 50–52
// (testdata/golden/assess/REVIEW.md, F50–F59).

func finding(a Assessment, id string) *Finding {
	for i := range a.Findings {
		if a.Findings[i].ID == id {
			return &a.Findings[i]
		}
	}
	return nil
}

func step(a Assessment, id string) *Step {
	for i := range a.Steps {
		if a.Steps[i].ID == id {
			return &a.Steps[i]
		}
	}
	return nil
}

// A timeline finding measured against a law's deadline counts that law's
// days as its obligation does (to the end of the 30th day), not 30×24 hours:
// the two lines of one page must name the same instant (51: "20 d 12 h left"
// beside "19 d 22 h left").
func TestFindingUsesTheLawsCount(t *testing.T) {
	inc := base(20)
	inc.DataSets[0].Categories = []incident.Category{{ID: "name"}, {ID: "ssn"}}
	inc.DataSets[0].Residence = []incident.Residence{{Country: "US", Region: "CA", Persons: kn(20)}}
	a := eval(t, inc, at(2026, 5, 3, 12, 0))
	o := obligation(jur(t, a, "US-CA"), "us-ca.notice.persons")
	f := finding(a, "tl.notice")
	if o == nil || o.Due == nil || f == nil || f.Limit == nil || !f.Limit.Equal(*o.Due) {
		t.Fatalf("finding limit %v, obligation due %v", f, o)
	}
	if f.Verdict != FindingPending {
		t.Errorf("verdict %s", f.Verdict)
	}
}

// IPA's desk is for organisations in Japan: an overseas subsidiary using the
// desk for its own case (51) is not told to file there.
func TestIPAOnlyWithAnOfficeInJapan(t *testing.T) {
	inc := base(20)
	inc.Cause.Kind = incident.CauseRansomware
	if s := step(eval(t, inc, now), "pb.ipa"); s == nil || s.State == StateNA {
		t.Errorf("a Japanese company hit by ransomware: the IPA step applies: %+v", s)
	}
	inc.Org.Establishments = []string{"US"}
	inc.DataSets[0].Residence = []incident.Residence{{Country: "US", Region: "NY", Persons: kn(20)}}
	if s := step(eval(t, inc, now), "pb.ipa"); s != nil && s.State != StateNA {
		t.Errorf("a US company: no IPA step: %+v", s)
	}
}

// Under PIPL alone the notice to persons is measured too (it is required by
// cn.notify.persons).
func TestNoticeFindingUnderPIPL(t *testing.T) {
	inc := base(20)
	inc.Org.Establishments = []string{"CN"}
	inc.DataSets[0].Residence = []incident.Residence{{Country: "CN", Persons: kn(20)}}
	a := eval(t, inc, now)
	if _, ok := notApplicableJP(a); !ok {
		t.Fatalf("JP should not apply to a company in China with persons in China")
	}
	if f := finding(a, "tl.notice"); f == nil {
		t.Error("no finding for the notice to persons under PIPL")
	}
}

func notApplicableJP(a Assessment) (NotApplicable, bool) {
	for _, n := range a.NotApplicable {
		if n.ID == "JP" {
			return n, true
		}
	}
	return NotApplicable{}, false
}

// A law that applies by one test does not ask for the facts of another that
// cannot change it (52: an office in Germany applies the GDPR, Art. 3(1);
// whether the company offers goods to persons in the EU, Art. 3(2), is not
// asked for). Without the office the question stays.
func TestAppliesAsksOnlyWhatCanChangeIt(t *testing.T) {
	inc := base(20)
	inc.Org.Establishments = []string{"JP", "DE"}
	inc.DataSets[0].Residence = []incident.Residence{{Country: "FR", Persons: kn(20)}}
	inc.Risk.Level = "risk"
	a := eval(t, inc, now)
	eu := jur(t, a, "EU")
	if eu.Applies != Yes {
		t.Fatalf("an office in Germany: %s", eu.Applies)
	}
	for _, n := range a.Needs {
		if n.Fact == "targets_eu" {
			t.Errorf("asked for targets_eu although the GDPR applies by the office: %+v", a.Needs)
		}
	}
	for _, w := range eu.AppliesWhy {
		if w.RuleID == "eu.applies.residents" && (w.Verdict != Unknown || len(w.Needs) > 0) {
			t.Errorf("Art. 3(2) beside Art. 3(1): %+v", w)
		}
	}
	inc.Org.Establishments = []string{"JP"}
	a = eval(t, inc, now)
	asked := false
	for _, n := range a.Needs {
		asked = asked || n.Fact == "targets_eu"
	}
	if !asked || jur(t, a, "EU").Applies != Unknown {
		t.Errorf("without the office Art. 3(2) decides and must be asked: %+v", a.Needs)
	}
}

// Places whose law the tool does not hold are named (65: customers in
// Washington; 24: an office in Vietnam); places a held law covers are not (an EEA
// country, a US state the tool holds), nor the persons of a ruled-out set.
// The US without a state is named last, "state not given" (F215: they may
// live in a state whose law the tool does not hold).
func TestUnheldPlaces(t *testing.T) {
	inc := base(60)
	inc.Org.Establishments = []string{"JP", "vn"}
	inc.DataSets[0].Residence = []incident.Residence{
		{Country: "HK", Persons: kn(10)}, {Country: "US", Region: "WA", Persons: kn(5)}, {Country: "US", Region: "WA", Persons: kn(2)},
		{Country: "NO", Persons: kn(3)}, {Country: "US", Region: "CA", Persons: kn(1)}, {Country: "US", Persons: kn(1)}, {Country: "VN", Persons: incident.Count{}},
	}
	inc.DataSets = append(inc.DataSets, incident.DataSet{ID: "d2", Role: incident.Controller, Categories: []incident.Category{{ID: "name"}},
		Residence: []incident.Residence{{Country: "TH", Persons: kn(9)}}, Status: []incident.StatusChange{{Status: incident.RuledOut}}})
	a := eval(t, inc, now)
	got := []string{}
	for _, u := range a.Unheld {
		got = append(got, u.Place)
	}
	if want := "VN HK US-WA US"; strings.Join(got, " ") != want {
		t.Fatalf("unheld %v, want %s", got, want)
	}
	if a.Unheld[0].Office != true || a.Unheld[0].Persons.Known || a.Unheld[2].Persons.N != 7 {
		t.Errorf("unheld %+v", a.Unheld)
	}
	// VN's row of persons is not counted: said beside the office (F393).
	if a.UnheldText == nil || !strings.Contains(a.UnheldText.EN, "VN (office, persons, number unknown); HK (10 persons); US-WA (7 persons); US (state not given, 1 person)") ||
		!strings.Contains(a.UnheldText.JA, "VN（拠点・人数不明）、HK（10名）、US-WA（7名）、US（州の記載なし・1名）") {
		t.Errorf("text %+v", a.UnheldText)
	}
	if a := eval(t, base(10), now); a.Unheld != nil || a.UnheldText != nil {
		t.Errorf("a Japanese case: %+v", a.Unheld)
	}
}
