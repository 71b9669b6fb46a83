package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/catalog"
)

// TestSearchSentence: the notice asks the reader to search for the words the
// user wrote, once quoted, however the user wrote them. Following the hint's
// old example (「〇〇株式会社 お知らせ」で検索) gave
// 「「〇〇株式会社 お知らせ」で検索」と検索してご覧ください; the hint's example is now
// the words alone.
func TestSearchSentence(t *testing.T) {
	const want = "検索サイトで「架空ホスティング お知らせ」と検索してご覧ください。"
	for _, web := range []string{
		"架空ホスティング お知らせ",
		"「架空ホスティング お知らせ」で検索",
		"「架空ホスティング お知らせ」と検索してください。",
		" 『架空ホスティング お知らせ』 ",
		"“架空ホスティング お知らせ”で検索",
	} {
		inc := complete(t)
		inc.Contact.Web = web
		rs := mustRules(t)
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		d, err := Build(Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs)
		if err != nil {
			t.Fatal(err)
		}
		if text := Text(d); !strings.Contains(text, want) {
			t.Errorf("web %q: the notice does not say %q:\n%s", web, want, text)
		}
	}
	for _, l := range []catalog.Lang{catalog.JA, catalog.EN} {
		if h := catalog.T(l, "facts.f.contact.web.hint"); strings.Contains(h, "で検索") || strings.Contains(h, "search for “") {
			t.Errorf("%s: the hint's example is a whole phrase, not the words to search for: %q", l, h)
		}
	}
}
