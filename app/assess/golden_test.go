package assess

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/golden/assess")

const (
	scenarioDir = "../../testdata/scenarios"
	goldenDir   = "../../testdata/golden/assess"
)

// scenarioNow is the fixed "now" of a scenario: its updatedAt.
func loadScenario(t testing.TB, path string) *incident.Incident {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	inc, err := incident.Decode(b)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if ps := incident.Validate(inc); ps.HasErrors() {
		t.Fatalf("%s: invalid scenario: %v", path, ps)
	}
	return inc
}

func mustRules(t testing.TB) *rules.Set {
	t.Helper()
	rs, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	return rs
}

// TestGolden evaluates every scenario at its updatedAt and compares the full
// assessment, rendered as text, with its golden file.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(scenarioDir, "*.json"))
	if len(files) < 12 && !*update {
		t.Fatalf("want at least 12 scenarios, have %d", len(files))
	}
	rs := mustRules(t)
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		t.Run(name, func(t *testing.T) {
			inc := loadScenario(t, f)
			got := Report(name, Evaluate(inc, rs, inc.UpdatedAt))
			gf := filepath.Join(goldenDir, name+".txt")
			if *update {
				if err := os.WriteFile(gf, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(gf)
			if err != nil {
				t.Fatalf("%v (run go test ./app/assess -update)", err)
			}
			if got != string(want) {
				t.Errorf("assessment differs from %s (run with -update and review the diff):\n%s", gf, firstDiff(string(want), got))
			}
		})
	}
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return fmt.Sprintf("line %d:\n- %s\n+ %s", i+1, x, y)
		}
	}
	return ""
}
