package ui

import (
	"slices"
	"strings"
	"testing"

	"breachdesk/app/catalog"
	"breachdesk/app/incident"
)

func TestFieldID(t *testing.T) {
	for in, want := range map[string]string{
		"org.name":                   "fx-org-name",
		"data.categories[2].persons": "fx-data-categories-2-persons",
		"data.residence[0]":          "fx-data-residence-0",
	} {
		if got := fieldID(in); got != want {
			t.Errorf("fieldID(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFactsFieldFor(t *testing.T) {
	for in, want := range map[string]string{
		"org.name":                      "fx-org-name",
		"org.establishments[1]":         "fx-org-establishments",
		"data.notInvolved[0]":           "fx-data-notInvolved",
		"data.residence[3]":             "fx-data-residence-3-country",
		"data.residence[3].region":      "fx-data-residence-3-region",
		"data.categories[1].records":    "fx-data-categories-1-records",
		"risk.seriousHarm":              "fx-risk-seriousHarm",
		"data.retention.retentionYears": "fx-data-retention-retentionYears",
		"people.ciso.contact":           "fx-people-ciso-contact",
		"timeZone":                      "fx-timeZone",
		"org.nameEn":                    "fx-org-nameEn",
		"police.station":                "fx-police-station",
		"police.reference":              "fx-police-reference",
		"card.acquirer":                 "fx-card-acquirer",
		"events[3].at":                  "",
		"steps[\"x\"].naReason":         "",
	} {
		if got := factsFieldFor(in); got != want {
			t.Errorf("factsFieldFor(%q) = %q, want %q", in, got, want)
		}
	}
}

// Every fact with a field has a label in both languages.
func TestFactsLabels(t *testing.T) {
	var paths []string
	for p := range textFacts {
		paths = append(paths, p)
	}
	for p := range triFacts {
		paths = append(paths, p)
	}
	for p := range choiceFacts {
		paths = append(paths, p)
	}
	for p := range countFacts {
		paths = append(paths, p)
	}
	for p := range yearFacts {
		paths = append(paths, p)
	}
	for p := range factPaths {
		paths = append(paths, p)
	}
	paths = append(paths, policeAtPath, "org.establishments", "data.notInvolved", "data.residence[0].persons", "data.categories[0].other")
	for _, l := range catalog.Langs {
		for _, p := range paths {
			if s := catalog.T(l, labelKey(p)); strings.HasPrefix(s, "[") {
				t.Errorf("%s: no label for %s (%s)", l, p, labelKey(p))
			}
		}
		for p, cf := range choiceFacts {
			for _, v := range cf.values {
				if s := catalog.T(l, cf.prefix+v); strings.HasPrefix(s, "[") {
					t.Errorf("%s: no label for the value %q of %s", l, v, p)
				}
			}
		}
	}
}

func TestPathLabel(t *testing.T) {
	if got := pathLabel(catalog.EN, "data.residence[1].country"); got != "Country code of a place (2)" {
		t.Errorf("got %q", got)
	}
	if got := pathLabel(catalog.EN, "events[0].note"); got != "events[0].note" {
		t.Errorf("got %q", got)
	}
}

func TestSplitCodes(t *testing.T) {
	got := splitCodes(" jp, DE、fr  jp;")
	if want := []string{"JP", "DE", "FR"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := splitCodes(""); got != nil {
		t.Errorf("empty: got %q", got)
	}
}

func TestParseYears(t *testing.T) {
	for in, want := range map[string]int{"": 0, "5": 5, " ７年": 7, "10 years": 10, "0": 0} {
		if got, ok := parseYears(in); !ok || got != want {
			t.Errorf("parseYears(%q) = %d, %v; want %d", in, got, ok, want)
		}
	}
	for _, in := range []string{"-1", "2.5", "many", "201"} {
		if _, ok := parseYears(in); ok {
			t.Errorf("parseYears(%q) accepted", in)
		}
	}
}

func TestCheckZone(t *testing.T) {
	if z, err := checkZone(" Europe/Berlin "); err != nil || z != "Europe/Berlin" {
		t.Errorf("Europe/Berlin: %q, %v", z, err)
	}
	// Africa/Cairo is a zone time.LoadLocation finds on a machine, outside
	// the table incident.LoadZone resolves deadlines with: refused, as Validate does.
	for _, bad := range []string{"", "Local", "Mars/Olympus", "JST+9", "Africa/Cairo"} {
		if _, err := checkZone(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func TestSetInvolved(t *testing.T) {
	inc := &incident.Incident{}
	setInvolved(inc, "email", "yes")
	inc.Main().Categories[0].Persons = incident.Count{Known: true, N: 3}
	setInvolved(inc, "name", "no")
	if len(inc.Main().Categories) != 1 || !slices.Equal(inc.Main().NotInvolved, []string{"name"}) {
		t.Fatalf("after yes/no: %+v", inc.Main())
	}
	setInvolved(inc, "email", "no")
	if len(inc.Main().Categories) != 0 || !slices.Equal(inc.Main().NotInvolved, []string{"name", "email"}) {
		t.Fatalf("email not involved: %+v", inc.Main())
	}
	setInvolved(inc, "name", "")
	setInvolved(inc, "email", "")
	if inc.Main().NotInvolved != nil {
		t.Fatalf("unknown: %+v", inc.Main().NotInvolved)
	}
}
