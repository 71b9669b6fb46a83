package assess

import (
	"slices"
	"strings"
	"testing"

	"breachdesk/app/incident"
)

// twoPlaces is a Japanese company's ransomware case with two sets: d1, its
// staff, all 300 living in Japan (the rows add up); d2, customers of whom 40
// live in Korea and 20 in China. Korea's and China's laws reach the company
// through the persons living there, so they are about d2 only.
func twoPlaces() *incident.Incident {
	inc := base(300)
	inc.Cause = incident.Cause{Kind: incident.CauseRansomware, UnlawfulPurpose: incident.Yes}
	inc.DataSets[0].Status = []incident.StatusChange{{Status: incident.Confirmed, On: "2026-05-01"}}
	d2 := inc.DataSets[0]
	d2.ID = "d2"
	d2.Persons, d2.Records = incident.FigureOf(kn(100)), incident.FigureOf(kn(100))
	d2.Residence = []incident.Residence{{Country: "JP", Persons: kn(40)}, {Country: "KR", Persons: kn(40)}, {Country: "CN", Persons: kn(20)}}
	inc.DataSets = append(inc.DataSets, d2)
	return inc
}

func setVerdict(j Jurisdiction, id string) *SetVerdict {
	for i := range j.Sets {
		if j.Sets[i].ID == id {
			return &j.Sets[i]
		}
	}
	return nil
}

// A foreign law that reaches the company only through its residents judges
// only the sets that may hold them: the staff in Japan are neither in its
// triggers nor owed its notice, and are said to have no persons there
// (F498, F526: Korea's and China's rules listed sets of persons living in
// Japan, and a notice sent to the customers only was "done" for the staff
// too, or late for them).
func TestForeignLawJudgesOnlyTheSetsOfItsResidents(t *testing.T) {
	inc := twoPlaces()
	inc.Events = append(inc.Events, incident.Event{ID: "n2", Kind: incident.EvNoticePersons, At: at(2026, 5, 2, 10, 0), Sets: []string{"d2"}})
	a := eval(t, inc, at(2026, 5, 10, 10, 0))
	for _, c := range []struct{ jur, trig, notice string }{
		{"KR", "kr.hacking", "kr.notice.persons"},
		{"CN", "cn.art57", "cn.notify.persons"},
	} {
		j := jur(t, a, c.jur)
		for _, r := range j.Triggers {
			if r.RuleID == c.trig && !slices.Equal(r.Sets, []string{"d2"}) {
				t.Errorf("%s: %s holds for %v, want d2 only", c.jur, c.trig, r.Sets)
			}
		}
		if v := setVerdict(j, "d1"); v == nil || !v.Elsewhere || v.Reportable != No || len(v.Triggers) > 0 {
			t.Errorf("%s: d1 = %+v, want not reportable, none of its persons living there", c.jur, v)
		}
		if v := setVerdict(j, "d2"); v == nil || v.Elsewhere || v.Reportable != Yes {
			t.Errorf("%s: d2 = %+v, want reportable", c.jur, v)
		}
		o := obligation(j, c.notice)
		if o == nil || !slices.Equal(o.Sets, []string{"d2"}) {
			t.Fatalf("%s: %s = %+v, want owed for d2 only", c.jur, c.notice, o)
		}
		if o.State != StateDone || o.DoneBy != "n2" {
			t.Errorf("%s: %s is %s by %q, want done by the notice to d2", c.jur, c.notice, o.State, o.DoneBy)
		}
	}
	// Japan's law, the company's own, is about every set.
	if j := jur(t, a, "JP"); setVerdict(j, "d1") == nil || setVerdict(j, "d1").Elsewhere {
		t.Errorf("JP: d1 = %+v, want judged", setVerdict(j, "d1"))
	}
}

// With an establishment in Korea, Korea's law applies to the company
// whoever's data it holds: every set is judged (the reading the engine had
// for every law before).
func TestForeignLawWithAnEstablishmentJudgesEverySet(t *testing.T) {
	inc := twoPlaces()
	inc.Org.Establishments = []string{"JP", "KR"}
	a := eval(t, inc, at(2026, 5, 10, 10, 0))
	j := jur(t, a, "KR")
	if v := setVerdict(j, "d1"); v == nil || v.Elsewhere || v.Reportable != Yes {
		t.Errorf("KR with an office there: d1 = %+v, want judged and reportable", v)
	}
	// China, where the company has no office, still judges d2 only.
	if v := setVerdict(jur(t, a, "CN"), "d1"); v == nil || !v.Elsewhere {
		t.Errorf("CN: d1 = %+v, want none of its persons there", v)
	}
}

