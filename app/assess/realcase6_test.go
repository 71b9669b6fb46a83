package assess

import (
	"strings"
	"testing"

	"breachdesk/app/incident"
)

// Findings of the realcase6 review (scenarios 47–49; testdata/golden/assess/
// REVIEW.md, F130–).

// F130 (scenario 48, a city's Excel file with disability records on its
// website): a public body's summary named the situations by the private
// sector's article, 「要配慮個人情報を含む（規則7条1号）」, though a public
// body reports under APPI Art. 68(1) and Rules Art. 43. The same facts for
// a private business keep Art. 7.
func TestPublicBodyNamesItsOwnArticle(t *testing.T) {
	inc, a := realCase(t, "48-city-web-excel-hidden-sheet")
	j := jur(t, a, "JP")
	if j.Reportable != Yes || trigger(j, "jp.r7.1") != Yes {
		t.Fatalf("disability records: want reportable by the special-care type, got %s / %s", j.Reportable, trigger(j, "jp.r7.1"))
	}
	for _, s := range []string{j.Summary.JA, j.Summary.EN} {
		if strings.Contains(s, "7条") || strings.Contains(s, "Art. 7") {
			t.Errorf("a public body's summary cites the private sector's Rules Art. 7: %s", s)
		}
	}
	if !strings.Contains(j.Summary.JA, "要配慮個人情報を含む（規則43条1号）") {
		t.Errorf("want the special-care type named by Rules Art. 43: %s", j.Summary.JA)
	}
	priv := inc.Clone()
	priv.Org.Kind, priv.Org.Sector = incident.Private, "other"
	pj := jur(t, eval(t, priv, priv.UpdatedAt), "JP")
	if !strings.Contains(pj.Summary.JA, "要配慮個人情報を含む（規則7条1号）") {
		t.Errorf("a private business keeps Rules Art. 7: %s", pj.Summary.JA)
	}
}
