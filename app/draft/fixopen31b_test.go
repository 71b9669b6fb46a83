package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

const scenario170 = "170-ride-app-old-ciso-paid-attackers-as-bug-bounty-board-learned-ten-months-later"

// F1431 (170): a company in Japan and the US told its UK drivers' weekly pay,
// and the ICO, as "salary, bonuses, standard monthly remuneration"
// (標準報酬月額, Japan's social insurance figure). The label is read set by
// set from the set's residence; a set with persons in Japan keeps it.
func TestSalaryOfPersonsAbroadHasNoJapaneseInsuranceFigure(t *testing.T) {
	rs := mustRules(t)
	inc := scenario(t, scenario170)
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	for _, c := range []struct {
		spec      Spec
		want, not string
	}{
		{Spec{Kind: KindGDPR33, Lang: EN, Place: "UK"}, "salary and bonuses", "standard monthly remuneration"},
		{Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d3"}, "salary and bonuses", "standard monthly remuneration"},
		{Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d3"}, "給与・賞与", "標準報酬月額"},
		{Spec{Kind: KindPPC, Lang: JA, Variant: "prelim"}, "給与・賞与", "標準報酬月額"},
	} {
		if got := docText(t, c.spec, inc, a, rs); !strings.Contains(got, c.want) || strings.Contains(got, c.not) {
			t.Errorf("%s: want %q, not %q:\n%s", c.spec.DocID(), c.want, c.not, got)
		}
	}
	// The same drivers living in Japan: the figure is theirs.
	jp := inc.Clone()
	for i := range jp.DataSets {
		if jp.DataSets[i].ID == "d3" {
			jp.DataSets[i].Residence = []incident.Residence{{Country: "JP", Persons: incident.Count{Known: true, N: 82000}}}
		}
	}
	ja := assess.Evaluate(jp, rs, jp.UpdatedAt)
	if got := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d3"}, jp, ja, rs); !strings.Contains(got, "標準報酬月額") {
		t.Errorf("drivers living in Japan lost 標準報酬月額:\n%s", got)
	}
}

const scenario169 = "169-card-company-wrong-balances-at-credit-bureaus-fourteen-years"

// F1432 (169): the report's timeline and its 本人への対応 named the notice's
// readers by the set's name, which names the data (「…の信用情報機関への登録
// 内容への通知を実施」). A name that ends in a word for data is followed by
// its persons; one that names persons is kept as it is.
func TestNoticeToASetNamedAsDataNamesItsPersons(t *testing.T) {
	rs := mustRules(t)
	inc := scenario(t, scenario169)
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	got := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: "final"}, inc, a, rs)
	if strings.Contains(got, "登録内容への通知") || !strings.Contains(got, "登録内容の本人への通知を実施") {
		t.Errorf("169's report:\n%s", got)
	}
	for name, want := range map[string]bool{
		"電子カルテの患者データ":               true,
		"名刺管理データ（お取引先のご担当者）":        true,
		"宿泊者名簿（国内にお住まいのお客様）":        true,
		"口座開設のお客様（入出金ツールの顧客情報ファイル）": false,
		"従業員（在籍）":                   false,
		"":                          false,
	} {
		if namesData(name) != want {
			t.Errorf("namesData(%q) = %v, want %v", name, !want, want)
		}
	}
}
