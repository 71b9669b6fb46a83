package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// F1360 (161): the public cause, written after the evacuation plans' data
// was found on 6/29 (「個別避難計画のデータは、契約の終了後に削除されるべき
// ものが残っていました」), was printed in the announcement of 6/5. Dated
// (public.causeOn), a notice or announcement of an earlier day tells the
// cause as the facts give it; one of the day or after prints the user's
// words; undated, every document prints them as before.
func TestCauseWrittenAsOfALaterDayIsNotPrintedBefore(t *testing.T) {
	rs := mustRules(t)
	inc := scenario(t, scenario161)
	cause := inc.Public.Cause
	if cause == "" {
		t.Fatal("161 has no public cause (the test's premise)")
	}
	first := Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb}
	second := Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb, Follow: 1}
	letter := Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Place: "d1"}
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	if !strings.Contains(docText(t, first, inc, a, rs), cause) {
		t.Fatal("undated, 161's announcement of 6/5 does not print the public cause (the test's premise)")
	}
	dated := inc.Clone()
	dated.Public.CauseOn = "2026-06-29"
	a = assess.Evaluate(dated, rs, dated.UpdatedAt)
	early := docText(t, first, dated, a, rs)
	if strings.Contains(early, cause) || strings.Contains(early, "個別避難計画のデータは") {
		t.Errorf("the announcement of 6/5 prints the cause written as of 6/29:\n%s", early)
	}
	if !strings.Contains(early, "■3. 原因\n原因は、委託先（株式会社架空ビジネスフォーム）におけるランサムウェアによる攻撃です。") {
		t.Errorf("the announcement of 6/5 does not tell the cause as the facts give it:\n%s", early)
	}
	if !strings.Contains(docText(t, second, dated, a, rs), cause) {
		t.Error("the announcement of 6/30 does not print the cause written as of 6/29")
	}
	if !strings.Contains(docText(t, letter, dated, a, rs), cause) {
		t.Error("the letter of 7/8 does not print the cause written as of 6/29")
	}
	checkDayValidated(t, inc, dated, func(i *incident.Incident) { i.Public.CauseOn = "6月29日" })
}

// F1360 (161), the desk: its name 「架空市 危機管理課（個別避難計画）・
// 市民税課（税）」 was set after 6/29 and has no day (no history of desks is
// kept: the paragraph's own edit gives a document of an earlier day the
// desk of its day). With the summaries and the public cause dated, the
// announcement of 6/5 is named at its desk only, and the lint says to edit
// that paragraph rather than to date a summary; edited, it is named no
// more. At a summary, the lint points to the summaries' and the cause's days.
func TestLintTellsADeskNamedAfterASetFoundLaterToEditTheParagraph(t *testing.T) {
	inc := scenario(t, scenario161)
	for _, f := range lintOf(t, inc) {
		if f.Code == CodeFoundLaterNamed && f.DocID == "public-ja" && (f.ParagraphID != "public-ja/summary/p1" ||
			!strings.Contains(f.Message.JA, "原因（本人・公表向け）") || !strings.Contains(f.Message.EN, "the cause for the persons")) {
			t.Errorf("161's announcement of 6/5, at its summary, does not point to the summaries' and the cause's days: %+v", f)
		}
	}
	dated := inc.Clone()
	dated.Public.SummaryOn, dated.Story.SummaryOn, dated.Public.CauseOn = "2026-06-29", "2026-06-29", "2026-06-29"
	fs := lintOf(t, dated)
	if !has(fs, CodeFoundLaterNamed, "public-ja") {
		t.Fatalf("161's announcement of 6/5 names the plans in its desk without %s", CodeFoundLaterNamed)
	}
	for _, f := range fs {
		if f.Code == CodeFoundLaterNamed && f.DocID == "public-ja" && (f.ParagraphID != "public-ja/contact/desk" ||
			!strings.Contains(f.Message.JA, "この段落を編集") || !strings.Contains(f.Message.EN, "edit this paragraph")) {
			t.Errorf("161's announcement of 6/5: the desk is not named as a desk to edit: %+v", f)
		}
	}
	edit(dated, "public-ja/contact/desk", "架空市 危機管理課・市民税課\n電話：0000-00-1610\n受付時間：平日8時30分〜17時15分")
	if fs := lintOf(t, dated); has(fs, CodeFoundLaterNamed, "public-ja") {
		t.Errorf("the desk of 6/5 edited to its day's name, yet %s is given", CodeFoundLaterNamed)
	}
}
