package draft

import (
	"slices"
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// Findings of the realcase39 review (scenarios 155–157; testdata/golden/
// assess/REVIEW.md, F1080–).

// F1080 (155): a preventive measure 「送信前に2人で確認する」 was read as a
// count of the persons affected, and the 速報 and 確報 carried an error
// (count.mismatch: 「2人」 matches no count). A figure followed by what the
// people counted do together (「2人で確認」, 「2名体制」, 「3人一組」) counts
// the organisation's hands, not the persons; 「409名で、」 (the copula) is
// still a count.
func TestFigureOfHandsIsNoCount(t *testing.T) {
	for _, s := range []string{
		"送信前に2人で確認することを指示。",
		"一斉送信は必ず2名でチェックする。",
		"発送作業は2人体制とし、封入物を照合する。",
		"回収は3人一組で行う。",
		"照合は2名でのダブルチェックとする。",
	} {
		if g := findFigures(s); len(g) != 0 {
			t.Errorf("%q: read as a count: %+v", s, g)
		}
	}
	for s, want := range map[string]int64{
		"対象は409名で、うち氏名が分かるものは62名です。": 409,
		"対象となる方は1,033名です。":           1033,
		"2人で確認した結果、対象は421名でした。":      421,
	} {
		if g := findFigures(s); len(g) == 0 || g[0].n != want {
			t.Errorf("%q: want the count %d first, got %+v", s, want, g)
		}
	}
}

// F1081 (156): papers lost in two parts, one found at a paper recycler (the
// retrieval recorded for that set), the other not. The notice to the persons
// of the part not found said 「紛失した書類・記録媒体等が見つかり…手元に戻り
// ました」 and its time line 「…を回収」: told that their papers came back. A
// retrieval that names its sets, none of them the readers', is told as a
// part found, theirs not; the notice to the persons whose papers came back,
// and the PPC report, are unchanged.
func TestRetrievalOfAnotherSetIsNotTheReaders(t *testing.T) {
	rs := mustRules(t)
	inc := scenario(t, "156-hospital-payment-slips-collected-as-waste-found-at-paper-recycler")
	for i := range inc.Events {
		if inc.Events[i].Kind == incident.EvRetrieved {
			inc.Events[i].Sets = []string{"d1"}
		}
	}
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	for _, lang := range []string{JA, EN} {
		n := docText(t, Spec{Kind: KindNotice, Lang: lang, Variant: VariantLetter, Set: "d2"}, inc, a, rs)
		for _, bad := range []string{"記録媒体等が見つかり", "記録媒体等を回収", ", the lost documents or devices were found"} {
			if strings.Contains(n, bad) {
				t.Errorf("%s notice to the set not found says %q:\n%s", lang, bad, n)
			}
		}
		if want := map[string]string{JA: "の情報を含むものは、見つかっておりません。", EN: "Those holding your information have not been found."}[lang]; !strings.Contains(n, want) {
			t.Errorf("%s notice to the set not found lacks %q:\n%s", lang, want, n)
		}
		if n := docText(t, Spec{Kind: KindNotice, Lang: lang, Variant: VariantLetter, Set: "d1"}, inc, a, rs); strings.Contains(n, "見つかっておりません") || strings.Contains(n, "have not been found") {
			t.Errorf("%s notice to the set found says it was not found:\n%s", lang, n)
		}
	}
}

// F1083 (157): a UK company with staff in Ireland, under both the UK's and
// the EU's Art. 33, filed with the ICO on June 9 and with the Irish
// authority on June 11. The one Art. 33 document, sent to both, said "We
// made an initial notification on June 9": to the Irish authority, a filing
// it never received. Each filing is told with its authority, and an
// authority not yet notified is said to be. Since F1085 each authority has
// its document (Spec.Place): the ICO's tells its own filing, then the other.
func TestArt33ToTwoAuthoritiesTellsEachFiling(t *testing.T) {
	rs := mustRules(t)
	inc := scenario(t, "157-uk-subsidiary-payroll-provider-file-transfer-zero-day-staff-uk-ie")
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ico := Spec{Kind: KindGDPR33, Lang: EN, Place: "UK"}
	n := docText(t, ico, inc, a, rs)
	for _, want := range []string{"We made an initial notification on June 9, 2026, 11:00 BST", "We also notified the Data Protection Commission (Ireland) on June 11, 2026."} {
		if !strings.Contains(n, want) {
			t.Errorf("the Art. 33 document lacks %q:\n%s", want, n)
		}
	}
	inc.Events = slices.DeleteFunc(inc.Events, func(e incident.Event) bool { return e.Kind == incident.EvReportPrelim && e.Jurisdiction == "EU" })
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if n := docText(t, ico, inc, a, rs); !strings.Contains(n, "We have not yet notified the lead data protection supervisory authority in the EU.") {
		t.Errorf("with the EU filing not made, the Art. 33 document does not say so:\n%s", n)
	}
}

// F1082 (156): patients whose card company and holder's name were on the
// slips (an item entered as 「カード会社名・カード名義」, the number not) were
// told 「クレジットカード番号・有効期限・名義は含まれておりません」 and "did
// not involve … payment card number, expiry date and holder name", beside
// the list naming カード名義. The holder's name is the reader's own name,
// most often affected: an item told absent is named by what is absent, the
// card number.
func TestCardNumberToldAbsentIsTheNumber(t *testing.T) {
	rs := mustRules(t)
	inc := scenario(t, "156-hospital-payment-slips-collected-as-waste-found-at-paper-recycler")
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	for _, c := range []struct{ lang, bad, want string }{
		{JA, "有効期限・名義は含まれて", "クレジットカード番号は含まれておりません。"},
		{EN, "expiry date and holder name.", "or payment card number."},
	} {
		n := docText(t, Spec{Kind: KindNotice, Lang: c.lang, Variant: VariantLetter, Set: "d2"}, inc, a, rs)
		if strings.Contains(n, c.bad) || !strings.Contains(n, c.want) {
			t.Errorf("%s notice: want %q, not %q:\n%s", c.lang, c.want, c.bad, n)
		}
	}
}

// F1093 (156): slips lost through the hospital's contractors were taken back
// by the hospital from a paper recycler (the retrieval names the recycler);
// the notices said 「委託先の手元に戻りました」 / "returned to a company we
// entrusted with the data" and the time line 「委託先が…を回収」, because the
// loss was a contractor's. When the retrieval names someone other than that
// contractor, to whose hands is not on record: 「見つかり、回収されました」.
func TestRetrievalThroughAnotherIsNotTheContractors(t *testing.T) {
	rs := mustRules(t)
	inc := scenario(t, "156-hospital-payment-slips-collected-as-waste-found-at-paper-recycler")
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	for _, c := range []struct{ text, bad, want string }{
		{ja, "委託先の手元に戻りました", "が見つかり、回収されました。"},
		{ja, "委託先が紛失した", "紛失した書類・記録媒体等を回収"},
		{en, "returned to a company we entrusted", "were found and recovered."},
	} {
		if strings.Contains(c.text, c.bad) || !strings.Contains(c.text, c.want) {
			t.Errorf("want %q, not %q:\n%s", c.want, c.bad, c.text)
		}
	}
	// Without a party named, the contractor's loss came back to it (28, 30, 40).
	for i := range inc.Events {
		if inc.Events[i].Kind == incident.EvRetrieved {
			inc.Events[i].Party = ""
		}
	}
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if n := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, a, rs); !strings.Contains(n, "委託先の手元に戻りました") {
		t.Errorf("a retrieval naming no one no longer tells the contractor:\n%s", n)
	}
}

