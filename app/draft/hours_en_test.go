package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
)

// A desk's hours typed in Japanese went into the English notices as typed
// (「Hours: 24時間・年中無休 (Japan time)」). The hours this knows are put
// into English; anything else is asked for in English.
func TestHoursInEnglish(t *testing.T) {
	for in, want := range map[string]string{
		"平日9時～17時":                  "weekdays 9:00–17:00",
		"平日8時30分～17時15分":            "weekdays 8:30–17:15",
		"9時～18時（土日祝を除く）":            "9:00–18:00 (except Saturdays, Sundays, and public holidays)",
		"24時間・年中無休":                 "24 hours a day, every day of the year",
		"平日 ９：００～１８：００":             "weekdays 9:00–18:00",
		"10:00-17:00（土日・年末年始を除く）":   "10:00–17:00 (except Saturdays, Sundays, and the New Year holidays)",
		"9時半から17時まで":                "9:30–17:00",
		"平日9:00～17:30、土曜9:00～12:00": "weekdays 9:00–17:30, Saturdays 9:00–12:00",
		"Weekdays 9:00-17:00":       "Weekdays 9:00-17:00",
		"診療時間内":                     "",
		"平日9時～17時（担当：山田）":           "",
		"平日25時～26時":                 "",
		"":                          "",
	} {
		if got := hoursEN(in); got != want {
			t.Errorf("hoursEN(%q) = %q, want %q", in, got, want)
		}
	}
}

// In a document: 57's desk (「24時間・年中無休」) in English; hours this
// cannot put into English are asked for, never carried in Japanese.
func TestEnglishNoticeHasNoJapaneseHours(t *testing.T) {
	rs := mustRules(t)
	for name, want := range map[string]string{
		"57-payment-app-credential-stuffing-charges": "Hours: 24 hours a day, every day of the year (Japan time)",
		"55-clinic-prescription-fax-wrong-number":    "Hours: [to be completed: hours in English] (Japan time)",
	} {
		inc := scenarios(t)[name]
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter}, inc, a, rs)
		if !strings.Contains(en, want) {
			t.Errorf("%s: want %q in:\n%s", name, want, en)
		}
	}
}
