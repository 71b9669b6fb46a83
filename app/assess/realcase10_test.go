package assess

import (
	"testing"
	"time"

	"breachdesk/app/incident"
)

// Findings of the realcase10 review (scenarios 64–66; testdata/golden/assess/
// REVIEW.md, F210–).

// F211 (64, users in 148 countries, Germany, France, Singapore, Korea and
// Canada listed with their counts unknown; 66, inquiries from China and Korea,
// counts unknown): each of those laws read "cannot tell whether this law
// applies — need: where the affected persons live", although the user had
// said where they live. A place listed with its count unknown is a place
// where some of the persons live: at least one.
func TestPlaceListedWithoutCountHasPersons(t *testing.T) {
	inc := base(452)
	inc.DataSets[0].Residence = []incident.Residence{{Country: "KR"}, {Country: "DE"}, {Country: "US"}}
	inc.Org.TargetsEU = incident.Yes
	a := eval(t, inc, at(2026, 5, 2, 10, 0))
	for _, id := range []string{"KR", "EU"} {
		if j := jur(t, a, id); j.Applies != Yes {
			t.Errorf("%s applies %q, want yes (a place listed with its count unknown)", id, j.Applies)
		}
	}
	// A threshold the unknown count does not settle stays unknown: a US
	// state's residents are still not known.
	if j := jur(t, a, "US-CA"); j.Applies != Unknown {
		t.Errorf("US-CA applies %q, want unknown (no state given)", j.Applies)
	}
	// Not listed: still not applicable when the listed counts are all known.
	inc.DataSets[0].Residence = []incident.Residence{{Country: "JP", Persons: kn(452)}}
	a = eval(t, inc, at(2026, 5, 2, 10, 0))
	for _, j := range a.Jurisdictions {
		if j.ID == "KR" {
			t.Errorf("KR in the assessment with persons in Japan only")
		}
	}
}

// F212 (64: 126,970 persons, of whom those in Singapore and Korea are not
// counted; 66: 452): Singapore's 500 and Korea's 1,000 were counted over the
// whole incident, so that a Japanese company's case with a handful of
// persons in Singapore was notifiable to the PDPC by scale. For an
// organisation not established there, the persons living there are counted.
func TestScaleThresholdCountsThatCountrysResidents(t *testing.T) {
	inc := base(5000)
	inc.DataSets[0].Residence = []incident.Residence{{Country: "JP", Persons: kn(4990)}, {Country: "SG", Persons: kn(6)}, {Country: "KR", Persons: kn(4)}}
	a := eval(t, inc, at(2026, 5, 2, 10, 0))
	if v := trigger(jur(t, a, "SG"), "sg.scale"); v != No {
		t.Errorf("sg.scale %q with 6 persons in Singapore, want no", v)
	}
	if v := trigger(jur(t, a, "KR"), "kr.scale"); v != No {
		t.Errorf("kr.scale %q with 4 persons in Korea, want no", v)
	}
	// Established in Singapore: the whole count.
	inc.Org.Establishments = append(inc.Org.Establishments, "SG")
	if v := trigger(jur(t, eval(t, inc, at(2026, 5, 2, 10, 0)), "SG"), "sg.scale"); v != Yes {
		t.Errorf("sg.scale %q with an office in Singapore and 5,000 persons, want yes", v)
	}
	// Korea's count unknown but the whole case below the threshold: no.
	inc = base(452)
	inc.DataSets[0].Residence = []incident.Residence{{Country: "KR"}}
	if v := trigger(jur(t, eval(t, inc, at(2026, 5, 2, 10, 0)), "KR"), "kr.scale"); v != No {
		t.Errorf("kr.scale %q with 452 persons in all, want no", v)
	}
}

