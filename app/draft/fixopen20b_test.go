package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
)

// F780 (10): the English notices gave the desk and its hours but never said
// where updates are published, as the Japanese notice's search sentence
// does; the words to search for were typed for the Japanese readers. The
// English notices (e-mail, letter, the Massachusetts version, GDPR Art. 34)
// name English words: those entered for them, else the Japanese ones when
// in Latin letters, else the English name with "notice", else a blank; the
// web page does not; a notice to staff promises no page.
func TestEnglishNoticeSaysWhereUpdatesArePublished(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["10-crossborder-eu-jp-ca"].Clone()
	const sentence = "We will post updates on this incident on our website. To find them, search the web for \""
	for _, c := range []struct {
		web, webEn, nameEn, want string
	}{
		{"", "", "Fictitious Cross-Border Co., Ltd.", sentence + "Fictitious Cross-Border Co., Ltd. notice\"."},
		{"架空クロスボーダー お知らせ", "", "Fictitious Cross-Border Co., Ltd.", sentence + "Fictitious Cross-Border Co., Ltd. notice\"."},
		{"Cross-Border notice", "", "", sentence + "Cross-Border notice\"."},
		{"架空クロスボーダー お知らせ", "Search for “Cross-Border data incident”.", "Fictitious Cross-Border Co., Ltd.", sentence + "Cross-Border data incident\"."},
		{"架空クロスボーダー お知らせ", "", "", sentence + "[to be completed: words to search for in English to find our website's notice]\"."},
		{"", "", "Cross-Border (a subsidiary of Example Holdings)", sentence + "[to be completed: words to search for in English to find our website's notice]\"."},
	} {
		x := inc.Clone()
		x.Contact.Web, x.Contact.WebEn, x.Org.NameEn = c.web, c.webEn, c.nameEn
		a := assess.Evaluate(x, rs, x.UpdatedAt)
		for _, spec := range []Spec{{Kind: KindNotice, Lang: EN, Variant: VariantEmail}, {Kind: KindNotice, Lang: EN, Variant: VariantLetter}, {Kind: KindGDPR34, Lang: EN}} {
			if n := docText(t, spec, x, a, rs); !strings.Contains(strings.Join(strings.Fields(n), " "), c.want) {
				t.Errorf("%s %s, web %q, webEn %q, nameEn %q: no %q in\n%s", spec.Kind, spec.Variant, c.web, c.webEn, c.nameEn, c.want, n)
			}
		}
		if n := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantWeb}, x, a, rs); strings.Contains(n, "search the web for") {
			t.Errorf("the web page sends its readers to search for itself:\n%s", n)
		}
	}
}
