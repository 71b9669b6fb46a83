package assess

import (
	"strings"
	"testing"
)

// Scenario 46: the ransomware hit the payroll cloud's servers, not the
// company's. Its checklist told the company to isolate its machines, keep
// its logs and engage a forensic firm, all overdue for want of a recorded
// containment (F114). Where the cause arose at a contractor, those steps
// now say the contractor does them and the company confirms and records
// when; a company attacked itself (02) is told no such thing.
func TestContractorDoesTheContainment(t *testing.T) {
	rs := mustRules(t)
	steps := func(name string) map[string]Step {
		inc := loadScenario(t, "../../testdata/scenarios/"+name+".json")
		a := Evaluate(inc, rs, inc.UpdatedAt)
		m := map[string]Step{}
		for _, s := range a.Steps {
			m[s.ID] = s
		}
		return m
	}
	at := steps("46-hr-saas-ransomware-entrustor")
	for id, want := range map[string]string{
		"pb.contain.isolate": "委託先にこれを行わせ、行ったことと日時を確認して時系列に「封じ込め」として記録します",
		"pb.evidence":        "委託先にログ・証拠の保全を求め",
		"pb.forensic":        "委託先が調査会社に依頼したことを確認し",
		"pb.police":          "委託先が警察に相談・届出をしたかを確認し",
		"pb.ipa":             "委託先が届け出たかを確認します",
	} {
		s, ok := at[id]
		if !ok || !strings.Contains(s.Do.JA, want) || !strings.Contains(s.Do.EN, "contractor") {
			t.Errorf("46 %s: %+v", id, s.Do)
		}
	}
	own := steps("02-hosting-os-command-injection")
	for _, id := range []string{"pb.contain.isolate", "pb.evidence", "pb.forensic", "pb.police", "pb.ipa"} {
		if s := own[id]; strings.Contains(s.Do.JA, "委託先") || strings.Contains(s.Do.EN, "contractor") {
			t.Errorf("02 %s speaks of a contractor: %+v", id, s.Do)
		}
	}
}

// A public announcement made before the company knew personal data was
// affected does not do the publication: 45's warning of spoofed mails (9/12,
// knowing 9/16) left the publication done (F106); 18's announcement of the
// attack (11/4) did it a week before the leak was known (11/12) and
// announced (11/16).
func TestAnnouncementBeforeKnowingIsNotThePublication(t *testing.T) {
	rs := mustRules(t)
	publication := func(name string) Obligation {
		inc := loadScenario(t, "../../testdata/scenarios/"+name+".json")
		a := Evaluate(inc, rs, inc.UpdatedAt)
		for _, j := range a.Jurisdictions {
			for _, o := range j.Obligations {
				if o.ID == "jp.publication" {
					return o
				}
			}
		}
		t.Fatalf("%s: no jp.publication", name)
		return Obligation{}
	}
	if o := publication("45-emotet-staff-pc-contacts"); o.DoneBy != "" || o.State != StateOpen ||
		!strings.Contains(o.Explanation.JA, "知る前のもので、その事態を知らせたものには当たりません") {
		t.Errorf("45: %s by %q: %s", o.State, o.DoneBy, o.Explanation.JA)
	}
	if o := publication("18-game-ransomware-2020-revised-counts"); o.DoneBy != "e8" {
		t.Errorf("18: done by %q, want e8 (the announcement after knowing)", o.DoneBy)
	}
}
