package assess

import (
	"path/filepath"
	"strings"
	"testing"
	"time"

	"breachdesk/app/incident"
)

// F1260 (161, 136): with F1184 a notice that told only sets found after the
// knowing is measured from their finding, and 161's letters of 7/8 read
// "ok" while the tax data's persons, known from the knowing, were told by
// no notice at all (the obligation itself said "not yet for the other data
// sets"). A set owed a notice, known from the knowing and named by no
// notice makes the notice not done, named in the finding; 136's notice,
// measured to the shareholders' letter as "the last set told", was not
// done either for the investigators and the coordinators. Once the tax data
// is told, the measure ends at that notice.
func TestASetKnownFromTheKnowingAndNeverToldIsNotDone(t *testing.T) {
	rs := mustRules(t)
	inc := loadScenario(t, filepath.Join(scenarioDir, "161-city-print-vendor-ransomware-evacuation-plans-kept-after-contract-one-of-many-clients.json"))
	f := finding(Evaluate(inc, rs, inc.UpdatedAt), "tl.notice")
	if f == nil {
		t.Fatal("161: no tl.notice")
	}
	if f.Verdict != FindingOverdue || f.ToAt != nil || !strings.Contains(f.Explanation.EN, "No notice has told \u201c市民税の特別徴収税額通知") ||
		!strings.Contains(f.Explanation.JA, "データセット「市民税の特別徴収税額通知（封入作業中のデータ）」は知った時から本件の対象と分かっていますが、まだどの通知でも伝えていない") {
		t.Errorf("161: the tax data, never told, is not named as not done: %s %s / %s", f.Verdict, f.Explanation.EN, f.Explanation.JA)
	}
	if strings.Contains(f.Explanation.EN, "found to be part of the case") {
		t.Errorf("161: still measured from the plans' finding: %s", f.Explanation.EN)
	}

	told := inc.Clone()
	told.Events = append(told.Events, incident.Event{ID: "e99", Kind: incident.EvNoticePersons,
		At: time.Date(2026, 6, 20, 0, 0, 0, 0, inc.Location()), Precision: incident.Day, Sets: []string{"d3"}})
	f = finding(Evaluate(told, rs, told.UpdatedAt), "tl.notice")
	if f == nil || f.Verdict != FindingOK || !strings.Contains(f.Explanation.EN, "16 calendar days") || strings.Contains(f.Explanation.EN, "No notice has told") {
		t.Errorf("161 with the tax data told on 6/20: want ok, 16 days, measured to that notice: %+v", f)
	}

	// Told on a day nobody recorded: told, not "never told".
	undated := inc.Clone()
	undated.Events = append(undated.Events, incident.Event{ID: "e99", Kind: incident.EvNoticePersons, Sets: []string{"d3"}})
	if f = finding(Evaluate(undated, rs, undated.UpdatedAt), "tl.notice"); f == nil || strings.Contains(f.Explanation.EN, "No notice has told") {
		t.Errorf("161 with the tax data told on a day not recorded: still named as never told: %+v", f)
	}

	inc = loadScenario(t, filepath.Join(scenarioDir, "136-cro-ransomware-investigators-crc-and-hospital-trial-subjects-found-later.json"))
	f = finding(Evaluate(inc, rs, inc.UpdatedAt), "tl.notice")
	if f == nil || f.Verdict != FindingOverdue || !strings.Contains(f.Explanation.EN, "\u201c臨床試験の責任医師・分担医師\u201d, \u201c治験コーディネーター（CRC）・協力者\u201d") ||
		strings.Contains(f.Explanation.EN, "the last set told") || strings.Contains(f.Explanation.EN, "採用応募者") {
		t.Errorf("136: the investigators and coordinators, never told, are not named as not done: %+v", f)
	}
}

// F1361 (125): the expatriates' passports, found on 5/12 and owed a notice,
// were told by no notice, and the benchmark read "ok: 11 calendar days" at
// the staff's notice of 5/17. A set found later and never told makes the
// notice not done from the day it was found, named; told, the measure ends
// at the staff's notice again. Where the notice to the known sets was
// itself late, that stays the finding and the untold set is named after it.
func TestASetFoundLaterAndNeverToldHoldsTheNoticeOpen(t *testing.T) {
	rs := mustRules(t)
	inc := loadScenario(t, filepath.Join(scenarioDir, "125-eu-subsidiaries-ransomware-hr-data-fr-de-nl-uk.json"))
	f := finding(Evaluate(inc, rs, inc.UpdatedAt), "tl.notice")
	if f == nil || f.Verdict != FindingPending || f.ToAt != nil || !f.FromAt.Equal(time.Date(2021, 5, 12, 0, 0, 0, 0, inc.Location())) ||
		!strings.Contains(f.Explanation.EN, "No notice has told \u201cJapanese expats") || !strings.Contains(f.Explanation.EN, "found to be part of the case on 2021-05-12") {
		t.Errorf("125: the expatriates, never told, do not hold the notice open from 5/12: %+v", f)
	}

	told := inc.Clone()
	told.Events = append(told.Events, incident.Event{ID: "e99", Kind: incident.EvNoticePersons,
		At: time.Date(2021, 5, 18, 0, 0, 0, 0, inc.Location()), Precision: incident.Day, Sets: []string{"d4"}})
	if f = finding(Evaluate(told, rs, told.UpdatedAt), "tl.notice"); f == nil || f.Verdict != FindingOK || strings.Contains(f.Explanation.EN, "No notice has told") {
		t.Errorf("125 with the expatriates told on 5/18: want ok: %+v", f)
	}

	late := inc.Clone()
	for i, e := range late.Events {
		if e.ID == "e12" {
			late.Events[i].At = e.At.AddDate(0, 0, 40)
		}
	}
	at := late.UpdatedAt.AddDate(0, 0, 45)
	if f = finding(Evaluate(late, rs, at), "tl.notice"); f == nil || f.Verdict != FindingLate || !strings.Contains(f.Explanation.EN, "Nor has any notice told \u201cJapanese expats") {
		t.Errorf("125 with the staff told 40 days late: want late, the expatriates named after it: %+v", f)
	}
}
