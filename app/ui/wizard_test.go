package ui

import (
	"strings"
	"testing"
	"time"

	"breachdesk/app/catalog"
	"breachdesk/app/incident"
	"breachdesk/app/rules"
)

func TestParseCountries(t *testing.T) {
	for in, want := range map[string]string{
		"JP":       "JP",
		"jp, de":   "JP,DE",
		"JP、US　DE": "JP,US,DE",
		"JP,JP":    "JP",
		"":         "",
	} {
		got, ok := parseCountries(in)
		if !ok || strings.Join(got, ",") != want {
			t.Errorf("parseCountries(%q) = %v, %v; want %s", in, got, ok, want)
		}
	}
	for _, bad := range []string{"Japan", "J", "12", "日本"} {
		if _, ok := parseCountries(bad); ok {
			t.Errorf("parseCountries(%q) accepted", bad)
		}
	}
}

// The wizard asks for persons in at least one place of every law that turns
// on where persons live (China's PIPL included), each place with a label in
// both languages: a law added to checklists/ without its place in the wizard
// fails here.
func TestWizardAsksEveryLawsPlace(t *testing.T) {
	set, err := rules.Default()
	if err != nil {
		t.Fatal(err)
	}
	asked := map[string]bool{}
	for _, pl := range residencePlaces {
		key := placeKey(pl.country, pl.region)
		asked[key] = true
		for _, l := range []catalog.Lang{catalog.JA, catalog.EN} {
			if s := catalog.T(l, "place."+key); strings.HasPrefix(s, "[") {
				t.Errorf("place %s has no %s label", key, l)
			}
		}
	}
	for _, j := range set.Jurisdictions {
		if len(j.Places) == 0 {
			continue
		}
		found := false
		for _, pl := range j.Places {
			found = found || asked[placeKey(pl.Country, pl.Region)]
		}
		if !found {
			t.Errorf("the wizard asks for no place of %s (%v)", j.ID, j.Places)
		}
	}
	if !asked["CN"] {
		t.Error("the wizard does not ask for persons in China")
	}
}

// TestWizardMomentByDay: the first hour's moments take a day without a time
// of day, recorded at the day's precision as the timeline records it; a
// date typed where a date and time is asked for is refused, not read as
// 00:00.
func TestWizardMomentByDay(t *testing.T) {
	loc := time.FixedZone("JST", 9*3600)
	day := time.Date(2026, 3, 15, 0, 0, 0, 0, loc)
	for _, c := range []struct {
		typed, prec string
		want        incident.Precision
		at          time.Time
	}{
		{"2026-03-15", "day", incident.Day, day},
		{"2026/3/15", "day", incident.Day, day},
		{"2026年3月15日頃", "approx", incident.Approx, day},
		{"2026-03", "month", incident.Month, time.Date(2026, 3, 1, 0, 0, 0, 0, loc)},
		{"2026-03-15T09:30", "", incident.Exact, day.Add(9*time.Hour + 30*time.Minute)},
	} {
		ev, problem := wizardMoment(catalog.EN, incident.EvAware, c.typed, c.prec, loc)
		if problem != "" || ev.Precision != c.want || !ev.At.Equal(c.at) || ev.Kind != incident.EvAware {
			t.Errorf("%q (%q): %+v, %q; want %s at %v", c.typed, c.prec, ev, problem, c.want, c.at)
		}
	}
	for _, c := range []struct{ typed, prec string }{
		{"2026-03-15", ""}, // no 00:00 made up
		{"2026-03-15T09:30", "day"},
		{"2026-02-30", "day"},
		{"soon", "approx"},
	} {
		if ev, problem := wizardMoment(catalog.EN, incident.EvAware, c.typed, c.prec, loc); problem == "" {
			t.Errorf("%q (%q) read as %+v", c.typed, c.prec, ev)
		}
	}
}
