//go:build js

package oplog

import (
	"syscall/js"
	"testing"
	"time"
)

// cpuTime is the CPU time (user and system) of the Node process running
// the WebAssembly tests so far (process.cpuUsage), or 0 in a browser.
func cpuTime() time.Duration {
	p := js.Global().Get("process")
	if p.Type() != js.TypeObject || p.Get("cpuUsage").Type() != js.TypeFunction {
		return 0
	}
	u := p.Call("cpuUsage")
	return time.Duration(u.Get("user").Float()+u.Get("system").Float()) * time.Microsecond
}

// reportCPU reports the CPU time per operation since start as "cpu-ms/op".
func reportCPU(b *testing.B, start time.Duration) {
	if start > 0 {
		b.ReportMetric(float64(cpuTime()-start)/float64(b.N)/1e6, "cpu-ms/op")
	}
}