// F215 (65, about 6,000 of a web store's customers entered as in the US
// without their state; 64 and 18 too): the "no law held" line named Texas (now held) and
// Washington but not them, although they may live in any of the states whose
// law the tool does not hold. A country entered without its state, where the
// tool holds some states only, is named with "state not given".
func TestPersonsWithoutTheirStateAreNamed(t *testing.T) {
	inc := base(100)
	inc.DataSets[0].Residence = []incident.Residence{{Country: "US", Region: "CA", Persons: kn(40)}, {Country: "US", Persons: kn(60)}}
	a := eval(t, inc, at(2026, 5, 2, 10, 0))
	if len(a.Unheld) != 1 || a.Unheld[0].Place != "US" || !a.Unheld[0].StateUnknown || a.Unheld[0].Persons.N != 60 {
		t.Errorf("unheld %+v, want US (state not given, 60)", a.Unheld)
	}
	// Every person's state given: nothing unheld.
	inc.DataSets[0].Residence = []incident.Residence{{Country: "US", Region: "CA", Persons: kn(40)}, {Country: "US", Region: "NY", Persons: kn(60)}}
	if a := eval(t, inc, at(2026, 5, 2, 10, 0)); len(a.Unheld) != 0 {
		t.Errorf("unheld %+v, want none", a.Unheld)
	}
}

// F216 (65, a Tokyo company learning on a Californian evening of a skimmed
// store): California's 30 days, its 15 days for the Attorney General's sample
// and New York's 30 days were counted in Tokyo days, ending 16 or 17 hours
// after the day ends in California or New York. A jurisdiction with a zone of
// its own ends its days at the earlier of the two ends.
func TestStateDaysEndInTheStatesZone(t *testing.T) {
	la, _ := incident.LoadZone("America/Los_Angeles")
	inc := base(600)
	inc.DataSets[0].Categories = []incident.Category{{ID: "name"}, {ID: "card_number"}}
	inc.DataSets[0].Residence = []incident.Residence{{Country: "US", Region: "CA", Persons: kn(600)}}
	inc.Events = []incident.Event{{ID: "aware", Kind: incident.EvAware, At: at(2026, 2, 24, 10, 0)}} // 2/23 17:00 in California
	a := eval(t, inc, at(2026, 2, 25, 10, 0))
	o := obligation(jur(t, a, "US-CA"), "us-ca.notice.persons")
	if want := time.Date(2026, 3, 25, 23, 59, 59, 0, la); o == nil || o.Due == nil || !o.Due.Equal(want) {
		t.Errorf("us-ca.notice.persons due %v, want %v (30 days from 2/23 in California)", o.Due, want)
	}
	// Japan's 30 days stay counted in Japan.
	p := obligation(jur(t, a, "JP"), "jp.report.prelim")
	if p == nil || p.Due == nil || !p.Due.Equal(time.Date(2026, 2, 28, 23, 59, 59, 0, jst)) {
		t.Errorf("jp.report.prelim due %v, want 2026-02-28 23:59:59 JST", p.Due)
	}
}

// F217 (66, inquirers whose contact details are not known, told by a notice
// on the website): Korea's notice read "overdue" with no duty for the persons
// who cannot be reached, although PIPA has the notice posted on the website
// for them (kr.notice.persons's own text says so). A duty of its own, done by
// the publication, as GDPR Art. 34(3)(c)'s is.
func TestKoreaPostsTheNoticeForPersonsWhoCannotBeReached(t *testing.T) {
	inc := base(452)
	inc.DataSets[0].Residence = []incident.Residence{{Country: "KR", Persons: kn(452)}}
	inc.DataSets[0].Status = []incident.StatusChange{{Status: incident.Confirmed}}
	inc.Risk.NoticeUnreachable = incident.Yes
	addEvent(inc, "pub", incident.EvPublic, at(2026, 10, 2, 10, 0))
	inc.Events[0].At = at(2026, 10, 1, 10, 0)
	o := obligation(jur(t, eval(t, inc, at(2026, 10, 5, 10, 0)), "KR"), "kr.notice.web")
	if o == nil || o.State != StateDone {
		t.Fatalf("kr.notice.web %+v, want done by the publication", o)
	}
	inc.Risk.NoticeUnreachable = incident.No
	if o := obligation(jur(t, eval(t, inc, at(2026, 10, 5, 10, 0)), "KR"), "kr.notice.web"); o != nil {
		t.Errorf("kr.notice.web with every person reachable: %+v", o)
	}
}
