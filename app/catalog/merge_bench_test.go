package catalog

import "testing"

// BenchmarkMerge is the start-up work of one language's table: joining its
// area maps (run at package init, before the first page).
func BenchmarkMerge(b *testing.B) {
	for b.Loop() {
		merge(jaShell, jaIncident, jaChecklist, jaTimeline, jaFacts, jaSets, jaBoard, jaDrafts, jaSafety, jaPrint, jaDrill, jaLedger, jaShare, jaDuties)
	}
}
