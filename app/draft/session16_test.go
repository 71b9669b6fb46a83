package draft

import (
	"strings"
	"testing"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// Fixes of session 16 (testdata/golden/assess/REVIEW.md).

// F438 (101): the retention check told a school board that its pupils' set
// held 「取引が終了した方」: the persons who left are customers only of a
// business. The check words them as the notices do (卒業, 退職, 応募 …, from
// the set's name or the company's rule), or neutrally.
func TestRetentionNamesWhoLeftAsTheSetDoes(t *testing.T) {
	retention := func(fs []Finding) string {
		for _, f := range fs {
			if f.Code == CodeRetention {
				return f.Message.JA
			}
		}
		return ""
	}
	got := retention(lintsOfScenarios(t)["101-school-teacher-usb-grades-found-week-later"])
	if !strings.Contains(got, "2022年以降に卒業された方") || strings.Contains(got, "取引") {
		t.Errorf("101's retention check: %q; want the pupils told as 卒業された方", got)
	}
	inc := complete(t)
	inc.DataSets[0].Name = "会員情報"
	inc.DataSets[0].Former = incident.Former{Persons: incident.Count{Known: true, N: 8100}, LeftFrom: "2015", RetentionYears: 5}
	if got := retention(lintOf(t, inc)); !strings.Contains(got, "2015年以降に関係が終了した方（") || strings.Contains(got, "取引") {
		t.Errorf("a set with no word for leaving: %q; want 「関係が終了した方」", got)
	}
	inc.DataSets[0].Former.Rule = "退職後5年で廃棄"
	if got := retention(lintOf(t, inc)); !strings.Contains(got, "2015年以降に退職された方（") {
		t.Errorf("a rule about staff who left: %q; want 「退職された方」", got)
	}
}

// F379 (93): a card company's 速報 said 「約4,300万名」 where the count's
// own source said cards issued (「発行枚数（約4,300万枚）」). A count of
// persons whose latest source counts cards, rows, letters, or records with
// duplicates is asked about; one whose source speaks of persons too, or
// counts persons out of letters, is not.
func TestPersonsCountedInAnotherUnitIsAsked(t *testing.T) {
	inc := scenarios(t)["93-transit-card-history-sold-as-pseudonymised"]
	inc.DataSets[0].Persons = inc.DataSets[0].Persons[:1] // as it stood on 7/14, when the 速報 went
	var got []string
	for _, f := range lintOf(t, inc) {
		if f.Code == CodePersonsUnit {
			got = append(got, f.Message.JA)
		}
	}
	if len(got) != 1 || !strings.Contains(got[0], "の人数（約4,300万）の出所「発行枚数（約4,300万枚）」は枚数を数えているようです。文書はこの数を「約4,300万名」と書きます。") {
		t.Errorf("93 on 7/14: %q", got)
	}
	fired := map[string]bool{}
	for name, fs := range lintsOfScenarios(t) {
		fired[name] = has(fs, CodePersonsUnit, "")
	}
	for name, want := range map[string]bool{
		"93-transit-card-history-sold-as-pseudonymised":   false, // corrected on 7/18: persons unknown
		"99-city-tax-notices-duplex-misprint-contractor":  true,  // 「約600通に共有者一覧（1通に1〜数名）」
		"54-prefecture-hdd-resold-by-disposal-contractor": true,  // 「名簿ファイルの行数からのざっくり（重複あり）」
		"103-snack-maker-pcs-not-destroyed-by-disposer":   true,  // 「顧客台帳の件数（お届け先を含む、重複あり）」
		"68-university-forwarding-typo-domain":            false, // 788 persons out of 「転送メール4,890通」
		"77-city-death-registration-faxed-to-newspapers":  false, // 「死亡届1通」: one
		"41-download-shop-card-found-later":               false, // 「会員テーブルの件数」: one row a member
	} {
		if fired[name] != want {
			t.Errorf("%s: asked %v, want %v", name, fired[name], want)
		}
	}
	for _, c := range []struct {
		src  string
		n    int64
		unit string
	}{
		{"発行枚数（約4,300万枚）", 43_000_000, "枚数"},
		{"約4,300万枚", 43_000_000, "枚数"},
		{"4,890通の確認結果", 788, ""},
		{"名簿ファイルの行数からのざっくり", 10_000, "行数"},
		{"会員テーブルの件数", 38_512, ""},
		{"延べ件数", 500, "件数"},
		{"export: 12,000 records, duplicates not removed", 12_000, "件数"},
		{"cards issued", 5_000, "枚数"},
		{"名寄せ後", 100, ""},
		{"申請レコード14,212件から重複を除く", 13_000, ""},
		{"件数＝人数か確認中", 100, ""},
		{"銀行からの連絡", 100, ""},
		{"発行済みの会員証", 100, ""},
	} {
		if got, _ := otherUnit(c.src, c.n); got != c.unit {
			t.Errorf("otherUnit(%q, %d) = %q, want %q", c.src, c.n, got, c.unit)
		}
	}
}

// F415 (98): a clinic's faxes went to a similar number from March to July;
// with no period entered, the documents told one act in March. A wrong
// sending found more than a week after its first act, with no exposure
// window, asks from when to when the sending went on.
func TestLongMisdeliveryAsksForItsPeriod(t *testing.T) {
	fired := map[string]string{}
	for name, fs := range lintsOfScenarios(t) {
		for _, f := range fs {
			if f.Code == CodeMisdeliverySpan {
				fired[name] = f.Message.JA
			}
		}
	}
	if got := fired["98-hospital-referral-faxes-wrong-clinic-months"]; !strings.Contains(got, "最初の誤送付（2025-03）から検知（2025-07-03 15:20）まで1週間以上あります。") {
		t.Errorf("98: %q", got)
	}
	for _, name := range []string{"68-university-forwarding-typo-domain", "05-misdelivered-email"} {
		if got, ok := fired[name]; ok {
			t.Errorf("%s (a period entered, or found at once): %q", name, got)
		}
	}
	for name, msg := range fired {
		t.Logf("%s: %s", name, msg)
	}
	inc := scenarios(t)["98-hospital-referral-faxes-wrong-clinic-months"]
	inc.Exposure = incident.Window{From: "2025-03", To: "2025-07-03"}
	if has(lintOf(t, inc), CodeMisdeliverySpan, "") {
		t.Error("asked again with the period entered")
	}
}

// F405 (97): a UK branch's staff were told the containment at 16:00 London
// on 4/11 as "April 12, 2022" (Tokyo's day). An English notice to persons
// who all live in one other country with one civil time tells an instant
// known to the minute on its day there; a day the company gave (the PPC's
// report on 4/20, midnight in Tokyo, 4/19 in London) stays that day, and
// the Japanese documents keep Tokyo's day.
func TestNoticeAbroadTellsExactEventsInTheReadersDay(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["97-uk-branch-staff-id-images-fraud"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	for _, want := range []string{
		"On April 11, 2022, we took steps to stop the incident",
		"exposed from February 2022 to April 11, 2022",
		"Japan's Personal Information Protection Commission on April 20, 2022",
	} {
		if !strings.Contains(en, want) {
			t.Errorf("the UK staff's notice lacks %q:\n%s", want, en)
		}
	}
	ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	if !strings.Contains(ja, "2022年4月12日") {
		t.Errorf("the Japanese notice does not keep Tokyo's day (4/12):\n%s", ja)
	}
	// Readers in several countries, or in one with several zones: the
	// case's day.
	inc.DataSets[0].Residence = []incident.Residence{{Country: "US", Persons: incident.Count{Known: true, N: 320}}}
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}, inc, a, rs); !strings.Contains(en, "On April 12, 2022, we took steps") {
		t.Errorf("readers in the US (several zones) told another day than Tokyo's:\n%s", en)
	}
}

