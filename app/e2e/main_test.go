//go:build e2e

package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"breachdesk/app/static"
)

func TestMain(m *testing.M) {
	sites = os.Getenv("E2E_SITES")
	if sites == "" {
		fmt.Fprintln(os.Stderr, "E2E_SITES is not set: run `make test-e2e`, which generates the sites")
		os.Exit(1)
	}
	for _, d := range []string{"root", "sub", "root-v2"} {
		if err := static.Check(filepath.Join(sites, d)); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
	logCosts = true
	code := m.Run()
	closePool()
	// The sum of the tests' cost lines (their browsers' process trees; not
	// the pooled browsers' hand-overs, nor LibreOffice, nor this process).
	fmt.Printf("suite: %.0f CPU-s in the tests' Chromium, %d loads of the app; %d hand-overs of a pooled browser kept the app's offline copy, %d cleared all\n",
		costs.cpu, costs.loads, handovers.kept.Load(), handovers.cleared.Load())
	os.Exit(code)
}
