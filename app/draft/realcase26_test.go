package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
)

// Findings of the realcase26 review (scenarios 116–118; testdata/golden/
// assess/REVIEW.md, F530–).

// F535 (118, a tax accountant's office): every document called the office
// 当社 (「当社の従業者から報告を受領」, 「当社が保有するお客様の個人情報」) beside
// its own texts' 当事務所. A practice run by a professional in person is
// 当事務所 and its people 職員; a professional corporation (税理士法人 …) is
// 当法人; a company whose name ends in 事務所 stays 当社.
func TestProfessionalOfficeIsNotACompany(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["118-tax-office-laptop-stolen-from-car-mynumber"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	for _, sp := range []Spec{{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, {Kind: KindPPC, Lang: JA, Variant: VariantFinal}, {Kind: KindPolice, Lang: JA}} {
		txt := docText(t, sp, inc, a, rs)
		if strings.Contains(txt, "当社") || !strings.Contains(txt, "当事務所") {
			t.Errorf("118 %v calls the office a company:\n%s", sp.Kind, txt)
		}
	}
	ja := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs)
	if !strings.Contains(ja, "当事務所の職員から報告を受領") {
		t.Errorf("118 report: the office's people are not its 職員:\n%s", ja)
	}
	for name, want := range map[string]string{
		"税理士法人架空会計":    "当法人",
		"弁護士法人架空法律事務所": "当法人",
		"架空法律事務所":      "当事務所",
		"株式会社架空設計事務所":  "当社",
		"架空社会保険労務士事務所": "当事務所",
		"株式会社架空会計":     "当社",
	} {
		inc.Org.Name = name
		v := &view{inc: inc}
		if got := v.weJA(); got != want {
			t.Errorf("%s calls itself %s, want %s", name, got, want)
		}
	}
}

// F536 (118): the tax accountant's clients, whose My Number and refund
// account it holds to file their returns, were told it never asks for
// either. A business that holds every reader's My Number as its own data
// does not promise that; a public body (21) and a number one person happened
// to show (81) keep the promise.
func TestHolderOfClientsMyNumberDoesNotPromiseNeverToAsk(t *testing.T) {
	rs := mustRules(t)
	for name, want := range map[string]bool{
		"118-tax-office-laptop-stolen-from-car-mynumber": false,
		"21-city-eltax-mynumber-misdirected":             true,
		"81-matching-app-id-document-images-stolen":      true,
	} {
		inc := scenarios(t)[name]
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		txt := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs)
		if got := strings.Contains(txt, "マイナンバー（個人番号）等をお尋ねすることは一切ございません"); got != want {
			t.Errorf("%s: never asks for My Number %v, want %v:\n%s", name, got, want, txt)
		}
	}
}

// F531 (116, a background-check vendor): the drivers whose arrest reports
// were copied (an item the user entered as 「その他」) were told
// 「このお知らせをお送りしている皆さまの情報には、犯罪の経歴は含まれておりません」,
// inferred from the other sets. A notice tells no weighty item absent by
// inference while its readers' data holds an item whose nature is not given;
// classified (as none of them), the line comes back.
func TestUnclassifiedItemKeepsWeightyItemsUntold(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["116-screening-vendor-investigator-account-criminal-records"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	sp := Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d2"}
	if txt := docText(t, sp, inc, a, rs); strings.Contains(txt, "犯罪の経歴は含まれておりません") {
		t.Errorf("116 d2 told its data held no criminal record:\n%s", txt)
	}
	for i := range inc.DataSets[1].Categories {
		if inc.DataSets[1].Categories[i].ID == "other" {
			inc.DataSets[1].Categories[i].Flags = []string{"none"}
		}
	}
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if txt := docText(t, sp, inc, a, rs); !strings.Contains(txt, "犯罪の経歴は含まれておりません") {
		t.Errorf("116 d2 with its items classified as none of the weighty kinds:\n%s", txt)
	}
}