// F421 (98): patients whose faxes reached three clinics and businesses,
// each asked to destroy them, were told to beware of phishing calls about
// their card numbers, because whether the recipients were all known was
// left unanswered. A misdelivery with a deletion asked or confirmed, and
// that question open, asks it; answered, the documents drop the warning.
func TestMisdeliveryWithDeletionAsksWhetherRecipientsAreKnown(t *testing.T) {
	fired := map[string]bool{}
	for name, fs := range lintsOfScenarios(t) {
		if has(fs, CodeRecipientsKnown, "") {
			fired[name] = true
		}
	}
	if !fired["98-hospital-referral-faxes-wrong-clinic-months"] {
		t.Error("98 is not asked whether its recipients are known")
	}
	for name := range fired {
		t.Logf("asked: %s", name)
	}
	rs := mustRules(t)
	inc := scenarios(t)["98-hospital-referral-faxes-wrong-clinic-months"]
	inc.Cause.RecipientKnown = incident.Yes
	if has(lintOf(t, inc), CodeRecipientsKnown, "") {
		t.Error("asked again once answered")
	}
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	if ja := docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, a, rs); strings.Contains(ja, "不審なメール、SMS、電話、郵便物にご注意ください") {
		t.Errorf("answered, the notice still warns of unknown third parties:\n%s", ja)
	}
}

