package assess

import "testing"

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
