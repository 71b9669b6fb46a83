package assess

import (
	"strings"
	"testing"

	"breachdesk/app/incident"
)

// Findings of the realcase19 review (scenarios 95–97; testdata/golden/assess/
// REVIEW.md, F390–).

// F393 (95, an Australian and New Zealand subsidiary): New Zealand, whose
// law the tool does not hold, was named "NZ (office)": its 50 staff counted
// and its customers not, the persons living there were dropped. A count
// known for some rows only is told as a floor; a place with persons none of
// whose rows is counted says so, beside the office.
func TestUnheldPlaceKeepsItsPartlyCountedPersons(t *testing.T) {
	inc := base(500)
	inc.Org.Establishments = []string{"JP", "NZ"}
	inc.DataSets[0].Residence = []incident.Residence{
		{Country: "JP", Persons: incident.Count{Known: true, N: 400}},
		{Country: "NZ", Persons: incident.Count{Known: true, N: 50, Approx: true}},
	}
	inc.DataSets = append(inc.DataSets, inc.DataSets[0])
	inc.DataSets[1].ID = "d2"
	inc.DataSets[1].Residence = []incident.Residence{{Country: "NZ"}}
	a := eval(t, inc, at(2026, 5, 2, 10, 0))
	if a.UnheldText == nil || !strings.Contains(a.UnheldText.EN, "NZ (office, at least approx. 50 persons, some not counted)") ||
		!strings.Contains(a.UnheldText.JA, "NZ（拠点・約50名以上・一部人数不明）") {
		t.Errorf("unheld: %+v", a.UnheldText)
	}
	inc.DataSets[0].Residence = inc.DataSets[0].Residence[:1]
	a = eval(t, inc, at(2026, 5, 2, 10, 0))
	if a.UnheldText == nil || !strings.Contains(a.UnheldText.EN, "NZ (office, persons, number unknown)") {
		t.Errorf("unheld with no NZ row counted: %+v", a.UnheldText)
	}
}

// F394 (97, a UK branch's former staff, many at old addresses): the EU rules
// owe a public communication to persons who cannot be contacted
// individually (GDPR Art. 34(3)(c)); the UK's identical article was only a
// sentence in the persons' duty. The UK rules owe it too.
func TestUKPublicCommunicationForPersonsWhoCannotBeContacted(t *testing.T) {
	inc := base(500)
	inc.Org.Establishments = []string{"JP", "GB"}
	inc.Risk.Level = "high"
	inc.Risk.NoticeUnreachable = incident.Yes
	j := jur(t, eval(t, inc, at(2026, 5, 2, 10, 0)), "UK")
	if o := obligation(j, "uk.art34.public"); o == nil || o.Applies != Yes {
		t.Fatalf("uk.art34.public: %+v", o)
	}
	inc.Risk.NoticeUnreachable = incident.No
	j = jur(t, eval(t, inc, at(2026, 5, 2, 10, 0)), "UK")
	if o := obligation(j, "uk.art34.public"); o != nil && o.Applies == Yes {
		t.Errorf("uk.art34.public with everyone reachable: %+v", o)
	}
}

// F400 (96, a Korean subsidiary): the address-book recipients, found on
// 11/29 to be part of the case, were shown overdue for PIPA's 72-hour notice
// since 11/21 (72 hours from the knowing of 11/18), a date nobody could have
// met. A set recorded as found later (DataSet.Found) is owed from that day
// when it is the only one not done yet.
func TestSetFoundLaterStartsItsOwnClock(t *testing.T) {
	inc := loadScenario(t, "../../testdata/scenarios/96-kr-subsidiary-ec-former-employee-key.json")
	o := obligation(jur(t, eval(t, inc, inc.UpdatedAt), "KR"), "kr.notice.persons")
	if o == nil || o.Due == nil || o.Due.Format("2006-01-02 15:04") != "2025-11-21 21:00" {
		t.Fatalf("as entered (no found day): %+v", o)
	}
	inc.DataSets[1].Found = "2025-11-29"
	o = obligation(jur(t, eval(t, inc, inc.UpdatedAt), "KR"), "kr.notice.persons")
	if o == nil || o.Due == nil || o.Due.Format("2006-01-02 15:04") != "2025-12-02 00:00" || o.State != StateOverdue {
		t.Errorf("found 11/29: %+v", o)
	}
	inc.DataSets[1].Found = "2025-11-18" // found on the day of knowing: the knowing's clock
	o = obligation(jur(t, eval(t, inc, inc.UpdatedAt), "KR"), "kr.notice.persons")
	if o == nil || o.Due == nil || o.Due.Format("2006-01-02 15:04") != "2025-11-21 21:00" {
		t.Errorf("found on the day of knowing: %+v", o)
	}
}