// F1089 (155): the parent's reply-all reached the contractor at 21:40; the
// user entered it as a detection with the contractor as its party and the
// same instant as the contractor's knowing. The 速報's time line said
// 「生徒・保護者等からの連絡を受領」 at 21:40, the prefecture's, eleven hours
// before it knew, and the deadlines' other reading ran from it. The lint
// names such a detection; no other scenario has one.
func TestLintDetectionAtTheProcessorsKnowing(t *testing.T) {
	var fired []string
	for name, fs := range lintsOfScenarios(t) {
		if has(fs, CodeDetectionAtProcessor, "") {
			fired = append(fired, name)
		}
	}
	slices.Sort(fired)
	if want := []string{"155-pref-school-event-contractor-to-field-then-recall-resent"}; !slices.Equal(fired, want) {
		t.Errorf("%s fires for %v, want %v", CodeDetectionAtProcessor, fired, want)
	}
}

// F1092 (156): slips read by a recycler's worker were answered "seen in the
// access logs"; the 速報 and 確報 told the PPC 「保存されているアクセス記録によ
// り…確認されております」, of paper. The lint that names the answer was only
// information, listed after the placeholders: a false statement to an
// authority is a warning.
func TestAccessSeenWithoutLogsIsAWarning(t *testing.T) {
	inc := scenario(t, "156-hospital-payment-slips-collected-as-waste-found-at-paper-recycler")
	for _, f := range lintOf(t, inc) {
		if f.Code == CodeAccessSeenNoLogs {
			if f.Severity != SeverityWarning {
				t.Errorf("%s is %s, want %s", f.Code, f.Severity, SeverityWarning)
			}
			return
		}
	}
	t.Errorf("%s does not fire for 156", CodeAccessSeenNoLogs)
}
