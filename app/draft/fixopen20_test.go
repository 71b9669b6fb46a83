package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
)

// F722 (133): a set named "… accounts (incl. sub-accounts of minors)" was
// cut at "incl." by the lint's sentence splitter, so the set's name no
// longer qualified the items listed after it. Common abbreviations, and a
// period followed by a small letter, do not end an English sentence; a
// period before a capital still does.
func TestAbbreviationsDoNotEndASentence(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Console network + media service accounts (incl. sub-accounts of minors): name and e-mail address. Next.",
			[]string{"Console network + media service accounts (incl. sub-accounts of minors): name and e-mail address", "Next."}},
		{"Card data (e.g. Visa and Mastercard) of some customers. Next.",
			[]string{"Card data (e.g. Visa and Mastercard) of some customers", "Next."}},
		{"Records of Branch No. 3, i.e. Osaka. We are sorry.",
			[]string{"Records of Branch No. 3, i.e. Osaka", "We are sorry."}},
		{"A list of approx. 20 people. It was sent by mistake.\nNext line",
			[]string{"A list of approx. 20 people", "It was sent by mistake", "Next line"}},
		{"Issued by Kaku Career Inc. We apologise.",
			[]string{"Issued by Kaku Career Inc", "We apologise."}},
	} {
		if got := splitSentences(c.text, EN); strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q:\n got %q\nwant %q", c.text, got, c.want)
		}
	}
}

// F751 (135): with no words to search for entered, the notice asked its
// readers to search for 「架空キャリア株式会社（転職サイト「架空ジョブ」運営）
// お知らせ」: quotes nested in quotes, and a remark no reader types. The
// quotes inside become 『』, and a finding asks for the words (the remark
// may be the only name the readers know: a hotel, a school); once they are
// entered, no finding.
func TestSearchWordsFromANameWithARemark(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["135-job-scout-block-failed-profiles-seen-by-current-employer"].Clone()
	inc.Contact.Web = ""
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	n := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs)
	if !strings.Contains(n, "「架空キャリア株式会社（転職サイト『架空ジョブ』運営）　お知らせ」と検索") {
		t.Errorf("135 notice:\n%s", n)
	}
	if !has(lintOf(t, inc), CodeSearchFromName, "") {
		t.Errorf("135: no %s", CodeSearchFromName)
	}
	inc.Contact.Web = "架空ジョブ お知らせ"
	if has(lintOf(t, inc), CodeSearchFromName, "") {
		t.Errorf("135 with the words entered: %s", CodeSearchFromName)
	}
	plain := inc.Clone()
	plain.Contact.Web, plain.Org.Name = "", "架空キャリア株式会社"
	if has(lintOf(t, plain), CodeSearchFromName, "") {
		t.Errorf("a name without a remark: %s", CodeSearchFromName)
	}
}

// F742 (135): 96,338 persons told on 11/7, the count corrected to 4,375 on
// 11/20: nothing asked about those told who were not affected, nor why the
// count fell. A finding names the set, the notice and both counts; a count
// that grew, an estimate refined within its rounding, or a notice after the
// fall, gives none.
func TestCountFellAfterTheNotice(t *testing.T) {
	inc := scenarios(t)["135-job-scout-block-failed-profiles-seen-by-current-employer"].Clone()
	var msg string
	for _, f := range lintOf(t, inc) {
		if f.Code == CodeCountFell {
			msg = f.Message.JA
		}
	}
	if !strings.Contains(msg, "96,338名から、4,375名に減って") || !strings.Contains(msg, "2023年11月7日の本人への通知（e7）") {
		t.Errorf("135: %q", msg)
	}
	grew := inc.Clone()
	grew.DataSets[0].Persons[1].N = 100000
	if has(lintOf(t, grew), CodeCountFell, "") {
		t.Errorf("a count that grew: %s", CodeCountFell)
	}
	rounded := inc.Clone()
	rounded.DataSets[0].Persons[0].N, rounded.DataSets[0].Persons[0].Approx = 4500, true
	if has(lintOf(t, rounded), CodeCountFell, "") {
		t.Errorf("an estimate of about 4,500 refined to 4,375: %s", CodeCountFell)
	}
	later := inc.Clone()
	later.DataSets[0].Persons[1].On = "2023-11-06"
	if has(lintOf(t, later), CodeCountFell, "") {
		t.Errorf("corrected before the notice: %s", CodeCountFell)
	}
}

// F752 (135): harm answered "no", its note 「勤務先に転職活動を知られた、との
// 問い合わせが数件（不利益な取扱いの申告はまだない）」: the report said no harm
// was found beside the persons' own word of it. A clause that tells of an
// effect reported, not denied in the same clause, is named; notes that deny
// (「不正利用の申告もない」, 「二次被害の報告なし」, "no complaints") are not.
func TestHarmDeniedBesideItsOwnEvidence(t *testing.T) {
	inc := scenarios(t)["135-job-scout-block-failed-profiles-seen-by-current-employer"].Clone()
	var msg string
	for _, f := range lintOf(t, inc) {
		if f.Code == CodeHarmNoteSaysSome {
			msg = f.Message.JA
		}
	}
	if !strings.Contains(msg, "（「との問い合わせが数件」）") {
		t.Errorf("135: %q", msg)
	}
	for _, note := range []string{"監査で流出の形跡は確認されなかった。不正利用の申告もない", "12月1日時点で二次被害の報告なし", "お客様から二次被害の申し出なし", "No complaints from customers so far."} {
		inc.Risk.SecondaryHarmNote = note
		if has(lintOf(t, inc), CodeHarmNoteSaysSome, "") {
			t.Errorf("%q: %s", note, CodeHarmNoteSaysSome)
		}
	}
	inc.Risk.SecondaryHarmNote = "Two customers reported fraudulent charges; under review."
	if !has(lintOf(t, inc), CodeHarmNoteSaysSome, "") {
		t.Errorf("%q: no %s", inc.Risk.SecondaryHarmNote, CodeHarmNoteSaysSome)
	}
}

// F721 (130): the window of a defect that showed users' titles and billing
// pages on other users' screens went on 「ただし、対象となる情報は、この期間
// に当社がお預かりした情報に限られず、その時点で当社のシステムに保存されていた
// 情報です」: what others saw is what the fault put on their screens, as the
// sets describe it. With the sets seen by anyone, the clause stays.
func TestShownToUsersIsNotAllTheSystemsHeld(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["130-ai-chat-saas-cache-bug-titles-and-billing"].Clone()
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	for _, l := range []string{JA, EN} {
		n := docText(t, Spec{Kind: KindNotice, Lang: l, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
		if strings.Contains(n, "限られず") || strings.Contains(n, "システムに保存されていた情報") || strings.Contains(n, "not limited to what we received") {
			t.Errorf("130 notice %s:\n%s", l, n)
		}
	}
	anyone := inc.Clone()
	for i := range anyone.DataSets {
		anyone.DataSets[i].SeenBy = "anyone"
	}
	a = assess.Evaluate(anyone, rs, anyone.UpdatedAt)
	if n := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, anyone, a, rs); !strings.Contains(n, "限られず") {
		t.Errorf("seen by anyone:\n%s", n)
	}
}
