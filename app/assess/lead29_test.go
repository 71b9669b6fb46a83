package assess

import (
	"path/filepath"
	"strings"
	"testing"
)

// A security researcher's report is an outside word too (150: a bug bounty
// report of 1/5 that the API linked phone numbers to accounts, unheeded until
// a journalist asked on 7/21; the company knew on 7/23): the knowing is graded
// late, naming the researcher, as for the attacker's demand (F1427). The
// documents' leads read the same list (assess.OutsideSources).
func TestKnowingLongAfterAResearchersReportIsAWarning(t *testing.T) {
	rs := mustRules(t)
	inc := loadScenario(t, filepath.Join(scenarioDir, "150-sns-app-api-bug-linked-phones-to-pseudonymous-accounts-sold-on-forum.json"))
	for _, f := range Evaluate(inc, rs, inc.UpdatedAt).Findings {
		if f.ID != "tl.aware" {
			continue
		}
		if f.Verdict != FindingLate || !strings.Contains(f.Explanation.EN, "a security researcher told the company of the case (e2)") ||
			!strings.Contains(f.Explanation.JA, "セキュリティ研究者から本件を知らされています（e2）") {
			t.Errorf("the researcher's report 199 days before the knowing: %s %q", f.Verdict, f.Explanation.EN)
		}
		return
	}
	t.Fatal("no tl.aware finding")
}

// A law not applicable only because a card number was entered as its last
// four digits says so beside its reason, that reading being [U] (F1152: 159's
// masked numbers left the card brands' rules out with no word of why); with
// the number entered whole, the rules apply, and nothing is said.
func TestNotApplicableForAMaskedCardNumberSaysSo(t *testing.T) {
	rs := mustRules(t)
	inc := loadScenario(t, filepath.Join(scenarioDir, "159-us-ticketing-subsidiary-cloud-warehouse-contractor-infostealer-no-mfa-forum-sale-states.json"))
	why := func() (string, bool) {
		for _, na := range Evaluate(inc, rs, inc.UpdatedAt).NotApplicable {
			if na.ID == "CARDS" {
				return na.Why.EN + " / " + na.Why.JA, true
			}
		}
		return "", false
	}
	w, ok := why()
	if !ok || !strings.Contains(w, "a card number's last four digits, is read as not being such data [U]") ||
		!strings.Contains(w, "カード番号の下4桁など") {
		t.Errorf("masked card number: CARDS not applicable %v, why %q", ok, w)
	}
	found := false
	for _, d := range inc.DataSets {
		for i, c := range d.Categories {
			if c.ID == "card_number" {
				d.Categories[i].Protection, found = "", true
			}
		}
	}
	if !found {
		t.Fatal("159 has no card number item")
	}
	if w, ok := why(); ok {
		t.Errorf("the card number entered whole: CARDS still not applicable: %q", w)
	}
	other := loadScenario(t, filepath.Join(scenarioDir, "01-travel-targeted-email.json"))
	for _, na := range Evaluate(other, rs, other.UpdatedAt).NotApplicable {
		if strings.Contains(na.Why.EN, "kept only in part") {
			t.Errorf("01 has no masked item: %s %q", na.ID, na.Why.EN)
		}
	}
}
