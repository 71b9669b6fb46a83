package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
)

// Findings of the realcase23 review (scenarios 107–109; testdata/golden/
// assess/REVIEW.md, F470–).

// F470 (107, a German subsidiary, time zone Europe/Berlin): the PPC report
// was entered by its date, 9 September, as the facts page stores a date
// while the incident's time zone is still the default Asia/Tokyo; read in
// Berlin, the start of 9 September in Tokyo is 8 September, and every
// notice, announcement and the GDPR notification said the PPC was told on
// 8 September.
func TestDateEnteredBeforeTheZoneChangedKeepsItsDateInDrafts(t *testing.T) {
	rs := mustRules(t)
	inc := scenarios(t)["107-de-subsidiary-bec-mailbox-invoices-redirected"]
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	en := docText(t, Spec{Kind: KindGDPR33, Lang: EN}, inc, a, rs)
	if !strings.Contains(en, "Personal Information Protection Commission on September 9, 2025") {
		t.Errorf("107 GDPR notification does not date the PPC report 9 September:\n%s", en)
	}
	ja := docText(t, Spec{Kind: KindPublic, Lang: JA, Variant: VariantWeb, Follow: 1}, inc, a, rs)
	if strings.Contains(ja, "9月8日") || !strings.Contains(ja, "2025年9月9日に個人情報保護委員会へ報告") {
		t.Errorf("107 second announcement dates the PPC report 8 September:\n%s", ja)
	}
}
