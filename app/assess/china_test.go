package assess

import (
	"strings"
	"testing"

	"breachdesk/app/incident"
)

// China, PIPL Art. 57: any leak, tampering or loss, actual or possible, with
// no threshold; remedial measures, the authority and the individuals
// "immediately" — never a number of hours or days.
func TestChinaPIPLImmediately(t *testing.T) {
	inc := base(3) // three persons, high-grade encryption: no threshold, no exception
	inc.DataSets[0].Residence = []incident.Residence{{Country: "CN", Persons: kn(3)}}
	inc.DataSets[0].Encryption = incident.HighGrade
	inc.DataSets[0].Status = []incident.StatusChange{{Status: incident.Possible}}
	addEvent(inc, "det", incident.EvDetected, at(2026, 4, 28, 9, 0)) // before knowing: no earlier count either
	a := eval(t, inc, at(2026, 5, 3, 10, 0))
	cn := jur(t, a, "CN")
	if cn.Applies != Yes || cn.Reportable != Yes || trigger(cn, "cn.art57") != Yes {
		t.Fatalf("CN: applies %s, reportable %s (%s)", cn.Applies, cn.Reportable, cn.Summary.EN)
	}
	for _, id := range []string{"cn.remedial", "cn.notify.authority", "cn.notify.persons"} {
		o := obligation(cn, id)
		if o == nil {
			t.Fatalf("%s missing", id)
		}
		if o.State != StateOpen || o.Due != nil || o.DueFrom != nil || o.Early != nil || !o.Immediately || o.Limit != "none" {
			t.Errorf("%s: state %s due %v early %v immediately %v limit %s", id, o.State, o.Due, o.Early, o.Immediately, o.Limit)
		}
		if !strings.HasPrefix(o.Explanation.EN, "Due immediately") || !strings.HasPrefix(o.Explanation.JA, "直ちに") ||
			strings.Contains(o.Explanation.EN, "No fixed time") || !strings.Contains(o.Explanation.EN, "2 d") {
			t.Errorf("%s explanation: %q / %q", id, o.Explanation.EN, o.Explanation.JA)
		}
		if !strings.Contains(o.DeadlineText.EN, "Immediately") || !strings.Contains(o.DeadlineText.JA, "直ちに") {
			t.Errorf("%s deadline text: %+v", id, o.DeadlineText)
		}
	}
	// Other jurisdictions' "promptly" keeps its own words.
	inc.DataSets[0].Residence = append(inc.DataSets[0].Residence, incident.Residence{Country: "AU", Persons: kn(1)})
	inc.Risk.SeriousHarm = incident.Yes
	au := obligation(jur(t, eval(t, inc, at(2026, 5, 3, 10, 0)), "AU"), "au.notify.oaic")
	if au.Immediately || !strings.HasPrefix(au.Explanation.EN, "No fixed time") {
		t.Errorf("AU 'as soon as practicable' is not 'immediately': %q", au.Explanation.EN)
	}
}

// The report is done by a report to China only; the notice by any notice to
// persons; the remedial measures by containment.
func TestChinaPIPLDoneBy(t *testing.T) {
	inc := base(40)
	inc.Org.Establishments = []string{"JP", "CN"}
	inc.DataSets[0].Residence = nil // the office in China is enough
	inc.Events = append(inc.Events,
		incident.Event{ID: "jp", Kind: incident.EvReportPrelim, At: at(2026, 5, 1, 15, 0), Jurisdiction: "JP"},
		incident.Event{ID: "c", Kind: incident.EvContained, At: at(2026, 5, 1, 11, 0)},
		incident.Event{ID: "n", Kind: incident.EvNoticePersons, At: at(2026, 5, 2, 9, 0)},
	)
	cn := jur(t, eval(t, inc, at(2026, 5, 2, 12, 0)), "CN")
	if cn.Applies != Yes {
		t.Fatalf("an establishment in China applies PIPL: %s", cn.Summary.EN)
	}
	if o := obligation(cn, "cn.notify.authority"); o.State != StateOpen {
		t.Errorf("a report to Japan's PPC does not notify China's authority: %s by %q", o.State, o.DoneBy)
	}
	if o := obligation(cn, "cn.remedial"); o.State != StateDone || o.DoneBy != "c" {
		t.Errorf("remedial measures: %s by %q", o.State, o.DoneBy)
	}
	if o := obligation(cn, "cn.notify.persons"); o.State != StateDone || o.DoneBy != "n" {
		t.Errorf("notice to persons: %s by %q", o.State, o.DoneBy)
	}
	inc.Events = append(inc.Events, incident.Event{ID: "cn", Kind: incident.EvReportPrelim, At: at(2026, 5, 1, 16, 0), Jurisdiction: "CN"})
	if o := obligation(jur(t, eval(t, inc, at(2026, 5, 2, 12, 0)), "CN"), "cn.notify.authority"); o.State != StateDone || o.DoneBy != "cn" {
		t.Errorf("a report naming China: %s by %q", o.State, o.DoneBy)
	}
}

