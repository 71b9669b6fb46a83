package draft

import (
	"slices"
	"strings"
	"testing"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// F1202 (159; F1150): the last unauthorised act found (event kind last_act)
// was told only in the US letters' breach period. The reports' time line
// lists it; the steps of a Japanese notice or announcement (【経緯】) now
// list it too, and the English period (announcements, GDPR, NDB, notices
// outside the US) tells it after the span: only when recorded, known by the
// document's date, and not dated before the first intrusion.
func TestLastUnauthorisedActIsListedWithTheSteps(t *testing.T) {
	rs := mustRules(t)
	inc := scenario(t, "159-us-ticketing-subsidiary-cloud-warehouse-contractor-infostealer-no-mfa-forum-sale-states")
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja := docText(t, Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb, Follow: 1}, inc, a, rs)
	if !strings.Contains(ja, "・2024年4月2日（火）　不正アクセスの開始\n・2024年5月18日（土）　確認された最後の不正な行為\n") {
		t.Errorf("159's second announcement does not list the last act after the intrusion:\n%s", ja)
	}
	en := docText(t, Spec{Kind: KindPublic, Lang: EN, Variant: VariantWeb, Follow: 1}, inc, a, rs)
	if !strings.Contains(en, "from April 2, 2024 to May 24, 2024. The information involved is not limited to what we received in that period: it is the information we received since 2016. The last unauthorized act found took place on May 18, 2024. The access logs") {
		t.Errorf("159's English announcement does not tell the last act after the period:\n%s", en)
	}
	// The first announcement, made before the investigation found it.
	for _, lang := range []string{JA, EN} {
		if n := docText(t, Spec{Kind: KindPublic, Lang: lang, Variant: VariantWeb}, inc, a, rs); strings.Contains(n, "最後の不正な行為") || strings.Contains(n, "last unauthorized act") {
			t.Errorf("the %s announcement made before the act was found tells it:\n%s", lang, n)
		}
	}
	// None recorded: nothing told.
	none := inc.Clone()
	none.Events = slices.DeleteFunc(none.Events, func(e incident.Event) bool { return e.Kind == incident.EvLastAct })
	an := assess.Evaluate(none, rs, none.UpdatedAt)
	if n := docText(t, Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb, Follow: 1}, none, an, rs) + docText(t, Spec{Kind: KindPublic, Lang: EN, Variant: VariantWeb, Follow: 1}, none, an, rs); strings.Contains(n, "最後の不正な行為") || strings.Contains(n, "last unauthorized act") {
		t.Errorf("with no last act recorded, one is told:\n%s", n)
	}
	// Dated before the first intrusion (an entry the lint names): left out.
	early := inc.Clone()
	for i, e := range early.Events {
		if e.Kind == incident.EvLastAct {
			early.Events[i].At = time.Date(2024, 3, 1, 0, 0, 0, 0, inc.Location())
		}
	}
	ae := assess.Evaluate(early, rs, early.UpdatedAt)
	if n := docText(t, Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb, Follow: 1}, early, ae, rs) + docText(t, Spec{Kind: KindPublic, Lang: EN, Variant: VariantWeb, Follow: 1}, early, ae, rs); strings.Contains(n, "最後の不正な行為") || strings.Contains(n, "last unauthorized act") {
		t.Errorf("a last act dated before the intrusion is told:\n%s", n)
	}

	// A Japanese 確報: its time line lists the act among the intrusion and
	// the containment.
	jp := scenario(t, "02-hosting-os-command-injection")
	in, _ := jp.FirstEvent(incident.EvIntrusion)
	jp.Events = append(jp.Events, incident.Event{ID: "x1", Kind: incident.EvLastAct, At: in.At.Add(72 * time.Hour), Precision: incident.Day})
	fin := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, jp, assess.Evaluate(jp, rs, jp.UpdatedAt), rs)
	if !strings.Contains(fin, "・2024年4月1日 0時00分　不正アクセスの開始\n・2024年4月4日　確認された最後の不正な行為\n") {
		t.Errorf("the 確報's time line does not list the last act:\n%s", fin)
	}
}
