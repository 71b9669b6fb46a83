package draft

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/golden/draft")

const (
	scenarioDir = "../../testdata/scenarios"
	caseDir     = "../../testdata/draft" // schema-2 cases of the drafts: several data sets, parties, revised counts
	goldenDir   = "../../testdata/golden/draft"
)

func loadScenario(t testing.TB, path string) *incident.Incident {
	t.Helper()
	inc, err := decodeCase(path)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return inc
}

// decodeCase is a copy of the incident in the file at path, decoded once.
func decodeCase(path string) (*incident.Incident, error) {
	once, _ := decoded.LoadOrStore(path, sync.OnceValues(func() (*incident.Incident, error) {
		b, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		return incident.Decode(b)
	}))
	inc, err := once.(func() (*incident.Incident, error))()
	if err != nil {
		return nil, err
	}
	return inc.Clone(), nil
}

// decodeAll is every incident in the folders dirs (*.json), by file name
// without .json.
func decodeAll(dirs ...string) (map[string]*incident.Incident, error) {
	out := map[string]*incident.Incident{}
	for _, dir := range dirs {
		files, _ := filepath.Glob(filepath.Join(dir, "*.json"))
		if len(files) == 0 {
			return nil, fmt.Errorf("no incident in %s", dir)
		}
		for _, f := range files {
			inc, err := decodeCase(f)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", f, err)
			}
			out[strings.TrimSuffix(filepath.Base(f), ".json")] = inc
		}
	}
	return out, nil
}

// pass is one incident built as the package's tests read it: the engine's
// answer at its updatedAt and every document BuildAll writes then.
type pass struct {
	inc      *incident.Incident
	a        assess.Assessment
	docs     []Document
	scenario bool // one of testdata/scenarios (else one of the drafts' cases)
}

// passes is every scenario (scenariosOnly) or every scenario and case, by
// name, built once for the package's tests: a pass over them all is a few
// CPU-seconds, and a dozen tests made one each. The tests only read it.
func passes(t testing.TB, scenariosOnly bool) map[string]*pass {
	t.Helper()
	all, err := passesOnce()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]*pass{}
	for name, p := range all {
		if p.scenario || !scenariosOnly {
			out[name] = p
		}
	}
	return out
}

var passesOnce = sync.OnceValues(func() (map[string]*pass, error) {
	rs, err := rules.Default()
	if err != nil {
		return nil, err
	}
	scens, err := decodeAll(scenarioDir)
	if err != nil {
		return nil, err
	}
	incs, err := decodeAll(scenarioDir, caseDir)
	if err != nil {
		return nil, err
	}
	out := map[string]*pass{}
	for name, inc := range incs {
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		docs, _, err := BuildAll(inc, a, rs, inc.UpdatedAt)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		_, scenario := scens[name]
		out[name] = &pass{inc: inc, a: a, docs: docs, scenario: scenario}
	}
	return out, nil
})

// decoded holds each file loadScenario read, decoded once: the package's
// tests load the 140-odd scenarios over and over (decoding was a sixth of
// the package's CPU), and each gets a copy of its own to change.
var decoded sync.Map

func mustRules(t testing.TB) *rules.Set {
	t.Helper()
	rs, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	return rs
}

// scenarios returns every scenario by name, with its assessment at its updatedAt.
func scenarios(t testing.TB) map[string]*incident.Incident {
	return decodedAtLeast(t, scenarioDir, 14)
}

// cases returns the drafts' own schema-2 cases by name (file name without .json).
func cases(t testing.TB) map[string]*incident.Incident {
	return decodedAtLeast(t, caseDir, 2)
}

// decodedAtLeast is decodeAll of dir, failing t when it holds fewer than
// min incidents or one does not decode.
func decodedAtLeast(t testing.TB, dir string, min int) map[string]*incident.Incident {
	t.Helper()
	out, err := decodeAll(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(out) < min {
		t.Fatalf("want at least %d incidents in %s, have %d", min, dir, len(out))
	}
	return out
}

// everything is every scenario and every case, by name.
func everything(t testing.TB) map[string]*incident.Incident {
	out := scenarios(t)
	for k, v := range cases(t) {
		out[k] = v
	}
	return out
}

// goldenName is the file of one document of one scenario: "01-x/notice-ja-email.txt".
func goldenName(scenario string, d Document) string {
	n := d.ID
	if d.Kind != KindPPC && d.Variant != "" {
		n += "-" + d.Variant
	}
	return filepath.Join(goldenDir, scenario, n+".txt")
}

// TestGolden builds every available document of every scenario and case (all
// variants), each dated at its own event or else the scenario's updatedAt,
// and compares its text with the golden file.
func TestGolden(t *testing.T) {
	t.Parallel()
	rs := mustRules(t)
	for name, inc := range everything(t) {
		t.Run(name, func(t *testing.T) {
			a := assess.Evaluate(inc, rs, inc.UpdatedAt)
			docs, _, err := BuildAll(inc, a, rs, inc.UpdatedAt)
			if err != nil {
				t.Fatal(err)
			}
			want := map[string]bool{}
			for _, d := range docs {
				gf := goldenName(name, d)
				want[filepath.Base(gf)] = true
				checkGolden(t, gf, Text(d))
			}
			if !*update {
				return
			}
			old, _ := filepath.Glob(filepath.Join(goldenDir, name, "*"))
			for _, f := range old {
				base := strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))
				if !want[base+".txt"] {
					os.Remove(f) // the text, Markdown and HTML of a document no longer built
				}
			}
		})
	}
}

func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./app/draft -update)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs (run with -update and review the diff):\n%s", path, firstDiff(string(want), got))
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
			return "line " + strconv.Itoa(i+1) + ":\n- " + x + "\n+ " + y
		}
	}
	return ""
}
