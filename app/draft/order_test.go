package draft

import (
	"slices"
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// F743 (134): an order under a business law is named as what it is in the
// time lines, and a business improvement order is answered by a plan, not
// by a report of facts.
func TestOrderNamedByBasisAndKind(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["134-securities-vendor-deposit-tool-id-images-fsa-order"].Clone()
	set := func(id, basis, kind, law string) {
		for i := range inc.Events {
			if e := &inc.Events[i]; e.ID == id {
				e.OrderBasis, e.OrderKind, e.OrderLaw = basis, kind, law
			}
		}
	}
	set("e11", "sector", "report", "金融商品取引法第56条の2第1項")
	set("e17", "sector", "improvement", "金融商品取引法第51条")
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	final := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs)
	for _, want := range []string{"関東財務局 証券監督第1課から報告命令（金融商品取引法第56条の2第1項）", "関東財務局 証券監督第1課から業務改善命令（金融商品取引法第51条）"} {
		if !strings.Contains(final, want) {
			t.Errorf("the final report's time line lacks %q", want)
		}
	}
	if strings.Contains(final, "報告の求め") {
		t.Errorf("an order under the FIEA named 「報告の求め」:\n%s", final)
	}

	// The plan: the improvement order is the latest known, no report filed yet.
	inc.Events = slices.DeleteFunc(inc.Events, func(e incident.Event) bool { return e.Kind == incident.EvMinistryReport })
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	m := docText(t, Spec{Kind: KindMinistry, Lang: JA, Party: "p2"}, inc, a, rs)
	for _, want := range []string{"業務改善計画", "業務改善命令に基づき、業務改善計画を下記のとおり提出いたします", "改善策ごとの実施内容、実施時期及び責任者", "実施状況："} {
		if !strings.Contains(m, want) {
			t.Errorf("the answer to the improvement order lacks %q:\n%s", want, m)
		}
	}
	if strings.Contains(m, "ご指示をいただきました標記の件について、下記のとおりご報告いたします") {
		t.Errorf("the improvement plan reads as a report of facts:\n%s", m)
	}

	// Nothing entered: as before, 「報告の求め」 and a report.
	set("e11", "", "", "")
	set("e17", "", "", "")
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if m := docText(t, Spec{Kind: KindMinistry, Lang: JA, Party: "p2"}, inc, a, rs); strings.Contains(m, "業務改善") || !strings.Contains(m, "下記のとおりご報告いたします") {
		t.Errorf("an order with nothing entered:\n%s", m)
	}
}
