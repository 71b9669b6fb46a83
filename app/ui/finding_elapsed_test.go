package ui

import (
	"testing"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/catalog"
)

// The packet's timeline table shows no delay for a finding whose end event
// has no date ("0 min" would say it was done at once).
func TestFindingElapsedUndated(t *testing.T) {
	if got := findingElapsed(catalog.EN, assess.Finding{Undated: "e5"}); got != "—" {
		t.Errorf("undated: %q, want —", got)
	}
	if got := findingElapsed(catalog.EN, assess.Finding{Elapsed: 26 * time.Hour}); got == "—" || got == "" {
		t.Errorf("measured: %q", got)
	}
}
