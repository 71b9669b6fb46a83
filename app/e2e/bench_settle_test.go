//go:build bench

package e2e

import (
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

// A wall time measured while other processes use the CPU measures them too:
// on this 2-core machine the merge's 137 ms alone read 205 ms in a make bench
// whose previous browser was still going away, and 290–500 ms beside two
// other builds. settle waits, before a measured step, for the machine to be
// idle (over a second, at least settleIdle of all cores' time), at most
// settleMax, and says what it found; the bench prints it beside its figures,
// so that a figure taken on a busy machine says so.

const (
	settleIdle = 0.85
	settleMax  = 60 * time.Second
)

// cpuTimes reads the machine's total and idle CPU time (jiffies) from
// /proc/stat; ok is false where there is none.
func cpuTimes() (total, idle uint64, ok bool) {
	b, err := os.ReadFile("/proc/stat")
	if err != nil {
		return 0, 0, false
	}
	line, _, _ := strings.Cut(string(b), "\n")
	f := strings.Fields(line)
	if len(f) < 5 || f[0] != "cpu" {
		return 0, 0, false
	}
	for i, s := range f[1:] {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			return 0, 0, false
		}
		total += n
		if i == 3 || i == 4 { // idle, iowait
			idle += n
		}
	}
	return total, idle, true
}

// idleOver is the share of idle CPU time over d.
func idleOver(d time.Duration) (float64, bool) {
	t0, i0, ok := cpuTimes()
	if !ok {
		return 0, false
	}
	time.Sleep(d)
	t1, i1, ok := cpuTimes()
	if !ok || t1 <= t0 {
		return 0, false
	}
	return float64(i1-i0) / float64(t1-t0), true
}

// settle waits until the machine is idle and returns a line for the report.
func settle(t *testing.T, step string) string {
	t.Helper()
	start := time.Now()
	last := 0.0
	for {
		f, ok := idleOver(time.Second)
		if !ok {
			return "machine load unknown (no /proc/stat)"
		}
		last = f
		if f >= settleIdle {
			return "CPU idle " + strconv.Itoa(int(f*100)) + "% before " + step + " (waited " + time.Since(start).Round(time.Second).String() + ")"
		}
		if time.Since(start) > settleMax {
			t.Logf("the machine stayed busy before %s: idle %.0f%% after %v; the figures below include other work", step, last*100, settleMax)
			return "BUSY MACHINE: CPU idle only " + strconv.Itoa(int(last*100)) + "% before " + step + " after " + settleMax.String() + " (figures inflated)"
		}
	}
}
