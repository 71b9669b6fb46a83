//go:build unix

package oplog

import (
	"syscall"
	"testing"
	"time"
)

// cpuTime is the process's CPU time (user and system) so far: on a
// machine shared with others, the benchmarks report it beside the wall
// time, which waits for the other processes too.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports the CPU time per operation since start as "cpu-ms/op".
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N)/1e6, "cpu-ms/op")
}
