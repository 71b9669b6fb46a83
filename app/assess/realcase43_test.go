package assess

import (
	"slices"
	"testing"
)

// Findings of the realcase43 round (scenarios 166–168; testdata/golden/
// assess/REVIEW.md, F1320–).

const rc43Vietnam = "167-vn-subsidiary-extortion-mail-first-file-server-leaked-parent-customer-contacts"

// F1321 (167): a Vietnamese subsidiary (established in Vietnam only, no law
// held there, whether it supplies persons in Japan not answered) lost its
// Vietnamese staff's HR files, its Japanese expatriates' papers (living in
// Vietnam) and contacts of its Japanese parent's customers in Japan, held
// for the parent. APPI reaches a foreign business only for the personal
// information of persons in Japan (Art. 171); the engine took Japan, the
// first law of the rules, as the subsidiary's home and judged every set:
// 7(1) by the Vietnamese staff's health checks, 7(4) by 2,705 persons, a
// 速報 "overdue by 51 days" for sets no Japanese rule covers.
func TestAPPIReachesAForeignBusinessOnlyThroughPersonsInJapan(t *testing.T) {
	inc, a := realCase(t, rc43Vietnam)
	j := jur(t, a, "JP")
	for _, id := range []string{"d1", "d2"} {
		if v := setVerdict(j, id); v == nil || !v.Elsewhere || v.Reportable != No {
			t.Errorf("%s (persons in Vietnam) = %+v, want not Japan's concern", id, v)
		}
	}
	if v := setVerdict(j, "d3"); v == nil || v.Elsewhere || v.Reportable != Yes {
		t.Errorf("d3 (the parent's customers in Japan) = %+v, want judged and reportable", v)
	}
	if trigger(j, "jp.r7.1") != No || trigger(j, "jp.r7.4") != No {
		t.Errorf("7(1) %s, 7(4) %s: the special-care data and the 2,705 persons are the staff's in Vietnam", trigger(j, "jp.r7.1"), trigger(j, "jp.r7.4"))
	}
	for _, id := range []string{"jp.report.prelim", "jp.report.final.60", "jp.notice.persons"} {
		o := obligation(j, id)
		if o == nil || !slices.Equal(o.Sets, []string{"d3"}) || o.State != StateExempt {
			t.Errorf("%s = %+v, want owed for d3 only and exempt (the parent was told on 8/7)", id, o)
		}
	}

	// The same organisation with no establishment entered: Japan stays its
	// home law, about every set.
	inc.Org.Establishments = nil
	if v := setVerdict(jur(t, eval(t, inc, inc.UpdatedAt), "JP"), "d1"); v == nil || v.Elsewhere {
		t.Errorf("no establishment entered: d1 = %+v, want judged", v)
	}
	// Established in Japan as well: every set is judged.
	inc.Org.Establishments = []string{"VN", "JP"}
	if v := setVerdict(jur(t, eval(t, inc, inc.UpdatedAt), "JP"), "d1"); v == nil || v.Elsewhere || v.Reportable != Yes {
		t.Errorf("an office in Japan too: d1 = %+v, want judged and reportable", v)
	}
}

// F1329 (166, 121): the number of persons left out a set within another
// whenever the other existed, and left out every set answered as
// pseudonymised. 166's key table entered as part of the pseudonymised
// purchase data it unlocks (the data excluded by Art. 41(9)) made 7(4)
// "cannot tell" with 1,184,233 persons in the key; 121's national
// university hospital (a public body, to which the exclusion does not
// apply: its pseudonymised set is judged reportable) had its 1,246 research
// subjects uncounted and Rules Art. 43(4) (more than 100) "cannot tell".
func TestPartsOfASetLeftOutAreCounted(t *testing.T) {
	inc, _ := realCase(t, "166-drugstore-pseudonymised-purchases-and-key-table-public-at-analytics-vendor")
	inc.DataSets[1].Within = "d1"
	if j := jur(t, eval(t, inc, inc.UpdatedAt), "JP"); trigger(j, "jp.r7.4") != Yes {
		t.Errorf("166, the key within the pseudonymised data: 7(4) %s, want yes (1,184,233 persons in the key)", trigger(j, "jp.r7.4"))
	}
	_, a := realCase(t, "121-university-hospital-research-data-personal-drive-link")
	if j := jur(t, a, "JP"); trigger(j, "jp.r7.4.public") != Yes {
		t.Errorf("121: 43(4) %s, want yes (1,246 research subjects, a public body)", trigger(j, "jp.r7.4.public"))
	}
	// A business's pseudonymised set stays out of the count: 166 as filed
	// reaches 7(4) by the key alone.
	_, a = realCase(t, "166-drugstore-pseudonymised-purchases-and-key-table-public-at-analytics-vendor")
	if j := jur(t, a, "JP"); trigger(j, "jp.r7.4") != Yes || setVerdict(j, "d1").Reportable != No {
		t.Errorf("166 as filed: 7(4) %s, d1 %+v", trigger(j, "jp.r7.4"), setVerdict(j, "d1"))
	}
}
