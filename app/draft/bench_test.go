package draft

import (
	"fmt"
	"testing"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// bigCase is scenario 10 with 1,000 more events of every kind (reports,
// notices and announcements among them, so that documents are dated in the
// past and built on the facts as known then).
func bigCase(t testing.TB) *incident.Incident {
	inc := scenarios(t)["10-crossborder-eu-jp-ca"]
	start := inc.Events[0].At
	kinds := incident.EventKinds
	for i := 0; i < 1000; i++ {
		inc.Events = append(inc.Events, incident.Event{ID: fmt.Sprintf("b%04d", i), Kind: kinds[i%len(kinds)],
			At: start.Add(time.Duration(i) * 13 * time.Minute), Jurisdiction: []string{"", "JP", "EU"}[i%3]})
	}
	inc.UpdatedAt = start.Add(1000 * 13 * time.Minute)
	return inc
}

func BenchmarkBuildAll(b *testing.B) {
	rs := mustRules(b)
	inc := bigCase(b)
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := BuildAll(inc, a, rs, inc.UpdatedAt); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLintAll(b *testing.B) {
	rs := mustRules(b)
	inc := bigCase(b)
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	docs, _, err := BuildAll(inc, a, rs, inc.UpdatedAt)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		Lint(inc, a, docs)
	}
}
