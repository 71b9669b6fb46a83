package draft

import (
	"strings"
	"testing"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// Findings of the realcase15 review (scenarios 83–85; testdata/golden/assess/
// REVIEW.md, F310–).

// F310 (83, an insurer's data at its contractor's US subcontractor): the
// user named the contractor by its place in the chain, 「委託先の再委託先（米国
// の事業者）」, and every document wrapped it once more: 「原因は、委託先（委託先
// の再委託先（米国の事業者））における第三者による不正アクセスです」. A name that
// says 委託先 itself is used as it is; a plain name is still wrapped.
func TestContractorNamedByItsPlaceInTheChainIsNotWrappedAgain(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["83-insurer-subcontractor-abroad-darkweb"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs)
	if !strings.Contains(ja, "原因は、委託先の再委託先（米国の事業者）における第三者による不正アクセスです。") || strings.Contains(ja, "委託先（委託先の") {
		t.Errorf("83 report's cause:\n%s", ja)
	}
	inc.Cause.AtName = "架空プロモーション株式会社"
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja = docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs)
	if !strings.Contains(ja, "原因は、委託先（架空プロモーション株式会社）における") {
		t.Errorf("a contractor named plainly is no longer wrapped:\n%s", ja)
	}
}

// F311 (84, a hospital's staff browsing two patients' charts): the hospital
// saw many accesses on 4/14 and only cautioned its staff; a newspaper's
// question on 6/8 made it look at the logs. The report told the first
// detection as the way it came to know: 「2025年4月14日頃、当院において本件を
// 把握し、調査を進めた結果、2025年6月8日、…判明いたしました」 — an
// investigation of eight weeks that never was, and an admission of knowing
// in April. The summary is told from the detection that led to knowing; the
// earlier one stays on the time line.
func TestSummaryToldFromTheDetectionThatLedToKnowing(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["84-hospital-staff-browsed-patient-charts"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs)
	if !strings.Contains(ja, "2025年6月8日、報道機関から問い合わせを受け、患者の個人情報が") || strings.Contains(ja, "2025年4月14日頃、当院において") {
		t.Errorf("84 report's summary:\n%s", ja)
	}
	if !strings.Contains(ja, "・2025年4月14日頃（推定）　当院において本件の端緒となる事象を把握") {
		t.Errorf("84 report's time line lost the first detection:\n%s", ja)
	}
}

// F312 (84; 32, 58): the company's own detection on a day before it knew
// personal data was affected was told 「当院において本件を把握」, then, days
// later, 「個人情報への影響を把握」: it said the hospital knew the case in
// April. It is the sign of the case; on the day of knowing it is still
// 「本件を把握」.
func TestOwnDetectionBeforeKnowingIsTheSignNotTheCase(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["84-hospital-staff-browsed-patient-charts"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs)
	if !strings.Contains(ja, "・2025年4月14日頃　当院において本件の端緒となる事象を把握") || strings.Contains(ja, "当院において本件を把握") {
		t.Errorf("84 notice's time line:\n%s", ja)
	}
	// The same detection on the day of knowing is the case itself.
	for i := range inc.Events {
		if inc.Events[i].ID == "e2" {
			inc.Events[i].At = time.Date(2025, 6, 8, 9, 0, 0, 0, time.FixedZone("JST", 9*3600))
			inc.Events[i].Precision = incident.Exact
		}
	}
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja = docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs)
	if !strings.Contains(ja, "当院において本件を把握") {
		t.Errorf("a detection on the day of knowing:\n%s", ja)
	}
}

// F313 (85): once the city marks 「生活保護を受けていること」 as ordinance
// special-care information, its report names the situation by the item
// public bodies report it under, not the private sector's Rules Art. 7.
func TestReportNamesOrdinanceSpecialCare(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["85-city-welfare-list-lost-from-car-roof"]
	for i, c := range inc.DataSets[0].Categories {
		if c.ID == "other" {
			inc.DataSets[0].Categories[i].Flags = []string{"ordinance_sensitive"}
		}
	}
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs)
	if !strings.Contains(ja, "・条例要配慮個人情報を含む（規則43条5号）") || strings.Contains(ja, "報告対象となる事態：調査中") {
		t.Errorf("85 report with the item marked:\n%s", ja)
	}
}

// F314 (83): the insurer filed its 速報 with the PPC (the event names the
// PPC) while its reports are received by the FSA (delegation). The report
// to the FSA said 「貴庁への報告（速報）：2023年1月10日」 and, in the same
// document, 「2023年1月10日に個人情報保護委員会へ報告いたしました」: the
// course of the response names the recipient the event records.
func TestMinistryReportNamesWhereTheReportWent(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["83-insurer-subcontractor-abroad-darkweb"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja := docText(t, Spec{Kind: KindMinistry, Lang: JA, Party: "p4"}, inc, a, rs)
	if !strings.Contains(ja, "・個人情報保護委員会への報告（速報）：2023年1月10日") || strings.Contains(ja, "・貴庁への報告（速報）：2023年1月10日") {
		t.Errorf("83 report to the FSA:\n%s", ja)
	}
	// Filed with the FSA itself: 貴庁.
	for i := range inc.Events {
		if inc.Events[i].ID == "e7" {
			inc.Events[i].Party = "p4"
		}
	}
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja = docText(t, Spec{Kind: KindMinistry, Lang: JA, Party: "p4"}, inc, a, rs)
	if !strings.Contains(ja, "・貴庁への報告（速報）：2023年1月10日") {
		t.Errorf("83 report to the FSA, 速報 filed with it:\n%s", ja)
	}
}

// F315 (85): the welfare list was lost in the street and its original kept
// in the office (leak and loss ticked, a copy held). Data whose copy is kept
// was not lost (通則編 3-5-1-2), yet the report said 「漏えい等の別：漏えい・
// 滅失のおそれ」.
func TestReportDoesNotCallDataWithACopyLost(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["85-city-welfare-list-lost-from-car-roof"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs)
	if !strings.Contains(ja, "漏えい等の別：漏えいのおそれ\n") {
		t.Errorf("85 report's kind of event:\n%s", ja)
	}
	inc.DataSets[0].CopyHeld = incident.No
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja = docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs)
	if !strings.Contains(ja, "漏えい等の別：漏えい・滅失のおそれ") {
		t.Errorf("85 without a copy:\n%s", ja)
	}
}

