package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
)

// F775 (139, 77, 110): where the data of deceased persons is affected, no
// notice reaches their families; the announcement says the desk answers
// them too. Not where no deceased person's data is affected.
func TestBereavedAreAnsweredInTheAnnouncement(t *testing.T) {
	rs := mustRules(t)
	all := scenarios(t)
	for name, want := range map[string]bool{
		"77-city-death-registration-faxed-to-newspapers":         true,
		"110-care-office-burglary-pc-and-resident-files":         true,
		"134-securities-vendor-deposit-tool-id-images-fsa-order": false,
	} {
		inc := all[name]
		a := assess.Evaluate(inc, rs, inc.UpdatedAt)
		ja := docText(t, Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb}, inc, a, rs)
		en := docText(t, Spec{Kind: KindPublic, Lang: EN, Variant: VariantWeb}, inc, a, rs)
		if got := strings.Contains(ja, "亡くなられた方のご遺族からのお問い合わせにも、上記の窓口でお答えいたします。"); got != want {
			t.Errorf("%s: the Japanese announcement answers the bereaved: %v, want %v", name, got, want)
		}
		if got := strings.Contains(en, "We will also answer the families of deceased persons"); got != want {
			t.Errorf("%s: the English announcement answers the bereaved: %v, want %v", name, got, want)
		}
	}
}
