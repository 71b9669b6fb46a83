package assess

import (
	"strings"
	"testing"
)

// Findings of the realcase31 review (scenarios 131–133; testdata/golden/
// assess/REVIEW.md, F680–).

// F682 (132, a video service's ransomware: a 速報 of 「漏えいのおそれ」 about
// 14 June, the knowing entered as 28 June, when the attacker's published
// data was matched): the finding said only that the report was dated before
// the knowing, "so there is no delay to measure". A report or notice of the
// situation shows the company knew of it by then, at least as a
// possibility: the finding asks to check the date of knowing, from which
// every deadline runs.
func TestReportBeforeKnowingAsksToCheckTheKnowing(t *testing.T) {
	inc := loadScenario(t, scenarioDir+"/132-video-service-ransomware-leak-site-count-fixed-after-two-months.json")
	a := eval(t, inc, inc.UpdatedAt)
	var got *Finding
	for i := range a.Findings {
		if a.Findings[i].ID == "tl.prelim" {
			got = &a.Findings[i]
		}
	}
	if got == nil {
		t.Fatal("132: no tl.prelim finding")
	}
	if !strings.Contains(got.Explanation.EN, "check the date of knowing") || !strings.Contains(got.Explanation.JA, "「知った時」の日付を確かめてください") {
		t.Errorf("132: the 速報 before the knowing is not questioned: %q / %q", got.Explanation.EN, got.Explanation.JA)
	}
	// A containment dated before the knowing says nothing of it: only a
	// report or a notice tells of the situation.
	if toldOfSituation("contained") || toldOfSituation("public") {
		t.Error("containment or an announcement read as telling of the situation")
	}
}

// F683 (132, and 27, the same shape entered earlier: a processor's
// ransomware, the school's pupils found on 7/3, five days after it knew of
// its own staff's data): the notice to the school, owed for the pupils'
// set alone, ran from the first knowing and was shown a day late on the
// day they were found, which also lost the processor's exemption (Art.
// 26(1) proviso) for every duty. F400 restarted the clock of a duty done
// for some sets; a duty every set of which was found later is owed from
// the day they were found, done or not.
func TestDutyForSetsAllFoundLaterRunsFromTheirFinding(t *testing.T) {
	for name, day := range map[string]string{
		"132-video-service-ransomware-leak-site-count-fixed-after-two-months": "2024-07-03",
		"27-group-ransomware-leaksite-students":                               "2024-07-02",
	} {
		inc := loadScenario(t, scenarioDir+"/"+name+".json")
		a := eval(t, inc, inc.UpdatedAt)
		ob := obligation(jur(t, a, "JP"), "jp.entrustor.notice")
		if ob == nil || ob.StartAt == nil {
			t.Fatalf("%s: no entrustor notice", name)
		}
		if got := ob.StartAt.Format("2006-01-02"); got != day || ob.State != StateDone {
			t.Errorf("%s: entrustor notice from %s, state %s; want from %s (the day the set was found), done", name, got, ob.State, day)
		}
	}
}
