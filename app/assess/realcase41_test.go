package assess

import (
	"path/filepath"
	"strings"
	"testing"
)

// Findings of the realcase41 review (scenarios 160–162; testdata/golden/
// assess/REVIEW.md, F1180–).

// F1181 (161): a city's printing contractor was attacked; the city
// announced on 6/5 that its tax data might have leaked. Its evacuation-plan
// data was found on the attackers' site on 6/29 (DataSet.Found) and
// announced on 6/30. The alternative measure for the persons who cannot be
// told (APPI Art. 26(2) proviso; Art. 68(2) for a public body) was credited
// to the announcement of 6/5, which could not speak of data not yet found.
// An announcement or a notice that names no data set tells of the sets known
// on its day, as a message to an entrustor does (F744).
func TestAnnouncementBeforeASetWasFoundIsNotItsNotice(t *testing.T) {
	rs := mustRules(t)
	name := "161-city-print-vendor-ransomware-evacuation-plans-kept-after-contract-one-of-many-clients"
	inc := loadScenario(t, filepath.Join(scenarioDir, name+".json"))
	a := Evaluate(inc, rs, inc.UpdatedAt)
	ob, _ := findObligation(a.Jurisdictions, "jp.notice.alternative")
	if ob == nil || ob.DoneBy != "e10" {
		t.Fatalf("161 alternative measure done by %v, want e10 (the announcement after the plans' data was found)", ob)
	}
	// Without the day found, nothing says the announcement of 6/5 did not
	// speak of every set: it stays the one that did it.
	for i := range inc.DataSets {
		inc.DataSets[i].Found = ""
	}
	a = Evaluate(inc, rs, inc.UpdatedAt)
	if ob, _ := findObligation(a.Jurisdictions, "jp.notice.alternative"); ob == nil || ob.DoneBy != "e6" {
		t.Errorf("161 without found days: done by %v, want e6", ob)
	}
}

// F1192 (162): members and staff of a New York health plan, most in New York
// (its law applies), 1,583 members with no state entered (California's may).
// The late notice was measured against "the deadline of 30 days of
// California (US), if that law applies": the first law of the list that may
// apply, though one that does apply has the same deadline. A law that
// applies is named before one that only may.
func TestNoticeMeasureNamesTheLawThatApplies(t *testing.T) {
	rs := mustRules(t)
	name := "162-us-health-plan-subsidiary-leased-copier-returned-with-hard-drive-tv-station-bought-it"
	inc := loadScenario(t, filepath.Join(scenarioDir, name+".json"))
	f := finding(Evaluate(inc, rs, inc.UpdatedAt), "tl.notice")
	if f == nil || !strings.Contains(f.Explanation.EN, "the deadline of 30 days of New York (US).") || strings.Contains(f.Explanation.EN, "California") {
		t.Errorf("162 tl.notice: %+v", f)
	}
}
