//go:build !js

package ui

import (
	"strings"
	"testing"
	"time"

	"breachdesk/app/assess"
	"breachdesk/app/catalog"
	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

// A place whose law the tool does not hold (an office in Vietnam, employees
// in Washington) is shown on the dashboard as such, in a warning of its own,
// never folded into "does not apply".
func TestDashboardNamesPlacesWithoutALaw(t *testing.T) {
	rs, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 5, 1, 10, 0, 0, 0, time.FixedZone("JST", 9*3600))
	inc := &incident.Incident{
		Schema: incident.SchemaVersion, ID: "t", TimeZone: "Asia/Tokyo",
		Org:    incident.Organisation{Name: "Test", Kind: incident.Private, Establishments: []string{"JP", "VN"}},
		Events: []incident.Event{{ID: "aware", Kind: incident.EvAware, At: at}},
		DataSets: []incident.DataSet{{
			ID: "d1", Role: incident.Controller, Categories: []incident.Category{{ID: "name"}},
			Residence: []incident.Residence{{Country: "VN", Persons: incident.Count{Known: true, N: 40}}, {Country: "US", Region: "WA", Persons: incident.Count{Known: true, N: 7}}},
		}},
	}
	a := assess.Evaluate(inc, rs, at.Add(time.Hour))
	for _, c := range []struct {
		l    catalog.Lang
		want string
	}{
		{catalog.JA, "VN（拠点・40名）、US-WA（7名）"},
		{catalog.EN, "VN (office, 40 persons); US-WA (7 persons)"},
	} {
		var w strings.Builder
		dumpUI(&w, notApplicable(c.l, a), 0)
		got := w.String()
		if !strings.Contains(got, `id="no-law-held"`) || !strings.Contains(got, c.want) {
			t.Errorf("%s: the dashboard does not name the places without a law (%q):\n%s", c.l, c.want, got)
		}
	}
	// A case wholly within the laws held shows no such warning.
	inc.Org.Establishments = []string{"JP"}
	inc.DataSets[0].Residence = []incident.Residence{{Country: "JP", Persons: incident.Count{Known: true, N: 40}}}
	var w strings.Builder
	dumpUI(&w, notApplicable(catalog.EN, assess.Evaluate(inc, rs, at.Add(time.Hour))), 0)
	if strings.Contains(w.String(), "no-law-held") {
		t.Errorf("a Japanese case warns of places without a law:\n%s", w.String())
	}
}
