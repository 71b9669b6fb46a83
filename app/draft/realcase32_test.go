package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
)

// Findings of the realcase32 review (scenarios 134–136; testdata/golden/
// assess/REVIEW.md, F740–).

// F740 (134, a securities firm: the customers' file, and within it the 750
// whose identity documents were taken too, told on 7/17; the rest of the
// customers told on 9/8): the letter of 9/8 said of the 750 「該当する方には、
// このお知らせとは別に、個別にご連絡いたします」, a promise of what had been done
// seven weeks before. A part already told is said to have been told, and
// when.
func TestNoticeSaysAPartWasAlreadyToldSeparately(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["134-securities-vendor-deposit-tool-id-images-fsa-order"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	for spec, want := range map[Spec]string{
		{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}: "該当する方には、2025年7月17日に、このお知らせとは別に個別にご連絡いたしました。",
		{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}: "we wrote to them separately on July 17, 2025.",
	} {
		got := docText(t, spec, inc, a, rs)
		if !strings.Contains(got, want) || strings.Contains(got, "個別にご連絡いたします") || strings.Contains(got, "we are writing to them separately") {
			t.Errorf("134 %s: want %q, no promise of it:\n%s", spec.Lang, want, got)
		}
	}
	// A part not told yet is still promised its own notice (the card
	// holders among a host's members, none told yet).
	inc = cases(t)["hosting-card-minority"]
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if got := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, a, rs); !strings.Contains(got, "該当する方には、このお知らせとは別に、個別にご連絡いたします。") {
		t.Errorf("hosting-card-minority: the card holders' own notice is no longer promised:\n%s", got)
	}
}

// F744 (136): the report to the university hospital was dated at the first
// word of 12/10, three months before its trial subjects' records were
// found, and told it 「対象となる個人データの項目：調査中」 and 「合計：調査中」; the
// notice of 3/12, the one that does the duty (assess: the set found on
// 3/10), had no draft. A message naming no data set, sent before every set
// of that entrustor was found, is not this notice.
func TestEntrustorReportIsTheOneAfterItsSetWasFound(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["136-cro-ransomware-investigators-crc-and-hospital-trial-subjects-found-later"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	got := docText(t, Spec{Kind: KindEntrustor, Lang: JA, Party: "p4"}, inc, a, rs)
	for _, want := range []string{"2026年3月12日", "2名"} {
		if !strings.Contains(got, want) {
			t.Errorf("136 entrustor report lacks %q:\n%s", want, got)
		}
	}
}

// F745 (136, a CRO): the trial investigators (「臨床試験の責任医師・分担医師」)
// were told 「患者さま各位」 and 「当社が保有する患者さまの個人情報」, the medical
// sector's word for a set whose name says no kind: doctors, nurses,
// pharmacists and researchers are no one's patients here.
func TestDoctorsAreNotPatients(t *testing.T) {
	for _, name := range []string{"臨床試験の責任医師・分担医師", "協力医療機関の薬剤師", "共同研究者"} {
		if got := personKindJA(name); got != "関係者の皆さま" {
			t.Errorf("%s: %q, want 関係者の皆さま", name, got)
		}
	}
	rs := mustRules(t)
	inc := scenarios(t)["136-cro-ransomware-investigators-crc-and-hospital-trial-subjects-found-later"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	if got := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, a, rs); strings.Contains(got, "患者") {
		t.Errorf("136: the investigators are called patients:\n%s", got)
	}
}
