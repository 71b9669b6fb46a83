package ui

import (
	"regexp"
	"testing"
)

// noIndices removes what the regexp it replaced removed.
func TestNoIndices(t *testing.T) {
	re := regexp.MustCompile(`\[[^\]]*\]`)
	for _, p := range []string{
		"", "title", "dataSets[0]", "dataSets[12].categories[2].persons", "parties[3].reference",
		"a[", "a]", "a[b", "a[b[c]d]", "[]", "[x]y[z]", "a[]b", "x[1]]", "]][[", "a[b]c[d",
	} {
		if got, want := noIndices(p), re.ReplaceAllString(p, ""); got != want {
			t.Errorf("noIndices(%q) = %q, want %q", p, got, want)
		}
	}
}
