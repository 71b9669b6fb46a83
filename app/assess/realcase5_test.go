package assess

import (
	"testing"

	"breachdesk/app/incident"
)

// Findings of the realcase5 review (scenarios 44–46; testdata/golden/assess/
// REVIEW.md, F98–).

// classifyOther says what every "other" item of inc is, as a user who
// answered the facts page's question would: nothing the law singles out.
func classifyOther(inc *incident.Incident) {
	for i := range inc.DataSets {
		for k := range inc.DataSets[i].Categories {
			if c := &inc.DataSets[i].Categories[k]; c.ID == "other" && len(c.Flags) == 0 {
				c.Flags = []string{"none"}
			}
		}
	}
}

// F98 (scenario 44, a member site's cache showing other members' pages): the
// pages showed the last four digits of registered cards with their expiry
// date, entered as a card number kept only in part (masked). The engine read
// the item as a card number: Rules Art. 7(2) (financial damage) was named in
// the summary and the reports, and the card brands' rules applied (the call
// to the acquirer, Visa's report and account numbers "overdue", a forensic
// investigation). PPC Q&A 6-12: the last four digits with the expiry date
// are not in themselves a 7(2) leak; a card number alone is.
func TestMaskedCardNumberIsNotFinancialNorCardData(t *testing.T) {
	inc, _ := realCase(t, "44-member-site-cache-shows-others")
	classifyOther(inc)
	a := eval(t, inc, inc.UpdatedAt)
	j := jur(t, a, "JP")
	if j.Reportable != Yes || trigger(j, "jp.r7.4") != Yes {
		t.Fatalf("54,180 persons: want reportable by 7(4), got %s / %s", j.Reportable, trigger(j, "jp.r7.4"))
	}
	if v := trigger(j, "jp.r7.2"); v != No {
		t.Errorf("last four digits and expiry only: 7(2) %s, want no (PPC Q&A 6-12)", v)
	}
	if obligation(j, "jp.report.final") == nil || obligation(j, "jp.report.final.60") != nil && obligation(j, "jp.report.final.60").Applies == Yes {
		t.Errorf("want the 30-day final report only")
	}
	for _, x := range a.Jurisdictions {
		if x.ID == "CARDS" {
			t.Errorf("card brand rules apply (%s) to card numbers kept only in part", x.Applies)
		}
	}

	// The full number: 7(2) and the card rules, as before.
	full := inc.Clone()
	for k := range full.DataSets[0].Categories {
		if c := &full.DataSets[0].Categories[k]; c.ID == "card_number" {
			c.Protection = ""
		}
	}
	a = eval(t, full, full.UpdatedAt)
	if v := trigger(jur(t, a, "JP"), "jp.r7.2"); v != Yes {
		t.Errorf("full card numbers: 7(2) %s, want yes", v)
	}
	if jur(t, a, "CARDS").Applies != Yes {
		t.Errorf("full card numbers: the card rules do not apply")
	}
}

// F104 (46): a 速報 recorded by its day (6/14) against the target of 6/13
// 23:59 was "at least 0 min past the target" (the second from 23:59:59 to
// midnight); 27's, two days after its target day, "at least 1 d". A limit at
// the end of its day and an end known by its day are told in calendar days.
func TestDayOnlyLatenessInCalendarDays(t *testing.T) {
	_, a := realCase(t, "46-hr-saas-ransomware-entrustor")
	for _, f := range a.Findings {
		if f.ID != "tl.prelim" {
			continue
		}
		if f.Verdict != FindingLate || f.Explanation.EN != "Knowing to the preliminary report: 5 calendar days (dates only), 1 calendar day past the target of 2023-06-13 23:59 JST." ||
			f.Explanation.JA != "知った時から速報まで：5日（日付のみの記録）。目安の 2023-06-13 23:59 JST を1日超えています。" {
			t.Errorf("tl.prelim: %s / %s / %s", f.Verdict, f.Explanation.EN, f.Explanation.JA)
		}
		return
	}
	t.Fatal("no tl.prelim finding")
}
