package estimate

import (
	"strings"
	"testing"

	"breachdesk/checklists/costs"
)

// TestCaseContext: the estimate comes with real court awards for leaks,
// each with its source, and what each would come to for this incident's
// persons: an estimate of ¥100 billion and more had no such context.
func TestCaseContext(t *testing.T) {
	tb, err := DefaultCosts()
	if err != nil {
		t.Fatal(err)
	}
	if len(tb.Cases) < 3 {
		t.Fatalf("%d court cases in costs.json, want at least 3", len(tb.Cases))
	}
	for _, c := range tb.Cases {
		if !strings.HasPrefix(c.Source.URL, "http") || c.Source.JA == "" || c.ReliedOn == nil {
			t.Errorf("%s: source %+v, relied on %v", c.ID, c.Source, c.ReliedOn)
		}
	}
	lines := tb.CaseContext(Between(6_000_000, 7_000_000))
	for _, ln := range lines {
		if want := Between(ln.Case.PerPerson*6_000_000, ln.Case.PerPerson*7_000_000); ln.Total != want {
			t.Errorf("%s: %+v for 6–7 million persons, want %+v", ln.Case.ID, ln.Total, want)
		}
	}
	if got := tb.CaseContext(Range{}); got[0].Total.Known {
		t.Errorf("persons unknown: %+v", got[0].Total)
	}
	// A case without a source is refused.
	bad := strings.Replace(string(costs.JSON), `"url": "https://www.corporate-legal.jp/matomes/3272"`, `"url": ""`, 1)
	if _, err := LoadCosts([]byte(bad)); err == nil || !strings.Contains(err.Error(), "url") {
		t.Errorf("a case without its source's url: %v", err)
	}
}
