package draft

import (
	"strings"
	"testing"
)

// Findings of the realcase8 review (scenarios 57–59; testdata/golden/assess/
// REVIEW.md, F170–).

// F171 (59): "passport number (approx. 20 people)" was cut at "approx." by
// the lint's sentence splitter, so the item was read without its count and
// flagged as stated for everyone.
func TestApproxDoesNotEndASentence(t *testing.T) {
	ss := splitSentences("The following information was involved: name, passport number (approx. 20 people), and phone number. Next.", EN)
	if len(ss) != 2 || !strings.Contains(ss[0], "passport number (approx. 20 people)") {
		t.Errorf("%q", ss)
	}
}
