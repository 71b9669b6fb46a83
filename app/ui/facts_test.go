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
		"org.name":                          "fx-org-name",
		"dataSets[1].categories[2].persons": "fx-dataSets-1-categories-2-persons",
		"dataSets[0].residence[0]":          "fx-dataSets-0-residence-0",
		"parties[3].reference":              "fx-parties-3-reference",
	} {
		if got := fieldID(in); got != want {
			t.Errorf("fieldID(%q) = %q, want %q", in, got, want)
		}
	}
}

// Every fact with a field has a label in both languages, and every answer
// of a choice a label of its own.
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
	for p := range dayFacts {
		paths = append(paths, p)
	}
	set := []string{"name", "role", "entrustor", "within", "status", "status[0].on", "persons", "records",
		"encryption", "held", "former", "former.persons", "former.retentionYears", "former.untilPurpose", "notInvolved", "residence",
		"residence[0].country", "residence[0].region", "residence[0].persons", "categories[0].other", "categories[0].flags"}
	for k := range setTexts {
		set = append(set, k)
	}
	for k := range setTris {
		set = append(set, k)
	}
	for k := range setDays {
		set = append(set, k)
	}
	for _, k := range set {
		paths = append(paths, "dataSets[1]."+k)
	}
	for k := range partyTexts {
		paths = append(paths, "parties[0]."+k)
	}
	paths = append(paths, "parties[0].kind", "parties[0].delegated", "parties[0].consulted",
		"org.establishments", "org.sector", "persons", "exposure", "awareWhy.at")
	for _, l := range catalog.Langs {
		for _, p := range paths {
			if s := catalog.T(l, labelKey(p)); strings.HasPrefix(s, "[") {
				t.Errorf("%s: no label for %s (%s)", l, p, labelKey(p))
			}
		}
		for p, cf := range choiceFacts {
			for _, o := range cf.opts(l) {
				if strings.HasPrefix(o.label, "[") {
					t.Errorf("%s: no label for the value %q of %s", l, o.value, p)
				}
			}
		}
		for _, opts := range [][]choiceOpt{
			enumOpts(l, incident.PartyKinds, "party.", ""), enumOpts(l, incident.Statuses, "status.", ""),
			enumOpts(l, incident.Roles, "role.", ""), enumOpts(l, incident.Encryptions, "enc.", "unknownYet"),
		} {
			for _, o := range opts {
				if strings.HasPrefix(o.label, "[") {
					t.Errorf("%s: no label for %q", l, o.value)
				}
			}
		}
	}
}

// Every sector the rules know has a name in both languages.
func TestSectorLabels(t *testing.T) {
	rs, err := theDesk.Rules()
	if err != nil {
		t.Fatal(err)
	}
	fact := rs.Fact("org.sector")
	if fact == nil || len(fact.Values) == 0 {
		t.Fatal("the rules list no sectors")
	}
	for _, l := range catalog.Langs {
		for _, v := range fact.Values {
			if s := catalog.T(l, "sector."+v); strings.HasPrefix(s, "[") {
				t.Errorf("%s: no name for the sector %q", l, v)
			}
		}
	}
}

func TestPathLabel(t *testing.T) {
	if got := pathLabel(catalog.EN, "dataSets[0].residence[1].country"); got != "Country code of a place" {
		t.Errorf("got %q", got)
	}
	// A fact edited on another page is named by the nearest part that has a label.
	if got := pathLabel(catalog.EN, "events[0].note"); got != catalog.T(catalog.EN, "facts.f.events") {
		t.Errorf("got %q", got)
	}
}

// A day is read as people type it, to the precision they type.
func TestParseDay(t *testing.T) {
	for in, want := range map[string]incident.Date{
		"2026-03-15": "2026-03-15", "2026/3/5": "2026-03-05", "2026年3月15日": "2026-03-15", "２０２６／３": "2026-03",
		"2013年": "2013", "2026-03": "2026-03", "": "", " 2026.3.15 ": "2026-03-15",
	} {
		if got, ok := parseDay(in); !ok || got != want {
			t.Errorf("parseDay(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
	for _, in := range []string{"2026-02-30", "2026-13", "yesterday", "26-03-15", "2026-03-15-01"} {
		if _, ok := parseDay(in); ok {
			t.Errorf("parseDay(%q) accepted", in)
		}
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
	d := inc.Main()
	setInvolved(d, "email", "yes")
	inc.Main().Categories[0].Persons = incident.Count{Known: true, N: 3}
	setInvolved(d, "name", "no")
	if len(inc.Main().Categories) != 1 || !slices.Equal(inc.Main().NotInvolved, []string{"name"}) {
		t.Fatalf("after yes/no: %+v", inc.Main())
	}
	setInvolved(d, "email", "no")
	if len(inc.Main().Categories) != 0 || !slices.Equal(inc.Main().NotInvolved, []string{"name", "email"}) {
		t.Fatalf("email not involved: %+v", inc.Main())
	}
	setInvolved(d, "name", "")
	setInvolved(d, "email", "")
	if inc.Main().NotInvolved != nil {
		t.Fatalf("unknown: %+v", inc.Main().NotInvolved)
	}
}
