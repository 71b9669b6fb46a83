package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
)

// Findings of the realcase41 round (scenarios 160–162; testdata/golden/
// assess/REVIEW.md, F1180–).

const (
	rc41Board = "160-city-board-disclosure-request-answered-with-other-pupils-guidance-sheets"
	rc41City  = "161-city-print-vendor-ransomware-evacuation-plans-kept-after-contract-one-of-many-clients"
)

// F1181, F1182 (161): the city's final report told the PPC that the persons
// who cannot be told were told instead by the announcement of 6/5 (its tax
// data only; the evacuation plans' data was found on 6/29 and announced on
// 6/30), under APPI Art. 26(2) proviso, a business's provision: a public
// body's notice is Art. 68(2).
func TestAlternativeNoticeIsTheAnnouncementAfterTheSetWasFound(t *testing.T) {
	rs := mustRules(t)
	inc := scenario(t, rc41City)
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	final := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs)
	if !strings.Contains(final, "2026年6月30日の公表をもって通知に代える措置を講じた（個人情報保護法第68条第2項）。") ||
		strings.Contains(final, "第26条第2項但書") {
		t.Errorf("161 final report's alternative measure:\n%s", final)
	}
	// The preliminary report of 6/8, before the plans' data was found, names
	// the announcement of its day.
	prelim := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantPrelim}, inc, a, rs)
	if !strings.Contains(prelim, "2026年6月5日の公表をもって通知に代える措置を講じた（個人情報保護法第68条第2項）。") {
		t.Errorf("161 preliminary report's alternative measure:\n%s", prelim)
	}
	// A business keeps Art. 26(2) proviso.
	inc.Org.Kind = "private"
	inc.Org.Sector = "bpo"
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if final := docText(t, Spec{Kind: KindPPC, Lang: JA, Variant: VariantFinal}, inc, a, rs); !strings.Contains(final, "の公表をもって通知に代える措置を講じた（個人情報保護法第26条第2項但書）。") {
		t.Errorf("161 as a business:\n%s", final)
	}
}
