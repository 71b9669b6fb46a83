package assess

import (
	"testing"

	"breachdesk/app/incident"
)

// Findings of the realcase22 review (scenarios 104–106; testdata/golden/
// assess/REVIEW.md, F450–).

// F450 (106, a crypto exchange): all the accounts' residence was "Japan,
// Singapore, other countries", uncounted; the identity documents, a part of
// the accounts, gave 910 persons in the UK, 1,230 in Australia, 590 in Korea
// and 270 in California. The part was skipped as counted through the whole,
// and with it what it said of residence: the UK, Australia, Korea and
// California were "cannot tell: where do the persons live". Persons of a
// part live where the part says; the whole has at least them there.
func TestResidenceOfAPartCountsForTheWhole(t *testing.T) {
	inc := loadScenario(t, scenarioDir+"/106-crypto-exchange-domain-hijack-kyc-storage-key.json")
	a := eval(t, inc, inc.UpdatedAt)
	for _, id := range []string{"UK", "AU", "KR", "US-CA"} {
		if j := jur(t, a, id); j.Applies != Yes {
			t.Errorf("106 %s applies = %v, want yes (the identity documents' persons live there)", id, j.Applies)
		}
	}
	// The whole's own rows still count when they say more: a part stating
	// fewer persons in a place does not lower the whole's figure.
	d1 := &inc.DataSets[0]
	d1.Residence = append(d1.Residence, d1.Residence[0])
	d1.Residence[len(d1.Residence)-1].Country = "GB"
	d1.Residence[len(d1.Residence)-1].Persons.Known, d1.Residence[len(d1.Residence)-1].Persons.N = true, 5000
	e := &env{inc: inc, rs: mustRules(t)}
	e.group = inc.Affected("")
	if v := e.residents("UK", false); !v.Known || v.Num != 5000 {
		t.Errorf("the whole states 5,000 in the UK, the part 910: residents = %+v, want 5,000", v)
	}
}

// F459 (104, a hospital's ad tag): the pages visited and the cookie / IP
// identifiers had to be typed as "other", leaving Rules Art. 7(1)–(2), the
// card and My Number steps "cannot tell". Both are catalogue items of their
// own, neither special-care nor financial by itself (the relied_on says
// when the pages may show a condition).
func TestBrowsingHistoryAndOnlineIdentifiersAreCatalogued(t *testing.T) {
	inc := base(500)
	inc.DataSets[0].Categories = []incident.Category{{ID: "browsing_history"}, {ID: "online_identifier"}}
	j := jur(t, eval(t, inc, at(2026, 5, 2, 10, 0)), "JP")
	for _, id := range []string{"jp.r7.1", "jp.r7.2"} {
		if v := trigger(j, id); v != No {
			t.Errorf("%s for browsing history and online identifiers = %q, want no", id, v)
		}
	}
	for _, n := range j.Needs {
		if n.Fact == "category" {
			t.Errorf("needs %v for catalogued items", j.Needs)
		}
	}
	rs := mustRules(t)
	for _, id := range []string{"browsing_history", "online_identifier"} {
		c := rs.Category(id)
		if c == nil {
			t.Fatalf("no category %q", id)
		}
		if c.Has("sensitive") || c.Has("financial") || c.Has("card") || c.ReliedOn == nil {
			t.Errorf("category %q: flags or relied_on wrong: %+v", id, c)
		}
	}
}
