package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
)

// Findings of the review of scenarios 32–34 (real cases of shapes not
// covered before: a hospital's paper records stolen from a car, a
// password-protected file misdirected with its password, a possible leak
// the investigation ruled out).

// Scenario 33: 2,718 rows of a file held 2,472 persons and 246 companies.
// The notice said the records outnumber the persons because the same person
// appears more than once (「同じ方の情報が重複して含まれているため」), a
// reason the tool does not know and that was false here (F70).
func TestRecordsAndPersonsNoInventedReason(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["33-zip-and-password-misdirected"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	for _, lang := range []string{JA, EN} {
		text := docText(t, Spec{Kind: KindNotice, Lang: lang, Variant: VariantLetter}, inc, a, rs)
		for _, bad := range []string{"重複", "appear in more than one record"} {
			if strings.Contains(text, bad) {
				t.Errorf("%s: the notice gives a reason for the records' count (%q):\n%s", lang, bad, text)
			}
		}
		if !strings.Contains(text, "2,718") {
			t.Errorf("%s: the notice lost the records' count:\n%s", lang, text)
		}
	}
}

// Scenario 34: a preliminary report and a first announcement on a possible
// leak, then the investigation ruled every data set out (F71). The notice to
// persons was still offered, and the second announcement said the
// information that "may have leaked" and the number of persons were "under
// investigation" and the secondary harm unknown; no final report closed the
// preliminary one. Now: no notice to persons, the announcement and the
// final report say the investigation found no leak.
func TestRuledOutClaimsNoLeak(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["34-possible-leak-ruled-out"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	final := false
	for _, s := range Available(inc, a) {
		if s.Kind == KindNotice {
			t.Errorf("a notice to persons is offered for a case ruled out: %+v", s)
		}
		final = final || s.Kind == KindPPC
	}
	if !final {
		t.Errorf("no report offered to close the preliminary report")
	}
	for _, spec := range []Spec{
		{Kind: KindPublic, Lang: JA, Variant: VariantWeb, Follow: 2},
		{Kind: KindPublic, Lang: EN, Variant: VariantWeb, Follow: 2},
		{Kind: KindPPC, Lang: JA, Variant: VariantFinal},
	} {
		text := docText(t, spec, inc, a, rs)
		for _, bad := range []string{"対象となるお客様の数は、現在調査中", "二次被害の有無は、現在調査中", "合計：調査中", "漏えい等の別：調査中", "通知の方法と時期を検討中", "still under investigation", "announces that personal information", "その時点で当社のシステムに保存されていた情報です"} {
			if strings.Contains(text, bad) {
				t.Errorf("%s %s: %q in a case ruled out:\n%s", spec.Kind, spec.Lang, bad, text)
			}
		}
		if spec.Lang == EN && strings.Contains(text, "読者") {
			t.Errorf("the English announcement names the sets in Japanese:\n%s", text)
		}
		if !strings.Contains(text, "漏えいしていないことを確認") && !strings.Contains(text, "was not leaked") {
			t.Errorf("%s %s: does not say the leak was ruled out:\n%s", spec.Kind, spec.Lang, text)
		}
	}
}

// Scenario 35 (a university's application form): the notice addressed
// students and the others 「生徒・保護者の皆さまへ」: a university's students
// are 学生, and 生徒 are pupils of a school (F72). 小学生 and 中学生 stay
// pupils.
func TestUniversityStudentsAreGakusei(t *testing.T) {
	for name, want := range map[string]string{
		"在校生":       "生徒・保護者の皆さま",
		"学部の学生":     "学生の皆さま",
		"小学生の保護者":   "生徒・保護者の皆さま",
		"中学生":       "生徒・保護者の皆さま",
		"学生・保護者・学外": "関係者の皆さま",
	} {
		if got := personKindJA(name); got != want {
			t.Errorf("personKindJA(%q) = %q, want %q", name, got, want)
		}
	}
	rs := mustRules(t)
	inc := scenarios(t)["35-university-form-answers-visible"].Clone()
	inc.DataSets[0].Name = "ワークショップの参加申込者"
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	text := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs)
	if strings.Contains(text, "生徒") || !strings.Contains(text, "学生の皆さまへ") || strings.Contains(text, "当社") {
		t.Errorf("a university's notice: want 学生の皆さま and 本学, no 生徒 nor 当社:\n%s", text[:min(len(text), 600)])
	}
}
