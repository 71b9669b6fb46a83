package catalog

import (
	"regexp"
	"sort"
	"strings"
	"testing"
)

// Every message exists in both languages, and none is empty.
func TestLanguagesHaveTheSameIDs(t *testing.T) {
	for _, a := range Langs {
		for _, b := range Langs {
			for _, id := range IDs(a) {
				if _, ok := tables[b][id]; !ok {
					t.Errorf("%q is in %s but not in %s", id, a, b)
				}
				if strings.TrimSpace(tables[a][id]) == "" {
					t.Errorf("%q is empty in %s", id, a)
				}
			}
		}
	}
}

func TestNoIDIsDefinedTwice(t *testing.T) {
	if len(jaDup) > 0 || len(enDup) > 0 {
		t.Errorf("ids defined in two areas: ja %v, en %v", jaDup, enDup)
	}
}

func TestT(t *testing.T) {
	if got := T(JA, "app.name"); got != "漏えい対応デスク" {
		t.Errorf("JA app.name = %q", got)
	}
	if got := T(EN, "app.name"); got != "Breach Desk" {
		t.Errorf("EN app.name = %q", got)
	}
	if got := T(EN, "no.such.id"); got != "[no.such.id]" {
		t.Errorf("missing id = %q", got)
	}
	if got := T("xx", "app.name"); got != T(Default, "app.name") {
		t.Errorf("unknown language should fall back to %s, got %q", Default, got)
	}
}

func TestParseAndOther(t *testing.T) {
	for in, want := range map[string]Lang{"ja": JA, "en": EN, "": Default, "fr": Default, "EN": Default} {
		if got := Parse(in); got != want {
			t.Errorf("Parse(%q) = %s, want %s", in, got, want)
		}
	}
	if JA.Other() != EN || EN.Other() != JA {
		t.Error("Other must swap ja and en")
	}
	ids := IDs(EN)
	sort.Strings(ids)
	if len(ids) == 0 {
		t.Fatal("no ids")
	}
}

// TestEnglishCountsOfOne: the counts a new incident shows on its dashboard
// and facts page read right when there is one ("1 duties need attention"
// did not), and so do the notices of import, backup, sharing, printing and
// removal ("1 incidents imported", "1 changes of the law are pending" did
// not): English puts the number after its noun there.
func TestEnglishCountsOfOne(t *testing.T) {
	plural := regexp.MustCompile(`\b1 (?:[a-z]+ ){0,2}[a-z]+s\b`) // "1 steps", "1 new changes", "1 more filings"
	for _, c := range []struct {
		id   string
		args []any
	}{
		{"duty.attention", []any{1}},
		{"drafts.dashCount", []any{1, 1}},
		{"facts.problems", []any{1, 1}},
		{"ledger.dashCounts", []any{1, 1, 1, 1}},
		{"pending.line", []any{1}},
		{"cl.hidden", []any{1}},
		{"drafts.conflicts", []any{1}},
		{"drafts.lintOther", []any{1}},
		{"duty.moreFilings", []any{1}},
		{"storage.unreadable", []any{1}},
		{"dash.notApplicable", []any{1}},
		{"register.csvDone", []any{"x.csv", 1}},
		{"print.icsDone", []any{1, "x.ics"}},
		{"print.lintNote", []any{1}},
		{"print.docFindings", []any{1}},
		{"safety.import.done", []any{1}},
		{"safety.import.merged", []any{"x", 1}},
		{"safety.import.mergedConflict", []any{1}},
		{"safety.notice.notBackedUp", []any{1, "today"}},
		{"sets.removeUses", []any{1, 1}},
		{"parties.removeUses", []any{1, 1}},
		{"share.in.merged", []any{1, "x"}},
		{"share.in.conflicts", []any{1}},
		{"changes.count", []any{1}},
	} {
		if got := T(EN, c.id, c.args...); plural.MatchString(got) || strings.Contains(got, "%!") {
			t.Errorf("%s with one: %q", c.id, got)
		}
	}
}
