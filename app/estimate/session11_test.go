package estimate

import (
	"testing"

	"breachdesk/app/incident"
)

// F160 (55, 56): one faxed prescription was estimated at ¥10.3M–¥15M: a
// forensic investigation and a three-month call centre were counted
// "always". Forensics are counted for an attack, a cause not yet known or a
// possible unlawful purpose; the call centre from 1,000 persons (or an
// unknown count); the user can still include either.
func TestSmallMisdeliveryHasNoForensicsOrCallCentre(t *testing.T) {
	load := func(name string) *incident.Incident { return loadScenario(t, name) }
	included := func(e Estimate, id string) bool {
		for _, l := range e.Costs.Lines {
			if l.ID == id {
				return l.Included
			}
		}
		t.Fatalf("no line %s", id)
		return false
	}
	fax := load("55-clinic-prescription-fax-wrong-number")
	e := Compute(fax, mustRules(t), mustCosts(t), Inputs{})
	if included(e, "investigation") || included(e, "call_centre") || e.Total.High > 2_000_000 {
		t.Errorf("one faxed prescription: investigation %v, call centre %v, total %+v", included(e, "investigation"), included(e, "call_centre"), e.Total)
	}
	yes := true
	e = Compute(fax, mustRules(t), mustCosts(t), Inputs{Costs: map[string]CostInput{"investigation": {Include: &yes}}})
	if !included(e, "investigation") {
		t.Error("the user cannot include the investigation")
	}
	// An attack on 6.8 million persons has both.
	big := Compute(load("01-travel-targeted-email"), mustRules(t), mustCosts(t), Inputs{})
	if !included(big, "investigation") || !included(big, "call_centre") {
		t.Error("a targeted attack on millions lacks the investigation or the call centre")
	}
	// A cause not known yet, persons not counted: both, to plan for.
	fax.Cause.Kind = ""
	fax.DataSets[0].Persons = nil
	if e := Compute(fax, mustRules(t), mustCosts(t), Inputs{}); !included(e, "investigation") || !included(e, "call_centre") {
		t.Error("an unknown cause and count lack the investigation or the call centre")
	}
}

func TestParseWhenPersons(t *testing.T) {
	for _, bad := range []string{"persons>=", "persons>=0", "persons>=many"} {
		if _, err := parseWhen(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
	if w, err := parseWhen("persons>=1000"); err != nil || w.kind != "persons" || w.n != 1000 {
		t.Errorf("persons>=1000: %+v %v", w, err)
	}
}
