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

// F235 (68): a count that showed a case below the 1,000 persons of Rules
// Art. 7(4) on the day of knowing, and above it weeks later. The reports are
// due from knowing (the conservative reading); Later counts them from the
// day the count passed the threshold, the reading that the clock runs from
// knowing the reportable situation. A count unknown until then gives no
// second reading: a possible leak of unknown size is reported at once.
func TestCountPassingTheThresholdLaterGivesASecondReading(t *testing.T) {
	inc := base(0)
	inc.Cause.UnlawfulPurpose = incident.No
	d := &inc.DataSets[0]
	d.Residence = nil
	d.Persons = incident.Figure{{Known: true, N: 600, On: "2026-05-01"}, {Known: true, N: 2400, On: "2026-05-20"}}
	d.Records = nil
	a := eval(t, inc, at(2026, 6, 1, 10, 0))
	prelim := obligation(jur(t, a, "JP"), "jp.report.prelim")
	if prelim == nil || prelim.Due == nil {
		t.Fatalf("no 速報 due: %+v", prelim)
	}
	if prelim.Later == nil {
		t.Fatalf("no second reading for a count that passed 1,000 on 5/20")
	}
	if got := prelim.Later.StartAt.Format("2006-01-02"); got != "2026-05-20" {
		t.Errorf("second reading starts %s, want 2026-05-20", got)
	}
	if !prelim.Later.Due.After(*prelim.Due) || prelim.Later.Due.Format("2006-01-02") != "2026-05-24" {
		t.Errorf("second reading due %v (conservative %v), want 2026-05-24", prelim.Later.Due, prelim.Due)
	}
	if final := obligation(jur(t, a, "JP"), "jp.report.final"); final == nil || final.Later == nil {
		t.Errorf("the 確報 has no second reading: %+v", final)
	}

	// Unknown on the day of knowing, then above the threshold: one reading.
	d.Persons = incident.Figure{{Known: false, On: "2026-05-01"}, {Known: true, N: 2400, On: "2026-05-20"}}
	a = eval(t, inc, at(2026, 6, 1, 10, 0))
	if prelim := obligation(jur(t, a, "JP"), "jp.report.prelim"); prelim == nil || prelim.Later != nil {
		t.Errorf("a count unknown at first gave a second reading: %+v", prelim)
	}
}
