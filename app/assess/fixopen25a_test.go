package assess

import (
	"strings"
	"testing"

	"breachdesk/app/incident"
)

// F1027 (153): the time line pressed a customer followed by a worker toward
// a public announcement that could identify her. With the answer "the
// persons' safety may be at risk" the publication step says to keep any
// announcement from identifying them, in both languages; unanswered, the
// step is as before.
func TestPublicationStepCautionsWhenSafetyAtRisk(t *testing.T) {
	inc := loadScenario(t, scenarioDir+"/153-moving-company-worker-looked-up-customer-address-stalking-police.json")
	inc.Risk.SafetyAtRisk = incident.Unknown
	s := step(eval(t, inc, inc.UpdatedAt), "pb.publication")
	if s == nil {
		t.Fatal("no publication step")
	}
	if strings.Contains(s.Do.JA, "本人が特定されない") {
		t.Errorf("unanswered: the step cautions: %s", s.Do.JA)
	}
	inc.Risk.SafetyAtRisk = incident.Yes
	s = step(eval(t, inc, inc.UpdatedAt), "pb.publication")
	if !strings.Contains(s.Do.JA, "本人が特定されない範囲にとどめる") || !strings.Contains(s.Do.EN, "so that no one can identify them") {
		t.Errorf("safety at risk: no caution in the step: %s / %s", s.Do.JA, s.Do.EN)
	}
	if s.ReliedOn == nil || !strings.Contains(s.ReliedOn.JA, "[U]") {
		t.Error("the caution carries no [U] for counsel")
	}
}
