package assess

import (
	"strings"
	"testing"

	"breachdesk/app/incident"
)

// F219 (64: users in 148 countries, eight of them listed): with some listed
// counts unknown the list read as complete, so China's law (and every
// unlisted country's) was "not applicable". A residence row ZZ, "other
// countries", says that persons live in countries the set does not list:
// a law of a country not listed then cannot be told, a listed country's
// law is read from its own row, and the persons of ZZ live outside it.
func TestOtherCountriesRowKeepsUnlistedLawsOpen(t *testing.T) {
	inc := base(940)
	inc.DataSets[0].Residence = []incident.Residence{{Country: "JP", Persons: kn(900)}, {Country: "KR", Persons: kn(40)}}
	a := eval(t, inc, at(2026, 5, 2, 10, 0))
	for _, j := range a.Jurisdictions {
		if j.ID == "CN" {
			t.Fatalf("CN in the assessment with persons in Japan and Korea only: %q", j.Applies)
		}
	}
	inc.DataSets[0].Residence = append(inc.DataSets[0].Residence, incident.Residence{Country: incident.OtherCountries})
	if ps := incident.Validate(inc); ps.HasErrors() {
		t.Fatalf("a ZZ row is refused: %v", ps)
	}
	a = eval(t, inc, at(2026, 5, 2, 10, 0))
	if j := jur(t, a, "CN"); j.Applies != Unknown {
		t.Errorf("CN applies %q with persons in other countries, want unknown", j.Applies)
	}
	if j := jur(t, a, "KR"); j.Applies != Yes {
		t.Errorf("KR applies %q, want yes (listed with 40 persons)", j.Applies)
	}
	if a.UnheldText == nil || !strings.Contains(a.UnheldText.JA, "その他の国・地域（人数不明）") {
		t.Errorf("the unheld line does not name the other countries: %v", a.UnheldText)
	}

	// Residents counted: the other countries' 60 live outside Japan, listed.
	inc.DataSets[0].Residence[2].Persons = kn(60)
	inc.DataSets[0].Persons = incident.FigureOf(kn(1000))
	e := &env{inc: inc, rs: mustRules(t)}
	e.group = inc.Affected("")
	if v := e.residents("JP", true); !v.Known || v.Num != 100 || v.AtLeast {
		t.Errorf("persons outside Japan = %+v, want exactly 100 (40 in Korea, 60 elsewhere)", v)
	}
	if v := e.residents("CN", false); v.Known && !v.AtLeast {
		t.Errorf("persons in China = %+v, want not known exactly", v)
	}

	// A region on ZZ is refused.
	inc.DataSets[0].Residence[2].Region = "CA"
	if ps := incident.Validate(inc); !ps.HasErrors() {
		t.Errorf("ZZ with a region is accepted")
	}
}
