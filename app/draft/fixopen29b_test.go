package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

const scenario165 = "165-prefecture-review-board-pdf-masks-removable-appellant-found-own-address"

// F1248 (165): the petitioners' document was online from December until
// the sweep of 5/7, and their letter tells them the appellant's file's
// period, 「2026年4月23日から2026年4月28日まで」, and its takedown. No field
// holds a set's own period: the lint says so at the period's paragraph of
// every notice and announcement to their readers, not in the appellant's
// letter, not where the cause is one period for every set (an intrusion),
// and not when the set was in the case from the start.
func TestLintSaysASetFoundAfterThePeriodIsToldTheCasesPeriod(t *testing.T) {
	inc := scenario(t, scenario165)
	inc.DataSets[1].Exposure = nil // its own period entered, the lint says another thing (TestLintOnASetWithItsOwnPeriodNamesTheMeasure)
	as165Was(inc)                  // its posting and take-down entered, the letter tells them (TestEventsTiedToASetAreToldToItsReaders)
	fs := lintOf(t, inc)
	for _, id := range []string{"notice-d2-ja", "public-2-ja"} {
		if !has(fs, CodeFoundAfterPeriod, id) {
			t.Errorf("165's %s tells the petitioners the appellant's period without %s", id, CodeFoundAfterPeriod)
		}
	}
	for _, f := range fs {
		if f.Code == CodeFoundAfterPeriod && f.DocID == "notice-d2-ja" && (f.ParagraphID != "notice-d2-ja/summary/period" ||
			!strings.Contains(f.Message.JA, "2026年5月7日") || !strings.Contains(f.Message.EN, "April 28, 2026")) {
			t.Errorf("165's petitioners' letter: %+v", f)
		}
	}
	if has(fs, CodeFoundAfterPeriod, "notice-d1-ja") {
		t.Errorf("165's letter to the appellant, whose period it is, has %s", CodeFoundAfterPeriod)
	}
	intrusion := inc.Clone()
	intrusion.Cause.Kind = incident.CauseUnauthorizedAccess
	if fs := lintOf(t, intrusion); has(fs, CodeFoundAfterPeriod, "") {
		t.Errorf("an intrusion is one period for every set, yet %s is given", CodeFoundAfterPeriod)
	}
	known := inc.Clone()
	for i := range known.DataSets {
		known.DataSets[i].Found = ""
	}
	if fs := lintOf(t, known); has(fs, CodeFoundAfterPeriod, "") {
		t.Errorf("no set found later, yet %s is given", CodeFoundAfterPeriod)
	}
}

const scenario161 = "161-city-print-vendor-ransomware-evacuation-plans-kept-after-contract-one-of-many-clients"

// F1191 (161): the public summary and the story's, written after the
// evacuation plans' data was found on 6/29, were printed in the
// announcement of 6/5 and the 速報 of 6/8. Dated (public.summaryOn,
// story.summaryOn), a document of an earlier day tells what happened as its
// day's facts give it; one of the day or after prints the user's words;
// undated, every document prints them as before.
func TestSummaryWrittenAsOfALaterDayIsNotPrintedBefore(t *testing.T) {
	rs := mustRules(t)
	inc := scenario(t, scenario161)
	pub, story := inc.Public.Summary, inc.Story.Summary
	if pub == "" || story == "" {
		t.Fatal("161 has no summaries (the test's premise)")
	}
	first := Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb}
	second := Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb, Follow: 1}
	prelim := Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}
	final := Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	if !strings.Contains(docText(t, first, inc, a, rs), pub) || !strings.Contains(docText(t, prelim, inc, a, rs), story) {
		t.Fatal("undated, 161's announcement of 6/5 and 速報 of 6/8 do not print the summaries (the test's premise)")
	}
	dated := inc.Clone()
	dated.Public.SummaryOn, dated.Story.SummaryOn = "2026-06-29", "2026-06-29"
	a = assess.Evaluate(dated, rs, dated.UpdatedAt)
	early := docText(t, first, dated, a, rs)
	if strings.Contains(early, pub) {
		t.Errorf("the announcement of 6/5 prints the summary written as of 6/29:\n%s", early)
	}
	if !strings.Contains(early, "■1. 概要\n2026年5月26日、委託先から連絡を受け、2026年6月4日、住民の皆さまの個人情報が外部に漏えいしたおそれがあることが判明いたしました。") {
		t.Errorf("the announcement of 6/5 does not tell what happened as the facts of its day give it:\n%s", early)
	}
	if r := docText(t, prelim, dated, a, rs); strings.Contains(r, story) {
		t.Errorf("the 速報 of 6/8 prints the story's summary written as of 6/29:\n%s", r)
	}
	if !strings.Contains(docText(t, second, dated, a, rs), pub) {
		t.Error("the announcement of 6/30 does not print the summary written as of 6/29")
	}
	if !strings.Contains(docText(t, final, dated, a, rs), story) {
		t.Error("the 確報 does not print the story's summary written as of 6/29")
	}
	checkDayValidated(t, inc, dated, func(i *incident.Incident) { i.Public.SummaryOn = "6月29日" })
}

// checkDayValidated: dated (inc with a day set) draws no more problems
// than inc, and the same day set to one that is no date (by bad) draws one.
func checkDayValidated(t *testing.T, inc, dated *incident.Incident, bad func(*incident.Incident)) {
	t.Helper()
	if ps := incident.Validate(dated); len(ps) != len(incident.Validate(inc)) {
		t.Errorf("a valid day reported as a problem: %+v", ps)
	}
	b := dated.Clone()
	bad(b)
	if ps := incident.Validate(b); len(ps) == len(incident.Validate(dated)) {
		t.Error("a day that is no date is not reported")
	}
}
