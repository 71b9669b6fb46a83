//go:build !(js && wasm)

package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// rulesCmd is what a lawyer runs after editing a file of checklists/: it
// validates the rules from the folder as it is on disk, evaluates every
// scenario of testdata/scenarios with them, and prints which verdicts,
// deadlines and citations change against the reviewed golden files
// (testdata/golden/assess). With -update it writes the new ones, for the
// change to be reviewed line by line and committed.
func rulesCmd(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("rules", flag.ContinueOnError)
	dir := fs.String("checklists", "checklists", "the folder of the rules")
	scenarios := fs.String("scenarios", "testdata/scenarios", "the scenarios to evaluate")
	golden := fs.String("golden", "testdata/golden/assess", "the reviewed assessments to compare with")
	update := fs.Bool("update", false, "write the new assessments into the golden folder")
	if err := fs.Parse(args); err != nil {
		return errUsage
	}
	rs, err := rules.Load(os.DirFS(*dir))
	if err != nil {
		return fmt.Errorf("the rules in %s do not validate:\n%w", *dir, err)
	}
	fmt.Fprintf(stdout, "The rules in %s are valid: %d jurisdictions, %d playbook steps.\n", *dir, len(rs.Jurisdictions), len(rs.Playbook.Steps))
	files, err := filepath.Glob(filepath.Join(*scenarios, "*.json"))
	if err != nil || len(files) == 0 {
		return fmt.Errorf("no scenarios in %s", *scenarios)
	}
	changed := 0
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".json")
		b, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		inc, err := incident.Decode(b)
		if err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		// A scenario the app would refuse (a value no form offers, such as an
		// event source "person") is not evaluated as if it were a case: the
		// golden tests refuse it, so must the lawyer's command.
		if ps := incident.Validate(inc).Errors(); len(ps) > 0 {
			var msgs []string
			for _, p := range ps {
				msgs = append(msgs, p.Path+": "+p.Error())
			}
			return fmt.Errorf("%s does not validate:\n%s", f, strings.Join(msgs, "\n"))
		}
		got := assess.Report(name, assess.Evaluate(inc, rs, inc.UpdatedAt))
		gf := filepath.Join(*golden, name+".txt")
		want, err := os.ReadFile(gf)
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
		if string(want) == got {
			continue
		}
		changed++
		fmt.Fprintf(stdout, "\n== %s changes:\n", name)
		for _, l := range lineDiff(string(want), got) {
			fmt.Fprintln(stdout, l)
		}
		if *update {
			if err := os.WriteFile(gf, []byte(got), 0o644); err != nil {
				return err
			}
		}
	}
	switch {
	case changed == 0:
		fmt.Fprintf(stdout, "No verdict changes in the %d scenarios.\n", len(files))
	case *update:
		fmt.Fprintf(stdout, "\n%d of %d scenarios change; their golden files are rewritten: review them with git diff before committing.\n", changed, len(files))
	default:
		fmt.Fprintf(stdout, "\n%d of %d scenarios change. When every change is intended, run again with -update and commit the golden files with the rule.\n", changed, len(files))
	}
	return nil
}

// lineDiff lists the lines removed ("- ") and added ("+ ") from a to b, in
// order, by their longest common subsequence.
func lineDiff(a, b string) []string {
	x, y := strings.Split(a, "\n"), strings.Split(b, "\n")
	if a == "" {
		x = nil
	}
	n, m := len(x), len(y)
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if x[i] == y[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var out []string
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && x[i] == y[j]:
			i, j = i+1, j+1
		case i < n && (j == m || lcs[i+1][j] >= lcs[i][j+1]):
			out = append(out, "- "+x[i])
			i++
		default:
			out = append(out, "+ "+y[j])
			j++
		}
	}
	return out
}
