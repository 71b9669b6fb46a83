package assess

import (
	"testing"

	"breachdesk/app/incident"
)

// Findings of the realcase13 review (scenarios 76–78; testdata/golden/assess/
// REVIEW.md, F270–).

// F271 (78, an after-school club operator, a city's contractor, whose app
// showed 357 children's and about 302 guardians' data to other families):
// the assessment said only 「報告対象に当たりません」 — right for the operator
// (a private processor: not more than 1,000 persons) — and nothing of the
// city, which must report itself: a public body with more than 100 persons
// (APPI Art. 68(1), Rules Art. 43(4); PPC Q&A for public bodies Q3-4-2).
func TestProcessorOfAPublicBodyTellsItForItsOwnReport(t *testing.T) {
	setup := func(n int64, kind incident.OrgKind) *incident.Incident {
		inc := base(n)
		inc.Parties = []incident.Party{{ID: "p1", Kind: incident.PartyEntrustor, Name: "架空市", OrgKind: kind}}
		inc.DataSets[0].Role, inc.DataSets[0].Entrustor = incident.Processor, "p1"
		return inc
	}
	a := eval(t, setup(357, incident.Local), at(2026, 5, 2, 10, 0))
	j := jur(t, a, "JP")
	if j.Reportable != No {
		t.Fatalf("reportable %q, want no (a private processor, 357 persons)", j.Reportable)
	}
	o := obligation(j, "jp.entrustor.notice.public")
	if o == nil || o.Applies != Yes || o.Party != "p1" {
		t.Fatalf("jp.entrustor.notice.public = %+v, want it owed to p1", o)
	}
	// A private entrustor, or a public one with 100 persons or fewer: the
	// entrustor has no report of its own by count.
	for _, c := range []struct {
		n    int64
		kind incident.OrgKind
	}{{357, ""}, {357, incident.Private}, {100, incident.Local}} {
		if o := obligation(jur(t, eval(t, setup(c.n, c.kind), at(2026, 5, 2, 10, 0)), "JP"), "jp.entrustor.notice.public"); o != nil && o.Applies != No {
			t.Errorf("%d persons, entrustor %q: jp.entrustor.notice.public applies %q", c.n, c.kind, o.Applies)
		}
	}
	// A national public body too.
	if o := obligation(jur(t, eval(t, setup(101, incident.Public), at(2026, 5, 2, 10, 0)), "JP"), "jp.entrustor.notice.public"); o == nil || o.Applies != Yes {
		t.Errorf("a national body with 101 persons: %+v", o)
	}
	// Where the processor's own case is reportable, its own notice under
	// Rules Art. 9 (jp.entrustor.notice) is the duty; this one is not added.
	inc := setup(1200, incident.Local)
	if o := obligation(jur(t, eval(t, inc, at(2026, 5, 2, 10, 0)), "JP"), "jp.entrustor.notice.public"); o != nil && o.Applies == Yes {
		t.Errorf("reportable processor: jp.entrustor.notice.public also owed")
	}
}

// F270 (77, a city's death registration faxed to five newspapers; 70 too):
// the deceased's cause of death, entered as 病歴, made the case reportable
// (Rules Art. 43(1)) and the deceased counted among the persons. Information
// about the dead is not personal information (APPI Art. 2(1)): a set marked
// as of deceased persons is excluded and left out of the count; the living
// (the notifier, the bereaved) are judged by their own set.
func TestDeceasedPersonsAreNotPersons(t *testing.T) {
	setup := func() *incident.Incident {
		inc := base(1)
		inc.Org.Kind = incident.Local
		inc.DataSets[0].Name = "亡くなった方"
		inc.DataSets[0].Categories = append(inc.DataSets[0].Categories, incident.Category{ID: "medical_history"})
		living := base(1).DataSets[0]
		living.ID, living.Name = "d2", "届出人"
		inc.DataSets = append(inc.DataSets, living)
		return inc
	}
	inc := setup()
	if j := jur(t, eval(t, inc, at(2026, 5, 2, 10, 0)), "JP"); j.Reportable != Yes {
		t.Fatalf("unanswered (living): reportable %q, want yes (special-care data)", j.Reportable)
	}
	inc.DataSets[0].Deceased = incident.Yes
	j := jur(t, eval(t, inc, at(2026, 5, 2, 10, 0)), "JP")
	if j.Reportable != No {
		t.Fatalf("deceased set: reportable %q, want no", j.Reportable)
	}
	if len(j.Sets) != 2 || j.Sets[0].Excluded != "jp.excl.deceased" || j.Sets[1].Excluded != "" {
		t.Errorf("sets %+v", j.Sets)
	}
	// The count: 900 deceased and 200 living persons are not more than
	// 1,000 persons for a private business (Rules Art. 7(4)).
	inc = setup()
	inc.Org.Kind = incident.Private
	inc.DataSets[0].Categories = inc.DataSets[0].Categories[:2]
	inc.DataSets[0].Persons = incident.FigureOf(kn(900))
	inc.DataSets[1].Persons = incident.FigureOf(kn(200))
	if j := jur(t, eval(t, inc, at(2026, 5, 2, 10, 0)), "JP"); j.Reportable != Yes {
		t.Fatalf("1,100 persons unanswered: reportable %q, want yes", j.Reportable)
	}
	inc.DataSets[0].Deceased = incident.Yes
	if j := jur(t, eval(t, inc, at(2026, 5, 2, 10, 0)), "JP"); j.Reportable != No {
		t.Errorf("900 deceased, 200 living: reportable %q, want no", j.Reportable)
	}
}
