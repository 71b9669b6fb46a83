package assess

import (
	"testing"
	"time"

	"breachdesk/app/incident"
)

var jst = time.FixedZone("JST", 9*3600)

func at(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, jst) }

func kn(n int64) incident.Count { return incident.Count{Known: true, N: n} }

// base is a small JP incident: a misdelivery of names and e-mail addresses,
// not encrypted, no unlawful purpose, known on 2026-05-01 10:00 JST.
func base(persons int64) *incident.Incident {
	return &incident.Incident{
		Schema: incident.SchemaVersion, ID: "t", TimeZone: "Asia/Tokyo",
		Org:    incident.Organisation{Name: "Test", Kind: incident.Private, Establishments: []string{"JP"}},
		Events: []incident.Event{{ID: "aware", Kind: incident.EvAware, At: at(2026, 5, 1, 10, 0)}},
		DataSets: []incident.DataSet{{
			ID: "d1", Role: incident.Controller,
			Categories: []incident.Category{{ID: "name"}, {ID: "email"}},
			Persons:    incident.FigureOf(kn(persons)), Records: incident.FigureOf(kn(persons)),
			Encryption: incident.NotEncrypted, Recovered: incident.No,
			Residence: []incident.Residence{{Country: "JP", Persons: kn(persons)}},
			Former:    incident.Former{Persons: kn(0)},
		}},
		Cause: incident.Cause{Kind: incident.CauseMisdelivery, UnlawfulPurpose: incident.No},
	}
}

func jur(t *testing.T, a Assessment, id string) Jurisdiction {
	t.Helper()
	for _, j := range a.Jurisdictions {
		if j.ID == id {
			return j
		}
	}
	t.Fatalf("jurisdiction %s not in the assessment (not applicable: %v)", id, a.NotApplicable)
	return Jurisdiction{}
}

func obligation(j Jurisdiction, id string) *Obligation {
	for i := range j.Obligations {
		if j.Obligations[i].ID == id {
			return &j.Obligations[i]
		}
	}
	return nil
}

func trigger(j Jurisdiction, id string) Verdict {
	for _, r := range j.Triggers {
		if r.RuleID == id {
			return r.Verdict
		}
	}
	return ""
}

func eval(t *testing.T, inc *incident.Incident, now time.Time) Assessment {
	t.Helper()
	return Evaluate(inc, mustRules(t), now)
}

func addEvent(inc *incident.Incident, id string, k incident.EventKind, when time.Time) {
	inc.Events = append(inc.Events, incident.Event{ID: id, Kind: k, At: when})
}
