package draft

import (
	"slices"
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

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

// report169 is the text of 169's closing PPC report.
func report169(t *testing.T) string {
	rs := mustRules(t)
	inc := scenario(t, scenario169)
	return docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: "final"}, inc, assess.Evaluate(inc, rs, inc.UpdatedAt), rs)
}

// F1432 (169): the report's timeline and its 本人への対応 named the notice's
// readers by the set's name, which names the data (「…の信用情報機関への登録
// 内容への通知を実施」). A name that ends in a word for data is followed by
// its persons; one that names persons is kept as it is.
func TestNoticeToASetNamedAsDataNamesItsPersons(t *testing.T) {
	got := report169(t)
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

// F1425 (169): a case whose every set is marked only damaged with the right
// data kept (nothingLost) is no 漏えい等 in the engine's reading, yet its
// notices were titled and opened 「個人情報毀損に関するお詫びとご報告」「個人
// 情報が毀損したことが判明いたしました」. They are a matter of handling, and a
// lint asks counsel what it is when the cause is no attack.
func TestNoticeOfDataKeptIsAboutHandling(t *testing.T) {
	rs := mustRules(t)
	inc := scenario(t, scenario169)
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs)
	if strings.Contains(ja, "毀損") || !strings.Contains(ja, "個人情報の取扱いに関するお詫びとご報告") || !strings.Contains(ja, "取扱いに誤りがあったことが判明いたしました") {
		t.Errorf("169's notice:\n%s", ja)
	}
	d, err := Build(Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter}, inc, a, rs)
	if err != nil {
		t.Fatal(err)
	}
	if en := Text(d); d.Title != "Notice About the Handling of Your Personal Information" || strings.Contains(en, "damaged") || strings.Contains(en, "Data Breach") {
		t.Errorf("169's English notice %q:\n%s", d.Title, en)
	}
	var fired []string
	for name, fs := range lintsOfScenarios(t) {
		if has(fs, CodeDamagedCopyKept, "") {
			fired = append(fired, name)
		}
	}
	// 119: pensioners' data keyed wrong, the forms kept (its other sets
	// leaked: its notices speak of the leak).
	slices.Sort(fired)
	if want := []string{"119-pension-fund-keying-reentrusted-to-dalian", scenario169}; !slices.Equal(fired, want) {
		t.Errorf("%s fires for %v, want %v", CodeDamagedCopyKept, fired, want)
	}
	// Damaged with no copy kept: a 毀損, told as one.
	lost := inc.Clone()
	for i := range lost.DataSets {
		lost.DataSets[i].CopyHeld = incident.No
	}
	la := assess.Evaluate(lost, rs, lost.UpdatedAt)
	if got := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, lost, la, rs); !strings.Contains(got, "個人情報毀損に関するお詫びとご報告") {
		t.Errorf("169 with no copy kept:\n%s", got)
	}
	if has(lintOf(t, lost), CodeDamagedCopyKept, "") {
		t.Errorf("169 with no copy kept: %s fires", CodeDamagedCopyKept)
	}
}

// F1492 (169): the PPC report said 「顧客の個人情報が毀損したことを確認いたしまし
// た」 beside its own 「漏えい等の別：該当なし」.
func TestReportOfDataKeptConfirmsNoDamage(t *testing.T) {
	got := report169(t)
	if strings.Contains(got, "毀損したことを確認") || !strings.Contains(got, "取扱いに誤りがあったことを確認いたしました") {
		t.Errorf("169's report:\n%s", got)
	}
}
