package assess

import (
	"testing"

	"breachdesk/app/incident"
)

// Scenario 40: the contractor knew on 3/21, the society on 7/1 (F84). The
// contractor's knowing starts none of the society's clocks (its knowing
// stays 7/1) and the delay between them is measured against the guideline's
// 3–5 days for a processor's notice (tl.processor: 102 days, late). Without
// the event there is no such finding; with the contractor knowing after
// the society, none either (nothing to measure the other way).
func TestProcessorKnewFirst(t *testing.T) {
	inc, a := realCase(t, "40-contractor-laptop-found-unverifiable")
	if a.Knew == nil || a.Knew.Format("2006-01-02") != "2025-07-01" {
		t.Fatalf("the society's knowing: %v, want 2025-07-01", a.Knew)
	}
	find := func(a Assessment) *Finding {
		for i := range a.Findings {
			if a.Findings[i].ID == "tl.processor" {
				return &a.Findings[i]
			}
		}
		return nil
	}
	f := find(a)
	if f == nil || f.Verdict != "late" || f.ToAt == nil || f.ToAt.Format("2006-01-02") != "2025-07-01" || f.FromAt.Format("2006-01-02") != "2025-03-21" {
		t.Fatalf("tl.processor: %+v", f)
	}
	bare := inc.Clone()
	for i := range bare.Events {
		if bare.Events[i].Kind == incident.EvProcessorAware {
			bare.Events[i].Kind = incident.EvOther
		}
	}
	b := eval(t, bare, bare.UpdatedAt)
	if find(b) != nil {
		t.Errorf("no processor event, a finding all the same")
	}
	if b.Knew == nil || !b.Knew.Equal(*a.Knew) {
		t.Errorf("the processor's event moved the society's knowing: %v → %v", b.Knew, a.Knew)
	}
}
