package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// F780 (10): the English notices gave the desk and its hours but never said
// where updates are published, as the Japanese notice's search sentence
// does; the words to search for were typed for the Japanese readers. The
// English notices (e-mail, letter, the Massachusetts version, GDPR Art. 34)
// name English words: those entered for them, else the Japanese ones when
// in Latin letters, else the English name with "notice", else a blank; the
// web page does not; a notice to staff promises no page.
func TestEnglishNoticeSaysWhereUpdatesArePublished(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["10-crossborder-eu-jp-ca"].Clone()
	const sentence = "We will post updates on this incident on our website. To find them, search the web for \""
	for _, c := range []struct {
		web, webEn, nameEn, want string
	}{
		{"", "", "Fictitious Cross-Border Co., Ltd.", sentence + "Fictitious Cross-Border notice\"."},
		{"架空クロスボーダー お知らせ", "", "Fictitious Cross-Border Co., Ltd.", sentence + "Fictitious Cross-Border notice\"."},
		{"Cross-Border notice", "", "", sentence + "Cross-Border notice\"."},
		{"架空クロスボーダー お知らせ", "Search for “Cross-Border data incident”.", "Fictitious Cross-Border Co., Ltd.", sentence + "Cross-Border data incident\"."},
		{"架空クロスボーダー お知らせ", "", "", sentence + "[to be completed: words to search for in English to find our website's notice]\"."},
		{"", "", "Cross-Border (a subsidiary of Example Holdings)", sentence + "[to be completed: words to search for in English to find our website's notice]\"."},
	} {
		x := inc.Clone()
		x.Contact.Web, x.Contact.WebEn, x.Org.NameEn = c.web, c.webEn, c.nameEn
		a := assess.Evaluate(x, rs, x.UpdatedAt)
		for _, spec := range []Spec{{Kind: KindNotice, Lang: EN, Variant: VariantEmail}, {Kind: KindNotice, Lang: EN, Variant: VariantLetter}, {Kind: KindGDPR34, Lang: EN}} {
			if n := docText(t, spec, x, a, rs); !strings.Contains(strings.Join(strings.Fields(n), " "), c.want) {
				t.Errorf("%s %s, web %q, webEn %q, nameEn %q: no %q in\n%s", spec.Kind, spec.Variant, c.web, c.webEn, c.nameEn, c.want, n)
			}
		}
		if n := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantWeb}, x, a, rs); strings.Contains(n, "search the web for") {
			t.Errorf("the web page sends its readers to search for itself:\n%s", n)
		}
	}
}

// F781 (135): the update said 「96,338名から、4,458名となりました」 with no
// reason: the revision's source is for the record and never printed. A
// revision's reason for the readers (Japanese, English) follows the new
// count in the updates; an English update whose revision has a Japanese
// reason only asks for it in English; the count-fell finding then no longer
// asks for the reason (it still asks about those told who are not
// concerned).
func TestARevisedCountGivesItsReason(t *testing.T) {
	rs := mustRules(t)
	update := func(inc *incident.Incident, lang string) string {
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		docs, _, err := BuildAll(inc, a, rs, inc.UpdatedAt)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range docs {
			if d.ID == "public-2-ja" && d.Variant == VariantWeb {
				d, err := Build(Spec{Kind: KindPublic, Lang: lang, Variant: VariantWeb, Follow: 1, Date: d.Date}, inc, a, rs)
				if err != nil {
					t.Fatal(err)
				}
				return strings.Join(strings.Fields(Text(d)), " ")
			}
		}
		t.Fatal("no public-2-ja")
		return ""
	}
	inc := scenarios(t)["135-job-scout-block-failed-profiles-seen-by-current-employer"].Clone()
	if ja := update(inc, JA); !strings.Contains(ja, "4,458名となりました。 ") {
		t.Errorf("no reason entered: the sentence changed:\n%s", ja)
	}
	var msg string
	for _, f := range lintOf(t, inc) {
		if f.Code == CodeCountFell {
			msg = f.Message.JA
		}
	}
	if !strings.Contains(msg, "減った理由") {
		t.Errorf("no reason entered: the finding does not ask for it: %q", msg)
	}
	inc.DataSets[0].Persons[1].Reason = "閲覧の記録と照合し、実際に閲覧された方に絞り込みました"
	if ja := update(inc, JA); !strings.Contains(ja, "4,458名となりました。閲覧の記録と照合し、実際に閲覧された方に絞り込みました。") {
		t.Errorf("the reason is not given:\n%s", ja)
	}
	if en := update(inc, EN); !strings.Contains(en, "[to be completed: why the count changed]") {
		t.Errorf("a Japanese reason only: the English update does not ask for it:\n%s", en)
	}
	inc.DataSets[0].Persons[1].ReasonEn = "We checked the viewing records and narrowed the count to those whose profiles were actually viewed."
	if en := update(inc, EN); !strings.Contains(en, "is now 4,458 people. We checked the viewing records") {
		t.Errorf("the English reason is not given:\n%s", en)
	}
	for _, f := range lintOf(t, inc) {
		if f.Code == CodeCountFell && strings.Contains(f.Message.JA, "減った理由") {
			t.Errorf("a reason entered: the finding still asks for it: %q", f.Message.JA)
		}
	}
}

