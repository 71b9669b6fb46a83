package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
)

// F822 (20): the report answering 総務省's written administrative guidance
// said it answered 「ご指示」 and the time lines listed 「総務省から報告の求め」,
// the words of a demand under the APPI. Entered as guidance, the report
// answers 「行政指導」 and the time lines name it so; the same order entered
// with no basis keeps the old words.
func TestAnswerToAdministrativeGuidance(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["20-messaging-subcontractor-two-orders"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	text := docText(t, Spec{Kind: KindMinistry, Lang: JA, Party: "p1"}, inc, a, rs)
	for _, want := range []string{"2024年3月5日付けで貴省から受けました行政指導について、下記のとおりご報告いたします。", "総務省から行政指導"} {
		if !strings.Contains(text, want) {
			t.Errorf("the report lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "報告の求め") {
		t.Errorf("guidance told as a demand for a report:\n%s", text)
	}
	for i := range inc.Events {
		inc.Events[i].OrderBasis = ""
	}
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if text := docText(t, Spec{Kind: KindMinistry, Lang: JA, Party: "p1"}, inc, a, rs); !strings.Contains(text, "総務省から報告の求め") {
		t.Errorf("an order with no basis:\n%s", text)
	}
}
