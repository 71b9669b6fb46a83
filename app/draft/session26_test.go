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

// F1202 (159): a last unauthorised act dated before the first intrusion was
// ignored without a word (the letters fell back to the containment), and one
// after the containment asked nothing. The lint names both; 159 as filed (its
// last act between the two) draws neither.
func TestLintLastActOutsideTheIntrusion(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["159-us-ticketing-subsidiary-cloud-warehouse-contractor-infostealer-no-mfa-forum-sale-states"]
	lint := func(inc *incident.Incident) []Finding {
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		docs, _, err := BuildAll(inc, a, rs, inc.UpdatedAt)
		if err != nil {
			t.Fatal(err)
		}
		var out []Finding
		for _, f := range Lint(inc, a, docs) {
			if f.Code == CodeLastActOutside {
				out = append(out, f)
			}
		}
		return out
	}
	if fs := lint(inc); len(fs) != 0 {
		t.Fatalf("159 as filed: %v", fs)
	}
	move := func(at time.Time) *incident.Incident {
		c := inc.Clone()
		for i := range c.Events {
			if c.Events[i].Kind == incident.EvLastAct {
				c.Events[i].At = at
			}
		}
		return c
	}
	jst := time.FixedZone("JST", 9*3600)
	if fs := lint(move(time.Date(2024, 3, 1, 12, 0, 0, 0, jst))); len(fs) != 1 || fs[0].Severity != SeverityWarning {
		t.Errorf("a last act before the intrusion: %v", fs)
	}
	if fs := lint(move(time.Date(2024, 6, 10, 12, 0, 0, 0, jst))); len(fs) != 1 || fs[0].Severity != SeverityInfo {
		t.Errorf("a last act after the containment: %v", fs)
	}
}
