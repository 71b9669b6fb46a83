package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
)

// Findings of the realcase14 review (scenarios 80–82; testdata/golden/assess/
// REVIEW.md, F290–).

// F290 (81, a matching app's ID document images): one image showed a My
// Number card's back; the PPC report's item (9) said 「対象には、個人番号（マ
// イナンバー）を含む個人情報（特定個人情報）が含まれる」 of all 1,711,756
// persons, and the report's own lint called it an error.
func TestMyNumberOfSomeIsNotStatedForAll(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["81-matching-app-id-document-images-stolen"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs)
	if !strings.Contains(ja, "対象となる方のうち一部の方（1名）については、個人番号（マイナンバー）を含む個人情報（特定個人情報）が含まれる。") {
		t.Errorf("81 final report does not say whose My Number:\n%s", ja)
	}
	if fs := lintOf(t, inc); has(fs, CodeCategoryAll, "") {
		t.Errorf("81 final report still states an item of one person for all: %+v", fs)
	}
}

// F291 (81): 1.7 million images of driving licences, passports and health
// insurance cards were told only 「当社や公的機関等をかたる不審な郵便物が届く
// おそれがあります」. Someone holding a licence's or a passport's details can
// pose as its holder: the notice says so and what to watch for (contracts
// and bills not made, cards or goods not applied for), and not to have the
// licence reissued (a leak is no ground for it). A My Number alone is no
// identity document; data only lost reached no one.
func TestIdentityDocumentsWarnOfImpersonation(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["81-matching-app-id-document-images-stolen"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs)
	for _, want := range []string{
		"運転免許証番号（うち約103万名）、旅券番号、本人確認書類の画像等を第三者が悪用し、お客様になりすまして各種の契約等を申し込むおそれも否定できません。",
		"身に覚えのない契約や請求に関する連絡があった場合や、申し込んでいないカード・商品等が届いた場合は",
		"信用情報機関の本人申告制度",
	} {
		if !strings.Contains(ja, want) {
			t.Errorf("81 notice lacks %q:\n%s", want, ja)
		}
	}
	if strings.Contains(ja, "再交付") {
		t.Errorf("81 notice advises a reissue:\n%s", ja)
	}
	en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter}, inc, a, rs)
	for _, want := range []string{"receive cards or goods you did not apply for"} {
		if !strings.Contains(en, want) {
			t.Errorf("81 English notice lacks %q:\n%s", want, en)
		}
	}

	// Only a My Number: no impersonation warning.
	mn := scenarios(t)["81-matching-app-id-document-images-stolen"]
	d := &mn.DataSets[0]
	for i := range d.Categories {
		if id := d.Categories[i].ID; id == "drivers_license" || id == "passport_number" || id == "id_document_image" {
			d.Categories[i].ID = "name"
		}
	}
	a = assess.Evaluate(mn, rs, mn.UpdatedAt)
	if ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, mn, a, rs); strings.Contains(ja, "なりすまして各種の契約") {
		t.Errorf("a My Number alone is warned of as an identity document:\n%s", ja)
	}

	// Only lost: no one holds the data.
	lost := scenarios(t)["81-matching-app-id-document-images-stolen"]
	lost.DataSets[0].Leak, lost.DataSets[0].Loss = false, true
	lost.Cause.Kind, lost.Cause.UnlawfulPurpose = "other", "no"
	a = assess.Evaluate(lost, rs, lost.UpdatedAt)
	if ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, lost, a, rs); strings.Contains(ja, "なりすまし") {
		t.Errorf("data only lost is warned of impersonation:\n%s", ja)
	}
}

// F292 (82, a host's maintenance script deleted its clients' sites and
// mailboxes): the letter to the clients spoke as if each had lost its
// personal data, when a client that keeps the same data (its own backup,
// which the host asked it to rebuild from) has no 滅失 (General Guidelines
// 3-5-1-2). Not said of a list lost outside (62: its finder may read it).
func TestLetterToEntrustorOfLostDataAsksAboutItsCopy(t *testing.T) {
	rs := mustRules(t)
	for name, want := range map[string]bool{
		"82-hosting-maintenance-script-deleted-customer-data": true,
		"62-insurance-agency-customer-list-lost":              false,
		"25-print-processor-ransomware-entrustors":            false,
	} {
		inc := scenarios(t)[name]
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		ja := docText(t, Spec{Kind: KindEntrustor, Lang: JA, Party: "p1"}, inc, a, rs)
		// 82's clients are addressed as お客様 (F302), a company as 貴社.
		got := strings.Contains(ja, "貴社において同じ内容のデータ（バックアップ、元の記録等）を保管されている場合は、貴社の個人データの滅失には当たらないとされています") ||
			strings.Contains(ja, "お客様において同じ内容のデータ（バックアップ、元の記録等）を保管されている場合は、お客様の個人データの滅失には当たらないとされています")
		if got != want {
			t.Errorf("%s: letter says the entrustor's copy means no loss: %v, want %v:\n%s", name, got, want, ja)
		}
	}
}

// F294 (80): the first count's source 「サービスの契約者数（ざっくり）」 went
// into the final report's item (3) as typed; lint named 「たぶん」 and 「かも」
// but not this.
func TestLintNamesARoughCount(t *testing.T) {
	inc := scenarios(t)["80-carmaker-connected-cloud-public-ten-years"]
	if !has(lintOf(t, inc), CodeCareless, "ppc-final-ja") {
		t.Error("80: 「（ざっくり）」 in the final report is not named")
	}
}

// F295 (80; 53, 60–62, 68, 76, 81, 82): the company's note on the harm
// (「このデータだけでは契約者の氏名等は分からない。ネット上での二次利用・コピーの
// 残存は調査中だが見つかっていない」) reached no document unless harm had been
// seen; the report's item (5) is the harm or its risk and what it is.
func TestHarmNoteReachesTheReportWhateverTheAnswer(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["80-carmaker-connected-cloud-public-ten-years"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	report := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs)
	if !strings.Contains(report, "二次被害の有無は、現在調査中です（このデータだけでは契約者の氏名等は分からない。ネット上での二次利用・コピーの残存は調査中だが見つかっていない）。") {
		t.Errorf("80 final report lacks the harm note:\n%s", report)
	}
	notice := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs)
	if strings.Contains(notice, "このデータだけでは") {
		t.Errorf("80 notice quotes the note written for the authorities:\n%s", notice)
	}
}

// F303 (81; 09, 21, 46): a My Number leaked, and the notice did not say
// that the municipality changes a number leaked and likely to be misused on
// its holder's request (My Number Act Art. 7(2)), which the PPC asked
// businesses to tell the persons.
func TestLeakedMyNumberCanBeChanged(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["81-matching-app-id-document-images-stolen"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs)
	if !strings.Contains(ja, "対象となる方のうち一部の方（1名）については、個人番号（マイナンバー）が漏えいして不正に用いられるおそれがあると認められるときは、お住まいの市区町村に個人番号の変更を請求することができます") {
		t.Errorf("81 notice does not say a My Number can be changed:\n%s", ja)
	}
	en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter}, inc, a, rs)
	if !strings.Contains(en, "For the people whose My Numbers were involved: If your My Number may be misused, you can ask the municipality where you live to change it") {
		t.Errorf("81 English notice does not say a My Number can be changed:\n%s", en)
	}
}
