package ui

import (
	"os"
	"testing"

	"breachdesk/app/incident"
)

// scenario is one of testdata's scenarios, decoded.
func scenario(t *testing.T, name string) *incident.Incident {
	t.Helper()
	b, err := os.ReadFile("../../testdata/scenarios/" + name + ".json")
	if err != nil {
		t.Fatal(err)
	}
	inc, err := incident.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	return inc
}
