package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
)

// Findings of the realcase21 review (scenarios 101–103; testdata/golden/
// assess/REVIEW.md, F430–).

// F430 (101, a city's primary school): the notice to the guardians of three
// pupils whose support plans were on a lost USB stick, a set named
// 「特別支援学級・通級の児童の個別の指導計画」, was addressed 「住民の皆さまへ」 and
// spoke of 「住民の皆さま」 3名. A board of education's (or a school's) 児童 are
// its pupils; a city's 児童手当受給世帯 stay its residents.
func TestSchoolPupilsNamedJidoAreNotResidents(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["101-school-teacher-usb-grades-found-week-later"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	d2 := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d2"}, inc, a, rs)
	if strings.Contains(d2, "住民") || !strings.Contains(d2, "保護者") {
		t.Errorf("101 notice to the pupils with support plans:\n%s", d2)
	}
	// F434: a primary school's pupils are 児童, not 生徒.
	if strings.Contains(d2, "生徒") || !strings.Contains(d2, "児童・保護者の皆さまへ") || !strings.Contains(d2, "対象となる児童の皆さまは") {
		t.Errorf("101 notice to a primary school's families calls the pupils 生徒:\n%s", d2)
	}
	inc.Org.Sector = "public"
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	d2 = docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d2"}, inc, a, rs)
	if !strings.Contains(d2, "住民の皆さま") {
		t.Errorf("a city (not its schools) whose set names 児童 alone lost 住民:\n%s", d2)
	}
}

// F432 (103): PCs handed to a disposer for destruction were not destroyed.
// The cause, of no listed kind ("other"), was entered as arising at the
// contractor, named; the PPC reports said 「原因は、次のとおりです。」 and named
// no contractor, where a cause of a listed kind says 「委託先（名）における…」.
func TestOtherCauseAtContractorNamesTheContractor(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["103-snack-maker-pcs-not-destroyed-by-disposer"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	for _, variant := range []string{VariantPrelim, VariantFinal} {
		ja := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: variant}, inc, a, rs)
		if !strings.Contains(ja, "原因は、委託先（架空エコリサイクル株式会社）において発生した事象です。") {
			t.Errorf("103 PPC report (%s) does not name the contractor:\n%s", variant, ja)
		}
	}
}
