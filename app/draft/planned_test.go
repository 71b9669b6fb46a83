package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// TestPlannedNeverDone (F63): a step recorded as planned (scenario 30: the
// city means to have the USB maker analyse the stick) is never told as done:
// the notices say it is to come, no document says it was done, and an
// undated step recorded as done still reads as done.
func TestPlannedNeverDone(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["30-city-usb-lost-by-contractor-2022"]
	planned := false
	for _, e := range inc.Events {
		planned = planned || e.Kind == incident.EvForensic && e.Planned && !e.Dated()
	}
	if !planned {
		t.Fatal("scenario 30 no longer records its forensic analysis as planned")
	}
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	docs, _, err := BuildAll(inc, a, rs, inc.UpdatedAt)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		text := paraText(d)
		for _, done := range []string{"調査を依頼いたしました", "調査を開始いたしました", "専門機関が調査を行って", "We have engaged", "we engaged"} {
			if strings.Contains(text, done) {
				t.Errorf("%s says %q of a step only planned:\n%s", d.ID, done, text)
			}
		}
	}
	ja, _ := Build(Spec{Kind: KindNotice, Lang: JA}, inc, a, rs)
	en, _ := Build(Spec{Kind: KindNotice, Lang: EN}, inc, a, rs)
	if !strings.Contains(paraText(ja), "調査を依頼する予定です") {
		t.Errorf("the Japanese notice does not say the investigation is to come:\n%s", paraText(ja))
	}
	if !strings.Contains(paraText(en), "We will engage an outside forensic firm") {
		t.Errorf("the English notice does not say the investigation is to come:\n%s", paraText(en))
	}

	// The same step recorded as done (no date): said as done, not as planned.
	for i := range inc.Events {
		inc.Events[i].Planned = false
	}
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja, _ = Build(Spec{Kind: KindNotice, Lang: JA}, inc, a, rs)
	if text := paraText(ja); !strings.Contains(text, "調査を依頼いたしました") || strings.Contains(text, "予定です") {
		t.Errorf("a step done (undated) is not said as done:\n%s", text)
	}
}
