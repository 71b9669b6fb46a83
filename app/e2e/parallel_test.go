//go:build e2e

package e2e

// The suite runs its tests side by side: each has its own Chromium, profile,
// network (the recording proxy) and download folder, and nothing else is
// shared but the generated sites, which are only read. How many run at once
// is E2E_PARALLEL (default 3: the suite is CPU-bound on 2 cores, and a third
// browser fills the time the others wait for DevTools or the disk; 4 was not
// slower in the one comparison made, at a different load); the tests whose
// figures are timings do not call parallel and run alone, before the others.

import (
	"go/ast"
	"go/build/constraint"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// parallel makes t run beside the other parallel tests once a slot is free.
// go test releases all of them at once (.ci/e2e-run sets -parallel high) and
// in no particular order: the first E2E_PARALLEL to ask get the slots, and
// each slot freed goes to the longest test waiting, so that no long test
// starts last and runs alone at the end.
//
// go test's time for a parallel test counts its wait for a slot too: the
// log says how long it waited and how long it ran.
func parallel(t *testing.T) {
	t.Helper()
	parallelSlots(t, 1)
}

// parallelTwo is parallel for a test that runs two browsers at once (two
// people of a team): it takes two slots, so that the machine runs as many
// browsers as with the other tests.
func parallelTwo(t *testing.T) {
	t.Helper()
	parallelSlots(t, 2)
}

func parallelSlots(t *testing.T, n int) {
	t.Helper()
	t.Parallel()
	name, _, _ := strings.Cut(t.Name(), "/")
	functionalTests.Store(name, true)
	asked := time.Now()
	n = slots.acquire(t.Name(), n)
	got := time.Now()
	holds := &n // lendSlots sets it to 0 while the slots are lent
	held.Store(t.Name(), holds)
	t.Cleanup(func() {
		slots.release(*holds)
		t.Logf("slot: waited %v, ran %v", got.Sub(asked).Round(100*time.Millisecond), time.Since(got).Round(100*time.Millisecond))
	})
}

// held is how many slots each parallel test holds, by name.
var held sync.Map

// lendSlots runs wait, a wait that keeps no core busy (Chromium applying a
// quota cut takes ~30 s), with the test's slots lent to the tests waiting
// for one, and takes them back after: the suite runs one browser more
// meanwhile instead of leaving a slot idle. The test waits for its slots
// again as the longest tests do (it keeps its rank).
func lendSlots(t *testing.T, wait func()) {
	t.Helper()
	v, ok := held.Load(t.Name())
	if !ok {
		wait() // not a parallel test: it holds no slot
		return
	}
	holds := v.(*int)
	n := *holds
	slots.release(n)
	*holds = 0 // a wait that fails the test ends it holding none
	wait()
	asked := time.Now()
	*holds = slots.acquire(t.Name(), n)
	t.Logf("slot lent during a wait, taken back after %v", time.Since(asked).Round(100*time.Millisecond))
}

// longTests are the tests that take longest, longest first (slot-seconds in
// the clean-clone CI run of 1cc59e8, three slots on the idle 2-core machine,
// in the comments: a two-browser test's seconds count twice): each freed slot goes to the longest test still
// waiting, so that the run ends on short tests and no core idles while one
// long test finishes (the list of 829236f had gone stale: a 20 s test started
// last and the run's last 100 s left 30 core-seconds idle). The others, all
// shorter, follow in the order they come.
var longTests = []string{
	"TestVaultChangeCrash",                // 68
	"TestScreensPhone",                    // 61
	"TestA11yEveryPage",                   // 45
	"TestQuotaFullKeepsTheEdit",           // 40
	"TestNotFound",                        // 36
	"TestMyNumberFactsVerdict",            // 36
	"TestPrintPacket",                     // 34
	"TestWordAndPDF",                      // 33
	"TestLedgerFilingEvidenceRegister",    // 33
	"TestReimportAfterReloadAndHandEdit",  // 31 (two slots)
	"TestProcessorOwnAndEntrustedData",    // 29
	"TestSessionNoEgress",                 // 28
	"TestNamesPoliceCardReachDrafts",      // 28
	"TestDraftsXSS",                       // 26
	"TestTeamTwoTabsOneChain",             // 25 (two slots)
	"TestTeamSyncTwoPeople",               // 25 (two slots)
	"TestPrintFromSandboxedFrameBySaving", // 24
	"TestDutiesContestedCase",             // 23
	"TestUnsubmittedTimelineForms",        // 23
	"TestVaultReadinessSealed",            // 23
	"TestUnsubmittedWizardFields",         // 23
	"TestOfflineUnderSubPath",             // 22
	"TestReimportMergesAnExport",          // 22 (two slots)
	"TestVaultChangePassphrase",           // 22
	"TestOfflineAtRoot",                   // 21
	"TestFactsKeyboard",                   // 20
	"TestPrintBoardPacket",                // 20
	"TestSafetyHostileFiles",              // 20
	"TestSafetyExportWipeImport",          // 19
	"TestShareEndsAcrossALock",            // 19
	"TestVaultRemoveProtection",           // 18
	"TestNewUserPhoneEnglish",             // 18
	"TestFirstHourToDashboard",            // 18
	"TestExportLeavesOutATooLargeLog",     // 18
	"TestConflictNewValueOfATime",         // 18 (two slots)
	"TestUnsubmittedParagraph",            // 17
	"TestSafetyBadFiles",                  // 17
	"TestFilePublishedByMistake",          // 17
}

// functionalTests holds the names of the tests that called parallel.
var functionalTests sync.Map

// slots admits the parallel tests E2E_PARALLEL at a time.
var slots = newSlots()

type slotQueue struct {
	mu      sync.Mutex
	size    int
	free    int
	waiting []slotWaiter
}

type slotWaiter struct {
	rank  int // lower goes first
	n     int // slots wanted
	ready chan struct{}
}

func newSlots() *slotQueue {
	n, err := strconv.Atoi(os.Getenv("E2E_PARALLEL"))
	if err != nil || n < 1 {
		n = 3
	}
	return &slotQueue{size: n, free: n}
}

func rankOf(name string) int {
	for i, n := range longTests {
		if n == name {
			return i
		}
	}
	return len(longTests)
}

// acquire waits for n slots (at most all of them: E2E_PARALLEL=1 runs a
// two-browser test too) and returns how many it took.
func (q *slotQueue) acquire(name string, n int) int {
	n = min(n, q.size)
	q.mu.Lock()
	if len(q.waiting) == 0 && q.free >= n {
		q.free -= n
		q.mu.Unlock()
		return n
	}
	w := slotWaiter{rank: rankOf(name), n: n, ready: make(chan struct{})}
	q.waiting = append(q.waiting, w)
	q.mu.Unlock()
	<-w.ready
	return n
}

// release gives back n slots and hands the free ones to the waiting tests
// in their order (the longest first; among the others, the one that came
// first). The first in order waits for as many slots as it needs: the
// others do not pass it.
func (q *slotQueue) release(n int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.free += n
	for len(q.waiting) > 0 {
		best := 0
		for i, w := range q.waiting {
			if w.rank < q.waiting[best].rank {
				best = i
			}
		}
		w := q.waiting[best]
		if w.n > q.free {
			return
		}
		q.free -= w.n
		q.waiting = append(q.waiting[:best], q.waiting[best+1:]...)
		close(w.ready)
	}
}

// alone are the tests that do not run beside others: their figures are
// timings, taken with the machine to themselves.
var alone = map[string]bool{
	"TestDurabilityKillMidTyping":           true,
	"TestDurabilityPageHide":                true,
	"TestDurabilityHideWrites":              true,
	"TestDurabilityTabEndedWithoutPageHide": true,
	"TestSafetyProtectAndUnlock":            true,
}

// TestEveryTestRunsInParallel: every test of the suite begins with
// parallel(t) or parallelTwo(t) but those of alone. A test that does not
// runs by itself before all the parallel ones, one browser on the machine:
// 20 tests did, 216 s of a 640 s CI run.
func TestEveryTestRunsInParallel(t *testing.T) {
	files, err := filepath.Glob("*_test.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	n := 0
	for _, f := range files {
		af, err := parser.ParseFile(fset, f, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		if !builtForE2E(af) {
			continue
		}
		for _, d := range af.Decls {
			fn, ok := d.(*ast.FuncDecl)
			if !ok || fn.Recv != nil || !strings.HasPrefix(fn.Name.Name, "Test") || fn.Name.Name == "TestMain" ||
				fn.Name.Name == "TestEveryTestRunsInParallel" || alone[fn.Name.Name] {
				continue
			}
			n++
			if !startsParallel(fn) {
				t.Errorf("%s (%s) does not begin with parallel(t) or parallelTwo(t): it would run alone, before the others", fn.Name.Name, f)
			}
		}
	}
	if n < 50 {
		t.Errorf("found %d tests; the suite has more: the check does not read the files it should", n)
	}
}

// builtForE2E reports whether the file is in the suite go test -tags e2e builds.
func builtForE2E(f *ast.File) bool {
	for _, g := range f.Comments {
		for _, c := range g.List {
			if constraint.IsGoBuild(c.Text) {
				expr, err := constraint.Parse(c.Text)
				return err == nil && expr.Eval(func(tag string) bool { return tag == "e2e" })
			}
		}
	}
	return true
}

func startsParallel(fn *ast.FuncDecl) bool {
	if fn.Body == nil || len(fn.Body.List) == 0 {
		return false
	}
	s, ok := fn.Body.List[0].(*ast.ExprStmt)
	if !ok {
		return false
	}
	call, ok := s.X.(*ast.CallExpr)
	if !ok {
		return false
	}
	id, ok := call.Fun.(*ast.Ident)
	return ok && (id.Name == "parallel" || id.Name == "parallelTwo")
}
