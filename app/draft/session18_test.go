package draft

import (
	"slices"
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// Fixes of session 18 (testdata/golden/assess/REVIEW.md).

// F561 (119): a set of keying errors (the data damaged, the paper forms
// kept) is no 漏えい等 and excluded from the report, yet it got a letter of
// its own apologising for a possible leak of the whole form's items. A set
// lost or damaged only, with its same data kept elsewhere, is no audience;
// damaged with no copy kept, it is one.
func TestNothingLostIsNoAudience(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["119-pension-fund-keying-reentrusted-to-dalian"]
	audiences := func(inc *incident.Incident) []string {
		return Audiences(inc, assess.Evaluate(inc, rs, inc.UpdatedAt))
	}
	if got := audiences(inc); !slices.Equal(got, []string{""}) {
		t.Errorf("keying errors with the forms kept: audiences %q, want one notice for the persons of the leak", got)
	}
	noCopy := inc.Clone()
	for i := range noCopy.DataSets {
		if noCopy.DataSets[i].ID == "d2" {
			noCopy.DataSets[i].CopyHeld = incident.No
		}
	}
	if got := audiences(noCopy); !slices.Equal(got, []string{"d1", "d2"}) {
		t.Errorf("the same with no copy kept (the data damaged): audiences %q, want d1 and d2", got)
	}
}

// F543 (118; 116): 23 client companies phoned from about 11/21 to 11/27,
// recorded as one notice on 11/21 to a party standing for all clients: the
// processor's exemption was judged from the first day. A notice to such a
// party whose note reads as a period is named, with the words; a notice to
// one named entrustor, or a note with no period, is not.
func TestClientsToldOverDaysAreNamed(t *testing.T) {
	var fired []string
	for name, fs := range lintsOfScenarios(t) {
		for _, f := range fs {
			if f.Code == CodeClientsOverDays {
				fired = append(fired, name)
				if !strings.Contains(f.Message.JA, "〜") {
					t.Errorf("%s: the message does not quote the period: %s", name, f.Message.JA)
				}
				break
			}
		}
	}
	slices.Sort(fired)
	if want := []string{"116-screening-vendor-investigator-account-criminal-records", "118-tax-office-laptop-stolen-from-car-mynumber"}; !slices.Equal(fired, want) {
		t.Errorf("%s fires for %v, want %v", CodeClientsOverDays, fired, want)
	}
	for _, note := range []string{"顧問先に順次連絡", "5月7日から13日までに電話", "called the clients one by one", "May 7 to May 13"} {
		if !periodNote.MatchString(note) {
			t.Errorf("%q not read as a period", note)
		}
	}
	for _, note := range []string{"人事部長に電話、翌日書面", "called 5 to the clients' desks", "連休明けに一斉メール"} {
		if periodNote.MatchString(note) {
			t.Errorf("%q read as a period", note)
		}
	}
}

// F592 (124): 36 of 38 schools reported the deletion, two did not answer;
// the event, with no counts, made the 確報 say the deletion was confirmed.
// A deletion or return with no counts whose note says some did not answer
// is named; with the counts entered, or a note saying all confirmed, it
// is not.
func TestDeletionUnconfirmedByEveryRecipientIsNamed(t *testing.T) {
	var fired []string
	for name, fs := range lintsOfScenarios(t) {
		if has(fs, CodeDeletedUnconfirmed, "") {
			fired = append(fired, name)
		}
	}
	slices.Sort(fired)
	if want := []string{"124-private-high-school-exam-results-mailed-to-middle-schools"}; !slices.Equal(fired, want) {
		t.Errorf("%s fires for %v, want %v", CodeDeletedUnconfirmed, fired, want)
	}
	for _, note := range []string{"2校は未回答", "1社と連絡がつかない", "two schools have not replied", "deletion not yet confirmed by one"} {
		if !unconfirmedNote.MatchString(note) {
			t.Errorf("%q not read as unconfirmed", note)
		}
	}
	for _, note := range []string{"全38校から削除の報告", "all recipients confirmed the deletion in writing"} {
		if unconfirmedNote.MatchString(note) {
			t.Errorf("%q read as unconfirmed", note)
		}
	}
}

// F589 (123): an agency officer's taking ran from 2021-04 to 2024-09, the
// contract ended on 2026-02-06 (the containment) and no end was entered:
// the notice said the data may have been taken until 2026-02-06. An
// insider's taking whose period runs more than a year to the containment,
// with no end entered, is named; once the end is entered, it is not.
func TestTakingPeriodRunningToTheContainmentIsNamed(t *testing.T) {
	var fired []string
	for name, fs := range lintsOfScenarios(t) {
		if has(fs, CodeTakingPeriodOpen, "") {
			fired = append(fired, name)
		}
	}
	slices.Sort(fired)
	if !slices.Contains(fired, "123-telecom-agency-staff-photographed-contract-copies-police") {
		t.Errorf("%s fires for %v, want 123 among them", CodeTakingPeriodOpen, fired)
	}
	inc := scenarios(t)["123-telecom-agency-staff-photographed-contract-copies-police"].Clone()
	inc.Exposure = incident.Window{From: "2021-04-01", To: "2024-09-30", Approx: true}
	if fs := lintOf(t, inc); has(fs, CodeTakingPeriodOpen, "") {
		t.Errorf("123 with the end entered still asks for it")
	}
}

// F610 (126): the period paragraph named the contractor in full twice
// ("the systems of PSS vendor of our alliance partner (a company we
// entrusted with the data) … the information held by PSS vendor of our
// alliance partner (a company we entrusted with the data)"): named once,
// it is "that company" after.
func TestContractorNamedOnceInThePeriod(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["126-airline-loyalty-partner-pss-breach-members-worldwide"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter}, inc, a, rs)
	for _, para := range strings.Split(en, "\n") {
		if strings.Count(para, "(a company we entrusted with the data)") > 1 {
			t.Errorf("126: the contractor named in full twice in one paragraph:\n%s", para)
		}
	}
	if !strings.Contains(en, "it is the information held by that company at the time.") {
		t.Errorf("126: no second mention as that company:\n%s", en)
	}
}
