package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
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
func TestContractorContainedBeforeWeKnew(t *testing.T) {
	ja := notice(t, "40-contractor-laptop-found-unverifiable", JA)
	if !strings.Contains(ja, "2025年4月15日、委託先において、被害の拡大を防ぐための措置が講じられました。") || strings.Contains(ja, "措置を講じました") {
		t.Errorf("JA containment by the contractor:\n%s", ja)
	}
	if !strings.HasPrefix(strings.SplitN(ja, "\n", 4)[2], "加入者の皆さまへ") || strings.Contains(ja, "お客様") {
		t.Errorf("JA: a health insurance society's insured persons are not its customers:\n%s", ja)
	}
	en := strings.Join(strings.Fields(notice(t, "40-contractor-laptop-found-unverifiable", EN)), " ")
	if !strings.Contains(en, "On April 15, 2025, a company we entrusted with the data took steps") || strings.Contains(en, "we took steps") {
		t.Errorf("EN containment by the contractor:\n%s", en)
	}
	// A containment on or after the day the company knew stays its own.
	if ja := notice(t, "38-contractor-health-guidance-printed-other-list", JA); !strings.Contains(ja, "2025年12月15日、誤って送付した先に連絡し") {
		t.Errorf("38: a containment after knowing is the company's:\n%s", ja)
	}
}
