package assess

import (
	"strings"
	"testing"
)

// F746 (134): the notice to persons, measured to the last set told, said
// 「56日」 while the timeline's first notice was of 7/17: the finding names
// the first notice and the last set's, with the sets' names. Sent to
// everyone on the first day, it names neither.
func TestNoticeFindingNamesTheFirstAndTheLastSet(t *testing.T) {
	name := "134-securities-vendor-deposit-tool-id-images-fsa-order"
	inc := loadScenario(t, scenarioDir+"/"+name+".json")
	notice := func() Finding {
		for _, f := range eval(t, inc, inc.UpdatedAt).Findings {
			if f.ID == "tl.notice" {
				return f
			}
		}
		t.Fatal("no tl.notice")
		return Finding{}
	}
	var first, last string
	for _, e := range inc.Events {
		if e.Kind == "notice_persons" && len(e.Sets) > 0 {
			if first == "" {
				first = e.ID
			}
			last = e.ID
		}
	}
	f := notice()
	for _, want := range []string{"最初の通知は2025-07-17（日付のみ）の" + first + "で、対象は「本人確認書類の画像", "2025-09-08（日付のみ）の" + last + "で"} {
		if !strings.Contains(f.Explanation.JA, want) {
			t.Errorf("per set: no %q in %s", want, f.Explanation.JA)
		}
	}
	if !strings.Contains(f.Explanation.EN, "the first notice, "+first+" of 2025-07-17") {
		t.Errorf("per set: %s", f.Explanation.EN)
	}
	for i := range inc.Events {
		if inc.Events[i].Kind == "notice_persons" {
			inc.Events[i].Sets = nil
		}
	}
	if f := notice(); strings.Contains(f.Explanation.JA, "最初の通知") {
		t.Errorf("to everyone: %s", f.Explanation.JA)
	}
}

// F704 (131): a ministry told by an event typed "other" (a call to its
// desk) was not read by F685's sentence; it is named as a contact. The same
// event with a party that is no authority (a journalist) is not.
func TestLateReportNamesAnAuthorityContactedByOtherEvent(t *testing.T) {
	const name = "131-electronics-maker-apt-detected-june-public-after-press"
	for _, c := range []struct {
		party string
		want  bool
	}{{"p2", true}, {"p1", true}, {"p4", false}} {
		inc := loadScenario(t, scenarioDir+"/"+name+".json")
		for i := range inc.Events {
			if inc.Events[i].ID == "e6" {
				inc.Events[i].Kind, inc.Events[i].Party = "other", c.party
			}
		}
		a := eval(t, inc, inc.UpdatedAt)
		var got *Finding
		for i := range a.Findings {
			if a.Findings[i].ID == "tl.prelim" {
				got = &a.Findings[i]
			}
		}
		if got == nil || got.Verdict != FindingLate {
			t.Fatalf("%s: tl.prelim not late", c.party)
		}
		named := strings.Contains(got.Explanation.JA, "と本件について連絡をとっています（e6）") && strings.Contains(got.Explanation.EN, "was in contact with")
		if named != c.want {
			t.Errorf("other event with %s: named = %v, want %v: %s", c.party, named, c.want, got.Explanation.JA)
		}
	}
}

// F749 (136): 「委託元への連絡」 read "done late, 35 days after the target"
// from the knowing, while the notice owed to the hospital, whose trial
// subjects were found on 3/10, was done in time on 3/12. The step names
// the duty's reading too; with the subjects' set not found later, both
// count from the knowing and the step says nothing more.
func TestEntrustorStepNamesTheDutysReading(t *testing.T) {
	name := "136-cro-ransomware-investigators-crc-and-hospital-trial-subjects-found-later"
	step := func(found bool) Step {
		inc := loadScenario(t, scenarioDir+"/"+name+".json")
		if !found {
			for i := range inc.DataSets {
				inc.DataSets[i].Found = ""
			}
		}
		for _, s := range eval(t, inc, inc.UpdatedAt).Steps {
			if s.ID == "pb.entrustor" {
				return s
			}
		}
		t.Fatal("no pb.entrustor")
		return Step{}
	}
	s := step(true)
	if s.State != StateDoneLate || !strings.Contains(s.Explanation.JA, "対象のデータが判明した2026-03-10から数えます（完了：2026-03-12（日付のみ）（e18））") {
		t.Errorf("found later: %s %s", s.State, s.Explanation.JA)
	}
	if s := step(false); strings.Contains(s.Explanation.JA, "法令上の義務") {
		t.Errorf("found at the knowing: %s", s.Explanation.JA)
	}
}
