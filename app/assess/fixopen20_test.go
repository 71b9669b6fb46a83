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
