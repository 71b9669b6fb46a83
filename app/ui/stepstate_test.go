package ui

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/catalog"
	"breachdesk/app/incident"
)

// TestPacketPrintsTheRecordedStepState: the packet's checklist prints the
// state the user recorded for each step: a step nobody touched is 未着手
// (○), one set in progress 対応中 (●), and a late one says so beside its
// state; "● 対応中" was printed on every untouched step with a date ahead.
func TestPacketPrintsTheRecordedStepState(t *testing.T) {
	const doing = "pb.cause"
	h, pk, _ := packetHTML(t, catalog.JA, func(inc *incident.Incident) {
		inc.Steps = map[string]incident.StepState{doing: {Status: incident.StepDoing}}
		// As on its first day: most steps open with their dates ahead.
		for _, e := range inc.Events {
			if e.Kind == incident.EvAware {
				inc.UpdatedAt = e.At.Add(3 * time.Hour)
			}
		}
	})
	cells := map[string]string{}
	row := regexp.MustCompile(`^<tr class="bd-pk-row[^"]*" data-step="([^"]+)">.*?<td class="bd-pk-state">([^<]*)</td>`)
	for _, tr := range strings.Split(h, "<tr ")[1:] {
		if m := row.FindStringSubmatch("<tr " + tr); m != nil {
			cells[m[1]] = m[2]
		}
	}
	if len(cells) == 0 {
		t.Fatal("no step rows in the packet")
	}
	open := 0
	for _, s := range pk.a.Steps {
		got, ok := cells[s.ID]
		if !ok || s.Applies == assess.No {
			continue
		}
		switch s.State {
		case assess.StateDue, assess.StateOpen, assess.StateWaiting:
		case assess.StateOverdue:
			want := "未着手・期限超過"
			if s.ID == doing {
				want = "対応中・期限超過"
			}
			if !strings.Contains(got, want) || !strings.HasPrefix(got, "▲") {
				t.Errorf("%s (overdue): %q, want ▲ %s", s.ID, got, want)
			}
			continue
		default:
			continue
		}
		open++
		want := "○ 未着手"
		if s.ID == doing {
			want = "● 対応中"
		}
		if got != want {
			t.Errorf("%s (%s, status %q): printed %q, want %q", s.ID, s.State, s.Status, got, want)
		}
	}
	if open == 0 {
		t.Error("no open step to check")
	}
}
