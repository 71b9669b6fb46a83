package draft

import (
	"strings"
	"testing"
)

// F722 (133): a set named "… accounts (incl. sub-accounts of minors)" was
// cut at "incl." by the lint's sentence splitter, so the set's name no
// longer qualified the items listed after it. Common abbreviations, and a
// period followed by a small letter, do not end an English sentence; a
// period before a capital still does.
func TestAbbreviationsDoNotEndASentence(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Console network + media service accounts (incl. sub-accounts of minors): name and e-mail address. Next.",
			[]string{"Console network + media service accounts (incl. sub-accounts of minors): name and e-mail address", "Next."}},
		{"Card data (e.g. Visa and Mastercard) of some customers. Next.",
			[]string{"Card data (e.g. Visa and Mastercard) of some customers", "Next."}},
		{"Records of Branch No. 3, i.e. Osaka. We are sorry.",
			[]string{"Records of Branch No. 3, i.e. Osaka", "We are sorry."}},
		{"A list of approx. 20 people. It was sent by mistake.\nNext line",
			[]string{"A list of approx. 20 people", "It was sent by mistake", "Next line"}},
		{"Issued by Kaku Career Inc. We apologise.",
			[]string{"Issued by Kaku Career Inc", "We apologise."}},
	} {
		if got := splitSentences(c.text, EN); strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q:\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}
