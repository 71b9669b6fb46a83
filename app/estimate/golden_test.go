package estimate

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"breachdesk/app/incident"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/golden/estimate")

const (
	scenarioDir = "../../testdata/scenarios"
	goldenDir   = "../../testdata/golden/estimate"
)

// TestGolden computes the estimate of every scenario with no inputs and
// compares it, as text in both languages, with its golden file.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(scenarioDir, "*.json"))
	if len(files) == 0 {
		t.Fatal("no scenarios")
	}
	rs, tb := mustRules(t), mustCosts(t)
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			inc, err := incident.Decode(b)
			if err != nil {
				t.Fatal(err)
			}
			got := render(name, Compute(inc, rs, tb, Inputs{}))
			gf := filepath.Join(goldenDir, name+".txt")
			if *update {
				if err := os.MkdirAll(goldenDir, 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(gf, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(gf)
			if err != nil {
				t.Fatalf("%v (run go test ./app/estimate -update)", err)
			}
			if got != string(want) {
				t.Errorf("estimate differs from %s (run with -update and review the diff):\n%s", gf, got)
			}
		})
	}
}

func render(name string, e Estimate) string {
	var b strings.Builder
	p := func(format string, a ...any) { fmt.Fprintf(&b, format+"\n", a...) }
	d := e.Damage
	p("scenario %s", name)
	p("== damage (JNSA)")
	p("   X %d from %v, Y %d from %v, sensitivity %d", d.X, d.XFrom, d.Y, d.YFrom, d.Sensitivity)
	p("   identifiability %s (%s), responsibility %s (%s), after %s (%s)",
		d.Identifiability.text(), d.Identifiability.Why.EN, d.Responsibility.text(), d.Responsibility.Why.EN, d.After.text(), d.After.Why.EN)
	p("   formula %s", d.Formula)
	p("   per person %d–%d | persons %s | total %d–%d open=%v known=%v", d.PerPerson.Low, d.PerPerson.High, qty(d.Persons), d.Total.Low, d.Total.High, d.Total.Open, d.Total.Known)
	p("   JA: 1人あたり %s、合計 %s", d.PerPerson.Yen("ja"), d.Total.Yen("ja"))
	p("   EN: per person %s, total %s", d.PerPerson.Yen("en"), d.Total.Yen("en"))
	for _, n := range d.Notes {
		p("   note: %s / %s", n.EN, n.JA)
	}
	p("== costs")
	for _, l := range e.Costs.Lines {
		p("   %s", l.Text("en"))
		p("   %s", l.Text("ja"))
	}
	p("   total %s / %s", e.Costs.Total.Yen("en"), e.Costs.Total.Yen("ja"))
	for _, n := range e.Costs.Notes {
		p("   note: %s", n.EN)
	}
	p("== total %s / %s", e.Total.Yen("en"), e.Total.Yen("ja"))
	return b.String()
}
