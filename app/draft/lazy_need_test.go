package draft

import (
	"reflect"
	"regexp"
	"regexp/syntax"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"breachdesk/app/assess"
)

// The strings every match contains, as found from an expression's syntax.
func TestRequiredNeedles(t *testing.T) {
	for _, c := range []struct {
		expr string
		want []string // "~" before a needle matched ignoring case; nil: none
	}{
		{`漏えい`, []string{"漏えい"}},
		{`(漏えい|漏洩|流出)(した|の)?ことを確認`, []string{"ことを確認"}},
		{`(漏えい|漏洩|流出)(等)?(おそれ|可能性)`, []string{"おそれ", "可能性"}},
		{`カード番号|パスワード`, []string{"カード番号", "パスワード"}},
		{`(?i)\b(was|were)\s+leaked\b`, []string{"~leaked"}},
		{`(?i)card number|\bPIN\b`, []string{"~card number", "~pin"}},
		{`a*b?`, nil},
		{`x|y*`, nil},
		{`[0-9]+件`, []string{"件"}},
		{`(ab)+c?`, []string{"ab"}},
		{`(?i)straße`, nil}, // ß has other cases: not prefiltered
	} {
		re, err := syntax.Parse(c.expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, n := range required(re.Simplify()) {
			got = append(got, map[bool]string{true: "~"}[n.fold]+n.s)
		}
		sort.Strings(got)
		want := append([]string(nil), c.want...)
		sort.Strings(want)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: needles %q, want %q", c.expr, got, want)
		}
	}
}

// Outside ASCII only ſ and the Kelvin sign match an ASCII letter ignoring
// case (lazyRegexp.may looks for them whenever a needle ignores case).
func TestFoldRunesIntoASCII(t *testing.T) {
	var found []rune
	for r := rune(utf8.RuneSelf); r <= unicode.MaxRune; r++ {
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f < utf8.RuneSelf {
				found = append(found, r)
				break
			}
		}
	}
	if string(found) != "ſ\u212A" {
		t.Fatalf("runes outside ASCII folding into it: %q, want ſ and K", string(found))
	}
}

// Prefiltered, every expression of the package finds exactly what it finds
// unfiltered, on every line and paragraph of every scenario's drafts (and
// of the 1,000-event incident's), and on texts made to miss the needles by
// a hair.
func TestPrefilterFindsTheSame(t *testing.T) {
	t.Parallel()
	rs := mustRules(t)
	texts := []string{"", "ſecurity code", "\u212Aelvin", "PASSWORD", "Was Leaked", "was\nleaked", "漏", "漏え", "件",
		"2026年4月1日", "2026-04-01", "April 1, 2026", "https://example.jp/x", "mail@example.jp", "（推定）", "です。だ。"}
	logged := loggedCase(t)
	la := assess.Evaluate(logged, rs, logged.UpdatedAt)
	loggedDocs, _, err := BuildAll(logged, la, rs, logged.UpdatedAt)
	if err != nil {
		t.Fatal(err)
	}
	all := [][]Document{loggedDocs}
	for _, p := range passes(t, true) {
		all = append(all, p.docs)
	}
	for _, docs := range all {
		for _, d := range docs {
			for _, s := range d.Sections {
				for _, p := range s.Paras {
					texts = append(texts, p.Text)
					texts = append(texts, strings.Split(p.Text, "\n")...)
					texts = append(texts, strings.Split(p.Text, "。")...)
				}
			}
		}
	}
	seen := map[string]bool{}
	unique := texts[:0]
	for _, s := range texts {
		if !seen[s] {
			seen[s] = true
			unique = append(unique, s)
		}
	}
	texts = unique
	prefiltered := 0
	for name, l := range lazyRegexps() {
		plain := regexp.MustCompile(l.expr)
		for _, s := range texts {
			if l.may(s) {
				// The prefilter lets s through: every method then runs
				// the same compiled expression as plain (lazy.go), so the
				// results are plain's by construction.
				continue
			}
			// Skipped: every method answers "no match" without running
			// the expression, which is right only if plain finds none.
			prefiltered++
			if loc := plain.FindStringIndex(s); loc != nil {
				t.Fatalf("%s: the prefilter skips %.80q, which matches at %v", name, s, loc)
			}
			if got := l.FindAllStringSubmatchIndex(s, -1); got != nil {
				t.Fatalf("%s on %.80q, skipped: %v", name, s, got)
			}
		}
	}
	if prefiltered == 0 {
		t.Fatal("no text was prefiltered: the test shows nothing")
	}
}