// F320 (83): the 速報 was recorded as filed with the PPC although an
// insurer's reports are received by the FSA; the assessment counts it as
// made, and nothing asked whether the FSA had it.
func TestLintAsksWhetherTheDelegatedMinistryHasTheReport(t *testing.T) {
	inc := scenarios(t)["83-insurer-subcontractor-abroad-darkweb"]
	fs := lintOf(t, inc)
	if !has(fs, CodeReportRecipient, "") {
		t.Fatalf("83: no %s: %v", CodeReportRecipient, fs)
	}
	for _, f := range fs {
		if f.Code == CodeReportRecipient && !strings.Contains(f.Message.JA, "個人情報保護委員会に提出したと記録されていますが、この事業の報告は権限の委任により金融庁が受け付けます") {
			t.Errorf("83 %s: %s", CodeReportRecipient, f.Message.JA)
		}
	}
	for i := range inc.Events {
		if inc.Events[i].ID == "e7" {
			inc.Events[i].Party = "p4" // filed with the FSA
		}
	}
	if has(lintOf(t, inc), CodeReportRecipient, "") {
		t.Errorf("83 filed with the FSA: %s still fires", CodeReportRecipient)
	}
}

// F324 (85): the caseworker who found the list gone told his section four
// days later; the detection was entered as a report from staff on the day
// he noticed, and every document said 「本市の職員から報告を受領」 that day.
func TestLintAsksAboutAStaffReportBeforeKnowing(t *testing.T) {
	inc := scenarios(t)["85-city-welfare-list-lost-from-car-roof"]
	if !has(lintOf(t, inc), CodeStaffToldEarlier, "") {
		t.Fatalf("85: no %s", CodeStaffToldEarlier)
	}
	for i := range inc.Events {
		if inc.Events[i].ID == "e2" {
			inc.Events[i].Source = "self"
		}
	}
	if has(lintOf(t, inc), CodeStaffToldEarlier, "") {
		t.Errorf("85 entered as the city's own detection: %s still fires", CodeStaffToldEarlier)
	}
}

// F325 (85): the list had a line per household, 86 lines for 99 persons;
// the letter told the households 「延べ件数は86件です」 and the report
// 「99名…、延べ86件」. 延べ counts a person more than once: fewer records than
// persons are records holding several persons' data.
func TestFewerRecordsThanPersonsAreNotATotal(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["85-city-welfare-list-lost-from-car-roof"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	letter := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs)
	if !strings.Contains(letter, "記録の件数は86件です。複数の方の情報を一つの記録に含むものがあるため、人数と一致しません。") || strings.Contains(letter, "延べ") {
		t.Errorf("85 letter:\n%s", letter)
	}
	report := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs)
	if !strings.Contains(report, "、記録86件") || strings.Contains(report, "延べ86件") {
		t.Errorf("85 report:\n%s", report)
	}
	// More records than persons are still a total: 延べ.
	if got := recordsJA(incident.Count{Known: true, N: 120}, incident.Count{Known: true, N: 99}); got != "延べ120件" {
		t.Errorf("recordsJA(120, 99) = %q", got)
	}
}

func TestFewerRecordsThanPersonsInEnglish(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["85-city-welfare-list-lost-from-car-roof"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	en := docText(t, Spec{Kind: KindGDPR33, Lang: EN}, inc, a, rs)
	if !strings.Contains(en, "99 people (86 records; one record may hold the information of more than one person)") {
		t.Errorf("GDPR notification, 86 records for 99 persons:\n%s", en)
	}
}

// F327 (62, found reviewing 85's copy rule): a list lost on the way home and
// never found was entered as lost only, its original kept. As entered
// nothing happened to it (no leak; no loss, a copy being kept): the set is
// excluded, and the same entry with special-care data, or for a theft, would
// be "not reportable". Lint asks whether whoever found it may read it.
func TestLintAsksWhetherALostListMayBeRead(t *testing.T) {
	inc := scenarios(t)["62-insurance-agency-customer-list-lost"]
	if !has(lintOf(t, inc), CodeLostNotLeaked, "") {
		t.Fatalf("62: no %s", CodeLostNotLeaked)
	}
	inc.DataSets[0].Leak = true
	if has(lintOf(t, inc), CodeLostNotLeaked, "") {
		t.Errorf("62 with leak ticked: %s still fires", CodeLostNotLeaked)
	}
	inc = scenarios(t)["85-city-welfare-list-lost-from-car-roof"]
	if has(lintOf(t, inc), CodeLostNotLeaked, "") {
		t.Errorf("85 (leak and loss ticked): %s fires", CodeLostNotLeaked)
	}
}
