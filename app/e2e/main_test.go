//go:build e2e

package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"syscall"
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
	code := m.Run()
	closePool()
	// Where the suite's CPU went: the test process (DevTools, the recording
	// proxy, the checks) and the processes it started and waited for
	// (every Chromium and LibreOffice), a guide for keeping the suite short.
	var self, children syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &self) == nil && syscall.Getrusage(syscall.RUSAGE_CHILDREN, &children) == nil {
		cpu := func(r syscall.Rusage) float64 {
			return float64(r.Utime.Sec+r.Stime.Sec) + float64(r.Utime.Usec+r.Stime.Usec)/1e6
		}
		fmt.Printf("suite CPU: %.0f CPU-s in the test process, %.0f in the browsers and LibreOffice it ended\n", cpu(self), cpu(children))
	}
	os.Exit(code)
}
