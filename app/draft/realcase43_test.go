package draft

import (
	"strings"
	"testing"

	"breachdesk/app/assess"
)

// Findings of the realcase43 round (scenarios 166–168; testdata/golden/
// assess/REVIEW.md, F1320–).

const (
	rc43Drug    = "166-drugstore-pseudonymised-purchases-and-key-table-public-at-analytics-vendor"
	rc43Vietnam = "167-vn-subsidiary-extortion-mail-first-file-server-leaked-parent-customer-contacts"
	rc43Scores  = "168-job-site-cookie-scores-given-to-clients-who-linked-them-to-applicants"
)

// F1322 (167): a Vietnamese subsidiary's filing with its Ministry of Public
// Security (an event of jurisdiction "VN", a place whose law the rules do
// not hold) was told to its staff as "We reported the incident to the
// authority of VN": a country code, where the party it went to is named.
// The Japanese letter already named the party.
func TestReportToAPlaceWithNoLawHeldNamesItsParty(t *testing.T) {
	rs := mustRules(t)
	inc := scenario(t, rc43Vietnam)
	a := assess.Evaluate(inc, rs, inc.UpdatedAt)
	en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter, Set: "d1"}, inc, a, rs)
	if strings.Contains(en, "authority of VN") || !strings.Contains(en, "We reported the incident to the Ministry of Public Security - A05") {
		t.Errorf("167 letter to the staff:\n%s", en)
	}
	// A report to a law the rules hold keeps its regulator's name, the
	// party's whatever it is (the Singapore PDPC, 164).
	inc = scenario(t, "164-sg-dining-app-forgotten-legacy-database-sold-on-forum-pdpc-told-first")
	inc.Parties[0].Name = "PDPC desk officer"
	a = assess.Evaluate(inc, rs, inc.UpdatedAt)
	if en := docText(t, Spec{Kind: KindNotice, Lang: EN, Variant: VariantLetter}, inc, a, rs); strings.Contains(en, "PDPC desk officer") {
		t.Errorf("164: a held law's report named by its party:\n%s", en)
	}
}
