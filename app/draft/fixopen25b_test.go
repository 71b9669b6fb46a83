package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
)

// F1040: an event about a time of day (106's intrusion about 19:00, 136's
// containment about 12:00) was "around <day>" in the English documents,
// while the Japanese ones say 「19時00分頃」.
func TestEnglishTellsAboutATimeOfDay(t *testing.T) {
	rs := mustRules(t)
	for name, want := range map[string]string{
		"106-crypto-exchange-domain-hijack-kyc-storage-key":                            "The breach began at about 19:00 JST on November 13, 2025",
		"136-cro-ransomware-investigators-crc-and-hospital-trial-subjects-found-later": "Around 12:00 JST on October 3, 2025, we took steps",
	} {
		inc := scenarios(t)[name]
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		text := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
		if !strings.Contains(strings.Join(strings.Fields(text), " "), want) {
			t.Errorf("%s: no %q in\n%s", name, want, text)
		}
	}
}
