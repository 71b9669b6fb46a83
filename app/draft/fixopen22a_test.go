package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
)

// Fixes of open findings of scenarios 140–142 (fixopen22a: F865–F876).

// F865 (141; 38, 66, 99, 111): a misdelivery whose cause arose at a
// contractor was told as the contractor's own sending 「委託先におけるメールの
// 誤送信」, "e-mails sent … by a company we entrusted with the data"; a city's
// staff sent the mails, the contractor's system that should have hidden the
// addresses had stopped. Whoever sent, the misdelivery arose from the
// contractor: 「委託先に起因する」, "through a failure at".
func TestMisdeliveryAtAContractorIsNotSaidToBeItsSending(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)[s141]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	for _, sp := range []Spec{
		{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"},
		{Kind: KindPPC, Lang: JA, Variant: VariantFinal},
		{Kind: KindPublic, Lang: JA, Variant: VariantWeb},
	} {
		text := docText(t, sp, inc, a, rs)
		if strings.Contains(text, "委託先におけるメールの誤送信") || !strings.Contains(text, "委託先に起因するメールの誤送信") {
			t.Errorf("%v: the contractor is said to have sent the mails:\n%s", sp, text)
		}
	}
	text := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	if strings.Contains(text, "visible to one another by ") || !strings.Contains(text, "visible to one another through a failure at ") {
		t.Errorf("EN: the contractor is said to have sent the mails:\n%s", text)
	}
}
