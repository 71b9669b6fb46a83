package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
)

const counterHandover = "160-city-board-disclosure-request-answered-with-other-pupils-guidance-sheets"

// F1188 (160): documents handed over at a city hall's counter (交付) were
// told as 「書類の誤送付」 and 「誤って送付した書類等を回収」, as if posted.
// A misdelivery the cause's description tells as handed over is 「書類の誤
// 交付」 and "handed to the wrong person"; papers still, returned or
// destroyed. A description telling of a posting keeps 「誤送付」.
func TestDocumentsHandedOverAreNotSaidToBeSent(t *testing.T) {
	rs := mustRules(t)
	inc := scenario(t, counterHandover)
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	for _, sp := range []Spec{{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, {Kind: KindPPC, Lang: JA, Variant: VariantPrelim}} {
		doc := docText(t, sp, inc, a, rs)
		for _, want := range []string{"書類の誤交付", "誤って交付した書類等を回収"} {
			if !strings.Contains(doc, want) {
				t.Errorf("160 %s %s lacks %q", sp.Kind, sp.Variant, want)
			}
		}
		if strings.Contains(doc, "誤送付") || strings.Contains(doc, "送付した") {
			t.Errorf("160 %s %s says the documents were sent:\n%s", sp.Kind, sp.Variant, doc)
		}
	}
	en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter}, inc, a, rs)
	if !strings.Contains(en, "handed to the wrong person") || strings.Contains(en, "sent to the wrong recipient") {
		t.Errorf("160's English notice does not say the documents were handed over:\n%s", en)
	}
	// Posted, the same papers were sent.
	inc.Cause.Description = "開示文書の写しに他の生徒の記録が混入したまま、請求者に郵送した。"
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if doc := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs); !strings.Contains(doc, "書類の誤送付") || strings.Contains(doc, "誤交付") {
		t.Errorf("a posting is not told as 「書類の誤送付」:\n%s", doc)
	}
}
