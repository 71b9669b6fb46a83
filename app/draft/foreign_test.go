package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
)

// Scenario 50 (an office in China, PIPL Art. 57 beside APPI): the notices
// name the Chinese authority without the data's [U] note, tell the reports
// in the order they were made, and the English notice states the possible
// harm that Art. 57(1)(1) asks for.
func TestChinaNotices(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["50-cn-office-ec-members"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja, err := Build(Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	if err != nil {
		t.Fatal(err)
	}
	text := Text(ja)
	cn := strings.Index(text, "2026年6月29日に中国の個人情報保護の所管当局へ報告いたしました。")
	ppc := strings.Index(text, "2026年7月1日に個人情報保護委員会へ報告いたしました。")
	if cn < 0 || ppc < 0 || cn > ppc {
		t.Errorf("the reports, in the order made (China 6/29, then the PPC 7/1):\n%s", text)
	}
	if strings.Contains(text, "未確認") || strings.Contains(text, "履行个人信息保护职责的部门") {
		t.Errorf("the notice carries the data's note on the authority:\n%s", text)
	}
	en, err := Build(Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	if err != nil {
		t.Fatal(err)
	}
	text = Text(en)
	for _, want := range []string{
		"to the authorities responsible for personal information protection in China on June 29, 2026 and to Japan's Personal Information Protection Commission on July 1, 2026",
		"This information could be misused, for example for fraudulent messages, calls or letters that use it to seem genuine. We have seen signs that it is being misused.",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the English notice lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "not checked") || strings.Contains(text, "詐欺") {
		t.Errorf("the English notice carries a [U] note or Japanese text:\n%s", text)
	}

	// Without persons in China the possible-harm line is not added.
	c := inc.Clone()
	c.Org.Establishments = []string{"JP"}
	c.DataSets[0].Residence = c.DataSets[0].Residence[1:] // JP only
	a = assess.Evaluate(c, rs, c.UpdatedAt)
	en, _ = Build(Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}, c, a, rs)
	if strings.Contains(Text(en), "This information could be misused") {
		t.Errorf("a notice without PIPL gained its possible-harm line:\n%s", Text(en))
	}
}
