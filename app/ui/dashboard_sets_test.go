//go:build !js

package ui

import (
	"strings"
	"testing"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/catalog"
	"breachdesk/app/desk"
	"breachdesk/app/draft"
	"breachdesk/app/incident"
)

// A set that a foreign law leaves out because none of its persons lives in
// its places says so in the law's list of sets, rather than standing there
// "not reportable" with no reason.
func TestSetVerdictsSayWhyASetIsNotTheLaws(t *testing.T) {
	inc := &incident.Incident{DataSets: []incident.DataSet{{ID: "d1", Name: "従業員"}, {ID: "d2", Name: "顧客"}}}
	j := assess.Jurisdiction{ID: "KR",
		Triggers: []assess.Reason{{RuleID: "kr.hacking", Verdict: assess.Yes}},
		Sets: []assess.SetVerdict{
			{ID: "d1", Name: "従業員", Role: incident.Controller, Reportable: assess.No, Elsewhere: true},
			{ID: "d2", Name: "顧客", Role: incident.Controller, Reportable: assess.Yes, Triggers: []string{"kr.hacking"}},
		}}
	for _, l := range []catalog.Lang{catalog.JA, catalog.EN} {
		var w strings.Builder
		dumpUI(&w, setVerdicts(l, inc, j), 0)
		if !strings.Contains(w.String(), "bd-elsewhere") || !strings.Contains(w.String(), catalog.T(l, "jur.elsewhere")) {
			t.Errorf("%s: the set with no persons there gives no reason:\n%s", l, w.String())
		}
	}
	// One such set alone is still listed, with its reason.
	j.Sets = j.Sets[:1]
	if setVerdicts(catalog.EN, inc, j) == nil {
		t.Error("a law's only set, left out for living elsewhere, is not shown")
	}
}

// A notice with a version for the residents of one place (Massachusetts)
// offers both in the picker, the common one named as such, even when the
// persons are not told apart by data set.
func TestDraftsPickerOffersThePlaceVersion(t *testing.T) {
	common := draft.Spec{Kind: draft.KindNotice, Lang: draft.EN, Variant: draft.VariantEmail}
	ma := common
	ma.Place = "US-MA"
	set := draftsSet{Drafts: desk.Drafts{
		Avail: []draft.Spec{common, ma},
		Docs: []draft.Document{
			{ID: common.DocID(), Kind: draft.KindNotice, Lang: draft.EN, Variant: draft.VariantEmail},
			{ID: ma.DocID(), Kind: draft.KindNotice, Lang: draft.EN, Variant: draft.VariantEmail, Place: "US-MA", Subject: "Massachusetts residents"},
		},
	}}
	set.doc = &set.Docs[0]
	p := &DraftsPage{}
	var w strings.Builder
	dumpUI(&w, p.renderPicker(catalog.EN, set), 0)
	got := w.String()
	if !strings.Contains(got, "draft-subject") || !strings.Contains(got, "Massachusetts residents") || !strings.Contains(got, catalog.T(catalog.EN, "drafts.commonNotice")) {
		t.Errorf("the picker does not offer the common notice and the Massachusetts version:\n%s", got)
	}
}

// Several written reports to one authority (the first, the answer to its
// order) are offered apart in the picker, each numbered and dated, while a
// single report to another authority keeps the authority's name alone.
func TestDraftsPickerNumbersTheReportsToAnAuthority(t *testing.T) {
	first := draft.Spec{Kind: draft.KindMinistry, Lang: draft.JA, Party: "p2"}
	second := first
	second.Follow = 1
	other := draft.Spec{Kind: draft.KindMinistry, Lang: draft.JA, Party: "p3"}
	doc := func(s draft.Spec, subject, date string) draft.Document {
		d, _ := time.Parse("2006-01-02", date)
		return draft.Document{ID: s.DocID(), Kind: s.Kind, Lang: s.Lang, Party: s.Party, Follow: s.Follow, Subject: subject, Date: d}
	}
	set := draftsSet{Drafts: desk.Drafts{
		Avail: []draft.Spec{first, second, other},
		Docs:  []draft.Document{doc(first, "関東財務局", "2025-07-14"), doc(second, "関東財務局", "2025-08-29"), doc(other, "総務省", "2025-07-20")},
	}}
	set.doc = &set.Docs[1]
	p := &DraftsPage{}
	var w strings.Builder
	dumpUI(&w, p.renderPicker(catalog.JA, set), 0)
	got := w.String()
	for _, want := range []string{"関東財務局：第1報（2025-07-14）", "関東財務局：第2報（2025-08-29）", `"総務省"`} {
		if !strings.Contains(got, want) {
			t.Errorf("the picker lacks %s:\n%s", want, got)
		}
	}
}

