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

// A count that showed 600 persons on the day of knowing and 2,400 nineteen
// days later: under the 速報's conservative deadline the dashboard shows the
// reading counted from the day the count passed 1,000, and says which one
// is the conservative one.
func TestDashboardShowsTheReadingFromTheCountPassing(t *testing.T) {
	rs, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	jst := time.FixedZone("JST", 9*3600)
	at := time.Date(2026, 5, 1, 10, 0, 0, 0, jst)
	inc := &incident.Incident{
		Schema: incident.SchemaVersion, ID: "t", TimeZone: "Asia/Tokyo",
		Org:    incident.Organisation{Name: "Test", Kind: incident.Private, Establishments: []string{"JP"}},
		Events: []incident.Event{{ID: "aware", Kind: incident.EvAware, At: at}},
		DataSets: []incident.DataSet{{
			ID: "d1", Role: incident.Controller, Categories: []incident.Category{{ID: "name"}, {ID: "email"}},
			Persons:    incident.Figure{{Known: true, N: 600, On: "2026-05-01"}, {Known: true, N: 2400, On: "2026-05-20"}},
			Encryption: incident.NotEncrypted, Recovered: incident.No,
		}},
		Cause: incident.Cause{Kind: incident.CauseMisdelivery, UnlawfulPurpose: incident.No},
	}
	now := time.Date(2026, 5, 21, 10, 0, 0, 0, jst)
	a := assess.Evaluate(inc, rs, now)
	var ob *assess.Obligation
	for _, j := range a.Jurisdictions {
		for k := range j.Obligations {
			if j.Obligations[k].ID == "jp.report.prelim" {
				ob = &j.Obligations[k]
			}
		}
	}
	if ob == nil {
		t.Fatal("no 速報")
	}
	for _, c := range []struct {
		l    catalog.Lang
		want string
	}{
		{catalog.JA, "本人の数が基準を超えたと分かった日（2026/05/20）から数えると 05/24"},
		{catalog.EN, "Counted from the day the count showed the threshold passed (20 May 2026): 05/24"},
	} {
		var w strings.Builder
		for _, u := range obligationDetails(c.l, inc, *ob, a.Now.Location(), now) {
			dumpUI(&w, u, 0)
		}
		if got := w.String(); !strings.Contains(got, "bd-ob-later") || !strings.Contains(got, c.want) {
			t.Errorf("%s: no second reading (%q):\n%s", c.l, c.want, got)
		}
	}
}
