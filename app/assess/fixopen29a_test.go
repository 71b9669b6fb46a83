package assess

import (
	"path/filepath"
	"strings"
	"testing"

	"breachdesk/app/incident"
)

// F1252 (163, 165, every public body): the retention step told a city and a
// prefecture of 「取引終了後も…残っていた個人データ」 under APPI Art. 22, a
// business's duty of effort. A public body gets its own step (Art. 61(2),
// the limit on holding, with its records rules); a business keeps its own.
// The question asked (retention.exceeded's need) no longer speaks of the
// company's period, and says that data holding no one who left is answered
// "no".
func TestRetentionStepFollowsTheOrganisationsKind(t *testing.T) {
	rs := mustRules(t)
	steps := func(inc *incident.Incident) map[string]Step {
		out := map[string]Step{}
		for _, s := range Evaluate(inc, rs, inc.UpdatedAt).Steps {
			out[s.ID] = s
		}
		return out
	}
	load := func(name string) *incident.Incident {
		return loadScenario(t, filepath.Join(scenarioDir, name+".json"))
	}
	for _, name := range []string{"163-city-officer-named-whistleblower-to-reported-company-at-site-visit", "165-prefecture-review-board-pdf-masks-removable-appellant-found-own-address"} {
		st := steps(load(name))
		if s := st["pb.retention"]; s.ID != "" && s.Applies != No {
			t.Errorf("%s: the business's retention step %s", name, s.Applies)
		}
		pub := st["pb.retention.public"]
		if pub.Applies != Unknown || !strings.Contains(pub.Citation.JA, "第61条第2項") || strings.Contains(pub.Do.JA, "取引終了") {
			t.Errorf("%s: public body's retention step %s %q %q", name, pub.Applies, pub.Citation.JA, pub.Do.JA)
		}
		for _, n := range pub.Needs {
			if strings.Contains(n.Text.JA, "自社") || !strings.Contains(n.Text.JA, "「いいえ」") {
				t.Errorf("%s: asked %q", name, n.Text.JA)
			}
		}
	}
	// A business whose former customers were kept past its rule (02) keeps
	// Art. 22; the same facts of a city get Art. 61(2).
	inc := load("02-hosting-os-command-injection")
	st := steps(inc)
	if s := st["pb.retention"]; s.Applies != Yes || !strings.Contains(s.Citation.JA, "第22条") {
		t.Errorf("02: business's retention step %s %q", s.Applies, s.Citation.JA)
	}
	if s := st["pb.retention.public"]; s.ID != "" && s.Applies != No {
		t.Errorf("02: public body's retention step %s", s.Applies)
	}
	inc.Org.Kind = incident.Local
	st = steps(inc)
	if s := st["pb.retention.public"]; s.Applies != Yes {
		t.Errorf("02 as a city: public body's retention step %s", s.Applies)
	}
	if s := st["pb.retention"]; s.ID != "" && s.Applies != No {
		t.Errorf("02 as a city: business's retention step %s", s.Applies)
	}
}
