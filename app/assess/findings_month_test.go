package assess

import (
	"strings"
	"testing"

	"breachdesk/app/incident"
)

// TestDelayFromAMonth: an intrusion known only as "some time in March" and
// detected on 1 December is not 275 days before it (counted from 1 March):
// the delay is told as the days it can be, 245 to 275.
func TestDelayFromAMonth(t *testing.T) {
	inc := base(10)
	inc.Events = append(inc.Events,
		incident.Event{ID: "in", Kind: incident.EvIntrusion, At: at(2026, 3, 1, 0, 0), Precision: incident.Month},
		incident.Event{ID: "det", Kind: incident.EvDetected, At: at(2026, 12, 1, 0, 0)})
	inc.Events[0].At = at(2026, 12, 2, 10, 0)
	a := eval(t, inc, at(2026, 12, 5, 12, 0))
	for _, f := range a.Findings {
		if f.From == incident.EvIntrusion && f.To == incident.EvDetected {
			if !strings.Contains(f.Explanation.EN, "between 245 and 275 calendar days") || !strings.Contains(f.Explanation.JA, "245〜275日") {
				t.Errorf("intrusion in March to detection on 1 December: %q / %q", f.Explanation.EN, f.Explanation.JA)
			}
			return
		}
	}
	t.Fatalf("no finding from the intrusion to the detection: %+v", a.Findings)
}
