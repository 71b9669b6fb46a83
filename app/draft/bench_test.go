package draft

import (
	"fmt"
	"strings"
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

// loggedCase is scenario 01 with its time line grown to 1,000 events, each
// with a note (a long incident's log, one an hour): the e2e typing bench's
// incident, whose documents each repeat the time line.
func loggedCase(t testing.TB) *incident.Incident {
	var inc *incident.Incident
	for name, c := range scenarios(t) {
		if strings.HasPrefix(name, "01-") {
			inc = c
		}
	}
	kinds := []incident.EventKind{incident.EvOther, incident.EvForensic, incident.EvOther, incident.EvDetected,
		incident.EvOther, incident.EvContained, incident.EvOther, incident.EvScopeConfirmed}
	start := inc.Events[0].At
	for i := 0; len(inc.Events) < 1000; i++ {
		inc.Events = append(inc.Events, incident.Event{
			ID: fmt.Sprintf("b%03d", i), Kind: kinds[i%len(kinds)], At: start.Add(time.Duration(i+1) * time.Hour),
			Note: fmt.Sprintf("ログ解析 %d 件目: 踏み台サーバのアクセスログを確認した。", i+1),
		})
	}
	inc.SortEvents()
	inc.UpdatedAt = start.Add(1001 * time.Hour)
	return inc
}

func BenchmarkBuildAllLogged(b *testing.B) {
	rs := mustRules(b)
	inc := loggedCase(b)
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := BuildAll(inc, a, rs, inc.UpdatedAt); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLintAllLogged(b *testing.B) {
	rs := mustRules(b)
	inc := loggedCase(b)
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	docs, _, err := BuildAll(inc, a, rs, inc.UpdatedAt)
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	for _, d := range docs {
		for _, s := range d.Sections {
			for _, p := range s.Paras {
				n += len(p.Text)
			}
		}
	}
	b.ReportMetric(float64(n), "text-bytes")
	b.ReportAllocs()
	for b.Loop() {
		Lint(inc, a, docs)
	}
}
