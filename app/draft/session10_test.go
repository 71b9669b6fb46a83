package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// Scenario 43: the bag left on a train came back through a passenger and
// the police. Its notice told the return as 「被害の拡大を防ぐための措置を講じ
// ました」: the staff were not told that the files came back, nor that nobody
// knows whether the finder looked at them (F96). The return is now its own
// event, told as such; whether anyone saw the files is told only when the
// set's answer is unknown (a "yes" through a finder's hands is most often
// wrong, and the user is warned of it).
func TestRetrievedItemIsTold(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["43-staff-files-left-on-train-found"].Clone()
	build := func(lang string) string {
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		return strings.Join(strings.Fields(docText(t, Spec{Kind: KindNotice, Lang: lang, Variant: VariantLetter}, inc, a, rs)), " ")
	}
	// As entered: "recovered" = yes (the user's error, warned of).
	ja := build(JA)
	if !strings.Contains(ja, "2025年11月17日、紛失した書類・記録媒体等が見つかり、当法人の手元に戻りました。") ||
		strings.Contains(ja, "確認できておりません") || strings.Contains(ja, "措置を講じました") || strings.Contains(ja, "見られていない") {
		t.Errorf("JA, recovered yes:\n%s", ja)
	}
	if !strings.Contains(ja, "・2025年11月17日（月） 紛失した書類・記録媒体等を回収") {
		t.Errorf("JA history:\n%s", ja)
	}
	// Unknown, as the user should have answered.
	inc.DataSets[0].Recovered = incident.Unknown
	ja = build(JA)
	if !strings.Contains(ja, "当法人の手元に戻りました。見つかるまでの間に第三者が内容を見たかどうかは、確認できておりません。") {
		t.Errorf("JA, recovered unknown:\n%s", ja)
	}
	en := build(EN)
	if !strings.Contains(en, "On November 17, 2025, the lost documents or devices were found and returned to us. We have not been able to confirm whether anyone looked at them before they were found.") {
		t.Errorf("EN:\n%s", en)
	}
	// The date of the breach a US state's notice gives ends with the return.
	v := newView(inc, assess.Evaluate(inc, rs, inc.UpdatedAt), rs, Spec{Kind: KindNotice, Lang: EN}, inc.UpdatedAt)
	if got, want := v.breachDateEN(), "The breach began on or about November 13, 2025 and ended on November 17, 2025."; got != want {
		t.Errorf("breach date: %q, want %q", got, want)
	}
	if strings.Contains(en, "took steps to stop") {
		t.Errorf("EN tells the return as a containment:\n%s", en)
	}
	// Stolen: the item is named so.
	inc.Cause.Kind = incident.CauseTheft
	if ja := build(JA); !strings.Contains(ja, "盗難に遭った書類・記録媒体等が見つかり") {
		t.Errorf("JA, theft:\n%s", ja)
	}
}
