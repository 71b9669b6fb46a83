package assess

import (
	"fmt"
	"testing"
	"time"

	"breachdesk/app/incident"
)

// bigIncident has 1,000 events, 50 categories and persons in 10 jurisdictions.
func bigIncident(t testing.TB) *incident.Incident {
	rs := mustRules(t)
	inc := base(120000)
	inc.Org.Establishments = []string{"JP", "DE", "GB", "SG"}
	inc.Org.CardMerchant = true
	inc.Cause = incident.Cause{Kind: incident.CauseUnauthorizedAccess, UnlawfulPurpose: incident.Yes}
	inc.Risk = incident.Risk{Level: "high", SeriousHarm: incident.Yes}
	inc.DataSets[0].Categories = nil
	for i := 0; i < 50; i++ {
		c := rs.Categories[i%len(rs.Categories)]
		inc.DataSets[0].Categories = append(inc.DataSets[0].Categories, incident.Category{ID: c.ID, Persons: kn(int64(1000 + i))})
	}
	inc.DataSets[0].Residence = []incident.Residence{
		{Country: "JP", Persons: kn(100000)}, {Country: "DE", Persons: kn(5000)}, {Country: "FR", Persons: kn(3000)},
		{Country: "GB", Persons: kn(2000)}, {Country: "US", Region: "CA", Persons: kn(4000)}, {Country: "US", Region: "NY", Persons: kn(3000)},
		{Country: "AU", Persons: kn(1000)}, {Country: "SG", Persons: kn(800)}, {Country: "KR", Persons: kn(700)}, {Country: "CA", Persons: kn(500)},
	}
	kinds := incident.EventKinds
	start := at(2026, 3, 1, 9, 0)
	inc.Events = nil
	for i := 0; i < 1000; i++ {
		inc.Events = append(inc.Events, incident.Event{
			ID: fmt.Sprintf("e%04d", i), Kind: kinds[i%len(kinds)], At: start.Add(time.Duration(i) * 37 * time.Minute),
			Jurisdiction: []string{"", "JP", "EU", "US-CA"}[i%4],
		})
	}
	return inc
}

func TestBigIncident(t *testing.T) {
	inc := bigIncident(t)
	a := eval(t, inc, at(2026, 4, 1, 9, 0))
	if len(a.Jurisdictions) != 11 {
		t.Fatalf("want 11 jurisdictions, got %d (not applicable %v)", len(a.Jurisdictions), a.NotApplicable)
	}
}

func BenchmarkEvaluate(b *testing.B) {
	inc := bigIncident(b)
	rs := mustRules(b)
	now := at(2026, 4, 1, 9, 0)
	Evaluate(inc, rs, now) // warm up: the first call loads the time zone (seconds under Node)
	b.ReportAllocs()
	for b.Loop() {
		Evaluate(inc, rs, now)
	}
}
