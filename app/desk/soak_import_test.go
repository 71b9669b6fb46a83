//go:build soak

package desk_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"breachdesk/app/desk"
	"breachdesk/app/incident"
	"breachdesk/app/mutate"
	"breachdesk/app/vault"
)

// soakSeeds are the files the import soak mutates: every incident file of
// testdata (one per schema version, the scenarios, the drafts' cases), an
// export of several, and the same export sealed with passA.
func soakSeeds(t *testing.T) [][]byte {
	t.Helper()
	root := filepath.Join("..", "..", "testdata")
	var files []string
	for _, dir := range []string{"incident", "scenarios", "draft"} {
		m, _ := filepath.Glob(filepath.Join(root, dir, "*.json"))
		files = append(files, m...)
	}
	sort.Strings(files)
	var seeds [][]byte
	var incs []*incident.Incident
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		seeds = append(seeds, b)
		if inc, err := incident.Decode(b); err == nil && len(incs) < 3 {
			incs = append(incs, inc)
		}
	}
	if len(seeds) < 5 {
		t.Fatalf("only %d seed files in %s", len(seeds), root)
	}
	export, err := incident.EncodeExport(incs, t0)
	if err != nil {
		t.Fatal(err)
	}
	key, err := goKeys{}.New(passA)
	if err != nil {
		t.Fatal(err)
	}
	sealed, err := vault.SealExport(key, export)
	if err != nil {
		t.Fatal(err)
	}
	return append(seeds, export, sealed)
}

// named reports whether a problem says what is wrong in words of the
// catalog (not the bare code a missing message falls back to), in both
// languages.
func named(p incident.Problem) bool {
	bare := string(p.Code) + " " + strings.Join(p.Args, " ")
	for _, lang := range []string{"ja", "en"} {
		m := p.Message(lang)
		if m == "" || m == bare || strings.Contains(m, "%!") {
			return false
		}
	}
	return true
}

// 10,000 mutated files through the real import path (Desk.Import, as the
// file input calls it) on a desk holding incidents: no crash, no stored
// record changed, each refusal names the problem, and each file accepted
// stores valid incidents only (which are then deleted again).
func TestSoakImportMutations(t *testing.T) {
	files := soakTrials(t, "SOAK_IMPORT", 10000)
	seeds := soakSeeds(t)
	m := mutate.New(15, seeds...)
	s := desk.NewMemStore()
	tb := newTab(t, s, nil)
	for i := range 3 {
		inc := tb.Create(fmt.Sprintf("here before %d", i))
		tb.EditQuietly(inc.ID, func(inc *incident.Incident) { inc.Story.Summary = "stored before the imports" })
	}
	tb.settle()
	before := s.Raw("incidents")
	var crashes, refused, accepted, changed, unnamed int
	kinds := map[string]int{}
	for i := range files {
		data, what := m.Next()
		var res desk.ImportResult
		called := false
		func() {
			defer func() {
				if r := recover(); r != nil {
					crashes++
					t.Errorf("file %d (%s): the import panicked: %v", i, what, r)
				}
			}()
			tb.Import(data, passA, func(r desk.ImportResult) { res, called = r, true })
			tb.loop.Run()
		}()
		if !called {
			if crashes == 0 {
				t.Fatalf("file %d (%s): the import never finished", i, what)
			}
			continue
		}
		now := s.Raw("incidents")
		for id, b := range before {
			if !bytes.Equal(now[id], b) {
				changed++
				t.Errorf("file %d (%s): stored record %s changed", i, what, id)
			}
		}
		switch {
		case res.Err != nil:
			refused++
			kinds["error"]++
			if strings.TrimSpace(res.Err.Error()) == "" {
				unnamed++
				t.Errorf("file %d (%s): refused with an empty error", i, what)
			}
		case len(res.Problems) > 0:
			refused++
			kinds[string(res.Problems[0].Code)]++
			for _, p := range res.Problems {
				if !named(p) {
					unnamed++
					t.Errorf("file %d (%s): a refusal that names nothing: %#v", i, what, p)
				}
			}
		default:
			accepted++
			for _, a := range res.Added {
				b, ok := now[a.ID]
				if !ok {
					t.Errorf("file %d (%s): %s listed as imported, not stored", i, what, a.ID)
					continue
				}
				inc, err := incident.Decode(b)
				if err != nil {
					t.Errorf("file %d (%s): the imported %s does not decode: %v", i, what, a.ID, err)
				} else if ps := incident.Validate(inc); ps.HasErrors() {
					t.Errorf("file %d (%s): the imported %s is invalid: %v", i, what, a.ID, ps.Errors())
				}
				tb.Delete(a.ID)
			}
			tb.loop.Advance(time.Millisecond)
		}
	}
	var top []string
	for k, n := range kinds {
		top = append(top, fmt.Sprintf("%s %d", k, n))
	}
	sort.Strings(top)
	t.Logf("refusals by first problem: %s", strings.Join(top, ", "))
	t.Logf("FIGURE mutated import files through Desk.Import (native): %d files from %d seeds, %d crashes, %d stored records changed, %d refused (%d without a named problem), %d accepted (valid incidents only)",
		files, len(seeds), crashes, changed, refused, unnamed, accepted)
}
