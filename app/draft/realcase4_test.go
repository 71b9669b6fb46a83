package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
	"breachdesk/app/incident"
)

// Findings of the review of scenarios 36–40 (real cases of shapes not
// covered before: a SaaS guest-user setting open for years, a departing
// employee's photos of the customer list, a contractor's printing mistake
// with special-care data, an SQL injection with hashed passwords, a
// contractor's laptop lost and found unreadable).

func notice(t *testing.T, id, lang string) string {
	t.Helper()
	rs := mustRules(t)
	inc := scenarios(t)[id]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	d, err := Build(Spec{Kind: KindNotice, Lang: lang, Variant: VariantLetter}, inc, a, rs)
	if err != nil {
		t.Fatal(err)
	}
	return Text(d)
}

// Scenario 37: the employee began photographing the list "around February"
// (a month-only date) and left at the end of March; access was cut on 6/19.
// The notice said the taking went on 「2025年2月1日から2025年6月19日まで」,
// a day nobody knew and a period all through which nobody took anything,
// and the English notice said "Our systems were exposed from February 1,
// 2025" with no estimate (F80).
func TestInsiderPeriodAtItsPrecision(t *testing.T) {
	ja := notice(t, "37-departing-employee-list-to-competitor", JA)
	if strings.Contains(ja, "2月1日") || !strings.Contains(ja, "持ち出しが行われた可能性のある期間は、2025年2月から2025年6月19日までと推定しております。") {
		t.Errorf("JA period:\n%s", ja)
	}
	en := notice(t, "37-departing-employee-list-to-competitor", EN)
	if strings.Contains(en, "February 1") || strings.Contains(en, "were exposed") ||
		!strings.Contains(strings.Join(strings.Fields(en), " "), "We estimate that the information may have been taken from February 2025 to June 19, 2025.") {
		t.Errorf("EN period:\n%s", en)
	}
}

// Scenario 40: the contractor got its lost laptop back in April; the society
// heard of the loss on 7/1. Its notice said 「2025年4月15日、被害の拡大を防ぐ
// ための措置を講じました」 / "we took steps", a step the society never took
// (F81); and it addressed the society's insured persons as お客様 (F82).
// Since the laptop's return is its own kind of event (F96), the notice says
// it came back to the contractor, and that nobody knows whether anyone
// looked at it meanwhile (the set's "recovered" is unknown).
func TestContractorContainedBeforeWeKnew(t *testing.T) {
	ja := notice(t, "40-contractor-laptop-found-unverifiable", JA)
	if !strings.Contains(ja, "2025年4月15日、紛失した端末が見つかり、委託先の手元に戻りました。見つかるまでの間に第三者が内容を見たかどうかは、確認できておりません。") ||
		!strings.Contains(ja, "・2025年4月15日（火）　委託先が紛失した端末を回収") || strings.Contains(ja, "措置を講じました") {
		t.Errorf("JA return to the contractor:\n%s", ja)
	}
	if !strings.HasPrefix(strings.SplitN(ja, "\n", 4)[2], "加入者の皆さまへ") || strings.Contains(ja, "お客様") {
		t.Errorf("JA: a health insurance society's insured persons are not its customers:\n%s", ja)
	}
	en := strings.Join(strings.Fields(notice(t, "40-contractor-laptop-found-unverifiable", EN)), " ")
	if !strings.Contains(en, "On April 15, 2025, the lost documents or devices were found and returned to a company we entrusted with the data. We have not been able to confirm whether anyone looked at them before they were found.") ||
		strings.Contains(en, "we took steps") {
		t.Errorf("EN return to the contractor:\n%s", en)
	}
	// A containment by the contractor before the society knew (its staff's
	// passwords changed, say) is the contractor's step too.
	rs := mustRules(t)
	inc := scenarios(t)["40-contractor-laptop-found-unverifiable"].Clone()
	for i := range inc.Events {
		if inc.Events[i].Kind == incident.EvRetrieved {
			inc.Events[i].Kind = incident.EvContained
		}
	}
	ja = docText(t, Spec{Kind: KindNotice, Lang: JA, Variant: VariantLetter}, inc, assess.Evaluate(inc, rs, inc.UpdatedAt), rs)
	if !strings.Contains(ja, "2025年4月15日、委託先において、被害の拡大を防ぐための措置が講じられました。") || strings.Contains(ja, "措置を講じました") {
		t.Errorf("JA containment by the contractor:\n%s", ja)
	}
	en = strings.Join(strings.Fields(docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter}, inc, assess.Evaluate(inc, rs, inc.UpdatedAt), rs)), " ")
	if !strings.Contains(en, "On April 15, 2025, a company we entrusted with the data took steps") || strings.Contains(en, "we took steps") {
		t.Errorf("EN containment by the contractor:\n%s", en)
	}
	// A containment on or after the day the company knew stays its own.
	if ja := notice(t, "38-contractor-health-guidance-printed-other-list", JA); !strings.Contains(ja, "2025年12月15日、誤って送付した先に連絡し") {
		t.Errorf("38: a containment after knowing is the company's:\n%s", ja)
	}
}

