package assess

import (
	"path/filepath"
	"strings"
	"testing"
)

// F822 (19, 20): 総務省's written administrative guidance to report the
// measures taken was read as a demand for a report under the APPI, with its
// Art. 146 and the penalty of Art. 182 cited. Entered as guidance, it is a
// duty of its own: recommended, due by a target (no legal deadline), cited
// to the Administrative Procedure Act, and no APPI demand is listed.
func TestAdministrativeGuidanceIsNotADemandUnderTheAPPI(t *testing.T) {
	inc := loadScenario(t, filepath.Join(scenarioDir, "20-messaging-subcontractor-two-orders.json"))
	a := Evaluate(inc, mustRules(t), inc.UpdatedAt)
	n := 0
	for _, j := range a.Jurisdictions {
		for _, o := range j.Obligations {
			switch o.ID {
			case "jp.ministry.report", "jp.appi.order.measures", "jp.sector.order", "jp.sector.improvement":
				t.Errorf("guidance read as an order: %s (%s)", o.ID, o.Citation.EN)
			case "jp.guidance.answer":
				n++
				if o.Level != "recommended" || o.Limit != "target" || !strings.Contains(o.Citation.JA, "行政手続法") || strings.Contains(o.Citation.JA, "第146条") {
					t.Errorf("jp.guidance.answer: level %s, limit %s, cite %s", o.Level, o.Limit, o.Citation.JA)
				}
				if !o.State.Settled() {
					t.Errorf("jp.guidance.answer for %s: %s, want done by the report", o.Party, o.State)
				}
			}
		}
	}
	if n != 2 {
		t.Errorf("20 has two written guidances; %d answers listed", n)
	}
}
