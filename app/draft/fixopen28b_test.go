package draft

import (
	"slices"
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

const counterHandover = "160-city-board-disclosure-request-answered-with-other-pupils-guidance-sheets"

// F1188 (160): documents handed over at a city hall's counter (交付) were
// told as 「書類の誤送付」 and 「誤って送付した書類等を回収」, as if posted.
// A misdelivery the cause's description tells as handed over is 「書類の誤
// 交付」 and "handed to the wrong person"; papers still, returned or
// destroyed. A description telling of a posting keeps 「誤送付」.
func TestDocumentsHandedOverAreNotSaidToBeSent(t *testing.T) {
	rs := mustRules(t)
	inc := scenario(t, counterHandover)
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	for _, sp := range []Spec{{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, {Kind: KindPPC, Lang: JA, Variant: VariantPrelim}} {
		doc := docText(t, sp, inc, a, rs)
		for _, want := range []string{"書類の誤交付", "誤って交付した書類等を回収"} {
			if !strings.Contains(doc, want) {
				t.Errorf("160 %s %s lacks %q", sp.Kind, sp.Variant, want)
			}
		}
		if strings.Contains(doc, "誤送付") || strings.Contains(doc, "送付した") {
			t.Errorf("160 %s %s says the documents were sent:\n%s", sp.Kind, sp.Variant, doc)
		}
	}
	en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter}, inc, a, rs)
	if !strings.Contains(en, "handed to the wrong person") || strings.Contains(en, "sent to the wrong recipient") {
		t.Errorf("160's English notice does not say the documents were handed over:\n%s", en)
	}
	// Posted, the same papers were sent.
	inc.Cause.Description = "開示文書の写しに他の生徒の記録が混入したまま、請求者に郵送した。"
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if doc := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs); !strings.Contains(doc, "書類の誤送付") || strings.Contains(doc, "誤交付") {
		t.Errorf("a posting is not told as 「書類の誤送付」:\n%s", doc)
	}
}

// F1189 (161, 160): a free-text item whose words name special-care data
// (161's 「避難の支援が必要な理由（要介護度、障害の種類・程度、使っている医療
// 機器など）」) was left "other" with nothing asking to classify it: the
// assessment says 43(1) "cannot tell" and the reports leave that type out.
// The tool does not guess the kind; the lint asks, naming the item and the
// word. A classified item (the user's choice, "none" too) is not asked of;
// nor where Japan's law does not apply.
func TestLintAsksToClassifyAnItemNamingSpecialCareData(t *testing.T) {
	named := func(fs []Finding) []Finding {
		var out []Finding
		for _, f := range fs {
			if f.Code == CodeOtherNamed {
				out = append(out, f)
			}
		}
		return out
	}
	inc := scenario(t, "161-city-print-vendor-ransomware-evacuation-plans-kept-after-contract-one-of-many-clients")
	got := named(lintOf(t, inc))
	if len(got) != 1 || !strings.Contains(got[0].Message.JA, "避難の支援が必要な理由") || !strings.Contains(got[0].Message.JA, "要配慮個人情報") {
		t.Fatalf("161: want one finding naming the reason for support, got %v", got)
	}
	var item *incident.Category
	for i := range inc.DataSets {
		for j := range inc.DataSets[i].Categories {
			if strings.HasPrefix(inc.DataSets[i].Categories[j].Other, "避難の支援が必要な理由") {
				item = &inc.DataSets[i].Categories[j]
			}
		}
	}
	item.Flags = []string{"none"}
	if got := named(lintOf(t, inc)); len(got) != 0 {
		t.Errorf("161 with the item classified none: %v", got)
	}
	item.Flags, item.Other = nil, "medical info on claim forms (diagnoses)"
	if got := named(lintOf(t, inc)); len(got) != 1 || !strings.Contains(got[0].Message.EN, `"diagnoses"`) {
		t.Errorf("an English item: want one finding naming \"diagnoses\", got %v", got)
	}
	// Of the scenarios as filed: asked for 160's guidance sheets (「指導上の
	// 配慮事項」) and 156's departments visited; not for items that name no
	// such data, nor for 162 (a US company: Japan's law does not apply).
	lints := lintsOfScenarios(t)
	for name, fs := range lints {
		if got, want := len(named(fs)) > 0, slices.Contains([]string{"160", "161", "156", "110", "118", "48-", "116"}, name[:3]); want && !got {
			t.Errorf("%s: not asked to classify", name[:3])
		}
	}
	for _, name := range []string{"158", "137", "124", "135", "102", "162"} {
		for full, fs := range lints {
			if strings.HasPrefix(full, name) && len(named(fs)) > 0 {
				t.Errorf("%s: asked to classify: %v", name, named(fs))
			}
		}
	}
}

// F1102 / F1222 (153): the persons' safety at risk was one answer for every
// set, so the three other customers a worker looked up and did not follow
// got Aさん's paragraphs (whom to call in danger, what was done for their
// safety). A set may answer no (DataSet.SafetyAtRisk): its notice loses
// them, Aさん's keeps them; a set not answered follows the incident's.
func TestSafetyAtRiskIsAnsweredPerSet(t *testing.T) {
	rs := mustRules(t)
	inc := scenario(t, "153-moving-company-worker-looked-up-customer-address-stalking-police")
	letter := func(set string) string {
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		return docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: set}, inc, a, rs)
	}
	const danger = "110番通報"
	if !strings.Contains(letter("d2"), danger) {
		t.Fatalf("153's d2 not answered: the letter lacks %q (the test's premise)", danger)
	}
	inc.DataSets[1].SafetyAtRisk = incident.No
	if l := letter("d2"); strings.Contains(l, danger) || strings.Contains(l, "ご本人の安全のために講じた措置") {
		t.Errorf("d2 answered no: its letter keeps the safety paragraphs:\n%s", l)
	}
	if !strings.Contains(letter("d1"), danger) {
		t.Errorf("d1 (not answered, the incident's yes): its letter lost %q", danger)
	}
	// The announcement's warning of a few persons named counts only the
	// sets at risk.
	for _, f := range lintOf(t, inc) {
		if f.Code == CodeFewNamed && (strings.Contains(f.Message.JA, "他のお客様") || !strings.Contains(f.Message.JA, "Aさん")) {
			t.Errorf("d2 answered no: %s", f.Message.JA)
		}
	}
}
