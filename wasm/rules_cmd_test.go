//go:build !(js && wasm)

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The lawyer's command: with the checklists as they are, nothing changes;
// with jp.json's 1,000-person threshold edited to 100,000, it names the
// scenarios whose verdicts change and the lines that change.
func TestRulesCommand(t *testing.T) {
	var out strings.Builder
	root := "../"
	args := []string{"-checklists", root + "checklists", "-scenarios", root + "testdata/scenarios", "-golden", root + "testdata/golden/assess"}
	if err := rulesCmd(args, &out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "are valid") || !strings.Contains(out.String(), "No verdict changes") {
		t.Fatalf("unchanged rules:\n%s", out.String())
	}

	dir := t.TempDir()
	if err := copyDir(root+"checklists", dir); err != nil {
		t.Fatal(err)
	}
	jp := filepath.Join(dir, "jp.json")
	b, _ := os.ReadFile(jp)
	edited := strings.Replace(string(b), `"persons_held > 1000"`, `"persons_held > 100000"`, 1)
	if edited == string(b) {
		t.Fatal("the 1,000-person test is not in jp.json as expected")
	}
	os.WriteFile(jp, []byte(edited), 0o644)
	out.Reset()
	args[1] = dir
	if err := rulesCmd(args, &out); err != nil {
		t.Fatal(err)
	}
	s := out.String()
	if !strings.Contains(s, "== 09-payroll-processor-late changes:") || !strings.Contains(s, "-    reportable: yes") || !strings.Contains(s, "scenarios change") {
		t.Errorf("edited threshold:\n%.3000s", s)
	}

	// A rule that does not validate is refused with the reason.
	os.WriteFile(jp, []byte(strings.Replace(edited, `"effective_from": "2022-04-01"`, `"effective_from": "someday"`, 1)), 0o644)
	if err := rulesCmd(args, &out); err == nil || !strings.Contains(err.Error(), "do not validate") {
		t.Errorf("invalid rules: %v", err)
	}
}

// A scenario that does not validate (an event source no form offers) is
// refused, naming the file and the field, as the golden tests refuse it.
func TestRulesCommandRefusesAnInvalidScenario(t *testing.T) {
	root := "../"
	dir := t.TempDir()
	b, err := os.ReadFile(root + "testdata/scenarios/23-health-results-misdelivered.json")
	if err != nil {
		t.Fatal(err)
	}
	bad := strings.Replace(string(b), `"source": "customer"`, `"source": "person"`, 1)
	if bad == string(b) {
		t.Fatal("scenario 23 has no customer source to spoil")
	}
	os.WriteFile(filepath.Join(dir, "22.json"), []byte(bad), 0o644)
	var out strings.Builder
	err = rulesCmd([]string{"-checklists", root + "checklists", "-scenarios", dir, "-golden", t.TempDir()}, &out)
	if err == nil || !strings.Contains(err.Error(), "22.json does not validate") || !strings.Contains(err.Error(), "events[1].source") {
		t.Errorf("invalid scenario: %v\n%s", err, out.String())
	}
}

func TestLineDiff(t *testing.T) {
	got := strings.Join(lineDiff("a\nb\nc\nd", "a\nx\nc\nd\ne"), "|")
	if got != "- b|+ x|+ e" {
		t.Errorf("lineDiff = %s", got)
	}
}