// An item typed as "other" and not classified says which kinds of data its
// words are read as not holding (card data, My Number, passwords), so that a
// card number typed in another language is seen to be read as none; once
// classified, or when its words name the kind, it says nothing of it.
func TestOtherItemSaysWhatItIsReadAsNot(t *testing.T) {
	testDesk(t, nil)
	rs, err := theDesk.Rules()
	if err != nil {
		t.Fatal(err)
	}
	name := func(id string, l catalog.Lang) string {
		for _, f := range rs.Flags {
			if f.ID == id {
				if l == catalog.EN {
					return f.EN
				}
				return f.JA
			}
		}
		t.Fatalf("no flag %s", id)
		return ""
	}
	d := &incident.DataSet{ID: "d1"}
	render := func(l catalog.Lang, c incident.Category) string {
		var w strings.Builder
		dumpUI(&w, (&factsForm{p: &FactsPage{}, l: l, inc: &incident.Incident{}}).flagsField(d, "dataSets[0].categories[0]", c), 0)
		return w.String()
	}
	for _, l := range []catalog.Lang{catalog.JA, catalog.EN} {
		got := render(l, incident.Category{ID: "other", Other: "Kreditkarte (Nummer, Ablaufdatum)"})
		for _, f := range []string{"card", "mynumber", "password"} {
			if !strings.Contains(got, name(f, l)) || !strings.Contains(got, "-read") {
				t.Errorf("%s: an unclassified item in German does not say it is read as no %s:\n%s", l, f, got)
			}
		}
		// Its words name a card: read as maybe card data, the others not.
		got = render(l, incident.Category{ID: "other", Other: "カード番号の一部"})
		if hint := got[strings.Index(got, "-read"):]; strings.Contains(hint, name("card", l)) || !strings.Contains(hint, name("mynumber", l)) {
			t.Errorf("%s: an item naming a card is read as no card data, or the others are not said:\n%s", l, hint)
		}
		if got := render(l, incident.Category{ID: "other", Other: "Kreditkarte", Flags: []string{"none"}}); strings.Contains(got, "-read") {
			t.Errorf("%s: a classified item still carries the reading:\n%s", l, got)
		}
	}
}

// An account number kept without its code asks whether the number alone
// opens the account (New York, F883), and an answer is stored on the item.
func TestAccountNumberAsksWhetherItOpensTheAccount(t *testing.T) {
	inc := scenario(t, "144-us-auto-finance-vendor-test-data-public-repo-states")
	testDesk(t, nil, inc)
	ip := incidentPage{lang: catalog.EN, now: inc.UpdatedAt, id: inc.ID}
	var w strings.Builder
	dumpUI(&w, (&FactsPage{incidentPage: ip}).Render(), 0)
	got := w.String()
	n := strings.Count(got, "legend")
	if !strings.Contains(got, catalog.T(catalog.EN, "facts.f.dataSets.categories.accessAlone")) || !strings.Contains(got, "onchange:onCategoryAccessAlone") {
		t.Fatalf("the facts page does not ask whether the account number opens the account (%d legends)", n)
	}
	// Only account numbers are asked: one question per such item.
	items := 0
	for _, d := range inc.DataSets {
		for _, c := range d.Categories {
			if c.AccountNumber() {
				items++
			}
		}
	}
	if q := strings.Count(got, catalog.T(catalog.EN, "facts.f.dataSets.categories.accessAlone")); q != items {
		t.Errorf("the question is asked %d times, for %d account-number items", q, items)
	}
}

// F1281: an unclassified item whose words name special-care data (161's
// 「避難の支援が必要な理由（要介護度、障害の種類・程度…）」) says so under its kind
// question, naming the word, as the documents' check asks; classified, or
// naming no such data, it says nothing.
func TestOtherItemSaysItMayBeSpecialCare(t *testing.T) {
	testDesk(t, nil)
	d := &incident.DataSet{ID: "d1"}
	render := func(l catalog.Lang, c incident.Category) string {
		var w strings.Builder
		dumpUI(&w, (&factsForm{p: &FactsPage{}, l: l, inc: &incident.Incident{}}).flagsField(d, "dataSets[0].categories[0]", c), 0)
		return w.String()
	}
	item := incident.Category{ID: "other", Other: "避難の支援が必要な理由（要介護度、障害の種類・程度）"}
	for l, want := range map[catalog.Lang]string{catalog.JA: "要配慮個人情報を含むかもしれません", catalog.EN: "special-care-required personal information"} {
		got := render(l, item)
		if !strings.Contains(got, "-named") || !strings.Contains(got[strings.Index(got, "-named"):], want) {
			t.Errorf("%s: the item naming a disability does not say it may be special-care data:\n%s", l, got)
		}
		if got := render(l, incident.Category{ID: "other", Other: "学級編成の資料"}); strings.Contains(got, "-named") {
			t.Errorf("%s: an item naming no such data says it may be:\n%s", l, got)
		}
		classified := item
		classified.Flags = []string{"none"}
		if got := render(l, classified); strings.Contains(got, "-named") {
			t.Errorf("%s: a classified item still says it may be:\n%s", l, got)
		}
	}
}
