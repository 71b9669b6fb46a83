package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// enteredLate is scenario 41 as a user who opened the tool on 12/01 records
// it: every set's status is dated that day (the UI dates a status with the
// day it is picked), long after the day of knowing (10/19), the first
// announcement (10/22) and the 速報 (10/23). found is the card payers'
// Found date ("" : not recorded).
func enteredLate(t *testing.T, found incident.Date) (build func(Spec) string, lint func(Spec) []Finding) {
	t.Helper()
	rs := mustRules(t)
	inc := scenarios(t)["41-download-shop-card-found-later"].Clone()
	for i := range inc.DataSets {
		d := &inc.DataSets[i]
		d.Found = ""
		d.Status = []incident.StatusChange{{Status: incident.Possible, On: "2025-12-01"}}
	}
	if found != "" {
		d, _ := inc.DataSet("d2")
		d.Found = found
	}
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	doc := func(s Spec) Document {
		t.Helper()
		d, err := Build(s, inc, a, rs)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	build = func(s Spec) string { return strings.Join(strings.Fields(Text(doc(s))), " ") }
	lint = func(s Spec) []Finding { return Lint(inc, a, []Document{doc(s)}) }
	return build, lint
}

// A status dated after the day of knowing does not say the set was found
// later (F88 as 4bcbd88 first fixed it inferred so, and every document dated
// before the user entered the case lost every set): the 速報 as of its
// filing day and the first announcement list both sets.
func TestStatusDatedLaterKeepsSets(t *testing.T) {
	build, _ := enteredLate(t, "")
	for _, s := range []Spec{{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, {Kind: KindPublic, Lang: JA, Variant: VariantWeb}} {
		text := build(s)
		for _, want := range []string{"会員", "メールアドレス", "カード決済をご利用のお客様", "有効期限・名義"} {
			if !strings.Contains(text, want) {
				t.Errorf("%s %s of October lost %q (a set whose status was recorded in December):\n%s", s.Kind, s.Variant, want, text)
			}
		}
	}
	if second := build(Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb, Follow: 1}); strings.Contains(second, "前回のお知らせの後") {
		t.Errorf("the second announcement says a group was added, which nobody recorded:\n%s", second)
	}
}

// A set whose Found date is after the first announcement is absent from it
// and named as added in the second (F88, F89), whatever day its status was
// recorded; that day is a fact, not a date the draft made up.
func TestFoundDateAfterFirstAnnouncement(t *testing.T) {
	build, lint := enteredLate(t, "2025-11-10")
	first := build(Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb})
	if strings.Contains(first, "カード決済をご利用") || strings.Contains(first, "有効期限・名義") {
		t.Errorf("the first announcement (10/22) lists the card payers found on 11/10:\n%s", first)
	}
	if !strings.Contains(first, "メールアドレス") {
		t.Errorf("the first announcement lost the members' data:\n%s", first)
	}
	second := build(Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb, Follow: 1})
	if !strings.Contains(second, "前回のお知らせの後、2025年11月10日に、カード決済をご利用のお客様（10/17〜11/12）の情報（氏名、クレジットカード番号・有効期限・名義、セキュリティコード）についても漏えいしたおそれがあることが判明いたしました。") {
		t.Errorf("the second announcement does not name the group added on 11/10:\n%s", second)
	}
	en := build(Spec{Kind: KindPublic, Lang: EN, Variant: VariantWeb, Follow: 1})
	if !strings.Contains(en, "After our last announcement, on November 10, 2025, we found that the information of") {
		t.Errorf("EN update does not name the group added:\n%s", en)
	}
	for _, f := range lint(Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb, Follow: 1}) {
		if strings.Contains(f.Message.JA, "11月10日") || strings.Contains(f.Message.EN, "2025-11-10") {
			t.Errorf("the found date is taken for an invented one: %+v", f)
		}
	}
}
