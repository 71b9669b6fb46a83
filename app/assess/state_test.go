package assess

import (
	"testing"

	"breachdesk/app/rules"
)

func TestStateSettled(t *testing.T) {
	for s, want := range map[State]bool{
		StateDone: true, StateDoneLate: true, StateNA: true, StateExempt: true, StateNotRequired: true,
		StateDue: false, StateOverdue: false, StateOpen: false, StateWaiting: false, StateUndetermined: false,
		"": false,
	} {
		if got := s.Settled(); got != want {
			t.Errorf("State(%q).Settled() = %v, want %v", s, got, want)
		}
	}
}

// Two sentences of an explanation are joined as two: the first ended (it
// ran on: "…残り4日17時間 委託元に…", "…left until the deadline of … The data sets…").
func TestThenSentence(t *testing.T) {
	got := thenSentence(rules.Text{JA: "期限まで残り4日", EN: "4 d left until the deadline"}, rules.Text{JA: "委託元に通知した。", EN: "The entrustor was told."})
	if got.JA != "期限まで残り4日。委託元に通知した。" || got.EN != "4 d left until the deadline. The entrustor was told." {
		t.Errorf("thenSentence = %+v", got)
	}
	got = thenSentence(rules.Text{JA: "済み。", EN: "Done."}, rules.Text{JA: "次。", EN: "Next."})
	if got.JA != "済み。次。" || got.EN != "Done. Next." {
		t.Errorf("thenSentence of an ended sentence = %+v", got)
	}
}