// Where PIPL does not reach: persons in Hong Kong only (another country
// code), a data set ruled out, and facts dated before 2021-11-01.
func TestChinaPIPLScope(t *testing.T) {
	notApplicable := func(a Assessment) (NotApplicable, bool) {
		for _, n := range a.NotApplicable {
			if n.ID == "CN" {
				return n, true
			}
		}
		return NotApplicable{}, false
	}
	inc := base(10)
	inc.DataSets[0].Residence = []incident.Residence{{Country: "HK", Persons: kn(10)}}
	if n, ok := notApplicable(eval(t, inc, now)); !ok || n.NoRules {
		t.Errorf("Hong Kong residents only: PIPL should not apply (%+v)", n)
	}

	inc = base(10)
	inc.DataSets[0].Residence = []incident.Residence{{Country: "CN", Persons: kn(10)}}
	inc.DataSets[0].Status = []incident.StatusChange{{Status: incident.RuledOut}}
	if _, ok := notApplicable(eval(t, inc, now)); !ok {
		t.Errorf("the persons of a ruled-out set do not bring PIPL in")
	}

	inc = base(10)
	inc.DataSets[0].Residence = []incident.Residence{{Country: "CN", Persons: kn(10)}}
	inc.Events[0].At = at(2021, 10, 31, 10, 0)
	if n, ok := notApplicable(eval(t, inc, at(2021, 11, 2, 10, 0))); !ok || !n.NoRules {
		t.Errorf("before 2021-11-01 the tool holds no PIPL rule: %+v", n)
	}
	inc.Events[0].At = at(2021, 11, 1, 10, 0)
	cn := jur(t, eval(t, inc, at(2021, 11, 2, 10, 0)), "CN")
	if cn.Reportable != Yes || cn.LawVersion == nil || string(cn.LawVersion.Since) != "2021-11-01" {
		t.Errorf("from 2021-11-01: reportable %s, version %+v", cn.Reportable, cn.LawVersion)
	}
}

// The other duties whose law says "immediately" with no number say so too:
// the acquirer under the card brands' rules, and the owner of the data under
// California's 1798.82(b).
func TestImmediatelyElsewhere(t *testing.T) {
	inc := base(10)
	inc.DataSets[0].Categories = []incident.Category{{ID: "card_number"}}
	inc.Events = []incident.Event{{ID: "d", Kind: incident.EvDetected, At: at(2026, 5, 1, 9, 0)}, {ID: "aware", Kind: incident.EvAware, At: at(2026, 5, 1, 10, 0)}}
	o := obligation(jur(t, eval(t, inc, at(2026, 5, 1, 12, 0)), "CARDS"), "cards.acquirer")
	if o == nil || !o.Immediately || o.Due != nil || !strings.HasPrefix(o.Explanation.EN, "Due immediately") {
		t.Errorf("cards.acquirer: %+v", o)
	}

	inc = base(10)
	inc.DataSets[0].Role = incident.Processor
	inc.DataSets[0].Categories = []incident.Category{{ID: "name"}, {ID: "ssn"}}
	inc.DataSets[0].Residence = []incident.Residence{{Country: "US", Region: "CA", Persons: kn(10)}}
	o = obligation(jur(t, eval(t, inc, now), "US-CA"), "us-ca.notice.owner")
	if o == nil || !o.Immediately || o.Due != nil || !strings.HasPrefix(o.Explanation.JA, "直ちに") {
		t.Errorf("us-ca.notice.owner: %+v", o)
	}
}