// F383 (94): the city's announcement of its contractor's breach (a public
// event with the city, an entrustor, as party) was taken for the
// contractor's own: its announcement was drafted as published that day,
// with a 第2報 after it, and its report said 「公表済み」. The city's
// announcement is told as the city's; the company's own stays a draft.
func TestEntrustorsAnnouncementIsNotTheCompanys(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["94-contractor-event-form-health-emergency-contacts"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	if at, ok := DatedAt(Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb}, inc, inc.UpdatedAt); ok {
		t.Errorf("the company's announcement is dated %v: the city's was taken for it", at)
	}
	for _, s := range Available(inc, a) {
		if s.Kind == KindPublic && s.Follow > 0 {
			t.Errorf("a later announcement is offered (%s) though the company made none", s.DocID())
		}
	}
	ppc := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal, Date: inc.UpdatedAt}, inc, a, rs)
	for _, want := range []string{
		"委託元（架空市（市民学校事業の担当課））が2023年10月24日に公表。当社としての公表は未実施",
		"委託元（架空市（市民学校事業の担当課））が本件を公表",
	} {
		if !strings.Contains(ppc, want) {
			t.Errorf("the 確報 lacks %q:\n%s", want, ppc)
		}
	}
	if strings.Contains(ppc, "に公表済み") {
		t.Errorf("the 確報 says the company published:\n%s", ppc)
	}
}

// F418's English half (98, 99): papers and faxes sent to the wrong place
// are returned or destroyed, not deleted; the English notice said the
// recipients "had deleted it", as its Japanese did before.
func TestPapersReturnedOrDestroyedInEnglish(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["98-hospital-referral-faxes-wrong-clinic-months"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	later := time.Date(2025, 7, 25, 12, 0, 0, 0, inc.Location())
	en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Date: later}, inc, a, rs)
	if !strings.Contains(en, "2 of the 3 recipients had confirmed that they returned or destroyed the documents; we continue to ask the remaining 1 to return or destroy them.") {
		t.Errorf("the English notice of faxes sent to the wrong clinics:\n%s", en)
	}
	if strings.Contains(en, "deleted") {
		t.Errorf("the English notice says papers were deleted:\n%s", en)
	}
}

// F358 (90): 「うち、既に退会された方：約96,000名」 appeared in the 速報 of
// 6/21, though those who had left were counted on 7/7. The count of those
// who had left can carry the day it was established (Former.On); a document
// dated before it does not state it.
func TestFormerCountDatedIsNotToldBeforeItsDay(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["90-mailorder-vendor-file-transfer-zero-day"]
	d := &inc.DataSets[0]
	if d.Former.On != "2023-07-07" {
		t.Fatalf("90's count of those who left is entered on %q, want 2023-07-07", d.Former.On)
	}
	// The set's own count known from the start: only the date keeps the
	// later count of those who left out of the earlier report.
	d.Persons = incident.Figure{{Known: true, N: 318420}}
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	prelim := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs)
	final := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs)
	if strings.Contains(prelim, "96,000") {
		t.Errorf("the 速報 (6/21) states the count of 7/7:\n%s", prelim)
	}
	if !strings.Contains(final, "約96,000名") {
		t.Errorf("the 確報 lacks the count:\n%s", final)
	}
	d.Former.On = ""
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if prelim := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs); !strings.Contains(prelim, "約96,000名") {
		t.Errorf("undated, the count is known from the start, yet the 速報 lacks it:\n%s", prelim)
	}
}

// F488 (109): the Philippine subcontractor of the company's support
// contractor was told on the time line as the company's 委託先 (「委託先が
// 個人情報への影響を把握」). An event whose party's name says it is a 再委託先
// is told as one.
func TestSubcontractorsEventsAreTheSubcontractors(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["109-marketplace-philippine-bpo-agent-sold-records"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	ppc := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs)
	for _, want := range []string{"2025年1月21日　再委託先が個人データの漏えい等（そのおそれを含む）を把握", "2025年1月21日　再委託先において被害拡大の防止措置を実施"} {
		if !strings.Contains(ppc, want) {
			t.Errorf("the 確報 lacks %q:\n%s", want, ppc)
		}
	}
	// A party not named as a subcontractor stays the company's 委託先.
	for i := range inc.Parties {
		if inc.Parties[i].ID == "p2" {
			inc.Parties[i].Name = "Kaku BPO Philippines Inc."
		}
	}
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if ppc := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs); !strings.Contains(ppc, "2025年1月21日　委託先が個人データの漏えい等") {
		t.Errorf("a party not named as a subcontractor:\n%s", ppc)
	}
}
