package assess

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

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
			got := render(name, Evaluate(inc, rs, inc.UpdatedAt))
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

// render writes an assessment as text a reviewer can read line by line.
func render(name string, a Assessment) string {
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }
	tm := func(t *time.Time) string {
		if t == nil {
			return "-"
		}
		return t.Format(time.RFC3339)
	}
	needs := func(ns []Need) string {
		var s []string
		for _, n := range ns {
			s = append(s, n.Text.EN)
		}
		return strings.Join(s, "; ")
	}
	p("scenario %s", name)
	p("now %s (%s)", a.Now.Format(time.RFC3339), a.TimeZone)
	for _, pr := range a.Problems {
		p("problem: %s", pr.EN)
	}
	if a.Knew != nil {
		prec := ""
		if a.KnewPrecision != "" {
			prec = " (" + string(a.KnewPrecision) + ")"
		}
		p("knew %s by %s%s", tm(a.Knew), a.KnewEvent, prec)
	}
	var na []string
	for _, n := range a.NotApplicable {
		na = append(na, n.ID)
	}
	p("not applicable: %s", strings.Join(na, ", "))
	for _, n := range a.NotApplicable {
		p("   %s: %s", n.ID, n.Why.EN)
	}
	for _, j := range a.Jurisdictions {
		p("")
		p("== %s %s — applies: %s", j.ID, j.Name.EN, j.Applies)
		clock := "not started"
		if j.ClockAt != nil {
			clock = tm(j.ClockAt)
		}
		p("   law date %s (clock %s: %s)", j.LawDate, j.Clock, clock)
		if v := j.LawVersion; v != nil {
			p("   law version since %s: %s — %s", v.Since, v.Name.EN, v.Source.EN)
		} else {
			p("   law version: none named for %s", j.LawDate)
		}
		for _, r := range j.AppliesWhy {
			p("   applies %-7s %s — %s", r.Verdict, r.RuleID, r.Citation.EN)
		}
		p("   reportable: %s", j.Reportable)
		p("   summary EN: %s", j.Summary.EN)
		p("   summary JA: %s", j.Summary.JA)
		for _, r := range j.Triggers {
			line := fmt.Sprintf("   trigger %-7s %s — %s", r.Verdict, r.RuleID, r.Citation.EN)
			if len(r.Sets) > 0 {
				line += " | sets " + strings.Join(r.Sets, ",")
			}
			if len(r.Needs) > 0 {
				line += " | need: " + needs(r.Needs)
			}
			p("%s", line)
		}
		for _, r := range j.Exclusions {
			line := fmt.Sprintf("   exclusion %-7s %s — %s", r.Verdict, r.RuleID, r.Citation.EN)
			if len(r.Sets) > 0 {
				line += " | sets " + strings.Join(r.Sets, ",")
			}
			if len(r.Needs) > 0 {
				line += " | need: " + needs(r.Needs)
			}
			p("%s", line)
		}
		for _, sv := range j.Sets {
			line := fmt.Sprintf("   set %s (%s%s) reportable %s", sv.ID, sv.Role, map[bool]string{true: " for " + sv.Entrustor, false: ""}[sv.Entrustor != ""], sv.Reportable)
			if len(sv.Triggers) > 0 {
				line += " | " + strings.Join(sv.Triggers, ",")
			}
			if sv.Excluded != "" {
				line += " | excluded " + sv.Excluded
			}
			p("%s", line)
		}
		for _, o := range j.Obligations {
			p("   - [%s] %s: %s", o.Level, o.ID, o.Title.EN)
			if o.Route != nil {
				p("       routed (%s) to: %s — %s", o.Route.RuleID, o.To.EN, o.Route.Citation.EN)
			}
			if o.Party != "" || o.PartyName != "" {
				p("       to party %s %s", o.Party, o.PartyName)
			}
			if len(o.Sets) > 0 {
				line := "       sets " + strings.Join(o.Sets, ",")
				if len(o.LiftedSets) > 0 {
					line += " | lifted " + strings.Join(o.LiftedSets, ",")
				}
				if len(o.ExemptSets) > 0 {
					line += " | exempt " + strings.Join(o.ExemptSets, ",")
				}
				p("%s", line)
			}
			p("       state %s | applies %s | limit %s | start %s %s", o.State, o.Applies, o.Limit, o.Start, tm(o.StartAt))
			if o.Due != nil {
				p("       due %s%s", tm(o.Due), map[bool]string{true: " (from " + tm(o.DueFrom) + ")", false: ""}[o.DueFrom != nil])
			}
			if o.DueAlt != nil {
				p("       due (other reading) %s: %s", tm(o.DueAlt), o.Counting.Text.EN)
			}
			if o.Early != nil {
				p("       from %s %s: due %s%s", o.Early.From, o.Early.Event, o.Early.Due.Format(time.RFC3339), map[bool]string{true: " (from " + tm(o.Early.DueFrom) + ")", false: ""}[o.Early.DueFrom != nil])
			}
			if o.DoneBy != "" {
				p("       done by %s at %s", o.DoneBy, tm(o.DoneAt))
			}
			p("       EN: %s", o.Explanation.EN)
			p("       JA: %s", o.Explanation.JA)
			if o.Exemption != nil && o.State != StateExempt {
				p("       exemption: %s", o.Exemption.EN)
			}
			for _, u := range o.Unless {
				p("       unless %s %s — %s", u.Verdict, u.RuleID, u.Citation.EN)
			}
			p("       cite: %s", o.Citation.EN)
		}
	}
	p("")
	p("== steps")
	for _, s := range a.Steps {
		line := fmt.Sprintf("   [%s] %s: %s | %s", s.Phase, s.ID, s.State, s.Explanation.EN)
		if s.Due != nil {
			line += " | due " + tm(s.Due)
		}
		if len(s.Needs) > 0 {
			line += " | need: " + needs(s.Needs)
		}
		p("%s", line)
	}
	p("")
	p("== findings")
	for _, f := range a.Findings {
		p("   %s %s: %s", f.ID, f.Verdict, f.Explanation.EN)
		p("      JA: %s", f.Explanation.JA)
	}
	p("")
	p("== needs")
	for _, n := range a.Needs {
		p("   %s: %s", FactName(n), n.Text.EN)
	}
	return b.String()
}

// FactName is the need's fact as written in the rules.
func FactName(n Need) string {
	if n.Arg == "" {
		return n.Fact
	}
	return n.Fact + "(" + n.Arg + ")"
}
