package estimate

import (
	"strings"
	"testing"

	"breachdesk/app/incident"
)

// F361 (91): 23 customers copied by hand by a contractor's worker, the
// copies seized by the police, were estimated a dark-web survey of ¥2–5M:
// the data went to one identified person. An item can be left out by a
// fact (Unless): the survey is not counted when the information went only
// to recipients the company has identified, and says why.
func TestNoDarkWebSurveyWhenTheRecipientIsKnown(t *testing.T) {
	line := func(inc *incident.Incident) Line {
		for _, l := range Compute(inc, mustRules(t), mustCosts(t), Inputs{}).Costs.Lines {
			if l.ID == "darkweb_survey" {
				return l
			}
		}
		t.Fatal("no dark-web line")
		return Line{}
	}
	inc := loadScenario(t, "91-callcentre-worker-copied-by-hand-police-found")
	if l := line(inc); l.Included || !strings.Contains(l.Why.JA, "渡った相手が特定されている") {
		t.Errorf("91: dark-web survey included %v (%s)", l.Included, l.Why.EN)
	}
	inc.Cause.RecipientKnown = incident.Unknown
	if l := line(inc); !l.Included {
		t.Errorf("recipient not known, unlawful purpose: the survey is not counted (%s)", l.Why.EN)
	}
}
