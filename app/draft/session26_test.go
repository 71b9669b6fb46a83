package draft

import (
	"strings"
	"testing"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// F1201 (25): a processor's letter to a client whose data was found after
// the knowing told two later days each with 「その後、」 (「…を把握し、その後、
// 6月18日、…おそれがあることを確認いたしました。その後、7月1日に…」). The second
// goes on with 「さらに、」, or 「さらなる調査により、」 when an investigation is
// recorded by then; a letter that told no later day keeps 「その後」.
func TestSecondLaterDayGoesOnWithSarani(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["25-print-processor-ransomware-entrustors"]
	letter := func(inc *incident.Incident, party string) string {
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		return docText(t, Spec{Kind: KindEntrustor, Lang: JA, Party: party}, inc, a, rs)
	}
	p2 := letter(inc, "p2")
	if strings.Count(p2, "その後、") != 1 || !strings.Contains(p2, "確認いたしました。さらに、2024年7月1日に個人情報が漏えいしたことを確認いたしました。") {
		t.Errorf("p2's letter does not go on with さらに:\n%s", p2)
	}
	if p1 := letter(inc, "p1"); strings.Contains(p1, "さらに") || !strings.Contains(p1, "確認いたしました。その後、2024年6月26日に") {
		t.Errorf("p1's letter, one later day, changed:\n%s", p1)
	}
	inv := inc.Clone()
	inv.Events = append(inv.Events, incident.Event{ID: "x1", Kind: incident.EvForensic, At: time.Date(2024, 6, 10, 10, 0, 0, 0, time.FixedZone("JST", 9*3600))})
	if p2 := letter(inv, "p2"); !strings.Contains(p2, "を把握し、その後の調査により、2024年6月18日、") || !strings.Contains(p2, "確認いたしました。さらなる調査により、2024年7月1日に") {
		t.Errorf("with a forensic firm engaged, p2's letter:\n%s", p2)
	}
}