// F701 (131, 02 and others): a notice past the timeline's limit for it
// (tl.notice) said nothing of the time taken. With the reason entered
// (public.noticeDelay), the notices give the days since the knowing (a
// range when the knowing is known by its month) and the reason; the English
// one asks for the reason in English when it is in Japanese only; without
// it, no sentence, and a warning on the notice; a notice within the limit
// says nothing and draws no warning.
func TestLateNoticeTellsTheTimeTaken(t *testing.T) {
	rs := mustRules(t)
	flat := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	inc := complete(t)
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja := flat(docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs))
	if !strings.Contains(ja, "を把握してから本お知らせまでに") || !strings.Contains(ja, "日を要しました。攻撃の経路と、") {
		t.Errorf("02 with the reason: no days and reason:\n%s", ja)
	}
	en := flat(docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantEmail}, inc, a, rs))
	if !strings.Contains(en, "days after we learned of the incident. [to be completed: why this notice took as long as it did]") {
		t.Errorf("02 in English, a Japanese reason: no blank asking for it:\n%s", en)
	}
	if has(lintOf(t, inc), CodeNoticeDelayUntold, "") {
		t.Errorf("02 with the reason: %s", CodeNoticeDelayUntold)
	}
	inc.Public.NoticeDelay = ""
	if ja := flat(docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs)); strings.Contains(ja, "本お知らせまでに") {
		t.Errorf("02 without the reason: a sentence:\n%s", ja)
	}
	if !has(lintOf(t, inc), CodeNoticeDelayUntold, "") {
		t.Errorf("02 without the reason: no %s", CodeNoticeDelayUntold)
	}
	m := scenarios(t)["131-electronics-maker-apt-detected-june-public-after-press"].Clone()
	m.Public.NoticeDelay = "It took time to find out whose information was involved."
	ma := assess.Evaluate(m, rs, m.UpdatedAt)
	if en := flat(docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantEmail}, m, ma, rs)); !strings.Contains(en, " to ") || !strings.Contains(en, "days after we learned of the incident. It took time to find out") {
		t.Errorf("131 (knowing by month): no range of days and reason:\n%s", en)
	}
	ok := complete(t)
	ok.Public.NoticeDelay = ""
	oa := assess.Evaluate(ok, rs, ok.UpdatedAt)
	early := Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Date: oa.Knew.AddDate(0, 0, 2)}
	ok.Public.NoticeDelay = "理由"
	if ja := flat(docText(t, early, ok, oa, rs)); strings.Contains(ja, "本お知らせまでに") {
		t.Errorf("a notice two days after the knowing: a sentence on the time taken:\n%s", ja)
	}
}
