package draft

import (
	"slices"
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// F820 (134): a written report to an authority is one document per report
// made, and an order of the authority after the last report made is
// answered by the next: the report order of 7/22 answered on 8/29, the
// improvement order of 9/18 by a plan, though a telephone report of 7/14
// came first. Without an order since the report before, a later report is
// the same matter's next report (第2報).
func TestEachOrderAnsweredByAReportOfItsOwn(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["134-securities-vendor-deposit-tool-id-images-fsa-order"].Clone()
	ministry := func(inc *incident.Incident) []Spec {
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		var out []Spec
		for _, s := range Available(inc, a) {
			if s.Kind == KindMinistry && s.Party == "p2" {
				out = append(out, s)
			}
		}
		return out
	}
	specs := ministry(inc)
	if len(specs) != 3 {
		t.Fatalf("reports to the bureau: %v, want the first, the answer to the report order and the plan", specs)
	}
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	texts := make([]string, len(specs))
	for i, s := range specs {
		texts[i] = docText(t, s, inc, a, rs)
	}
	want := []struct{ date, has, not string }{
		{"2025年7月14日", "標記の件について、下記のとおりご報告いたします。", "付けで"},
		{"2025年8月29日", "2025年7月22日付けで貴局からご指示をいただきました標記の件について", "業務改善"},
		{"", "2025年9月18日付けで貴局から受けました業務改善命令に基づき、業務改善計画を下記のとおり提出いたします", "7月22日付けで"},
	}
	for i, w := range want {
		if !strings.HasPrefix(texts[i], w.date) || !strings.Contains(texts[i], w.has) || strings.Contains(texts[i], w.not) {
			t.Errorf("report %d (dated %q, with %q, without %q):\n%s", i+1, w.date, w.has, w.not, texts[i][:min(len(texts[i]), 900)])
		}
	}

	// The plan filed: three reports made, no order since the last.
	plan := inc.Clone()
	plan.Events = append(plan.Events, incident.Event{ID: "e90", Kind: incident.EvMinistryReport, Party: "p2", At: plan.UpdatedAt, Note: "業務改善計画を提出"})
	if got := ministry(plan); len(got) != 3 {
		t.Errorf("after the plan was filed: %v, want the three reports made and no fourth", got)
	}

	// No order at all: the report of 8/29 is the second report of the matter.
	plain := inc.Clone()
	plain.Events = slices.DeleteFunc(plain.Events, func(e incident.Event) bool { return e.Kind == incident.EvMinistryOrder })
	specs = ministry(plain)
	if len(specs) != 2 {
		t.Fatalf("reports without an order: %v, want the two made", specs)
	}
	a = assess.Evaluate(plain, rs, plain.UpdatedAt)
	second := docText(t, specs[1], plain, a, rs)
	for _, w := range []string{"個人データの漏えい等事案に関する報告書（第2報）", "2025年7月14日にご報告いたしました標記の件について、その後の調査により判明した事項を含め"} {
		if !strings.Contains(second, w) {
			t.Errorf("the second report lacks %q:\n%s", w, second[:min(len(second), 900)])
		}
	}
	if first := docText(t, specs[0], plain, a, rs); strings.Contains(first, "第1報") || strings.Contains(first, "その後の調査") {
		t.Errorf("the first report is numbered or reads as a later one:\n%s", first[:min(len(first), 600)])
	}
}
