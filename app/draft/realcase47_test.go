package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// Findings of the realcase6 review (scenarios 47–49; testdata/golden/assess/
// REVIEW.md, F130–).

// F130 (48, a city's Excel file): a public body's PPC report was titled
// 「個人データの漏えい等に関する報告」, asked for 「…個人データの項目」 and
// named the situation 「（規則7条1号）」. A public body reports on its
// 保有個人情報 under APPI Art. 68(1), the situations of Rules Art. 43.
func TestPublicBodyReportSaysRetainedPersonalInformation(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["48-city-web-excel-hidden-sheet"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	for _, variant := range []string{VariantPrelim, VariantFinal} {
		ja := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: variant}, inc, a, rs)
		for _, bad := range []string{"個人データ", "規則7条"} {
			if strings.Contains(ja, bad) {
				t.Errorf("%s: a public body's report says %q:\n%s", variant, bad, ja)
			}
		}
		for _, want := range []string{"保有個人情報の漏えい等に関する報告", "発生したおそれがある保有個人情報の項目", "要配慮個人情報を含む（規則43条1号）"} {
			if !strings.Contains(ja, want) {
				t.Errorf("%s: want %q:\n%s", variant, want, ja)
			}
		}
	}
	priv := inc.Clone()
	priv.Org.Kind, priv.Org.Sector = incident.Private, "other"
	pa := assess.Evaluate(priv, rs, priv.UpdatedAt)
	ja := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, priv, pa, rs)
	if !strings.Contains(ja, "個人データの漏えい等に関する報告（確報）") || !strings.Contains(ja, "規則7条1号") {
		t.Errorf("a private business's report changed:\n%s", ja)
	}
}

// F131 (48): disability records were told as 「健康や診療に関する情報など、
// 特に慎重な取扱いを要する情報が含まれております」. The special-care items
// are named unless they are all health or medical ones.
func TestSensitiveItemsNamed(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["48-city-web-excel-hidden-sheet"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	if strings.Contains(ja, "健康や診療") || !strings.Contains(ja, "障害に関する情報など、特に慎重な取扱いを要する情報") {
		t.Errorf("the disability records are not named as such:\n%s", ja)
	}
	med := scenarios(t)["43-staff-files-left-on-train-found"]
	ma := assess.Evaluate(med, rs, med.UpdatedAt)
	if ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, med, ma, rs); !strings.Contains(ja, "健康や診療に関する情報など") {
		t.Errorf("medical history keeps 「健康や診療に関する情報」:\n%s", ja)
	}
}

// F132 (49, a ward's school folder): a board of education addressed its
// pupils and graduates 「住民の皆さまへ」 and told the graduates' data as that
// of 「2023年以降に退会された方」. Pupils are 生徒・保護者の皆さま, graduates
// 卒業された方; a city's 児童手当受給世帯 stay residents (30).
func TestBoardOfEducationAddressesPupils(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["49-school-shared-folder-pupils-grades"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	for _, set := range []string{"d1", "d2"} {
		ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: set}, inc, a, rs)
		if !strings.HasPrefix(strings.SplitN(ja, "\n\n", 3)[1], "生徒・保護者の皆さまへ") || strings.Contains(ja, "住民の皆さま") {
			t.Errorf("%s: pupils are not addressed as pupils and guardians:\n%s", set, ja)
		}
	}
	ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d2"}, inc, a, rs)
	if strings.Contains(ja, "退会") || !strings.Contains(ja, "2023年以降に卒業された方（100名）") {
		t.Errorf("graduates are told as members who left:\n%s", ja)
	}
	city := scenarios(t)["30-city-usb-lost-by-contractor-2022"]
	ca := assess.Evaluate(city, rs, city.UpdatedAt)
	if ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, city, ca, rs); !strings.Contains(ja, "住民の皆さま") {
		t.Errorf("a city's households receiving child allowance are residents:\n%s", ja)
	}
}
