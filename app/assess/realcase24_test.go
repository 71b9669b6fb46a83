package assess

import (
	"slices"
	"testing"

	"breachdesk/app/incident"
)

// Findings of the realcase24 review (scenarios 110–112; testdata/golden/
// assess/REVIEW.md, F490–).

// F493 (111, a bank's renewed cards mailed to old addresses by its mailing
// contractor): the card brands' rules for merchants applied to the issuer
// of the cards: "tell the acquirer immediately", the Visa incident report
// overdue, a PFI investigation, 「カード決済の停止」. A financial institution
// that takes no cards and told no acquirer is the cards' issuer; a
// merchant, or one that contacted its acquirer (102's payment app), keeps
// the rules.
func TestCardIssuerIsNoMerchant(t *testing.T) {
	inc := loadScenario(t, scenarioDir+"/111-bank-cards-mailed-to-old-addresses-contractor.json")
	a := eval(t, inc, inc.UpdatedAt)
	for _, j := range a.Jurisdictions {
		if j.ID == "CARDS" {
			t.Errorf("111: the card brands' merchant rules apply to the issuer: %+v", j.Applies)
		}
	}
	for _, id := range []string{"pb.card.stop", "pb.card.acquirer", "pb.card.pfi", "pb.card.accounts", "pb.card.monitor"} {
		if step(a, id) != nil {
			t.Errorf("111: step %s shown to the issuer", id)
		}
	}
	inc.Org.CardMerchant = true
	a = eval(t, inc, inc.UpdatedAt)
	if j := jur(t, a, "CARDS"); j.Applies != "yes" || step(a, "pb.card.acquirer") == nil {
		t.Errorf("111 as a card merchant: CARDS %+v", j.Applies)
	}
	inc.Org.CardMerchant = false
	inc.Events = append(inc.Events, incident.Event{ID: "e99", Kind: incident.EvCardAcquirer, At: inc.Events[4].At})
	if j := jur(t, eval(t, inc, inc.UpdatedAt), "CARDS"); j.Applies != "yes" {
		t.Errorf("111 with an acquirer told: CARDS %+v", j.Applies)
	}
}

// F492 (110, a care office burgled at night; 06, 28, 43, 52, 62, 85): the
// staff called the police at 07:40 and filed the damage report the day the
// theft was found, and the dashboard showed 「紛失物の捜索と警察への遺失・盗難の
// 届出」 overdue until one stolen file was found nine days later. The report
// to the police does the step as much as the thing found.
func TestPoliceReportDoesTheLossStep(t *testing.T) {
	inc := loadScenario(t, scenarioDir+"/110-care-office-burglary-pc-and-resident-files.json")
	st := step(eval(t, inc, inc.UpdatedAt), "pb.loss.search")
	if st == nil || st.DoneBy != "e3" || st.State != StateDone {
		t.Errorf("110 search and police report: %+v", st)
	}
	// Without a police event, the thing found still does it (101, F433).
	school := loadScenario(t, scenarioDir+"/101-school-teacher-usb-grades-found-week-later.json")
	school.Events = slices.DeleteFunc(school.Events, func(e incident.Event) bool { return e.Kind == incident.EvPolice })
	if st := step(eval(t, school, school.UpdatedAt), "pb.loss.search"); st == nil || st.DoneBy != "e9" {
		t.Errorf("101 without its police report: %+v", st)
	}
}

// F500 (110; 77): 23 deceased former residents' records were stolen; they
// are rightly outside APPI's report and notice, and nothing asked whether
// the bereaved should be told, which the care sector's guidance and
// practice expect to be considered. A set of deceased persons brings a
// step for it; a case without one does not.
func TestDeceasedSetAsksAboutTheBereaved(t *testing.T) {
	inc := loadScenario(t, scenarioDir+"/110-care-office-burglary-pc-and-resident-files.json")
	if step(eval(t, inc, inc.UpdatedAt), "pb.deceased.bereaved") == nil {
		t.Error("110: no step about the bereaved")
	}
	other := loadScenario(t, scenarioDir+"/112-maker-vpn-ransomware-staff-and-business-cards.json")
	if step(eval(t, other, other.UpdatedAt), "pb.deceased.bereaved") != nil {
		t.Error("112: a step about the bereaved without deceased persons")
	}
}