// A set whose rows do not add up to its persons, or that gives no
// residence, may hold persons of any place: it stays the law's (the reading
// the counts of residents make, F499).
func TestForeignLawKeepsSetsWhosePersonsMayLiveThere(t *testing.T) {
	inc := twoPlaces()
	inc.DataSets[0].Residence = []incident.Residence{{Country: "JP", Persons: kn(290)}}
	a := eval(t, inc, at(2026, 5, 10, 10, 0))
	if v := setVerdict(jur(t, a, "KR"), "d1"); v == nil || v.Elsewhere {
		t.Errorf("rows short of the persons: d1 = %+v, want judged", v)
	}
	inc.DataSets[0].Residence = nil
	a = eval(t, inc, at(2026, 5, 10, 10, 0))
	if v := setVerdict(jur(t, a, "KR"), "d1"); v == nil || v.Elsewhere {
		t.Errorf("no residence given: d1 = %+v, want judged", v)
	}
}

// Whether a US state's law applies is open (persons in the US, state not
// given), and the only set that may hold them has no personal information
// of its law; the staff, all in Japan, hold an item not classified. The
// state's law is not reportable whatever the answer: the staff are not its
// concern, so their unclassified item keeps nothing open (F499).
func TestStateLawIgnoresTheSetsOfPersonsElsewhere(t *testing.T) {
	inc := twoPlaces()
	inc.DataSets[0].Categories = append(inc.DataSets[0].Categories, incident.Category{ID: "other"})
	inc.DataSets[1].Residence = []incident.Residence{{Country: "JP", Persons: kn(40)}, {Country: "US", Persons: kn(60)}}
	a := eval(t, inc, at(2026, 5, 10, 10, 0))
	for _, id := range []string{"US-CA", "US-NY"} {
		if j := jur(t, a, id); j.Reportable != No {
			t.Errorf("%s reportable %s (%s), want not reportable whatever the state", id, j.Reportable, j.Summary.EN)
		}
	}
}

// The My Number Act is about every set of a Japanese company, wherever its
// persons live (an office in Japan): a set of staff now living abroad whose
// My Number leaked is its set.
func TestMyNumberActJudgesSetsOfPersonsAbroad(t *testing.T) {
	inc := base(20)
	d := &inc.DataSets[0]
	d.Categories = append(d.Categories, incident.Category{ID: "my_number"})
	d.Residence = []incident.Residence{{Country: "SG", Persons: kn(20)}}
	a := eval(t, inc, at(2026, 5, 2, 10, 0))
	for _, j := range a.Jurisdictions {
		if j.ID != "JP-MN" {
			continue
		}
		if v := setVerdict(j, "d1"); v == nil || v.Elsewhere {
			t.Errorf("JP-MN: d1 = %+v, want judged", v)
		}
		return
	}
	t.Skip("the My Number Act does not apply to this case")
}

// Whether a state's law applies is open (persons in the US, state not
// given) and a set that may hold its residents has an item not classified:
// the answer that settles it is named beside the state, for classifying the
// item settles it as well (F499: 112's business cards).
func TestStateLawOpenNamesTheUnclassifiedItem(t *testing.T) {
	inc := twoPlaces()
	inc.DataSets[1].Categories = append(inc.DataSets[1].Categories, incident.Category{ID: "other", Other: "名刺の裏のメモ"})
	inc.DataSets[1].Residence = []incident.Residence{{Country: "JP", Persons: kn(40)}, {Country: "US", Persons: kn(60)}}
	a := eval(t, inc, at(2026, 5, 10, 10, 0))
	j := jur(t, a, "US-CA")
	if j.Reportable != Unknown {
		t.Fatalf("US-CA reportable %s, want unknown", j.Reportable)
	}
	var facts []string
	for _, n := range j.Needs {
		facts = append(facts, n.Fact+"("+n.Arg+")")
	}
	if !slices.Contains(facts, "category(other)") || !slices.ContainsFunc(facts, func(f string) bool { return strings.HasPrefix(f, "residents(") }) {
		t.Errorf("US-CA needs %v, want where the persons live and the 'other' item", facts)
	}
	// The harm and the risk wait until the law is known to apply.
	if a2 := jur(t, a, "US-NY"); slices.ContainsFunc(a2.Needs, func(n Need) bool { return n.Fact == "risk.level" || n.Fact == "serious_harm" }) {
		t.Errorf("US-NY asks %v before it is known to apply", a2.Needs)
	}
}