// Scenario 41: the first announcement (10/22) and the 速報 (10/23) said the
// members' e-mail, name and ID; the card payers' data was found on 11/12
// (its found date). Both documents listed the card set and its card
// items, facts nobody knew on their day (F88); the second announcement
// said only that the count went from about 40,000 to 39,786, not that a
// group with card data had been added (F89); the English update and the
// notices said the card payers' data was "not limited to people who used
// our services in that period" (F90).
func TestSetFoundLaterJoinsLaterDocuments(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["41-download-shop-card-found-later"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	build := func(s Spec) string {
		t.Helper()
		d, err := Build(s, inc, a, rs)
		if err != nil {
			t.Fatal(err)
		}
		return strings.Join(strings.Fields(Text(d)), " ")
	}
	for _, s := range []Spec{{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, {Kind: KindPublic, Lang: JA, Variant: VariantWeb}} {
		if text := build(s); strings.Contains(text, "有効期限・名義") || strings.Contains(text, "カード決済をご利用") {
			t.Errorf("%s %s of October tells the card data found on 11/12:\n%s", s.Kind, s.Variant, text)
		}
	}
	if text := build(Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}); !strings.Contains(text, "有効期限・名義") {
		t.Errorf("the 確報 of 12/17 lost the card data:\n%s", text)
	}
	second := build(Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb, Follow: 1})
	if !strings.Contains(second, "前回のお知らせの後、2025年11月12日に、カード決済をご利用のお客様（10/17〜11/12）の情報（氏名、クレジットカード番号・有効期限・名義、セキュリティコード）についても漏えいしたおそれがあることが判明いたしました。") {
		t.Errorf("the second announcement does not say a group was added:\n%s", second)
	}
	en := build(Spec{Kind: KindPublic, Lang: EN, Variant: VariantWeb, Follow: 1})
	if !strings.Contains(en, "may also have been affected") || !strings.Contains(en, "Card details entered on our payment page from October 17, 2025 to November 12, 2025 are affected.") {
		t.Errorf("EN update:\n%s", en)
	}
	card := build(Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d2"})
	if strings.Contains(card, "not limited to") || !strings.Contains(card, "The people affected are those who entered card details on our payment page") {
		t.Errorf("EN notice to the card payers:\n%s", card)
	}
}

// Scenario 36: the SaaS setting was wrong from January 2019 until it was
// fixed on 11/26/2024; the notices told only 「2019年1月　設定の誤りの
// 発生」 in the timeline, not how long the data could be viewed nor which
// data (F87; the inferred period was given to attacks and insiders only).
// A misconfiguration's period now says the information is what the system
// held in it: for a form's answers (35), all given after it opened, "not
// limited to what was received in the period" would mislead.
func TestMisconfigurationPeriod(t *testing.T) {
	ja := notice(t, "36-saas-guest-access-years", JA)
	if !strings.Contains(ja, "外部から閲覧できる状態にあった期間は、2019年1月から2024年11月26日までと推定しております。対象となる情報は、この間に当社のシステムに保存されていた情報です。") {
		t.Errorf("36 JA:\n%s", ja)
	}
	en := strings.Join(strings.Fields(notice(t, "36-saas-guest-access-years", EN)), " ")
	if !strings.Contains(en, "We estimate that the information could be viewed by outsiders from January 2019 to November 26, 2024. The information involved is what our systems held during that period.") {
		t.Errorf("36 EN:\n%s", en)
	}
	if form := notice(t, "35-university-form-answers-visible", JA); strings.Contains(form, "限られず") || !strings.Contains(form, "外部から閲覧できる状態にあった期間は、2025年6月から2025年7月3日まで") {
		t.Errorf("35 JA:\n%s", form)
	}
}
