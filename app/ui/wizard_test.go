package ui

import (
	"strings"
	"testing"

	"breachdesk/app/catalog"
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
