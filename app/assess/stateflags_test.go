package assess

import (
	"testing"

	"breachdesk/app/incident"
)

// Texas's and Massachusetts's personal information is tested by a flag of
// each state (categories.json: tx_spi, ma_pi), as California's and New
// York's is: an item left "other" and unclassified cannot tell, where the
// kinds listed one by one read it as none (F574: 108's medical
// certifications were "not reportable" in Massachusetts); classified by the
// user, it answers.
func TestStateLawsReadAnUnclassifiedItemAsOpen(t *testing.T) {
	for _, c := range []struct {
		place, rule string
		flags       []string
		want        Verdict
	}{
		{"MA", "us-ma.pi", nil, Unknown},
		{"TX", "us-tx.spi", nil, Unknown},
		{"MA", "us-ma.pi", []string{"ma_pi"}, Yes},
		{"TX", "us-tx.spi", []string{"tx_spi"}, Yes},
		{"MA", "us-ma.pi", []string{"none"}, No},
		{"TX", "us-tx.spi", []string{"sensitive"}, No},
	} {
		inc := base(50)
		d := &inc.DataSets[0]
		d.Categories = []incident.Category{{ID: "name"}, {ID: "other", Other: "診断書", Flags: c.flags}}
		d.Residence = []incident.Residence{{Country: "US", Region: c.place, Persons: kn(50)}}
		a := eval(t, inc, at(2026, 5, 2, 10, 0))
		j := jur(t, a, "US-"+c.place)
		if got := trigger(j, c.rule); got != c.want {
			t.Errorf("%s, the other item flagged %v: %s is %s, want %s", c.place, c.flags, c.rule, got, c.want)
		}
	}
	// The kinds each flag stands for are the statutes' (521.002(a)(2); c. 93H § 1(a)).
	for _, c := range []struct {
		place, rule, kind string
		want              Verdict
	}{
		{"MA", "us-ma.pi", "bank_account", Yes},
		{"TX", "us-tx.spi", "bank_account", No}, // an account number needs its access code in Texas
		{"MA", "us-ma.pi", "passport_number", No},
		{"TX", "us-tx.spi", "passport_number", Yes},
		{"MA", "us-ma.pi", "medical_history", No},
		{"TX", "us-tx.spi", "health_insurance", Yes},
		{"TX", "us-tx.spi", "login_password", No},
	} {
		inc := base(50)
		d := &inc.DataSets[0]
		d.Categories = []incident.Category{{ID: "name"}, {ID: c.kind}}
		d.Residence = []incident.Residence{{Country: "US", Region: c.place, Persons: kn(50)}}
		a := eval(t, inc, at(2026, 5, 2, 10, 0))
		if got := trigger(jur(t, a, "US-"+c.place), c.rule); got != c.want {
			t.Errorf("%s, %s: %s is %s, want %s", c.place, c.kind, c.rule, got, c.want)
		}
	}
}

// Massachusetts's notice to its residents is done by a notice recorded for
// US-MA only: a notice recorded for everyone is the common one, which tells
// the nature of the breach and the number affected that § 3(b) keeps out of
// the residents' notice (108: e10, the mail to everyone).
func TestMassachusettsNoticeDoneOnlyByItsOwnVersion(t *testing.T) {
	inc := loadScenario(t, scenarioDir+"/108-us-subsidiary-health-plan-dependants-states.json")
	a := eval(t, inc, inc.UpdatedAt)
	if o := obligation(jur(t, a, "US-MA"), "us-ma.notice.persons"); o == nil || o.DoneBy != "" {
		t.Fatalf("us-ma.notice.persons = %+v, want open: only the common notice is recorded", o)
	}
	if o := obligation(jur(t, a, "US-CA"), "us-ca.notice.persons"); o == nil || o.DoneBy != "e10" {
		t.Errorf("us-ca.notice.persons = %+v, want done by the common notice e10", o)
	}
	e, _ := inc.Event("e10")
	e.ID, e.Jurisdiction = "e10ma", "US-MA"
	inc.Events = append(inc.Events, e)
	a = eval(t, inc, inc.UpdatedAt)
	if o := obligation(jur(t, a, "US-MA"), "us-ma.notice.persons"); o == nil || o.DoneBy != "e10ma" {
		t.Errorf("us-ma.notice.persons = %+v, want done by the version recorded for US-MA", o)
	}
}
