package draft

import (
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// docText is the text of the document spec builds from inc and its
// assessment a, the test failing when it cannot be built.
func docText(t *testing.T, spec Spec, inc *incident.Incident, a assess.Assessment, rs *rules.Set) string {
	t.Helper()
	d, err := Build(spec, inc, a, rs)
	if err != nil {
		t.Fatalf("building %s %s %s: %v", spec.Kind, spec.Lang, spec.Variant, err)
	}
	return Text(d)
}
